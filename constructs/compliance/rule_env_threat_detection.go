package compliance

import (
	"fmt"
	"strings"
)

// EnvThreatDetectionPresent: an environment holding patient data runs an enabled
// GuardDuty detector in the store's region and, in production, in every region where
// the environment has resources (the DR region too).
var EnvThreatDetectionPresent = &Rule{
	ID: "env-threat-detection-present", Controls: []string{"164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)", "164.308(a)(5)(ii)(B)"}, Level: Error,
	Types:   DataStoreTypes,
	Problem: "no enabled GuardDuty detector watches a region where this environment keeps patient data or, in production, runs resources",
	Why:     "GuardDuty is regional: a region without a detector has no detection of compromised credentials, exfiltration or crypto-mining, so an incident there goes unnoticed.",
	Fix:     "create an aws_guardduty_detector (enable = true) with a provider for each missing region (security.NewThreatDetection, with the DR provider in production)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsPHI(r) {
			return NotApplicable, ""
		}
		have := map[string]bool{}
		for _, d := range s.AllOfType("aws_guardduty_detector") {
			if !opsDisabled(d.Attrs, "enable") {
				have[opsRegionKey(d)] = true
			}
		}
		var missing []string
		if !have[opsRegionKey(r)] {
			missing = append(missing, fmt.Sprintf("%s (the store's region)", opsRegionName(r)))
		}
		if s.IsProduction() {
			keys, example := opsEnvRegions(s)
			for _, k := range keys {
				if !have[k] && k != opsRegionKey(r) {
					missing = append(missing, fmt.Sprintf("%s (where %s/%s is)", opsRegionName(example[k]), example[k].Stack.Name, example[k].Address()))
				}
			}
		}
		return verdict(len(missing) == 0, "no enabled aws_guardduty_detector in %s", strings.Join(missing, ", "))
	},
}

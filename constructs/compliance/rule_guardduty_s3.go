package compliance

import "fmt"

// GuardDutyS3Protection: each GuardDuty detector is enabled and watches S3 data events,
// through an aws_guardduty_detector_feature S3_DATA_EVENTS (the current form) or the
// detector's older datasources.s3_logs block.
var GuardDutyS3Protection = &Rule{
	ID: "guardduty-s3-protection", Controls: []string{"164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"}, Level: Error,
	Types:   []string{"aws_guardduty_detector"},
	Problem: "the GuardDuty detector is disabled or does not have S3 protection (S3_DATA_EVENTS)",
	Why:     "suspicious access to medical documents (exfiltration, access from known-bad addresses) must be detected.",
	Fix:     "set enable = true and add an aws_guardduty_detector_feature S3_DATA_EVENTS with status ENABLED (and no datasources.s3_logs.enable = false)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if opsDisabled(r.Attrs, "enable") {
			return Fail, "enable is false: the detector produces no findings"
		}
		enabled := false
		for _, f := range s.Attached("aws_guardduty_detector_feature", "detector_id", r) {
			if str(f.Attrs["name"]) != "S3_DATA_EVENTS" {
				continue
			}
			if st := str(f.Attrs["status"]); st != "ENABLED" {
				return Fail, fmt.Sprintf("%s sets S3_DATA_EVENTS to %q", f.Address(), st)
			}
			enabled = true
		}
		if s3 := dig(r.Attrs, "datasources", 0, "s3_logs", 0); s3 != nil {
			m, _ := s3.(map[string]any)
			if !truthy(m["enable"]) {
				return Fail, fmt.Sprintf("datasources.s3_logs.enable is %v", m["enable"])
			}
			enabled = true
		}
		return verdict(enabled, "no aws_guardduty_detector_feature S3_DATA_EVENTS ENABLED (nor datasources.s3_logs.enable = true)")
	},
}

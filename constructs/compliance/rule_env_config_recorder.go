package compliance

import "fmt"

// EnvConfigRecorderPresent: an environment holding patient data runs an AWS Config
// recorder, started, in its primary region.
var EnvConfigRecorderPresent = &Rule{
	ID: "env-config-recorder-present", Controls: []string{"164.308(a)(1)(ii)(D)", "164.308(a)(8)", "164.312(b)"}, Level: Error,
	Types:   DataStoreTypes,
	Problem: "the environment holding this store of patient data has no running AWS Config recorder in its primary region",
	Why:     "the configuration history and the HIPAA conformance rules are how a change that removes a safeguard (encryption, public access block, logging) is noticed and proven for audit.",
	Fix:     "create an aws_config_configuration_recorder, an aws_config_delivery_channel and an aws_config_configuration_recorder_status (is_enabled = true) with the primary region's provider (security.NewConfigRecorder in phase 2)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsPHI(r) {
			return NotApplicable, ""
		}
		primary := fmt.Sprintf("?%p/aws", s)
		name := fmt.Sprintf("the primary region of stack %s (its aws provider sets no region, cannot verify)", s.Name)
		if reg := s.PrimaryRegion(); reg != "" {
			primary, name = reg, reg
		}
		var why []string
		for _, rec := range s.AllOfType("aws_config_configuration_recorder") {
			if opsRegionKey(rec) != primary {
				continue
			}
			ok, detail := opsRecorderRunning(rec.Stack, rec)
			if ok {
				return Pass, ""
			}
			why = append(why, rec.Address()+": "+detail)
		}
		if len(why) == 0 {
			return Fail, "no aws_config_configuration_recorder in " + name
		}
		return Fail, fmt.Sprintf("no running recorder in %s: %v", name, why)
	},
}

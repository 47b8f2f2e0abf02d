package compliance

// GuardDutyS3Protection: threat detection covers S3 data events.
var GuardDutyS3Protection = &Rule{
	ID: "guardduty-s3-protection", Controls: []string{"164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"}, Level: Error,
	Types:   []string{"aws_guardduty_detector"},
	Problem: "the GuardDuty detector is disabled or does not have S3 protection (S3_DATA_EVENTS)",
	Why:     "suspicious access to medical documents (exfiltration, access from known-bad addresses) must be detected.",
	Fix:     "set enable = true and add an aws_guardduty_detector_feature S3_DATA_EVENTS with status ENABLED",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if v, set := r.Attrs["enable"]; set && !truthy(v) {
			return Fail, "enable is false"
		}
		for _, f := range s.Attached("aws_guardduty_detector_feature", "detector_id", r) {
			if str(f.Attrs["name"]) == "S3_DATA_EVENTS" && str(f.Attrs["status"]) == "ENABLED" {
				return Pass, ""
			}
		}
		return Fail, "no aws_guardduty_detector_feature S3_DATA_EVENTS ENABLED"
	},
}

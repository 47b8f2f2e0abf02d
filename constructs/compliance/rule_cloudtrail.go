package compliance

// CloudTrailHardened: trails validate log files, encrypt with KMS, cover every region
// and deliver to CloudWatch Logs for alarms.
var CloudTrailHardened = &Rule{
	ID: "cloudtrail-hardened", Controls: []string{"164.312(b)", "164.312(c)(2)", "164.308(a)(1)(ii)(D)"}, Level: Error,
	Types:   []string{"aws_cloudtrail"},
	Problem: "the trail is missing log file validation, KMS encryption, multi-region coverage or CloudWatch delivery",
	Why:     "the audit trail must be complete, tamper-evident, encrypted and watched.",
	Fix:     "set enable_log_file_validation, kms_key_id, is_multi_region_trail and cloud_watch_logs_group_arn",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var missing []string
		if !truthy(r.Attrs["enable_log_file_validation"]) {
			missing = append(missing, "enable_log_file_validation")
		}
		if str(r.Attrs["kms_key_id"]) == "" {
			missing = append(missing, "kms_key_id")
		}
		if !truthy(r.Attrs["is_multi_region_trail"]) {
			missing = append(missing, "is_multi_region_trail")
		}
		if str(r.Attrs["cloud_watch_logs_group_arn"]) == "" {
			missing = append(missing, "cloud_watch_logs_group_arn")
		}
		return verdict(len(missing) == 0, "missing %v", missing)
	},
}

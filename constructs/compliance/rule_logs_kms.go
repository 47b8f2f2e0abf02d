package compliance

// LogsKMS: log groups are encrypted with a customer-managed key.
var LogsKMS = &Rule{
	ID: "logs-kms", Controls: []string{"164.312(a)(2)(iv)", "164.312(b)"}, Level: Error,
	Types:   []string{"aws_cloudwatch_log_group"},
	Problem: "the log group is not encrypted with a customer-managed key",
	Why:     "logs can carry PHI fragments and must be protected like the data.",
	Fix:     "set kms_key_id to a key whose policy lets CloudWatch Logs use it (logs.NewGroup)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return verdict(isRef(r.Attrs["kms_key_id"]) || str(r.Attrs["kms_key_id"]) != "", "kms_key_id is not set")
	},
}

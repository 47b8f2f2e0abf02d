package compliance

// LogsKMS: log groups are encrypted with a customer-managed, rotating key of the
// environment.
var LogsKMS = &Rule{
	ID: "logs-kms", Controls: []string{"164.312(a)(2)(iv)", "164.312(b)"}, Level: Error,
	Types:             []string{"aws_cloudwatch_log_group"},
	PHIUnsuppressible: true,
	Problem:           "the log group is not encrypted with a customer-managed key",
	Why:               "logs can carry PHI fragments and must be protected like the data; without kms_key_id CloudWatch Logs uses a service key nobody can restrict.",
	Fix:               "set kms_key_id to a rotating aws_kms_key of the environment whose policy lets CloudWatch Logs use it (logs.NewGroup)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return s.managedKeyVerdict("kms_key_id", r.Attrs["kms_key_id"])
	},
}

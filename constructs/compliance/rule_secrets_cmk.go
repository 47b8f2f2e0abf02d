package compliance

// SecretsCMK: secrets encrypt with a customer-managed, rotating key of the environment.
var SecretsCMK = &Rule{
	ID: "secrets-cmk", Controls: []string{"164.312(a)(2)(iv)", "164.312(d)"}, Level: Error,
	Types:             []string{"aws_secretsmanager_secret"},
	PHIUnsuppressible: true,
	Problem:           "the secret is not encrypted with a customer-managed key",
	Why:               "credentials to PHI stores must be under keys whose policy names their users; the AWS-managed aws/secretsmanager key lets any principal of the account with secret access decrypt.",
	Fix:               "set kms_key_id to a rotating aws_kms_key of the environment (secrets.NewSecret requires it)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return s.managedKeyVerdict("kms_key_id", r.Attrs["kms_key_id"])
	},
}

package compliance

// SecretsCMK: secrets encrypt with a customer-managed key.
var SecretsCMK = &Rule{
	ID: "secrets-cmk", Controls: []string{"164.312(a)(2)(iv)", "164.312(d)"}, Level: Error,
	Types:   []string{"aws_secretsmanager_secret"},
	Problem: "the secret uses the AWS-managed key",
	Why:     "credentials to PHI stores must be under keys whose policy names their users.",
	Fix:     "set kms_key_id (secrets.NewSecret requires it)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return verdict(str(r.Attrs["kms_key_id"]) != "", "kms_key_id is not set")
	},
}

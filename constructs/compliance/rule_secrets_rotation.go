package compliance

// SecretsRotation: secrets rotate automatically where a rotation function exists.
var SecretsRotation = &Rule{
	ID: "secrets-rotation", Controls: []string{"164.308(a)(5)(ii)(D)", "164.312(d)"}, Level: Warning,
	Types:   []string{"aws_secretsmanager_secret"},
	Problem: "the secret has no automatic rotation",
	Why:     "long-lived credentials widen the window of a leak.",
	Fix:     "add an aws_secretsmanager_secret_rotation with a rotation function",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return verdict(len(s.Attached("aws_secretsmanager_secret_rotation", "secret_id", r)) > 0, "no aws_secretsmanager_secret_rotation")
	},
}

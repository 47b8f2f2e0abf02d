package compliance

// KMSRotation: customer-managed keys rotate automatically.
var KMSRotation = &Rule{
	ID: "kms-rotation", Controls: []string{"164.312(a)(2)(iv)"}, Level: Error,
	Types:   []string{"aws_kms_key"},
	Problem: "automatic key rotation is off",
	Why:     "rotating key material limits how much PHI one compromised key exposes.",
	Fix:     "set enable_key_rotation = true (security.NewKey always does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return verdict(truthy(r.Attrs["enable_key_rotation"]), "enable_key_rotation = %v", r.Attrs["enable_key_rotation"])
	},
}

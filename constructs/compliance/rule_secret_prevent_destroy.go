package compliance

// SecretPreventDestroy: every Secrets Manager secret carries lifecycle.prevent_destroy.
var SecretPreventDestroy = &Rule{
	ID: "secret-prevent-destroy", Controls: []string{"164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_secretsmanager_secret"},
	Problem: "the secret can be deleted by a Terraform plan",
	Why:     "the secrets hold the only copy of generated database credentials; deleting one (or replacing it under a new ARN) cuts services off the patient database until someone recovers it by hand.",
	Fix:     "set lifecycle { prevent_destroy = true } (secrets.NewSecret)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return verdict(PreventsDestroy(r), "lifecycle.prevent_destroy is not true")
	},
}

package compliance

// KMSKeyPreventDestroy: every KMS key carries lifecycle.prevent_destroy.
var KMSKeyPreventDestroy = &Rule{
	ID: "kms-key-prevent-destroy", Controls: []string{"164.308(a)(7)(ii)(A)", "164.312(a)(2)(iv)"}, Level: Error,
	Types:   []string{"aws_kms_key", "aws_kms_replica_key"},
	Problem: "the KMS key can be scheduled for deletion by a Terraform plan",
	Why:     "deleting a key makes everything encrypted under it (records, backups, logs, secrets) unreadable for ever.",
	Fix:     "set lifecycle { prevent_destroy = true } (security.NewKey does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return verdict(PreventsDestroy(r), "lifecycle.prevent_destroy is not true")
	},
}

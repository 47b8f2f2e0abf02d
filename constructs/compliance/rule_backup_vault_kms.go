package compliance

// BackupVaultKMS: a backup vault encrypts its recovery points with a rotating
// customer-managed key of this environment.
var BackupVaultKMS = &Rule{
	ID: "backup-vault-kms", Controls: []string{"164.312(a)(2)(iv)", "164.308(a)(7)(ii)(A)"}, Level: Error,
	Types:             []string{"aws_backup_vault"},
	Problem:           "the backup vault does not encrypt recovery points with a customer-managed key of this environment",
	Why:               "backups are full copies of ePHI: without kms_key_arn the AWS-managed aws/backup key is used, whose policy cannot be restricted and whose use is not auditable per key.",
	Fix:               "set kms_key_arn to a rotating aws_kms_key of this environment (security.NewKey)",
	PHIUnsuppressible: true,
	Check: func(s *Stack, r *Resource) (Status, string) {
		return s.managedKeyVerdict("kms_key_arn", r.Attrs["kms_key_arn"])
	},
}

package compliance

// dataRules are added to HIPAAPack (pack.go): the data-protection rules beyond the core
// list (ACLs, destroy protection, replica encryption, version lifecycle). Keys of trails, Lambda
// environments and backup vaults are checked by the operations family (cloudtrail-hardened,
// lambda-env-kms, backup-vault-kms), all through Stack.ManagedKey.
var dataRules = []*Rule{
	S3ACLDisabled, S3ForceDestroy, S3ReplicaEncryption, S3VersionLifecycle,
	DataStorePreventDestroy, KMSKeyPreventDestroy, KMSPHIKeyDeletionWindow,
	AuditLogPreventDestroy, SecretPreventDestroy,
	DynamoDBDeletionProtection,
}

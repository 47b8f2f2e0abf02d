package compliance

// opsRules are added to HIPAAPack (pack.go): the operations family (detection
// pipeline, alarms, backups, functions). cloudtrail-hardened, guardduty-s3-protection,
// lambda-hardened and secrets-rotation, listed in pack.go's core list, belong to it too.
var opsRules = []*Rule{
	EnvAuditTrailPresent, EnvThreatDetectionPresent, EnvConfigRecorderPresent, ConfigRecorderHardened,
	CloudWatchAlarmAction,
	BackupPlanFrequencyRetention, BackupVaultKMS, BackupVaultDeletionProtected, BackupPHIStoreInPlan, BackupCrossRegionCopy,
	LambdaEnvKMS,
	AIVendorBAA,
}

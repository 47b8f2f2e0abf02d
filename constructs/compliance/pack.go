package compliance

// HIPAAPack is every rule, in report order.
var HIPAAPack = []*Rule{
	S3KMSEncryption, S3Versioning, S3PublicAccessBlock, S3TLSOnly, S3AccessLogging, S3Replication, S3ObjectLock,
	S3PHIDataEvents, S3PHILifecycleRetention,
	KMSRotation, KMSDeletionWindow,
	LogsKMS, LogsRetention,
	CloudTrailHardened, GuardDutyS3Protection,
	DynamoDBPITR, DynamoDBKMS, DynamoDBCapacity,
	LambdaHardened, LambdaNoPublicPermission,
	APIGatewayStage, APIGatewayTLS,
	SecretsCMK, SecretsRotation,
	MessagingKMS,
	IAMNoWildcardAction, IAMNoAdmin, IAMNoUserInlinePolicy,
	VPCFlowLogs, VPCDefaultSecurityGroupClosed, SubnetNoPublicIP,
	CloudFrontHardened, CloudFrontGeoRestriction, WAFLogging,
	NeonHistoryRetention, NeonProductionAccess,
	TagsDataClassification,
}

package compliance

import "slices"

// HIPAAPack is every rule, in report order. Each family of rules lives in its own
// list (pack_*.go), one rule per file.
var HIPAAPack = slices.Concat(
	[]*Rule{
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
	},
	networkRules,
	iamRules,
	dataRules,
	opsRules,
	railwayRules,
)

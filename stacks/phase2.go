package stacks

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudtrail"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/guarddutydetector"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/guarddutydetectorfeature"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/api"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/constructs/compute"
	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/logs"
	"github.com/healthhub/platform-infra/constructs/monitoring"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/railway"
	"github.com/healthhub/platform-infra/constructs/secrets"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/storage"
	"github.com/healthhub/platform-infra/constructs/workload"
)

// Phase2Services are the services phase 2 adds. Both own a database.
var Phase2Services = []string{"provider", "records"}

// DocumentsPrefix is the key prefix of the records service's documents.
const DocumentsPrefix = "records/"

// accessLogsBucket names phase 2's S3 server-access-log bucket (Namer.BucketName part).
const accessLogsBucket = "s3-access-logs"

// Phase2 is the medical-records stack: the document store, the provider and records
// services, and the account's audit trail and threat detection. It references phase 1
// (network, keys, boundary, database project, API, alert topic); CDKTF turns those
// references into phase 1 outputs read through terraform_remote_state.
type Phase2 struct {
	*Base
	Phase1 *Phase1
	// DR is the AWS provider of the disaster-recovery region (production only).
	DR awsprovider.AwsProvider
	// Keys: phase 2's functions, queues and secrets; medical documents; the audit trail;
	// the DR copy of documents (production only).
	ServiceKey, DocumentsKey, AuditKey, DRDocumentsKey *security.Key
	AccessLogs, DRAccessLogs                           *storage.AccessLogBucket
	Documents, DRDocuments, Audit                      *storage.Bucket
	Functions                                          map[string]*compute.Function
	// RailwayIdentities are the AWS identities of phase 2's services on Railway (none
	// when they run as functions); RailwayServices those services, CertificateSecrets
	// their certificates (written to Railway by phase 1's CertRotator).
	RailwayIdentities  map[string]*workload.Identity
	RailwayServices    map[string]*railway.Service
	CertificateSecrets map[string]*secrets.Secret
	Trail              cloudtrail.Cloudtrail
	TrailLogGroup      cloudwatchloggroup.CloudwatchLogGroup
	GuardDuty          guarddutydetector.GuarddutyDetector
	// Alarms are the phase's alarms of the catalogue.
	Alarms []monitoring.AlarmSpec
}

// NewPhase2 builds the phase 2 stack on top of phase 1.
func NewPhase2(scope constructs.Construct, env *config.Environment, p1 *Phase1) (*Phase2, error) {
	base := NewBase(scope, IDPhase2, env, BaseOptions{Neon: true})
	base.Stack.AddDependency(p1.Stack)
	p := &Phase2{Base: base, Phase1: p1, Functions: map[string]*compute.Function{}}
	st, names, acct, part := base.Stack, base.Names, env.AWS.AccountID, env.AWS.Partition()
	prod := env.IsProduction()

	if prod {
		p.DR = base.AliasedProvider("dr", env.AWS.DRRegion)
	}

	// Roles first, so that the key policies can name them: a function's, or for a
	// service on Railway its Roles Anywhere identity's (railway_identity.go).
	roles, roleArns, err := serviceRoles(st, names, acct, p1.Boundary.Arn(), lambdaServices(env, Phase2Services))
	if err != nil {
		return nil, err
	}
	if err := p.railwayIdentities(roles, &roleArns); err != nil {
		return nil, err
	}
	documentsName, drDocumentsName := names.BucketName("documents"), names.BucketName("documents-dr")
	var replication *security.Role
	if prod {
		if replication, err = storage.NewReplicationRole(st, "ReplicationRole", storage.ReplicationRoleProps{
			Name: names.Name("documents-replication"), AccountID: acct, Partition: part,
			SourceBucket: documentsName, DestinationBucket: drDocumentsName,
		}); err != nil {
			return nil, err
		}
	}

	if err := p.keys(roleArns, replication); err != nil {
		return nil, err
	}
	if err := p.documentStore(documentsName, drDocumentsName, replication); err != nil {
		return nil, err
	}
	if err := p.services(roles); err != nil {
		return nil, err
	}
	if err := p.railwayServices(); err != nil {
		return nil, err
	}
	if err := p.auditTrail(); err != nil {
		return nil, err
	}
	p.threatDetection()
	if err := p.configRecorder(); err != nil {
		return nil, err
	}
	p.findingRules()
	if err := p.alarms(); err != nil {
		return nil, err
	}
	p.dashboard()

	output(st, "documents_bucket_name", "Name of the medical-document bucket, <prefix>-documents-<account>", p.Documents.Name(), false)
	output(st, "documents_bucket_arn", "ARN of the medical-document bucket", p.Documents.Arn(), false)
	output(st, "documents_key_arn", "ARN of the customer-managed key that encrypts medical documents", p.DocumentsKey.Arn(), false)
	if prod {
		output(st, "dr_documents_bucket_arn", "ARN of the documents' replica in the disaster-recovery region ("+env.AWS.DRRegion+")", p.DRDocuments.Arn(), false)
	}
	output(st, "audit_bucket_name", "Name of the bucket holding CloudTrail logs and AWS Config history, <prefix>-audit-<account>", p.Audit.Name(), false)
	output(st, "trail_arn", "ARN of the multi-region CloudTrail trail", p.Trail.Arn(), false)
	output(st, "trail_log_group_name", "CloudWatch log group the trail delivers to (security metric filters read it)", p.TrailLogGroup.Name(), false)
	for _, svc := range Phase2Services {
		output(st, svc+"_db_secret_arn", fmt.Sprintf("ARN of the Secrets Manager secret holding the %s service's database connection; the value is never output", svc), p1.Database.ServiceSecrets[svc].Arn(), false)
	}
	return p, nil
}

// keys creates phase 2's customer-managed keys; each policy names its users.
func (p *Phase2) keys(serviceRoles []string, replication *security.Role) error {
	env, names, acct, part := p.Env, p.Names, p.Env.AWS.AccountID, p.Env.AWS.Partition()
	deployer := env.AWS.DeployRoleArn
	users := append([]string{deployer}, serviceRoles...)
	var err error
	// Phase 1's database rotation function rotates phase 2's database secrets too.
	if p.ServiceKey, err = security.NewKey(p.Stack, "ServiceKey", security.KeyProps{
		Alias: names.Alias("phase2"), Description: "Encrypts phase 2's function environments, dead-letter queues and database secrets",
		AccountID: acct, Partition: part, Users: append(append([]string{}, users...), p.serviceKeyRotators()...),
	}); err != nil {
		return err
	}
	documentUsers := users
	if replication != nil {
		documentUsers = append(append([]string{}, users...), *replication.Arn())
	}
	if p.DocumentsKey, err = security.NewKey(p.Stack, "DocumentsKey", security.KeyProps{
		Alias: names.Alias("documents"), Description: "Encrypts medical documents (S3 bucket key of the documents bucket)",
		AccountID: acct, Partition: part, Users: documentUsers,
	}); err != nil {
		return err
	}
	if p.AuditKey, err = security.NewKey(p.Stack, "AuditKey", security.KeyProps{
		Alias: names.Alias("audit"), Description: "Encrypts the CloudTrail trail and AWS Config history",
		AccountID: acct, Partition: part, Users: []string{deployer},
		Services: []security.ServiceUse{
			{
				Principal: "cloudtrail.amazonaws.com", Actions: []string{"kms:DescribeKey", "kms:GenerateDataKey*"},
				Conditions: iam.Conditions{"StringEquals": {"aws:SourceArn": {p.trailArn()}}},
			},
			{
				Principal: "config.amazonaws.com", Actions: []string{"kms:Decrypt", "kms:GenerateDataKey"},
				Conditions: iam.Conditions{"StringEquals": {"aws:SourceAccount": {acct}}},
			},
		},
	}); err != nil {
		return err
	}
	if replication != nil {
		if p.DRDocumentsKey, err = security.NewKey(p.Stack, "DrDocumentsKey", security.KeyProps{
			Alias: names.Alias("documents-dr"), Description: "Encrypts the disaster-recovery replica of medical documents",
			AccountID: acct, Partition: part, Users: []string{deployer, *replication.Arn()}, Provider: p.DR,
		}); err != nil {
			return err
		}
	}
	return nil
}

func (p *Phase2) trailName() string { return p.Names.Name("audit") }

func (p *Phase2) trailArn() string {
	a := p.Env.AWS
	return fmt.Sprintf("arn:%s:cloudtrail:%s:%s:trail/%s", a.Partition(), a.Region, a.AccountID, p.trailName())
}

// documentStore creates the medical-document bucket, its access-log bucket and, in
// production, the replica in the disaster-recovery region.
func (p *Phase2) documentStore(name, drName string, replication *security.Role) error {
	env, names := p.Env, p.Names
	lock := &storage.ObjectLock{Mode: env.Documents.ObjectLockMode, Days: env.Retention.DataDays}
	transitions := []storage.Transition{
		{Days: env.Documents.InfrequentAccessAfterDays, StorageClass: "STANDARD_IA"},
		{Days: env.Documents.ArchiveAfterDays, StorageClass: "GLACIER_IR"},
	}
	// The primary and the DR copy differ only in region, key and log bucket.
	bucket := func(id, bucketName, logsID, logsName string, key *security.Key, provider cdktf.TerraformProvider) (*storage.Bucket, *storage.AccessLogBucket, error) {
		logs, err := storage.NewAccessLogBucket(p.Stack, logsID, storage.AccessLogBucketProps{
			BucketName: names.BucketName(logsName), AccountID: env.AWS.AccountID, RetentionDays: env.Retention.AuditLogDays,
			Provider: provider,
		})
		if err != nil {
			return nil, nil, err
		}
		b, err := storage.NewBucket(p.Stack, id, storage.BucketProps{
			BucketName: bucketName, EncryptionKey: key,
			AccessLogs:                      storage.AccessLogTarget{Bucket: logs, Prefix: "documents/"},
			NoncurrentVersionExpirationDays: env.Retention.DataDays,
			ObjectLock:                      lock, Transitions: transitions, Tags: storage.PHITags,
			PolicyStatements: []iam.Statement{protectVersions(env.AWS.Partition(), bucketName, env.AWS.DeployRoleArn)},
			Provider:         provider,
		})
		return b, logs, err
	}
	var err error
	if p.Documents, p.AccessLogs, err = bucket("Documents", name, "AccessLogs", accessLogsBucket, p.DocumentsKey, nil); err != nil || replication == nil {
		return err
	}
	if p.DRDocuments, p.DRAccessLogs, err = bucket("DrDocuments", drName, "DrAccessLogs", accessLogsBucket+"-dr", p.DRDocumentsKey, p.DR); err != nil {
		return err
	}
	compliance.Suppress(p.DRDocuments.Bucket, "s3-replication",
		"This bucket is the disaster-recovery replica of the documents bucket; replicating it again would only copy the copy")
	return p.Documents.ReplicateTo("Replication", storage.ReplicationProps{
		Destination: p.DRDocuments, Role: replication, SourceRegion: env.AWS.Region, DestinationRegion: env.AWS.DRRegion,
	})
}

// protectVersions lets only the deploy role delete objects, change an object's retention
// or bypass a GOVERNANCE-mode retention (removing test data outside production; in
// COMPLIANCE mode no one can). Services never delete; lifecycle expiry is not subject to
// bucket policies.
func protectVersions(partition, bucket, deployRoleArn string) iam.Statement {
	return iam.Statement{
		Sid: "OnlyDeployRoleDeletesOrChangesRetention", Effect: "Deny", Principal: &iam.Principal{Any: true},
		Action:    iam.Strings{"s3:BypassGovernanceRetention", "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutObjectLegalHold", "s3:PutObjectRetention"},
		Resource:  iam.Strings{storage.BucketArn(partition, bucket) + "/*"},
		Condition: iam.Conditions{"ArnNotEquals": {"aws:PrincipalArn": {deployRoleArn}}},
	}
}

// services creates the provider and records functions in phase 1's network, their
// databases and secrets in phase 1's Neon project, and their routes on phase 1's API
// behind the auth service's authorizer.
func (p *Phase2) services(roles map[string]*security.Role) error {
	env, names, p1 := p.Env, p.Names, p.Phase1
	dbScope := constructs.NewConstruct(p.Stack, jsii.String("Database"))
	for _, svc := range Phase2Services {
		secret, err := p1.Database.AddService(dbScope, svc, p.ServiceKey)
		if err != nil {
			return fmt.Errorf("phase2: %w", err)
		}
		if err := secret.GrantRead(roles[svc], "ReadDatabaseSecret"); err != nil {
			return err
		}
		if err := p1.DBRotator.Rotate(secret, naming.Pascal(svc)+"Database", env.Rotation.DatabaseDays); err != nil {
			return err
		}
		if env.Services[svc].RunsOnRailway() {
			continue // railwayServices deploys it
		}
		fn, err := compute.NewFunction(p.Stack, "Service"+naming.Pascal(svc), compute.FunctionProps{
			Service: svc, Config: env.Services[svc], Env: env, Names: names, Network: p1.Network,
			DataKey: p.ServiceKey, LogsKey: p1.LogsKey, Role: roles[svc],
			Environment: map[string]*string{
				"DB_SECRET_ARN": secret.Arn(), "DOCUMENTS_BUCKET_NAME": p.Documents.Name(), "DOCUMENTS_KEY_ARN": p.DocumentsKey.Arn(),
			},
		})
		if err != nil {
			return err
		}
		p.Functions[svc] = fn
	}
	// The records service keeps documents under its prefix; providers read them.
	if err := p.Documents.GrantReadWrite(roles["records"], "ReadWriteDocuments", DocumentsPrefix); err != nil {
		return err
	}
	if err := p.Documents.GrantRead(roles["provider"], "ReadDocuments", DocumentsPrefix); err != nil {
		return err
	}

	for _, r := range []struct{ svc, path string }{{"provider", "/providers"}, {"records", "/records"}} {
		if env.Services[r.svc].RunsOnRailway() {
			continue // reached through the gateway on Railway's private network
		}
		if err := p1.API.AddRoutes("Api"+naming.Pascal(r.svc), api.RouteProps{
			Scope: p.Stack, RouteKeys: []string{"ANY " + r.path, "ANY " + r.path + "/{proxy+}"},
			Function: p.Functions[r.svc], Authorizer: p1.Authorizer,
		}); err != nil {
			return err
		}
	}
	return nil
}

// auditTrail creates the audit bucket and the multi-region trail: management events,
// S3 data events on the document buckets, log file validation, KMS encryption, and
// delivery to CloudWatch Logs for the security alarms.
func (p *Phase2) auditTrail() error {
	env, names, acct, region, part := p.Env, p.Names, p.Env.AWS.AccountID, p.Env.AWS.Region, p.Env.AWS.Partition()
	name := names.BucketName("audit")
	bucketArn := storage.BucketArn(part, name)
	fromTrail := iam.Conditions{"StringEquals": {"aws:SourceArn": {p.trailArn()}}}
	fromConfig := iam.Conditions{"StringEquals": {"aws:SourceAccount": {acct}}}
	trailWrite := iam.Conditions{"StringEquals": {"aws:SourceArn": {p.trailArn()}, "s3:x-amz-acl": {"bucket-owner-full-control"}}}
	configWrite := iam.Conditions{"StringEquals": {"aws:SourceAccount": {acct}, "s3:x-amz-acl": {"bucket-owner-full-control"}}}
	service := func(s string) *iam.Principal { return &iam.Principal{Service: iam.Strings{s}} }
	var err error
	if p.Audit, err = storage.NewBucket(p.Stack, "Audit", storage.BucketProps{
		BucketName: name, EncryptionKey: p.AuditKey,
		NotPHIReason:                    "the audit trail (CloudTrail and AWS Config records), not patient records; Object Lock keeps it for the audit retention",
		AccessLogs:                      storage.AccessLogTarget{Bucket: p.AccessLogs, Prefix: "audit/"},
		NoncurrentVersionExpirationDays: env.Retention.AuditLogDays,
		ObjectLock:                      &storage.ObjectLock{Mode: env.Documents.ObjectLockMode, Days: env.Retention.AuditLogDays},
		Transitions:                     []storage.Transition{{Days: 90, StorageClass: "GLACIER_IR"}},
		// CloudTrail encrypts log files with the audit key but digest files with SSE-S3.
		SSES3ServiceWriters: []string{"cloudtrail.amazonaws.com"},
		PolicyStatements: []iam.Statement{
			{Sid: "CloudTrailAclCheck", Effect: "Allow", Principal: service("cloudtrail.amazonaws.com"),
				Action: iam.Strings{"s3:GetBucketAcl"}, Resource: iam.Strings{bucketArn}, Condition: fromTrail},
			{Sid: "CloudTrailWrite", Effect: "Allow", Principal: service("cloudtrail.amazonaws.com"),
				Action: iam.Strings{"s3:PutObject"}, Resource: iam.Strings{bucketArn + "/cloudtrail/AWSLogs/" + acct + "/*"}, Condition: trailWrite},
			{Sid: "ConfigAclCheck", Effect: "Allow", Principal: service("config.amazonaws.com"),
				Action: iam.Strings{"s3:GetBucketAcl", "s3:ListBucket"}, Resource: iam.Strings{bucketArn}, Condition: fromConfig},
			{Sid: "ConfigWrite", Effect: "Allow", Principal: service("config.amazonaws.com"),
				Action: iam.Strings{"s3:PutObject"}, Resource: iam.Strings{bucketArn + "/config/AWSLogs/" + acct + "/Config/*"}, Condition: configWrite},
			protectVersions(part, name, env.AWS.DeployRoleArn),
		},
	}); err != nil {
		return err
	}

	logGroupName := names.LogGroup("/aws/cloudtrail", "audit")
	if p.TrailLogGroup, err = logs.NewGroup(p.Stack, "TrailLogGroup", logs.GroupProps{
		Name: logGroupName, Key: p.Phase1.LogsKey, RetentionDays: env.Retention.AuditLogDays,
	}); err != nil {
		return err
	}
	streams := fmt.Sprintf("arn:%s:logs:%s:%s:log-group:%s:log-stream:*", part, region, acct, logGroupName)
	delivery := []iam.Statement{iam.Allow("DeliverTrailEvents", []string{"logs:CreateLogStream", "logs:PutLogEvents"}, []string{streams})}
	boundary := security.NewBoundary(p.Stack, "TrailDeliveryBoundary", security.BoundaryProps{
		Name: names.Name("trail-delivery-boundary"), Statements: delivery,
	})
	role, err := security.NewRole(p.Stack, "TrailDeliveryRole", security.RoleProps{
		Name: names.Name("trail-delivery"), AssumedBy: "cloudtrail.amazonaws.com", AccountID: acct, BoundaryArn: boundary.Arn(),
	})
	if err != nil {
		return err
	}
	if err := role.Grant("DeliverToLogGroup", delivery...); err != nil {
		return err
	}

	dataBuckets := []*string{jsii.String(*p.Documents.Arn() + "/")}
	if p.DRDocuments != nil {
		dataBuckets = append(dataBuckets, jsii.String(*p.DRDocuments.Arn()+"/"))
	}
	// Later phases' buckets of patient data, by name (phase 2 must not depend on them).
	for _, name := range laterPHIBuckets(p.Env) {
		dataBuckets = append(dataBuckets, jsii.String(storage.BucketArn(p.Env.AWS.Partition(), name)+"/"))
	}
	p.Trail = cloudtrail.NewCloudtrail(p.Stack, jsii.String("Trail"), &cloudtrail.CloudtrailConfig{
		Name: jsii.String(p.trailName()), S3BucketName: p.Audit.Name(), S3KeyPrefix: jsii.String("cloudtrail"),
		IsMultiRegionTrail: jsii.Bool(true), IncludeGlobalServiceEvents: jsii.Bool(true),
		EnableLogFileValidation: jsii.Bool(true), EnableLogging: jsii.Bool(true),
		KmsKeyId:               p.AuditKey.Arn(),
		CloudWatchLogsGroupArn: jsii.String(*p.TrailLogGroup.Arn() + ":*"),
		CloudWatchLogsRoleArn:  role.Arn(),
		EventSelector: []*cloudtrail.CloudtrailEventSelector{{
			ReadWriteType: jsii.String("All"), IncludeManagementEvents: jsii.Bool(true),
			DataResource: []*cloudtrail.CloudtrailEventSelectorDataResource{{
				Type: jsii.String("AWS::S3::Object"), Values: &dataBuckets,
			}},
		}},
		DependsOn: &[]cdktf.ITerraformDependable{p.Audit.Policy},
	})
	return nil
}

// threatDetection enables GuardDuty with S3 protection (data events on every bucket) in
// the primary region and, in production, in the DR region where the replica lives.
func (p *Phase2) threatDetection() {
	detector := func(id string, provider cdktf.TerraformProvider) guarddutydetector.GuarddutyDetector {
		d := guarddutydetector.NewGuarddutyDetector(p.Stack, jsii.String(id), &guarddutydetector.GuarddutyDetectorConfig{
			Enable: jsii.Bool(true), FindingPublishingFrequency: jsii.String("FIFTEEN_MINUTES"), Provider: provider,
		})
		guarddutydetectorfeature.NewGuarddutyDetectorFeature(p.Stack, jsii.String(id+"S3Protection"), &guarddutydetectorfeature.GuarddutyDetectorFeatureConfig{
			DetectorId: d.Id(), Name: jsii.String("S3_DATA_EVENTS"), Status: jsii.String("ENABLED"), Provider: provider,
		})
		return d
	}
	p.GuardDuty = detector("GuardDuty", nil)
	if p.DR != nil {
		detector("GuardDutyDr", p.DR)
	}
}

// Package statebackend builds the home of Terraform state for one environment: an S3
// bucket encrypted with its own customer-managed key, whose server access logs go to a
// locked-down log bucket.
//
// Locking uses Terraform's S3 native lock file (backend "s3" { use_lockfile = true },
// Terraform 1.10 and later) rather than a DynamoDB table: the lock is an object in the
// same bucket, so it inherits the bucket's encryption, versioning, access logging and
// TLS-only policy; there is no second store to encrypt, back up and monitor; and the
// DynamoDB locking of the S3 backend is deprecated since Terraform 1.11.
//
// With a Replica (production), every state version is replicated to a bucket in the
// disaster-recovery region under its own key, so state survives the loss of the primary
// region; replication failures and latency alarm on a topic of the backend's own.
//
// Object Lock decision table (the S3 backend writes <key>.tflock on every plan and apply
// and deletes it after, with a DeleteObject that names no version):
//
//	bucket    Object Lock          why
//	state     none                 created before this decision; versioning keeps every
//	                               overwritten state for NoncurrentVersionDays (the newest
//	                               ten always), and the lock file comes and goes freely
//	replica   GOVERNANCE,          the last copy: no version can be deleted or overwritten
//	          ObjectLockDays       during the retention except by the deploy role (bucket
//	                               policy), who can purge a version that leaked a secret or
//	                               the retained lock-file versions; COMPLIANCE would pin
//	                               every lock-file version and every secret for the whole
//	                               retention with no way out. Deleting the current lock
//	                               file still works under any lock mode (it adds a delete
//	                               marker), which the recovery runbook relies on
package statebackend

import (
	"fmt"

	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/monitoring"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/storage"
)

// ReplicationRuleID is the id of the replication rule; the replication metrics carry it
// as the RuleId dimension.
const ReplicationRuleID = "disaster-recovery"

// ReplicaProps configures the disaster-recovery copy of the state.
type ReplicaProps struct {
	// Provider is the AWS provider configuration of the disaster-recovery region. Required.
	Provider cdktf.TerraformProvider
	// Region and DRRegion are the primary and disaster-recovery regions: they scope the
	// replication role's key grants to S3 in each region. Required, different.
	Region, DRRegion string
	// BucketName and LogBucketName of the replica and of its access-log bucket (S3
	// delivers access logs only within a region). Required.
	BucketName, LogBucketName string
	// KeyAlias of the replica's own key, created in the DR region. Required.
	KeyAlias string
	// RoleName of the role S3 assumes to replicate. Required.
	RoleName string
	// ObjectLockDays is the GOVERNANCE default retention of every replicated version,
	// 1 to NoncurrentVersionDays (a lifecycle rule never targets a locked version).
	// Required.
	ObjectLockDays int
	// DeployRoleArn is the only principal that may delete a version of the replica,
	// change its retention or bypass it. Required.
	DeployRoleArn string
	// TopicName is the SNS topic the replication alarms notify, encrypted with the state
	// key; AlertEmails are subscribed to it. Required.
	TopicName   string
	AlertEmails []string
	// AlarmNamePrefix starts the alarms' names, e.g. "hh-prod-tfstate". Required.
	AlarmNamePrefix string
}

func (p *ReplicaProps) validate(noncurrentDays int) []string {
	var problems []string
	if p.Provider == nil {
		problems = append(problems, "Replica.Provider: is required (the DR region's AWS provider)")
	}
	if p.Region == "" || p.DRRegion == "" || p.Region == p.DRRegion {
		problems = append(problems, fmt.Sprintf("Replica.Region %q and Replica.DRRegion %q: are required and must differ", p.Region, p.DRRegion))
	}
	for _, f := range []struct{ name, v string }{
		{"BucketName", p.BucketName}, {"LogBucketName", p.LogBucketName}, {"KeyAlias", p.KeyAlias}, {"RoleName", p.RoleName},
		{"DeployRoleArn", p.DeployRoleArn}, {"TopicName", p.TopicName}, {"AlarmNamePrefix", p.AlarmNamePrefix},
	} {
		if f.v == "" {
			problems = append(problems, "Replica."+f.name+": is required")
		}
	}
	if p.ObjectLockDays < 1 || p.ObjectLockDays > noncurrentDays {
		problems = append(problems, fmt.Sprintf("Replica.ObjectLockDays %d: must be 1 to NoncurrentVersionDays (%d)", p.ObjectLockDays, noncurrentDays))
	}
	if len(p.AlertEmails) == 0 {
		problems = append(problems, "Replica.AlertEmails: at least one address receives the replication alarms")
	}
	return problems
}

// Props configures the state backend.
type Props struct {
	// BucketName of the state bucket. Required.
	BucketName string
	// LogBucketName of the access-log bucket. Required.
	LogBucketName string
	// KeyAlias of the state key, "alias/...". Required.
	KeyAlias string
	// AccountID and Partition of the environment. Required.
	AccountID string
	Partition string
	// NoncurrentVersionDays keeps replaced state versions this many days. Required.
	NoncurrentVersionDays int
	// AuditLogDays keeps the access logs this many days. Required.
	AuditLogDays int
	// Replica replicates the state to the disaster-recovery region. Default: nil, no
	// replica (dev and staging; production must have one).
	Replica *ReplicaProps
}

// StateBackend is the state bucket, its key and its access-log bucket.
type StateBackend struct {
	// Scope is the construct holding the resources; pass it as the scope of related constructs.
	Scope     constructs.Construct
	Key       *security.Key
	Bucket    *storage.Bucket
	LogBucket *storage.AccessLogBucket
	// Replica, ReplicaKey, ReplicaLogBucket, ReplicationRole and Alerts exist with
	// Props.Replica only.
	Replica          *storage.Bucket
	ReplicaKey       *security.Key
	ReplicaLogBucket *storage.AccessLogBucket
	ReplicationRole  *security.Role
	Alerts           *monitoring.AlertTopic
}

// New creates the state backend.
func New(scope constructs.Construct, id string, props Props) (*StateBackend, error) {
	var problems []string
	if props.NoncurrentVersionDays < 1 {
		problems = append(problems, fmt.Sprintf("NoncurrentVersionDays %d: is required", props.NoncurrentVersionDays))
	}
	if props.Replica != nil {
		problems = append(problems, props.Replica.validate(props.NoncurrentVersionDays)...)
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("statebackend.New %s: %s", id, strings.Join(problems, "; "))
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	keyProps := security.KeyProps{
		Alias:       props.KeyAlias,
		Description: "Encrypts Terraform state of the platform, which holds resource identifiers and configuration",
		AccountID:   props.AccountID,
		Partition:   props.Partition,
	}
	if props.Replica != nil {
		// The replication alarms' topic is encrypted with the state key.
		keyProps.Services = []security.ServiceUse{security.CloudWatchAlarmsUse(props.AccountID)}
	}
	key, err := security.NewKey(c, "StateKey", keyProps)
	if err != nil {
		return nil, err
	}
	logs, err := storage.NewAccessLogBucket(c, "AccessLogs", storage.AccessLogBucketProps{
		BucketName:    props.LogBucketName,
		AccountID:     props.AccountID,
		RetentionDays: props.AuditLogDays,
	})
	if err != nil {
		return nil, err
	}
	bucket, err := storage.NewBucket(c, "StateBucket", storage.BucketProps{
		BucketName:                      props.BucketName,
		EncryptionKey:                   key,
		AccessLogs:                      storage.AccessLogTarget{Bucket: logs, Prefix: "tfstate/"},
		NoncurrentVersionExpirationDays: props.NoncurrentVersionDays,
		NewerNoncurrentVersionsKept:     10,
		NotPHIReason:                    "Terraform state: infrastructure configuration and generated credentials, no patient records",
	})
	if err != nil {
		return nil, err
	}
	sb := &StateBackend{Scope: c, Key: key, Bucket: bucket, LogBucket: logs}
	if props.Replica != nil {
		if err := sb.replicate(props); err != nil {
			return nil, err
		}
	}
	return sb, nil
}

// replicate creates the replica in the DR region (own key, own access-log bucket,
// versioned, GOVERNANCE Object Lock), replicates the state bucket to it, and alarms on
// failed and late replication.
func (sb *StateBackend) replicate(props Props) error {
	r := props.Replica
	c := sb.Scope
	role, err := storage.NewReplicationRole(c, "ReplicationRole", storage.ReplicationRoleProps{
		Name: r.RoleName, AccountID: props.AccountID, Partition: props.Partition,
		SourceBucket: props.BucketName, DestinationBucket: r.BucketName,
	})
	if err != nil {
		return err
	}
	// Like the state key, the replica's key delegates use to IAM policies: the
	// replication role's grant (ReplicateTo) names it.
	key, err := security.NewKey(c, "ReplicaKey", security.KeyProps{
		Alias:       r.KeyAlias,
		Description: "Encrypts the disaster-recovery replica of Terraform state",
		AccountID:   props.AccountID, Partition: props.Partition, Provider: r.Provider,
	})
	if err != nil {
		return err
	}
	logs, err := storage.NewAccessLogBucket(c, "ReplicaAccessLogs", storage.AccessLogBucketProps{
		BucketName: r.LogBucketName, AccountID: props.AccountID, RetentionDays: props.AuditLogDays, Provider: r.Provider,
	})
	if err != nil {
		return err
	}
	replica, err := storage.NewBucket(c, "Replica", storage.BucketProps{
		BucketName:                      r.BucketName,
		EncryptionKey:                   key,
		AccessLogs:                      storage.AccessLogTarget{Bucket: logs, Prefix: "tfstate/"},
		NoncurrentVersionExpirationDays: props.NoncurrentVersionDays,
		NewerNoncurrentVersionsKept:     10,
		ObjectLock:                      &storage.ObjectLock{Mode: "GOVERNANCE", Days: r.ObjectLockDays},
		PolicyStatements:                []iam.Statement{protectVersions(storage.BucketArn(props.Partition, r.BucketName), r.DeployRoleArn)},
		NotPHIReason:                    "disaster-recovery replica of Terraform state: infrastructure configuration and generated credentials, no patient records",
		Provider:                        r.Provider,
	})
	if err != nil {
		return err
	}
	if err := sb.Bucket.ReplicateTo("Replication", storage.ReplicationProps{
		Destination: replica, Role: role, SourceRegion: r.Region, DestinationRegion: r.DRRegion,
	}); err != nil {
		return err
	}
	topic, err := monitoring.NewAlertTopic(c, "Alerts", monitoring.TopicProps{
		Name: r.TopicName, Key: sb.Key, Emails: r.AlertEmails, AccountID: props.AccountID,
	})
	if err != nil {
		return err
	}
	// Bootstrap depends on no other stack: both severities go to its one topic.
	if _, err := monitoring.Add(c, monitoring.Routes{Critical: topic, Warning: topic},
		monitoring.ReplicationAlarms(r.AlarmNamePrefix, "Terraform state", "replica bucket", sb.Bucket.Name(), replica.Name(), ReplicationRuleID),
		monitoring.AddOptions{}); err != nil {
		return err
	}
	sb.Replica, sb.ReplicaKey, sb.ReplicaLogBucket, sb.ReplicationRole, sb.Alerts = replica, key, logs, role, topic
	return nil
}

// protectVersions lets only the deploy role delete a version of the replica, change a
// version's retention or bypass GOVERNANCE retention. Deleting an object without naming
// a version (a delete marker: how Terraform releases its lock file) stays allowed, so
// a stale lock can be released after a failover; the version remains.
func protectVersions(bucketArn, deployRoleArn string) iam.Statement {
	return iam.Statement{
		Sid: "OnlyDeployRoleDeletesVersionsOrChangesRetention", Effect: "Deny", Principal: &iam.Principal{Any: true},
		Action:    iam.Strings{"s3:BypassGovernanceRetention", "s3:DeleteObjectVersion", "s3:PutObjectLegalHold", "s3:PutObjectRetention"},
		Resource:  iam.Strings{bucketArn + "/*"},
		Condition: iam.Conditions{"ArnNotEquals": {"aws:PrincipalArn": {deployRoleArn}}},
	}
}

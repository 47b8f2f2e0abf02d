package stacks

import (
	"github.com/aws/constructs-go/constructs/v10"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/statebackend"
)

// Bootstrap is the stack that creates the Terraform state backend of an environment.
// Its own state is local (state/<env>/bootstrap.tfstate): it creates the bucket that
// every other stack's state lives in. In production it also replicates that bucket to
// the disaster-recovery region (see the README's recovery runbook).
type Bootstrap struct {
	*Base
	// DR is the AWS provider of the disaster-recovery region (production only).
	DR      awsprovider.AwsProvider
	Backend *statebackend.StateBackend
}

// NewBootstrap builds the bootstrap stack.
func NewBootstrap(scope constructs.Construct, env *config.Environment) (*Bootstrap, error) {
	base := NewBase(scope, IDBootstrap, env, BaseOptions{LocalState: true})
	b := &Bootstrap{Base: base}
	var replica *statebackend.ReplicaProps
	if env.IsProduction() {
		b.DR = base.AliasedProvider("dr", env.AWS.DRRegion)
		names := base.Names
		replica = &statebackend.ReplicaProps{
			Provider: b.DR, Region: env.AWS.Region, DRRegion: env.AWS.DRRegion,
			BucketName: StateReplicaBucketName(env), LogBucketName: names.BucketName("tfstate-logs-dr"),
			KeyAlias: StateReplicaKeyAlias(env), RoleName: names.Name("tfstate-replication"),
			ObjectLockDays: env.Retention.StateVersionDays, DeployRoleArn: env.AWS.DeployRoleArn,
			TopicName: names.Name("tfstate-alerts"), AlertEmails: env.Alerts.Emails,
			AlarmNamePrefix: StateAlarmPrefix(env),
		}
	}
	backend, err := statebackend.New(base.Stack, "StateBackend", statebackend.Props{
		BucketName:            StateBucketName(env),
		LogBucketName:         StateLogBucketName(env),
		KeyAlias:              StateKeyAlias(env),
		AccountID:             env.AWS.AccountID,
		Partition:             env.AWS.Partition(),
		NoncurrentVersionDays: env.Retention.StateVersionDays,
		AuditLogDays:          env.Retention.AuditLogDays,
		Replica:               replica,
	})
	if err != nil {
		return nil, err
	}
	b.Backend = backend

	output(base.Stack, "state_bucket_name", "Name of the S3 bucket holding Terraform state of the other stacks, e.g. hh-dev-tfstate-111111111111", backend.Bucket.Name(), false)
	part := env.AWS.Partition()
	output(base.Stack, "state_bucket_arn", "ARN of the state bucket, arn:"+part+":s3:::<name>", backend.Bucket.Arn(), false)
	output(base.Stack, "state_key_arn", "ARN of the customer-managed KMS key encrypting state, arn:"+part+":kms:<region>:<account>:key/<id>", backend.Key.Arn(), false)
	output(base.Stack, "state_key_alias", "Alias of the state key, alias/<prefix>-tfstate", backend.Key.Alias.Name(), false)
	output(base.Stack, "access_log_bucket_name", "Name of the bucket receiving the state bucket's server access logs", backend.LogBucket.Name(), false)
	if backend.Replica != nil {
		dr := env.AWS.DRRegion
		output(base.Stack, "state_replica_bucket_name", "Name of the state bucket's replica in the disaster-recovery region ("+dr+"), <prefix>-tfstate-dr-<account>: the backend bucket after a region loss", backend.Replica.Name(), false)
		output(base.Stack, "state_replica_key_arn", "ARN of the key encrypting the replica, arn:"+part+":kms:"+dr+":<account>:key/<id>: the backend's kms_key_id after a region loss", backend.ReplicaKey.Arn(), false)
		output(base.Stack, "state_alert_topic_arn", "ARN of the SNS topic the state replication alarms notify, arn:"+part+":sns:<region>:<account>:<prefix>-tfstate-alerts", backend.Alerts.Arn(), false)
	}
	return b, nil
}

// StateReplicaBucketName is the name of the state bucket's replica in the DR region
// (production).
func StateReplicaBucketName(env *config.Environment) string {
	return naming.New(env.NamePrefix, env.AWS.AccountID).BucketName("tfstate-dr")
}

// StateReplicaKeyAlias is the alias of the replica's key, in the DR region.
func StateReplicaKeyAlias(env *config.Environment) string {
	return naming.New(env.NamePrefix, env.AWS.AccountID).Alias("tfstate-dr")
}

// StateAlarmPrefix starts the names of the state replication alarms (production),
// "<prefix>-tfstate": the SRE dashboard of phase 4 lists them by name.
func StateAlarmPrefix(env *config.Environment) string {
	return naming.New(env.NamePrefix, env.AWS.AccountID).Name("tfstate")
}

package stacks

import (
	"github.com/aws/constructs-go/constructs/v10"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/statebackend"
)

// Bootstrap is the stack that creates the Terraform state backend of an environment.
// Its own state is local (state/<env>/bootstrap.tfstate): it creates the bucket that
// every other stack's state lives in.
type Bootstrap struct {
	*Base
	Backend *statebackend.StateBackend
}

// NewBootstrap builds the bootstrap stack.
func NewBootstrap(scope constructs.Construct, env *config.Environment) (*Bootstrap, error) {
	base := NewBase(scope, IDBootstrap, env, BaseOptions{LocalState: true})
	backend, err := statebackend.New(base.Stack, "StateBackend", statebackend.Props{
		BucketName:            StateBucketName(env),
		LogBucketName:         StateLogBucketName(env),
		KeyAlias:              StateKeyAlias(env),
		AccountID:             env.AWS.AccountID,
		Partition:             env.AWS.Partition(),
		NoncurrentVersionDays: env.Retention.StateVersionDays,
		AuditLogDays:          env.Retention.AuditLogDays,
	})
	if err != nil {
		return nil, err
	}

	output(base.Stack, "state_bucket_name", "Name of the S3 bucket holding Terraform state of the other stacks, e.g. hh-dev-tfstate-111111111111", backend.Bucket.Name(), false)
	part := env.AWS.Partition()
	output(base.Stack, "state_bucket_arn", "ARN of the state bucket, arn:"+part+":s3:::<name>", backend.Bucket.Arn(), false)
	output(base.Stack, "state_key_arn", "ARN of the customer-managed KMS key encrypting state, arn:"+part+":kms:<region>:<account>:key/<id>", backend.Key.Arn(), false)
	output(base.Stack, "state_key_alias", "Alias of the state key, alias/<prefix>-tfstate", backend.Key.Alias.Name(), false)
	output(base.Stack, "access_log_bucket_name", "Name of the bucket receiving the state bucket's server access logs", backend.LogBucket.Name(), false)
	return &Bootstrap{Base: base, Backend: backend}, nil
}

// Package statebackend builds the home of Terraform state for one environment: an S3
// bucket encrypted with its own customer-managed key, whose server access logs go to a
// locked-down log bucket.
//
// Locking uses Terraform's S3 native lock file (backend "s3" { use_lockfile = true },
// Terraform 1.10 and later) rather than a DynamoDB table: the lock is an object in the
// same bucket, so it inherits the bucket's encryption, versioning, access logging and
// TLS-only policy; there is no second store to encrypt, back up and monitor; and the
// DynamoDB locking of the S3 backend is deprecated since Terraform 1.11.
package statebackend

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/storage"
)

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
}

// StateBackend is the state bucket, its key and its access-log bucket.
type StateBackend struct {
	// Scope is the construct holding the resources; pass it as the scope of related constructs.
	Scope     constructs.Construct
	Key       *security.Key
	Bucket    *storage.Bucket
	LogBucket *storage.AccessLogBucket
}

// New creates the state backend.
func New(scope constructs.Construct, id string, props Props) (*StateBackend, error) {
	if props.NoncurrentVersionDays < 1 {
		return nil, fmt.Errorf("statebackend.New %s: NoncurrentVersionDays %d: is required", id, props.NoncurrentVersionDays)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	key, err := security.NewKey(c, "StateKey", security.KeyProps{
		Alias:       props.KeyAlias,
		Description: "Encrypts Terraform state of the platform, which holds resource identifiers and configuration",
		AccountID:   props.AccountID,
		Partition:   props.Partition,
	})
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
	return &StateBackend{Scope: c, Key: key, Bucket: bucket, LogBucket: logs}, nil
}

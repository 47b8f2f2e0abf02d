// Package storage holds S3 buckets that are safe by default: encrypted with a
// customer-managed key, versioned, private, TLS-only, access-logged and protected from
// destruction. Every decision that weakens one of these is explicit and justified.
//
// Encryption decision table:
//
//	constructor          default encryption       bucket key   why
//	NewBucket            SSE-KMS, the given CMK   on           patient data, state, documents
//	NewAccessLogBucket   SSE-S3 (AES-256)         n/a          S3 server access logging cannot
//	                                                           deliver to SSE-KMS buckets
package storage

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucket"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketlifecycleconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketlogging"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketownershipcontrols"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketpublicaccessblock"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketserversideencryptionconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketversioning"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/security"
)

var bucketNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$`)

// AccessLogTarget is where a bucket's server access logs go.
type AccessLogTarget struct {
	// Bucket receives the logs; normally an AccessLogBucket.
	Bucket *AccessLogBucket
	// Prefix of the log objects, e.g. "tfstate/". Required, ends with "/".
	Prefix string
}

// BucketProps configures a Bucket.
type BucketProps struct {
	// BucketName is the globally unique name. Required.
	BucketName string
	// EncryptionKey is the customer-managed key for default encryption. Required.
	EncryptionKey *security.Key
	// AccessLogs is where server access logs go (HIPAA 164.312(b)). Required.
	AccessLogs AccessLogTarget
	// NoncurrentVersionExpirationDays expires old object versions after this many days.
	// Default: 0, old versions are kept for ever.
	NoncurrentVersionExpirationDays int
	// NewerNoncurrentVersionsKept keeps this many newest old versions regardless of age.
	// Default: 0 (only the age applies). Needs NoncurrentVersionExpirationDays.
	NewerNoncurrentVersionsKept int
	// PolicyStatements are added to the bucket policy after the guardrail statements.
	// Default: none.
	PolicyStatements []iam.Statement
	// AllowDestroy lets Terraform destroy the bucket. Default: false, the bucket carries
	// lifecycle.prevent_destroy.
	AllowDestroy bool
}

// Bucket is a private, versioned, SSE-KMS encrypted, TLS-only, access-logged bucket.
type Bucket struct {
	// Scope is the construct holding the resources; pass it as the scope of related constructs.
	Scope  constructs.Construct
	Bucket s3bucket.S3Bucket
	Policy s3bucketpolicy.S3BucketPolicy
	Key    *security.Key
}

// NewBucket creates the bucket and its guardrail resources.
func NewBucket(scope constructs.Construct, id string, props BucketProps) (*Bucket, error) {
	if err := props.validate(); err != nil {
		return nil, fmt.Errorf("storage.NewBucket %s: %w", id, err)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	b := newBase(c, props.BucketName, props.AllowDestroy)

	s3bucketserversideencryptionconfiguration.NewS3BucketServerSideEncryptionConfigurationA(c, jsii.String("Encryption"),
		&s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationAConfig{
			Bucket: b.Id(),
			Rule: []*s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleA{{
				ApplyServerSideEncryptionByDefault: &s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA{
					SseAlgorithm:   jsii.String("aws:kms"),
					KmsMasterKeyId: props.EncryptionKey.Arn(),
				},
				BucketKeyEnabled: jsii.Bool(true),
			}},
		})

	s3bucketlogging.NewS3BucketLoggingA(c, jsii.String("AccessLogging"), &s3bucketlogging.S3BucketLoggingAConfig{
		Bucket:       b.Id(),
		TargetBucket: props.AccessLogs.Bucket.Bucket.Id(),
		TargetPrefix: jsii.String(props.AccessLogs.Prefix),
	})

	lifecycle(c, b, props.NoncurrentVersionExpirationDays, props.NewerNoncurrentVersionsKept, 0)

	statements := []iam.Statement{
		iam.DenyInsecureTransport("s3:*", *b.Arn(), *b.Arn()+"/*"),
		{
			Sid: "DenyUploadsNotEncryptedWithKMS", Effect: "Deny", Principal: &iam.Principal{Any: true},
			Action: iam.Strings{"s3:PutObject"}, Resource: iam.Strings{*b.Arn() + "/*"},
			Condition: iam.Conditions{"StringNotEqualsIfExists": {"s3:x-amz-server-side-encryption": {"aws:kms"}}},
		},
	}
	statements = append(statements, props.PolicyStatements...)
	policy := s3bucketpolicy.NewS3BucketPolicy(c, jsii.String("Policy"), &s3bucketpolicy.S3BucketPolicyConfig{
		Bucket: b.Id(),
		Policy: jsii.String(iam.Policy(statements...).JSON()),
	})
	return &Bucket{Scope: c, Bucket: b, Policy: policy, Key: props.EncryptionKey}, nil
}

// Name is the bucket's name (a Terraform reference).
func (b *Bucket) Name() *string { return b.Bucket.Bucket() }

// Arn is the bucket's ARN (a Terraform reference).
func (b *Bucket) Arn() *string { return b.Bucket.Arn() }

func (p BucketProps) validate() error {
	var problems []string
	if !bucketNameRE.MatchString(p.BucketName) {
		problems = append(problems, fmt.Sprintf("BucketName %q: must be 3 to 63 lowercase letters, digits and hyphens", p.BucketName))
	}
	if p.EncryptionKey == nil {
		problems = append(problems, "EncryptionKey: is required (patient data is encrypted with a customer-managed key)")
	}
	if p.AccessLogs.Bucket == nil {
		problems = append(problems, "AccessLogs.Bucket: is required (HIPAA 164.312(b) audit controls)")
	}
	if !strings.HasSuffix(p.AccessLogs.Prefix, "/") || len(p.AccessLogs.Prefix) < 2 {
		problems = append(problems, fmt.Sprintf("AccessLogs.Prefix %q: must be a non-empty prefix ending with \"/\"", p.AccessLogs.Prefix))
	}
	if p.NoncurrentVersionExpirationDays < 0 || p.NewerNoncurrentVersionsKept < 0 {
		problems = append(problems, "NoncurrentVersionExpirationDays and NewerNoncurrentVersionsKept: must not be negative")
	}
	if p.NewerNoncurrentVersionsKept > 0 && p.NoncurrentVersionExpirationDays == 0 {
		problems = append(problems, "NewerNoncurrentVersionsKept: needs NoncurrentVersionExpirationDays")
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return nil
}

// AccessLogBucketProps configures an AccessLogBucket.
type AccessLogBucketProps struct {
	// BucketName is the globally unique name. Required.
	BucketName string
	// AccountID is the only account whose buckets may deliver logs here. Required.
	AccountID string
	// RetentionDays keeps each log object (current and noncurrent) this many days: the
	// audit retention. Required.
	RetentionDays int
	// AllowDestroy lets Terraform destroy the bucket. Default: false.
	AllowDestroy bool
}

// AccessLogBucket receives S3 server access logs. It is versioned, private, TLS-only and
// encrypted with SSE-S3: S3 log delivery cannot write to SSE-KMS buckets, so the
// KMS rule is suppressed with that reason. It does not log to itself.
type AccessLogBucket struct {
	// Scope is the construct holding the resources; pass it as the scope of related constructs.
	Scope  constructs.Construct
	Bucket s3bucket.S3Bucket
}

// NewAccessLogBucket creates the log bucket.
func NewAccessLogBucket(scope constructs.Construct, id string, props AccessLogBucketProps) (*AccessLogBucket, error) {
	var problems []string
	if !bucketNameRE.MatchString(props.BucketName) {
		problems = append(problems, fmt.Sprintf("BucketName %q: must be 3 to 63 lowercase letters, digits and hyphens", props.BucketName))
	}
	if props.AccountID == "" {
		problems = append(problems, "AccountID: is required (only this account may deliver logs)")
	}
	if props.RetentionDays < 1 {
		problems = append(problems, fmt.Sprintf("RetentionDays %d: is required (the audit retention)", props.RetentionDays))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("storage.NewAccessLogBucket %s: %s", id, strings.Join(problems, "; "))
	}

	c := constructs.NewConstruct(scope, jsii.String(id))
	b := newBase(c, props.BucketName, props.AllowDestroy)
	compliance.Suppress(b, "s3-kms-encryption",
		"S3 server access log delivery supports only SSE-S3 on the target bucket; logs hold request metadata, not PHI, and the bucket is private, TLS-only and versioned")
	compliance.Suppress(b, "s3-access-logging",
		"This is the access-log bucket itself: logging it to itself would loop; CloudTrail data events cover access to it")

	s3bucketserversideencryptionconfiguration.NewS3BucketServerSideEncryptionConfigurationA(c, jsii.String("Encryption"),
		&s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationAConfig{
			Bucket: b.Id(),
			Rule: []*s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleA{{
				ApplyServerSideEncryptionByDefault: &s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA{
					SseAlgorithm: jsii.String("AES256"),
				},
			}},
		})

	// Deleted or overwritten logs stay recoverable for the whole audit period.
	lifecycle(c, b, props.RetentionDays, 0, props.RetentionDays)

	s3bucketpolicy.NewS3BucketPolicy(c, jsii.String("Policy"), &s3bucketpolicy.S3BucketPolicyConfig{
		Bucket: b.Id(),
		Policy: jsii.String(iam.Policy(
			iam.DenyInsecureTransport("s3:*", *b.Arn(), *b.Arn()+"/*"),
			iam.Statement{
				Sid: "S3ServerAccessLogDelivery", Effect: "Allow",
				Principal: &iam.Principal{Service: iam.Strings{"logging.s3.amazonaws.com"}},
				Action:    iam.Strings{"s3:PutObject"}, Resource: iam.Strings{*b.Arn() + "/*"},
				Condition: iam.Conditions{"StringEquals": {"aws:SourceAccount": {props.AccountID}}},
			},
		).JSON()),
	})
	return &AccessLogBucket{Scope: c, Bucket: b}, nil
}

// Name is the bucket's name (a Terraform reference).
func (b *AccessLogBucket) Name() *string { return b.Bucket.Bucket() }

// newBase creates the bucket with the settings every bucket shares: versioning, the
// public access block, and bucket-owner-enforced object ownership (ACLs disabled).
func newBase(c constructs.Construct, name string, allowDestroy bool) s3bucket.S3Bucket {
	b := s3bucket.NewS3Bucket(c, jsii.String("Bucket"), &s3bucket.S3BucketConfig{
		Bucket:       jsii.String(name),
		ForceDestroy: jsii.Bool(false),
		Lifecycle:    &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(!allowDestroy)},
	})
	s3bucketversioning.NewS3BucketVersioningA(c, jsii.String("Versioning"), &s3bucketversioning.S3BucketVersioningAConfig{
		Bucket: b.Id(),
		VersioningConfiguration: &s3bucketversioning.S3BucketVersioningVersioningConfiguration{
			Status: jsii.String("Enabled"),
		},
	})
	s3bucketpublicaccessblock.NewS3BucketPublicAccessBlock(c, jsii.String("PublicAccessBlock"), &s3bucketpublicaccessblock.S3BucketPublicAccessBlockConfig{
		Bucket:                b.Id(),
		BlockPublicAcls:       jsii.Bool(true),
		BlockPublicPolicy:     jsii.Bool(true),
		IgnorePublicAcls:      jsii.Bool(true),
		RestrictPublicBuckets: jsii.Bool(true),
	})
	s3bucketownershipcontrols.NewS3BucketOwnershipControls(c, jsii.String("Ownership"), &s3bucketownershipcontrols.S3BucketOwnershipControlsConfig{
		Bucket: b.Id(),
		Rule: &s3bucketownershipcontrols.S3BucketOwnershipControlsRule{
			ObjectOwnership: jsii.String("BucketOwnerEnforced"),
		},
	})
	return b
}

// lifecycle adds the lifecycle rules: incomplete multipart uploads are always aborted
// after 7 days; noncurrent versions and current objects expire when the days are set.
func lifecycle(c constructs.Construct, b s3bucket.S3Bucket, noncurrentDays, newerKept, expireDays int) {
	type rule = s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRule
	all := []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleFilter{{Prefix: jsii.String("")}}
	rules := []*rule{{
		Id: jsii.String("abort-incomplete-multipart-uploads"), Status: jsii.String("Enabled"), Filter: all,
		AbortIncompleteMultipartUpload: []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload{{
			DaysAfterInitiation: jsii.Number(7),
		}},
	}}
	if noncurrentDays > 0 {
		exp := &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration{
			NoncurrentDays: jsii.Number(float64(noncurrentDays)),
		}
		if newerKept > 0 {
			exp.NewerNoncurrentVersions = jsii.Number(float64(newerKept))
		}
		rules = append(rules, &rule{
			Id: jsii.String("expire-noncurrent-versions"), Status: jsii.String("Enabled"), Filter: all,
			NoncurrentVersionExpiration: []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration{exp},
		})
	}
	if expireDays > 0 {
		rules = append(rules, &rule{
			Id: jsii.String("expire-after-retention"), Status: jsii.String("Enabled"), Filter: all,
			Expiration: []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleExpiration{{
				Days: jsii.Number(float64(expireDays)),
			}},
		})
	}
	s3bucketlifecycleconfiguration.NewS3BucketLifecycleConfiguration(c, jsii.String("Lifecycle"), &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationConfig{
		Bucket: b.Id(),
		Rule:   rules,
	})
}

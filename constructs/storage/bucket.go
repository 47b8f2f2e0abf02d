// Package storage holds S3 buckets that are safe by default: encrypted with a
// customer-managed key, versioned, private, TLS-only, access-logged and protected from
// destruction. Every decision that weakens one of these is explicit and justified.
//
// Encryption decision table:
//
//	constructor          default encryption       bucket key   why
//	NewBucket            SSE-KMS, the given CMK   on           patient data, state, documents
//	                     (SSES3ServiceWriters may                (CloudTrail digest files are
//	                      upload SSE-S3)                          always SSE-S3)
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
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketobjectlockconfiguration"
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
	// ExpirationDays expires current objects this many days after they were written (in
	// a versioned bucket they become noncurrent, and NoncurrentVersionExpirationDays
	// removes them): the retention of operational artifacts. With ObjectLock, at least
	// its Days. Default: 0, current objects are kept for ever.
	ExpirationDays int
	// PolicyStatements are added to the bucket policy after the guardrail statements.
	// Default: none.
	PolicyStatements []iam.Statement
	// AllowDestroy lets Terraform destroy the bucket. Default: false, the bucket carries
	// lifecycle.prevent_destroy.
	AllowDestroy bool
	// ObjectLock enables S3 Object Lock with a default retention: no version can be
	// deleted or overwritten before it ends. Object Lock can only be enabled when the
	// bucket is created. Default: nil, no lock. When set, NoncurrentVersionExpirationDays
	// must be 0 or at least the lock's Days, so no lifecycle rule targets a locked version.
	ObjectLock *ObjectLock
	// Transitions move current versions to colder storage classes; noncurrent versions
	// follow the same schedule. Default: none.
	Transitions []Transition
	// NotPHIReason records why the bucket holds no patient data (say what it holds). In
	// an environment classified phi every bucket is in PHI scope unless it says so, and
	// the compliance pack then requires Object Lock, data events and, in production,
	// replication. The reason is shown in the audit report. Default: empty, in scope.
	NotPHIReason string
	// Tags are added to the bucket (the provider adds the default tags). Mark buckets of
	// patient data with PHITags: the compliance pack then requires Object Lock and, in
	// production, replication.
	Tags map[string]string
	// Provider creates the bucket and its resources through another provider
	// configuration, e.g. the disaster-recovery region's. Default: the stack's provider.
	Provider cdktf.TerraformProvider
	// SSES3ServiceWriters are AWS service principals whose uploads may ask for SSE-S3:
	// CloudTrail writes its digest files with SSE-S3 whatever the trail's key. Everyone
	// else must use SSE-KMS. Default: none.
	SSES3ServiceWriters []string
}

// PHITags marks a bucket that stores protected health information.
var PHITags = map[string]string{"phi": "true"}

// ObjectLock is a default Object Lock retention.
type ObjectLock struct {
	// Mode is "COMPLIANCE" (no one, the root user included, can shorten or remove the
	// retention) or "GOVERNANCE" (principals with s3:BypassGovernanceRetention can).
	Mode string
	// Days is the default retention of every new object version, at least 1.
	Days int
}

// Transition moves objects to StorageClass after Days.
type Transition struct {
	Days         int
	StorageClass string
}

// storageClasses are the lifecycle transition targets allowed here (the archive classes
// that need a restore before a read are left out: a clinician must never wait hours).
var storageClasses = map[string]int{"STANDARD_IA": 30, "INTELLIGENT_TIERING": 0, "GLACIER_IR": 0}

// Bucket is a private, versioned, SSE-KMS encrypted, TLS-only, access-logged bucket.
type Bucket struct {
	// Scope is the construct holding the resources; pass it as the scope of related constructs.
	Scope  constructs.Construct
	Bucket s3bucket.S3Bucket
	Policy s3bucketpolicy.S3BucketPolicy
	Key    *security.Key
	// Versioning is the versioning resource; replication depends on it.
	Versioning s3bucketversioning.S3BucketVersioningA

	provider cdktf.TerraformProvider
}

// NewBucket creates the bucket and its guardrail resources.
func NewBucket(scope constructs.Construct, id string, props BucketProps) (*Bucket, error) {
	if err := props.validate(); err != nil {
		return nil, fmt.Errorf("storage.NewBucket %s: %w", id, err)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	b, versioning := newBase(c, baseProps{name: props.BucketName, allowDestroy: props.AllowDestroy, objectLock: props.ObjectLock != nil, tags: props.Tags, provider: props.Provider})
	if props.NotPHIReason != "" {
		compliance.NotPHI(b, props.NotPHIReason)
	}
	pv := props.Provider

	s3bucketserversideencryptionconfiguration.NewS3BucketServerSideEncryptionConfigurationA(c, jsii.String("Encryption"),
		&s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationAConfig{
			Bucket: b.Id(), Provider: pv,
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
		Provider:     pv,
	})

	if lock := props.ObjectLock; lock != nil {
		s3bucketobjectlockconfiguration.NewS3BucketObjectLockConfigurationA(c, jsii.String("ObjectLock"), &s3bucketobjectlockconfiguration.S3BucketObjectLockConfigurationAConfig{
			Bucket: b.Id(), Provider: pv,
			Rule: &s3bucketobjectlockconfiguration.S3BucketObjectLockConfigurationRuleA{
				DefaultRetention: &s3bucketobjectlockconfiguration.S3BucketObjectLockConfigurationRuleDefaultRetentionA{
					Mode: jsii.String(lock.Mode), Days: jsii.Number(float64(lock.Days)),
				},
			},
		})
	}

	lifecycle(c, b, lifecycleProps{
		noncurrentDays: props.NoncurrentVersionExpirationDays, newerKept: props.NewerNoncurrentVersionsKept,
		expireDays: props.ExpirationDays, transitions: props.Transitions, provider: pv,
	})

	notKMS := iam.Conditions{"StringNotEqualsIfExists": {"s3:x-amz-server-side-encryption": {"aws:kms"}}}
	if len(props.SSES3ServiceWriters) > 0 {
		// Negated operators match when the key is absent: IAM principals (no service
		// name) stay denied.
		notKMS["StringNotEquals"] = map[string]iam.Strings{"aws:PrincipalServiceName": props.SSES3ServiceWriters}
	}
	statements := []iam.Statement{
		iam.DenyInsecureTransport("s3:*", *b.Arn(), *b.Arn()+"/*"),
		{
			Sid: "DenyUploadsNotEncryptedWithKMS", Effect: "Deny", Principal: &iam.Principal{Any: true},
			Action: iam.Strings{"s3:PutObject"}, Resource: iam.Strings{*b.Arn() + "/*"},
			Condition: notKMS,
		},
		{
			// An upload that names a key must name this bucket's key (by ARN or alias ARN);
			// one that names none gets the bucket's default encryption.
			Sid: "DenyUploadsWithAnotherKey", Effect: "Deny", Principal: &iam.Principal{Any: true},
			Action: iam.Strings{"s3:PutObject"}, Resource: iam.Strings{*b.Arn() + "/*"},
			Condition: iam.Conditions{"StringNotEqualsIfExists": {"s3:x-amz-server-side-encryption-aws-kms-key-id": {
				*props.EncryptionKey.Arn(), *props.EncryptionKey.Alias.Arn(),
			}}},
		},
	}
	statements = append(statements, props.PolicyStatements...)
	policy := s3bucketpolicy.NewS3BucketPolicy(c, jsii.String("Policy"), &s3bucketpolicy.S3BucketPolicyConfig{
		Bucket: b.Id(), Provider: pv,
		Policy: jsii.String(iam.Policy(statements...).JSON()),
	})
	return &Bucket{Scope: c, Bucket: b, Policy: policy, Key: props.EncryptionKey, Versioning: versioning, provider: pv}, nil
}

// Name is the bucket's name (a Terraform reference).
func (b *Bucket) Name() *string { return b.Bucket.Bucket() }

// BucketArn is the ARN of the bucket named name, known before the bucket exists (for
// permissions boundaries and policies that must not wait for it).
func BucketArn(partition, name string) string { return fmt.Sprintf("arn:%s:s3:::%s", partition, name) }

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
	if p.ExpirationDays < 0 {
		problems = append(problems, fmt.Sprintf("ExpirationDays %d: must not be negative", p.ExpirationDays))
	}
	if l := p.ObjectLock; l != nil && p.ExpirationDays > 0 && p.ExpirationDays < l.Days {
		problems = append(problems, fmt.Sprintf("ExpirationDays %d: must be at least ObjectLock.Days (%d)", p.ExpirationDays, l.Days))
	}
	if p.NewerNoncurrentVersionsKept > 0 && p.NoncurrentVersionExpirationDays == 0 {
		problems = append(problems, "NewerNoncurrentVersionsKept: needs NoncurrentVersionExpirationDays")
	}
	if l := p.ObjectLock; l != nil {
		if l.Mode != "COMPLIANCE" && l.Mode != "GOVERNANCE" {
			problems = append(problems, fmt.Sprintf("ObjectLock.Mode %q: must be COMPLIANCE or GOVERNANCE", l.Mode))
		}
		if l.Days < 1 {
			problems = append(problems, fmt.Sprintf("ObjectLock.Days %d: must be at least 1", l.Days))
		}
		if d := p.NoncurrentVersionExpirationDays; d > 0 && d < l.Days {
			problems = append(problems, fmt.Sprintf("NoncurrentVersionExpirationDays %d: must be at least ObjectLock.Days (%d): old versions expire only after their retention", d, l.Days))
		}
	}
	last := 0
	for i, t := range p.Transitions {
		floor, ok := storageClasses[t.StorageClass]
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("Transitions[%d].StorageClass %q: must be STANDARD_IA, INTELLIGENT_TIERING or GLACIER_IR", i, t.StorageClass))
		case t.Days < floor || t.Days < 1:
			problems = append(problems, fmt.Sprintf("Transitions[%d].Days %d: must be at least %d for %s", i, t.Days, max(floor, 1), t.StorageClass))
		case t.Days <= last:
			problems = append(problems, fmt.Sprintf("Transitions[%d].Days %d: must be later than the previous transition (%d)", i, t.Days, last))
		}
		last = t.Days
	}
	for i, w := range p.SSES3ServiceWriters {
		if !security.IsServicePrincipal(w) {
			problems = append(problems, fmt.Sprintf("SSES3ServiceWriters[%d] %q: must be an AWS service principal", i, w))
		}
	}
	for k := range p.Tags {
		if k == "" {
			problems = append(problems, "Tags: a tag key is empty")
		}
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
	// Provider creates the bucket through another provider configuration (S3 delivers
	// access logs only within a region). Default: the stack's provider.
	Provider cdktf.TerraformProvider
}

// AccessLogBucket receives S3 server access logs. It is versioned, private, TLS-only and
// encrypted with SSE-S3: S3 log delivery cannot write to SSE-KMS buckets, so the
// KMS rule is suppressed with that reason. It does not log to itself.
type AccessLogBucket struct {
	// Scope is the construct holding the resources; pass it as the scope of related constructs.
	Scope  constructs.Construct
	Bucket s3bucket.S3Bucket
}

// AccessLogsNotPHI is why an access-log bucket is out of PHI scope.
const AccessLogsNotPHI = "S3 server access logs: request metadata (requester, operation, object key, status), never record content"

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
	pv := props.Provider
	b, _ := newBase(c, baseProps{name: props.BucketName, allowDestroy: props.AllowDestroy, provider: pv})
	compliance.NotPHI(b, AccessLogsNotPHI)
	compliance.Suppress(b, "s3-kms-encryption",
		"S3 server access log delivery supports only SSE-S3 on the target bucket; logs hold request metadata, not PHI, and the bucket is private, TLS-only and versioned")
	compliance.Suppress(b, "s3-access-logging",
		"S3 cannot deliver a bucket's access logs to itself; this bucket's policy admits writes only from S3 log delivery of this account over TLS, "+
			"every log version is kept for the audit retention, and CloudTrail management events record any change to the bucket or its policy")

	s3bucketserversideencryptionconfiguration.NewS3BucketServerSideEncryptionConfigurationA(c, jsii.String("Encryption"),
		&s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationAConfig{
			Bucket: b.Id(), Provider: pv,
			Rule: []*s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleA{{
				ApplyServerSideEncryptionByDefault: &s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA{
					SseAlgorithm: jsii.String("AES256"),
				},
			}},
		})

	// Deleted or overwritten logs stay recoverable for the whole audit period.
	lifecycle(c, b, lifecycleProps{noncurrentDays: props.RetentionDays, expireDays: props.RetentionDays, provider: pv})

	s3bucketpolicy.NewS3BucketPolicy(c, jsii.String("Policy"), &s3bucketpolicy.S3BucketPolicyConfig{
		Bucket: b.Id(), Provider: pv,
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

type baseProps struct {
	name         string
	allowDestroy bool
	objectLock   bool
	tags         map[string]string
	provider     cdktf.TerraformProvider
}

// newBase creates the bucket with the settings every bucket shares: versioning, the
// public access block, and bucket-owner-enforced object ownership (ACLs disabled).
func newBase(c constructs.Construct, p baseProps) (s3bucket.S3Bucket, s3bucketversioning.S3BucketVersioningA) {
	cfg := &s3bucket.S3BucketConfig{
		Bucket:       jsii.String(p.name),
		ForceDestroy: jsii.Bool(false),
		Lifecycle:    &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(!p.allowDestroy)},
		Provider:     p.provider,
	}
	if p.objectLock {
		cfg.ObjectLockEnabled = jsii.Bool(true)
	}
	if len(p.tags) > 0 {
		tags := make(map[string]*string, len(p.tags))
		for k, v := range p.tags {
			tags[k] = jsii.String(v)
		}
		cfg.Tags = &tags
	}
	b := s3bucket.NewS3Bucket(c, jsii.String("Bucket"), cfg)
	versioning := s3bucketversioning.NewS3BucketVersioningA(c, jsii.String("Versioning"), &s3bucketversioning.S3BucketVersioningAConfig{
		Bucket: b.Id(), Provider: p.provider,
		VersioningConfiguration: &s3bucketversioning.S3BucketVersioningVersioningConfiguration{
			Status: jsii.String("Enabled"),
		},
	})
	s3bucketpublicaccessblock.NewS3BucketPublicAccessBlock(c, jsii.String("PublicAccessBlock"), &s3bucketpublicaccessblock.S3BucketPublicAccessBlockConfig{
		Bucket: b.Id(), Provider: p.provider,
		BlockPublicAcls:       jsii.Bool(true),
		BlockPublicPolicy:     jsii.Bool(true),
		IgnorePublicAcls:      jsii.Bool(true),
		RestrictPublicBuckets: jsii.Bool(true),
	})
	s3bucketownershipcontrols.NewS3BucketOwnershipControls(c, jsii.String("Ownership"), &s3bucketownershipcontrols.S3BucketOwnershipControlsConfig{
		Bucket: b.Id(), Provider: p.provider,
		Rule: &s3bucketownershipcontrols.S3BucketOwnershipControlsRule{
			ObjectOwnership: jsii.String("BucketOwnerEnforced"),
		},
	})
	return b, versioning
}

type lifecycleProps struct {
	noncurrentDays, newerKept, expireDays int
	transitions                           []Transition
	provider                              cdktf.TerraformProvider
}

// lifecycle adds the lifecycle rules: incomplete multipart uploads are always aborted
// after 7 days; current and noncurrent versions move to colder classes on the
// transition schedule; noncurrent versions and current objects expire when the days
// are set.
func lifecycle(c constructs.Construct, b s3bucket.S3Bucket, p lifecycleProps) {
	type rule = s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRule
	all := []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleFilter{{Prefix: jsii.String("")}}
	rules := []*rule{{
		Id: jsii.String("abort-incomplete-multipart-uploads"), Status: jsii.String("Enabled"), Filter: all,
		AbortIncompleteMultipartUpload: []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload{{
			DaysAfterInitiation: jsii.Number(7),
		}},
	}}
	if len(p.transitions) > 0 {
		var current []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleTransition
		var noncurrent []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleNoncurrentVersionTransition
		for _, t := range p.transitions {
			current = append(current, &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleTransition{
				Days: jsii.Number(float64(t.Days)), StorageClass: jsii.String(t.StorageClass),
			})
			noncurrent = append(noncurrent, &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleNoncurrentVersionTransition{
				NoncurrentDays: jsii.Number(float64(t.Days)), StorageClass: jsii.String(t.StorageClass),
			})
		}
		rules = append(rules, &rule{
			Id: jsii.String("transition-to-colder-storage"), Status: jsii.String("Enabled"), Filter: all,
			Transition: current, NoncurrentVersionTransition: noncurrent,
		})
	}
	if p.noncurrentDays > 0 {
		exp := &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration{
			NoncurrentDays: jsii.Number(float64(p.noncurrentDays)),
		}
		if p.newerKept > 0 {
			exp.NewerNoncurrentVersions = jsii.Number(float64(p.newerKept))
		}
		rules = append(rules, &rule{
			Id: jsii.String("expire-noncurrent-versions"), Status: jsii.String("Enabled"), Filter: all,
			NoncurrentVersionExpiration: []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration{exp},
		})
	}
	if p.expireDays > 0 {
		rules = append(rules, &rule{
			Id: jsii.String("expire-after-retention"), Status: jsii.String("Enabled"), Filter: all,
			Expiration: []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleExpiration{{
				Days: jsii.Number(float64(p.expireDays)),
			}},
		})
	}
	s3bucketlifecycleconfiguration.NewS3BucketLifecycleConfiguration(c, jsii.String("Lifecycle"), &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationConfig{
		Bucket: b.Id(), Provider: p.provider,
		Rule: rules,
	})
}

package storage

import (
	"fmt"
	"strings"

	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/security"
)

// GrantRead lets the role list and read (any version of) the objects under prefix, and
// decrypt them with the bucket's key through S3 only. It grants nothing else: no
// writes, no deletes, no retention or legal-hold changes.
func (b *Bucket) GrantRead(role *security.Role, id, prefix string) error {
	return b.grant(role, id, prefix, false)
}

// GrantReadWrite is GrantRead plus uploads under prefix (encrypted with the bucket's
// key, which the bucket policy enforces). It does not grant deletes: versions of
// medical documents are removed only by the lifecycle, after their retention.
func (b *Bucket) GrantReadWrite(role *security.Role, id, prefix string) error {
	return b.grant(role, id, prefix, true)
}

func (b *Bucket) grant(role *security.Role, id, prefix string, write bool) error {
	if role == nil {
		return fmt.Errorf("storage.Bucket.Grant %s: role is required", id)
	}
	if len(prefix) < 2 || !strings.HasSuffix(prefix, "/") || strings.ContainsAny(prefix, "*?$") || strings.HasPrefix(prefix, "/") {
		return fmt.Errorf("storage.Bucket.Grant %s: prefix %q must be a key prefix like \"records/\" (no wildcards, ending with \"/\")", id, prefix)
	}
	arn := *b.Arn()
	objects := arn + "/" + prefix + "*"
	keyActions := []string{"kms:Decrypt"}
	objectActions := []string{"s3:GetObject", "s3:GetObjectVersion"}
	if write {
		keyActions = append(keyActions, "kms:GenerateDataKey")
		objectActions = append(objectActions, "s3:PutObject")
	}
	return role.Grant(id,
		iam.Statement{Sid: "ListPrefix", Effect: "Allow", Action: iam.Strings{"s3:ListBucket"}, Resource: iam.Strings{arn},
			Condition: iam.Conditions{"StringLike": {"s3:prefix": {prefix + "*"}}}},
		iam.Allow("Objects", objectActions, []string{objects}),
		// With bucket keys, S3 asks KMS for the bucket's data key with the bucket ARN as
		// encryption context: the grant is good for this bucket only.
		iam.Statement{Sid: "BucketKey", Effect: "Allow", Action: keyActions, Resource: iam.Strings{*b.Key.Arn()},
			Condition: iam.Conditions{"StringEquals": {"kms:EncryptionContext:aws:s3:arn": {arn}}}},
	)
}

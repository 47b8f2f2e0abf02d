package storage

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketreplicationconfiguration"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/security"
)

// ReplicationRoleProps configures the role S3 assumes to replicate one bucket to
// another. The role exists before the buckets' keys so that their policies can name it.
type ReplicationRoleProps struct {
	// Name of the role. Required.
	Name string
	// AccountID and Partition locate the account. Required.
	AccountID, Partition string
	// SourceBucket and DestinationBucket are bucket names. Required.
	SourceBucket, DestinationBucket string
}

// NewReplicationRole creates the replication role with a permissions boundary that
// allows replication between the two buckets only.
func NewReplicationRole(scope constructs.Construct, id string, p ReplicationRoleProps) (*security.Role, error) {
	if p.Name == "" || p.AccountID == "" || p.Partition == "" || p.SourceBucket == "" || p.DestinationBucket == "" {
		return nil, fmt.Errorf("storage.NewReplicationRole %s: Name, AccountID, Partition, SourceBucket and DestinationBucket are required", id)
	}
	src, dst := BucketArn(p.Partition, p.SourceBucket), BucketArn(p.Partition, p.DestinationBucket)
	c := constructs.NewConstruct(scope, jsii.String(id))
	boundary := security.NewBoundary(c, "Boundary", security.BoundaryProps{
		Name: p.Name + "-boundary",
		Statements: append(replicationStatements(src, dst),
			iam.Allow("BucketKeys", []string{"kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"}, []string{fmt.Sprintf("arn:%s:kms:*:%s:key/*", p.Partition, p.AccountID)})),
	})
	return security.NewRole(c, "Role", security.RoleProps{
		Name: p.Name, AssumedBy: "s3.amazonaws.com", AccountID: p.AccountID, BoundaryArn: boundary.Arn(),
	})
}

// replicationStatements are the S3 permissions replication needs (AWS: "Setting up
// permissions for live replication"), Object Lock retention and legal holds included.
func replicationStatements(src, dst string) []iam.Statement {
	return []iam.Statement{
		iam.Allow("ReadSourceConfiguration", []string{"s3:GetReplicationConfiguration", "s3:ListBucket"}, []string{src}),
		iam.Allow("ReadSourceVersions", []string{
			"s3:GetObjectLegalHold", "s3:GetObjectRetention", "s3:GetObjectVersionAcl",
			"s3:GetObjectVersionForReplication", "s3:GetObjectVersionTagging",
		}, []string{src + "/*"}),
		iam.Allow("WriteReplicas", []string{"s3:ReplicateDelete", "s3:ReplicateObject", "s3:ReplicateTags"}, []string{dst + "/*"}),
	}
}

// ReplicationProps configures ReplicateTo.
type ReplicationProps struct {
	// Destination is the bucket in the disaster-recovery region; it must have
	// versioning (every Bucket has) and, when the source has Object Lock, Object Lock.
	// Required.
	Destination *Bucket
	// Role is the replication role (NewReplicationRole); both buckets' keys must name
	// it as a user. Required.
	Role *security.Role
	// SourceRegion and DestinationRegion scope the key grants to S3 in each region.
	// Required.
	SourceRegion, DestinationRegion string
}

// ReplicateTo replicates every new object version to the destination, re-encrypted
// under the destination's key, with Replication Time Control (15 minutes) and its
// metrics. Delete markers are not replicated: a deletion in the primary region never
// hides the DR copy.
func (b *Bucket) ReplicateTo(id string, p ReplicationProps) error {
	if p.Destination == nil || p.Role == nil || p.SourceRegion == "" || p.DestinationRegion == "" {
		return fmt.Errorf("storage.Bucket.ReplicateTo %s: Destination, Role, SourceRegion and DestinationRegion are required", id)
	}
	src, dst := *b.Arn(), *p.Destination.Arn()
	statements := append(replicationStatements(src, dst),
		iam.Statement{Sid: "DecryptSource", Effect: "Allow", Action: iam.Strings{"kms:Decrypt"}, Resource: iam.Strings{*b.Key.Arn()},
			Condition: iam.Conditions{"StringEquals": {"kms:ViaService": {"s3." + p.SourceRegion + "." + config.DNSSuffix(p.SourceRegion)}, "kms:EncryptionContext:aws:s3:arn": {src}}}},
		iam.Statement{Sid: "EncryptReplicas", Effect: "Allow", Action: iam.Strings{"kms:Encrypt", "kms:GenerateDataKey"}, Resource: iam.Strings{*p.Destination.Key.Arn()},
			Condition: iam.Conditions{"StringEquals": {"kms:ViaService": {"s3." + p.DestinationRegion + "." + config.DNSSuffix(p.DestinationRegion)}, "kms:EncryptionContext:aws:s3:arn": {dst}}}},
	)
	if err := p.Role.Grant(id+"Replication", statements...); err != nil {
		return err
	}
	type cfg = s3bucketreplicationconfiguration.S3BucketReplicationConfigurationAConfig
	minutes := &s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRuleDestinationReplicationTimeTime{Minutes: jsii.Number(15)}
	s3bucketreplicationconfiguration.NewS3BucketReplicationConfigurationA(b.Scope, jsii.String(id), &cfg{
		Bucket: b.Bucket.Id(), Role: p.Role.Arn(), Provider: b.provider,
		DependsOn: &[]cdktf.ITerraformDependable{b.Versioning, p.Destination.Versioning},
		Rule: []*s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRule{{
			Id: jsii.String("disaster-recovery"), Status: jsii.String("Enabled"),
			Filter: &s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRuleFilter{Prefix: jsii.String("")},
			DeleteMarkerReplication: &s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRuleDeleteMarkerReplication{
				Status: jsii.String("Disabled"),
			},
			SourceSelectionCriteria: &s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRuleSourceSelectionCriteria{
				SseKmsEncryptedObjects: &s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRuleSourceSelectionCriteriaSseKmsEncryptedObjects{
					Status: jsii.String("Enabled"),
				},
			},
			Destination: &s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRuleDestination{
				Bucket: p.Destination.Arn(), StorageClass: jsii.String("STANDARD"),
				EncryptionConfiguration: &s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRuleDestinationEncryptionConfiguration{
					ReplicaKmsKeyId: p.Destination.Key.Arn(),
				},
				ReplicationTime: &s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRuleDestinationReplicationTime{
					Status: jsii.String("Enabled"), Time: minutes,
				},
				Metrics: &s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRuleDestinationMetrics{
					Status: jsii.String("Enabled"),
					EventThreshold: &s3bucketreplicationconfiguration.S3BucketReplicationConfigurationRuleDestinationMetricsEventThreshold{
						Minutes: jsii.Number(15),
					},
				},
			},
		}},
	})
	return nil
}

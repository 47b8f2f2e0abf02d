package monitoring

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/syntheticscanary"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/storage"
	"github.com/healthhub/platform-infra/internal/artifact"
)

// CanaryRuntime is the Synthetics runtime of the canaries: the newest Node.js and
// Puppeteer runtime documented by AWS (the AWS provider passes runtime_version through
// unchecked, so the API decides). The scripts use its namespaced modules
// (@aws/synthetics-puppeteer, @aws/synthetics-logger; syn-nodejs-puppeteer-13.1 and
// later).
const CanaryRuntime = "syn-nodejs-puppeteer-15.0"

// CanaryPackagePrefix is where a Node.js canary's scripts live in its zip: the runtime
// loads the handler "<file>.handler" from nodejs/node_modules/<file>.js.
const CanaryPackagePrefix = "nodejs/node_modules/"

// CanaryArtifactsPrefix is the key prefix of the canaries' artifacts (screenshots, HAR
// files, logs, reports) in their bucket.
const CanaryArtifactsPrefix = "canary/"

// MaxCanaryNameLength is Synthetics' limit on a canary's name.
const MaxCanaryNameLength = 21

// CanaryTarget is one uptime canary.
type CanaryTarget struct {
	// Label names the canary ("web": "<prefix>-web") and its alarm.
	Label string
	// Handler is the script's entry point, "<file>.handler" of a file of the package.
	Handler string
	// URL is what the canary requests, https://... (its TARGET_URL).
	URL string
	// What it checks, for the alarm's runbook ("the frontend").
	What string
}

// CanariesProps configures the uptime canaries.
type CanariesProps struct {
	Names naming.Namer
	// Package is the scripts' zip: artifact.Files("./canaries", CanaryPackagePrefix).
	// Required.
	Package *artifact.Zip
	// Targets are the canaries. At least one.
	Targets []CanaryTarget
	// IntervalMinutes is how often each runs, 1 to 60. Required.
	IntervalMinutes int
	// RetentionDays keeps Synthetics' record of runs (at most 455 days; the artifacts
	// themselves follow Bucket's lifecycle). Required.
	RetentionDays int
	// Bucket receives the artifacts under CanaryArtifactsPrefix, encrypted with its key
	// (SSE-KMS). Required.
	Bucket *storage.Bucket
	// Role is the canaries' execution role (NewCanaryRole), created before the bucket's
	// key so that the key policy can name it. Required.
	Role *security.Role
	// SubnetIDs and SecurityGroupIDs place the canaries' functions in the VPC: they
	// reach the public endpoints through NAT, as patients reach them, and AWS Config's
	// lambda-inside-vpc rule holds for them too. Required.
	SubnetIDs, SecurityGroupIDs []*string
}

// Canaries are the uptime canaries.
type Canaries struct {
	Scope constructs.Construct
	// ByLabel are the canaries; Names their names, by label.
	ByLabel map[string]syntheticscanary.SyntheticsCanary
	Names   map[string]string
}

var (
	labelRE   = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	handlerRE = regexp.MustCompile(`^[A-Za-z0-9_-]+\.handler$`)
)

// Validate reports every problem of the props, one per line.
func (p CanariesProps) Validate() error {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if p.Package == nil || p.Package.Path == "" || p.Package.Hex() == "" {
		add("Package: required (artifact.Files of the scripts)")
	}
	if len(p.Targets) == 0 {
		add("Targets: at least one canary")
	}
	seen := map[string]bool{}
	for i, t := range p.Targets {
		name := p.Names.Name(t.Label)
		switch {
		case !labelRE.MatchString(t.Label) || seen[t.Label]:
			add("Targets[%d].Label %q: a unique lowercase word", i, t.Label)
		case len(name) > MaxCanaryNameLength:
			add("Targets[%d].Label %q: the canary's name %q is longer than Synthetics' %d characters", i, t.Label, name, MaxCanaryNameLength)
		}
		seen[t.Label] = true
		if !handlerRE.MatchString(t.Handler) {
			add("Targets[%d].Handler %q: \"<file>.handler\"", i, t.Handler)
		}
		if !strings.HasPrefix(t.URL, "https://") || strings.ContainsAny(t.URL, " \"'") {
			add("Targets[%d].URL %q: an https:// URL", i, t.URL)
		}
	}
	if p.IntervalMinutes < 1 || p.IntervalMinutes > 60 {
		add("IntervalMinutes %d: 1 to 60", p.IntervalMinutes)
	}
	if p.RetentionDays < 1 {
		add("RetentionDays %d: at least 1", p.RetentionDays)
	}
	if p.Bucket == nil || p.Role == nil || len(p.SubnetIDs) == 0 || len(p.SecurityGroupIDs) == 0 {
		add("Bucket, Role, SubnetIDs and SecurityGroupIDs: all required")
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "\n"))
	}
	return nil
}

// CanaryRoleName is the canaries' execution role: "<prefix>-canary-fn".
func CanaryRoleName(names naming.Namer) string { return names.Name("canary", "fn") }

// NewCanaryRole creates the canaries' execution role (Synthetics runs a canary as a
// Lambda function) under boundaryArn (CanaryBoundaryStatements).
func NewCanaryRole(scope constructs.Construct, id string, names naming.Namer, accountID string, boundaryArn *string) (*security.Role, error) {
	return security.NewRole(scope, id, security.RoleProps{
		Name: CanaryRoleName(names), AssumedBy: "lambda.amazonaws.com", AccountID: accountID, BoundaryArn: boundaryArn,
	})
}

// canaryStatements are what a canary needs beyond its bucket prefix: CloudWatch
// Synthetics locates the artifact bucket (GetBucketLocation, ListAllMyBuckets) and
// publishes its metrics; Lambda's VPC networking manages interfaces. No CloudWatch Logs:
// the canary's log goes to the encrypted artifact bucket with each run, and Lambda never
// creates an unencrypted log group for it.
func canaryStatements(bucketArn string) []iam.Statement {
	return []iam.Statement{
		iam.Allow("LocateArtifactBucket", []string{"s3:GetBucketLocation"}, []string{bucketArn}),
		{Sid: "ListBuckets", Effect: "Allow", Action: iam.Strings{"s3:ListAllMyBuckets"}, Resource: iam.Strings{"*"},
			WildcardReason: "CloudWatch Synthetics lists the account's buckets to find the artifact bucket; ListAllMyBuckets has no resource type"},
		{Sid: "PublishCanaryMetrics", Effect: "Allow", Action: iam.Strings{"cloudwatch:PutMetricData"}, Resource: iam.Strings{"*"},
			Condition:      iam.Conditions{"StringEquals": {"cloudwatch:namespace": {CanaryNamespace}}},
			WildcardReason: "PutMetricData has no resource type; the condition limits it to the CloudWatchSynthetics namespace"},
		{Sid: "VpcNetworkInterfaces", Effect: "Allow",
			Action:         iam.Strings{"ec2:AssignPrivateIpAddresses", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:UnassignPrivateIpAddresses"},
			Resource:       iam.Strings{"*"},
			WildcardReason: "Lambda's VPC networking calls EC2 network-interface APIs that AWS authorizes only on Resource \"*\""},
	}
}

// CanaryBoundaryStatements are the ceiling of the canaries' role: objects of the
// environment's buckets, its keys, what canaryStatements grants, and never IAM,
// Organizations or key deletion.
func CanaryBoundaryStatements(partition, region, accountID string, names naming.Namer) []iam.Statement {
	buckets := fmt.Sprintf("arn:%s:s3:::%s*", partition, names.Name(""))
	return append([]iam.Statement{
		iam.Allow("OwnBucketObjects", []string{"s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket", "s3:PutObject"}, []string{buckets}),
		iam.Allow("AccountKeys", []string{"kms:Decrypt", "kms:GenerateDataKey"}, []string{fmt.Sprintf("arn:%s:kms:%s:%s:key/*", partition, region, accountID)}),
		{Sid: "NeverAdministration", Effect: "Deny", Action: iam.Strings{"iam:*", "organizations:*", "kms:DisableKey", "kms:ScheduleKeyDeletion", "kms:PutKeyPolicy"}, Resource: iam.Strings{"*"}},
	}, canaryStatements(buckets)...)
}

// NewCanaries creates one CloudWatch Synthetics canary per target from the package,
// running every IntervalMinutes in the VPC, artifacts encrypted under the bucket's key,
// started on creation and its Lambda function deleted with it, and grants the role its
// bucket prefix and canaryStatements.
func NewCanaries(scope constructs.Construct, id string, props CanariesProps) (*Canaries, error) {
	if err := props.Validate(); err != nil {
		return nil, errors.New("monitoring.NewCanaries " + id + ": " + strings.ReplaceAll(err.Error(), "\n", "\nmonitoring.NewCanaries "+id+": "))
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	if err := props.Bucket.GrantReadWrite(props.Role, "WriteArtifacts", CanaryArtifactsPrefix); err != nil {
		return nil, err
	}
	if err := props.Role.Grant("Synthetics", canaryStatements(*props.Bucket.Arn())...); err != nil {
		return nil, err
	}
	asset := cdktf.NewTerraformAsset(c, jsii.String("Scripts"), &cdktf.TerraformAssetConfig{
		Path: jsii.String(props.Package.Path), Type: cdktf.AssetType_FILE, AssetHash: jsii.String(props.Package.Hex()),
	})
	schedule := fmt.Sprintf("rate(%d minutes)", props.IntervalMinutes)
	if props.IntervalMinutes == 1 {
		schedule = "rate(1 minute)"
	}
	retention := min(props.RetentionDays, 455)
	out := &Canaries{Scope: c, ByLabel: map[string]syntheticscanary.SyntheticsCanary{}, Names: map[string]string{}}
	for _, t := range props.Targets {
		name := props.Names.Name(t.Label)
		out.Names[t.Label] = name
		out.ByLabel[t.Label] = syntheticscanary.NewSyntheticsCanary(c, jsii.String(naming.Pascal(t.Label)), &syntheticscanary.SyntheticsCanaryConfig{
			Name: jsii.String(name), RuntimeVersion: jsii.String(CanaryRuntime), Handler: jsii.String(t.Handler),
			ZipFile: asset.Path(), ExecutionRoleArn: props.Role.Arn(),
			ArtifactS3Location: jsii.String("s3://" + *props.Bucket.Name() + "/" + CanaryArtifactsPrefix + t.Label + "/"),
			ArtifactConfig: &syntheticscanary.SyntheticsCanaryArtifactConfig{S3Encryption: &syntheticscanary.SyntheticsCanaryArtifactConfigS3Encryption{
				EncryptionMode: jsii.String("SSE_KMS"), KmsKeyArn: props.Bucket.Key.Arn(),
			}},
			Schedule: &syntheticscanary.SyntheticsCanarySchedule{Expression: jsii.String(schedule)},
			RunConfig: &syntheticscanary.SyntheticsCanaryRunConfig{
				TimeoutInSeconds: jsii.Number(60), ActiveTracing: jsii.Bool(false),
				EnvironmentVariables: &map[string]*string{"TARGET_URL": jsii.String(t.URL)},
			},
			VpcConfig: &syntheticscanary.SyntheticsCanaryVpcConfig{
				SubnetIds: &props.SubnetIDs, SecurityGroupIds: &props.SecurityGroupIDs,
			},
			SuccessRetentionPeriod: jsii.Number(float64(retention)), FailureRetentionPeriod: jsii.Number(float64(retention)),
			StartCanary: jsii.Bool(true), DeleteLambda: jsii.Bool(true),
		})
	}
	return out, nil
}

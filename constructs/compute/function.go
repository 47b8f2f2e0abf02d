// Package compute holds the service functions: Lambda functions that run in the
// private subnets with tracing, bounded concurrency, an encrypted dead-letter queue, an
// encrypted log group with the configured retention, and a least-privilege role under
// the permissions boundary.
package compute

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/lambdaalias"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/lambdafunction"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/lambdaprovisionedconcurrencyconfig"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/sqsqueue"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/logs"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/network"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/internal/artifact"
)

// Runtime and Handler of every service function: Go binaries for the provided.al2023
// runtime on arm64, built by the services' pipelines (an S3 artifact) or by this
// repository at synthesis (internal/artifact, FunctionProps.Package).
const (
	Runtime      = "provided.al2023"
	Handler      = "bootstrap"
	Architecture = "arm64"
)

// envKeyRE: environment variables carry references (ARNs, names, URLs), never values
// of secrets.
var envKeyRE = regexp.MustCompile(`^[A-Z][A-Z0-9_]*_(ARN|NAME|URL|ID)$`)

// FunctionProps configures a service function.
type FunctionProps struct {
	// Service is the service's name ("auth"). Required.
	Service string
	// Config is the service's artifact and sizing from the environment. Required: the
	// sizing (memoryMb 128-10240, timeoutSeconds 1-900, reservedConcurrency at least 1,
	// provisionedConcurrency) always; the S3 artifact (artifactBucket, artifactKey,
	// artifactVersion) unless Package is set, and then it must be empty.
	Config config.Service
	// Package is code this repository builds (artifact.Build): the zip becomes a
	// cdktf.TerraformAsset, copied into the stack's directory of cdktf.out, and the
	// function's filename and source_code_hash. Exactly one of Package and Config's S3
	// artifact is given. Default: none, the code is Config's S3 object.
	Package *artifact.Zip
	// Env gives the environment's name (ENVIRONMENT_NAME, the description) and the log
	// retention. Required, unless EnvironmentName and LogRetentionDays are given instead.
	Env *config.Environment
	// EnvironmentName and LogRetentionDays are the narrow form of Env, for constructs
	// that do not hold the environment's config (rotation.NewRotator). Set both or
	// neither; not with Env. Default: Env's.
	EnvironmentName  string
	LogRetentionDays int
	// Names builds the function's, queue's and log group's names. Required.
	Names naming.Namer
	// Network places the function in the private subnets. Required.
	Network *network.Network
	// SecurityGroupIDs place the function in these security groups, e.g. one with
	// internet egress for a function that calls an outside vendor. Default: the
	// network's function group (HTTPS to the VPC endpoints, Postgres to Neon only).
	SecurityGroupIDs []*string
	// Description of the function. Default: "HealthHub <Service> service (<environment>)".
	Description string
	// DataKey encrypts the dead-letter queue and the environment variables. Required.
	DataKey *security.Key
	// LogsKey encrypts the log group. Required.
	LogsKey *security.Key
	// Role is the function's execution role, created beforehand (security.NewRole) so
	// that key policies can name it. Required.
	Role *security.Role
	// Environment variables; names end in _ARN, _NAME, _URL or _ID (an opaque identifier
	// such as a Railway project id). Default: none beyond
	// ENVIRONMENT_NAME.
	Environment map[string]*string
}

// Function is a service function and what belongs to it.
type Function struct {
	Scope    constructs.Construct
	Function lambdafunction.LambdaFunction
	// Alias is the "live" alias carrying provisioned concurrency, when the service's
	// config asks for it; nil otherwise. Callers invoke TargetArn, so they reach it.
	Alias lambdaalias.LambdaAlias
	// Asset is the zip of a function built from Package, nil for an S3 artifact.
	Asset    cdktf.TerraformAsset
	Role     *security.Role
	DLQ      sqsqueue.SqsQueue
	LogGroup cloudwatchloggroup.CloudwatchLogGroup
	Service  string
}

// NewFunction creates the function, its role, log group and dead-letter queue.
func NewFunction(scope constructs.Construct, id string, props FunctionProps) (*Function, error) {
	if err := props.Validate(); err != nil {
		return nil, errors.New("compute.NewFunction " + id + ": " + strings.ReplaceAll(err.Error(), "\n", "\ncompute.NewFunction "+id+": "))
	}
	envName, logDays := props.EnvironmentName, props.LogRetentionDays
	if props.Env != nil {
		envName, logDays = props.Env.Name, props.Env.Retention.LogDays
	}
	vars := map[string]*string{"ENVIRONMENT_NAME": jsii.String(envName)}
	keys := make([]string, 0, len(props.Environment))
	for k := range props.Environment {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		vars[k] = props.Environment[k]
	}

	names := props.Names
	name := names.Name(props.Service)
	c := constructs.NewConstruct(scope, jsii.String(id))
	f := &Function{Scope: c, Service: props.Service}

	var err error
	f.LogGroup, err = logs.NewGroup(c, "LogGroup", logs.GroupProps{
		Name: names.LogGroup("/aws/lambda", props.Service), Key: props.LogsKey, RetentionDays: logDays,
	})
	if err != nil {
		return nil, err
	}
	f.DLQ = sqsqueue.NewSqsQueue(c, jsii.String("DeadLetterQueue"), &sqsqueue.SqsQueueConfig{
		Name:                         jsii.String(name + "-dlq"),
		KmsMasterKeyId:               props.DataKey.Arn(),
		KmsDataKeyReusePeriodSeconds: jsii.Number(300),
		MessageRetentionSeconds:      jsii.Number(1209600), // 14 days, the maximum
	})
	f.Role = props.Role
	err = f.Role.Grant("Runtime",
		iam.Allow("WriteOwnLogs", []string{"logs:CreateLogStream", "logs:PutLogEvents"}, []string{*f.LogGroup.Arn() + ":*"}),
		iam.Allow("SendToOwnDeadLetterQueue", []string{"sqs:SendMessage"}, []string{*f.DLQ.Arn()}),
		iam.Allow("UseDataKey", []string{"kms:Decrypt", "kms:GenerateDataKey"}, []string{*props.DataKey.Arn()}),
		iam.Statement{Sid: "WriteTraces", Effect: "Allow", Action: iam.Strings{"xray:PutTelemetryRecords", "xray:PutTraceSegments"},
			Resource: iam.Strings{"*"}, WildcardReason: "X-Ray trace APIs have no resource-level permissions"},
		iam.Statement{Sid: "ManageVpcNetworkInterfaces", Effect: "Allow",
			Action:         iam.Strings{"ec2:AssignPrivateIpAddresses", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:UnassignPrivateIpAddresses"},
			Resource:       iam.Strings{"*"},
			WildcardReason: "Lambda's VPC networking calls EC2 network-interface APIs that AWS authorizes only on Resource \"*\"",
		},
	)
	if err != nil {
		return nil, err
	}

	svc := props.Config
	description := props.Description
	if description == "" {
		description = fmt.Sprintf("HealthHub %s service (%s)", props.Service, envName)
	}
	securityGroups := props.SecurityGroupIDs
	if len(securityGroups) == 0 {
		securityGroups = []*string{props.Network.FunctionSecurityGroup.Id()}
	}
	cfg := &lambdafunction.LambdaFunctionConfig{
		FunctionName:                 jsii.String(name),
		Description:                  jsii.String(description),
		Role:                         f.Role.Arn(),
		Runtime:                      jsii.String(Runtime),
		Handler:                      jsii.String(Handler),
		Architectures:                jsii.Strings(Architecture),
		MemorySize:                   jsii.Number(float64(svc.MemoryMB)),
		Timeout:                      jsii.Number(float64(svc.TimeoutSeconds)),
		ReservedConcurrentExecutions: jsii.Number(float64(svc.ReservedConcurrency)),
		KmsKeyArn:                    props.DataKey.Arn(),
		Environment:                  &lambdafunction.LambdaFunctionEnvironment{Variables: &vars},
		TracingConfig:                &lambdafunction.LambdaFunctionTracingConfig{Mode: jsii.String("Active")},
		DeadLetterConfig:             &lambdafunction.LambdaFunctionDeadLetterConfig{TargetArn: f.DLQ.Arn()},
		// System logs at INFO: Lambda writes each invocation's REPORT record
		// ({"type":"platform.report","record":{"metrics":{"initDurationMs":...}}}) at
		// INFO, and the cold-start metric filter of the alarm catalogue reads it.
		LoggingConfig: &lambdafunction.LambdaFunctionLoggingConfig{
			LogFormat: jsii.String("JSON"), LogGroup: f.LogGroup.Name(),
			ApplicationLogLevel: jsii.String("INFO"), SystemLogLevel: jsii.String("INFO"),
		},
		VpcConfig: &lambdafunction.LambdaFunctionVpcConfig{
			SubnetIds:        &props.Network.PrivateSubnetIDs,
			SecurityGroupIds: &securityGroups,
		},
		DependsOn: &[]cdktf.ITerraformDependable{f.LogGroup},
		// A published version backs the alias that holds provisioned concurrency.
		Publish: publish(svc.ProvisionedConcurrency > 0),
	}
	if props.Package != nil {
		// The asset is copied into cdktf.out/stacks/<stack>/assets/<id>/<hash>/ at
		// synthesis; Terraform runs in the stack's directory, so the relative path holds.
		// The hash names the folder: a code change is a new path and a new source hash.
		f.Asset = cdktf.NewTerraformAsset(c, jsii.String("Code"), &cdktf.TerraformAssetConfig{
			Path: jsii.String(props.Package.Path), Type: cdktf.AssetType_FILE, AssetHash: jsii.String(props.Package.Hex()),
		})
		cfg.Filename = f.Asset.Path()
		cfg.SourceCodeHash = jsii.String(props.Package.SHA256)
	} else {
		cfg.S3Bucket = jsii.String(svc.ArtifactBucket)
		cfg.S3Key = jsii.String(svc.ArtifactKey)
		cfg.S3ObjectVersion = jsii.String(svc.ArtifactVersion)
	}
	f.Function = lambdafunction.NewLambdaFunction(c, jsii.String("Function"), cfg)
	if svc.ProvisionedConcurrency > 0 {
		// Latency-critical services keep instances initialized on the "live" alias, so
		// a request never waits for a cold start (the platform's target: p95 < 200 ms).
		f.Alias = lambdaalias.NewLambdaAlias(c, jsii.String("Alias"), &lambdaalias.LambdaAliasConfig{
			Name: jsii.String(AliasName), FunctionName: f.Function.FunctionName(), FunctionVersion: f.Function.Version(),
		})
		lambdaprovisionedconcurrencyconfig.NewLambdaProvisionedConcurrencyConfig(c, jsii.String("ProvisionedConcurrency"), &lambdaprovisionedconcurrencyconfig.LambdaProvisionedConcurrencyConfigConfig{
			FunctionName: f.Function.FunctionName(), Qualifier: f.Alias.Name(),
			ProvisionedConcurrentExecutions: jsii.Number(float64(svc.ProvisionedConcurrency)),
		})
	}
	return f, nil
}

// MaxPackageBytes is the largest zip Lambda accepts uploaded directly (the filename of
// aws_lambda_function): 50 MB. A larger one must go through S3.
const MaxPackageBytes = 50 * 1024 * 1024

// Validate reports every problem of the props, one per line (NewFunction prefixes each
// with the function's id).
func (p FunctionProps) Validate() error {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if p.Service == "" || p.Network == nil || p.DataKey == nil || p.LogsKey == nil || p.Role == nil {
		add("Service, Network, DataKey, LogsKey and Role are required")
	}
	narrow := p.EnvironmentName != "" || p.LogRetentionDays != 0
	switch {
	case p.Env == nil && !narrow:
		add("Env (or EnvironmentName and LogRetentionDays) is required")
	case p.Env != nil && narrow:
		add("Env and EnvironmentName/LogRetentionDays: give one form, not both")
	case p.Env == nil && (p.EnvironmentName == "" || p.LogRetentionDays < 1):
		add("EnvironmentName %q and LogRetentionDays %d: both are required (a name and at least 1 day)", p.EnvironmentName, p.LogRetentionDays)
	}
	svc := p.Config
	s3 := svc.ArtifactBucket != "" || svc.ArtifactKey != "" || svc.ArtifactVersion != ""
	switch {
	case p.Package == nil && svc.ArtifactBucket == "":
		add("config services.%s is missing (artifact and reservedConcurrency are required)", p.Service)
	case p.Package != nil && s3:
		add("Package and config services.%s artifact (bucket %q, key %q, version %q): give one, not both", p.Service, svc.ArtifactBucket, svc.ArtifactKey, svc.ArtifactVersion)
	case p.Package != nil && (p.Package.Path == "" || p.Package.SHA256 == "" || p.Package.Hex() == ""):
		add("Package %+v: Path and SHA256 (base64) are required, as artifact.Build returns them", *p.Package)
	case p.Package != nil && p.Package.Size > MaxPackageBytes:
		add("Package %s: %d bytes, over Lambda's direct-upload limit of %d", p.Package.Path, p.Package.Size, MaxPackageBytes)
	}
	if svc.ReservedConcurrency < 1 {
		add("config services.%s reservedConcurrency %d: at least 1", p.Service, svc.ReservedConcurrency)
	}
	if svc.MemoryMB < 128 || svc.MemoryMB > 10240 {
		add("config services.%s memoryMb %d: 128 to 10240", p.Service, svc.MemoryMB)
	}
	if svc.TimeoutSeconds < 1 || svc.TimeoutSeconds > 900 {
		add("config services.%s timeoutSeconds %d: 1 to 900", p.Service, svc.TimeoutSeconds)
	}
	keys := make([]string, 0, len(p.Environment))
	for k := range p.Environment {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !envKeyRE.MatchString(k) {
			add("environment variable %s: names must end in _ARN, _NAME, _URL or _ID (secrets are read from Secrets Manager, never passed as values)", k)
		}
	}
	for i, g := range p.SecurityGroupIDs {
		if g == nil || *g == "" {
			add("SecurityGroupIDs[%d]: empty", i)
		}
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "\n"))
	}
	return nil
}

// publish is true, or nil (Lambda's default, false) so that other functions' JSON stays as it was.
func publish(b bool) *bool {
	if !b {
		return nil
	}
	return jsii.Bool(true)
}

// AliasName is the alias that carries provisioned concurrency.
const AliasName = "live"

// TargetArn is what callers invoke: the "live" alias when the function has one,
// otherwise the function (a Terraform reference).
func (f *Function) TargetArn() *string {
	if f.Alias != nil {
		return f.Alias.Arn()
	}
	return f.Function.Arn()
}

// InvokeArn is the API Gateway invoke ARN of TargetArn.
func (f *Function) InvokeArn() *string {
	if f.Alias != nil {
		return f.Alias.InvokeArn()
	}
	return f.Function.InvokeArn()
}

// Qualifier is the alias name when the function has one, nil otherwise: resource
// policies (lambda permissions) are granted on what callers invoke.
func (f *Function) Qualifier() *string {
	if f.Alias != nil {
		return f.Alias.Name()
	}
	return nil
}

// Arn is the function's ARN (a Terraform reference).
func (f *Function) Arn() *string { return f.Function.Arn() }

// Name is the function's name (a Terraform reference).
func (f *Function) Name() *string { return f.Function.FunctionName() }

// GrantInvoke lets another service's role invoke this function.
func (f *Function) GrantInvoke(role *security.Role, id string) error {
	resources := []string{*f.Arn()}
	if f.Alias != nil {
		resources = append(resources, *f.Alias.Arn())
	}
	return role.Grant(id, iam.Allow("Invoke"+naming.Pascal(f.Service), []string{"lambda:InvokeFunction"}, resources))
}

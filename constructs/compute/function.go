// Package compute holds the service functions: Lambda functions that run in the
// private subnets with tracing, bounded concurrency, an encrypted dead-letter queue, an
// encrypted log group with the configured retention, and a least-privilege role under
// the permissions boundary.
package compute

import (
	"fmt"
	"regexp"
	"sort"

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
)

// Runtime and Handler of every service function: Go binaries built by the services'
// pipelines for the provided.al2023 runtime on arm64.
const (
	Runtime      = "provided.al2023"
	Handler      = "bootstrap"
	Architecture = "arm64"
)

// envKeyRE: environment variables carry references (ARNs, names, URLs), never values
// of secrets.
var envKeyRE = regexp.MustCompile(`^[A-Z][A-Z0-9_]*_(ARN|NAME|URL)$`)

// FunctionProps configures a service function.
type FunctionProps struct {
	// Service is the service's name ("auth"). Required.
	Service string
	// Config is the service's artifact and sizing from the environment. Required.
	Config config.Service
	// Env and Names give the retention, region, account and names. Required.
	Env   *config.Environment
	Names naming.Namer
	// Network places the function in the private subnets. Required.
	Network *network.Network
	// DataKey encrypts the dead-letter queue and the environment variables. Required.
	DataKey *security.Key
	// LogsKey encrypts the log group. Required.
	LogsKey *security.Key
	// Role is the function's execution role, created beforehand (security.NewRole) so
	// that key policies can name it. Required.
	Role *security.Role
	// Environment variables; names end in _ARN, _NAME or _URL. Default: none beyond
	// ENVIRONMENT_NAME.
	Environment map[string]*string
}

// Function is a service function and what belongs to it.
type Function struct {
	Scope    constructs.Construct
	Function lambdafunction.LambdaFunction
	// Alias is the "live" alias carrying provisioned concurrency, when the service's
	// config asks for it; nil otherwise. Callers invoke TargetArn, so they reach it.
	Alias    lambdaalias.LambdaAlias
	Role     *security.Role
	DLQ      sqsqueue.SqsQueue
	LogGroup cloudwatchloggroup.CloudwatchLogGroup
	Service  string
}

// NewFunction creates the function, its role, log group and dead-letter queue.
func NewFunction(scope constructs.Construct, id string, props FunctionProps) (*Function, error) {
	if props.Service == "" || props.Env == nil || props.Network == nil || props.DataKey == nil || props.LogsKey == nil || props.Role == nil {
		return nil, fmt.Errorf("compute.NewFunction %s: Service, Env, Network, DataKey, LogsKey and Role are required", id)
	}
	if props.Config.ArtifactBucket == "" || props.Config.ReservedConcurrency < 1 {
		return nil, fmt.Errorf("compute.NewFunction %s: config services.%s is missing (artifact and reservedConcurrency are required)", id, props.Service)
	}
	vars := map[string]*string{"ENVIRONMENT_NAME": jsii.String(props.Env.Name)}
	keys := make([]string, 0, len(props.Environment))
	for k := range props.Environment {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !envKeyRE.MatchString(k) {
			return nil, fmt.Errorf("compute.NewFunction %s: environment variable %s: names must end in _ARN, _NAME or _URL (secrets are read from Secrets Manager, never passed as values)", id, k)
		}
		vars[k] = props.Environment[k]
	}

	env, names := props.Env, props.Names
	name := names.Name(props.Service)
	c := constructs.NewConstruct(scope, jsii.String(id))
	f := &Function{Scope: c, Service: props.Service}

	var err error
	f.LogGroup, err = logs.NewGroup(c, "LogGroup", logs.GroupProps{
		Name: names.LogGroup("/aws/lambda", props.Service), Key: props.LogsKey, RetentionDays: env.Retention.LogDays,
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
	f.Function = lambdafunction.NewLambdaFunction(c, jsii.String("Function"), &lambdafunction.LambdaFunctionConfig{
		FunctionName:                 jsii.String(name),
		Description:                  jsii.String(fmt.Sprintf("HealthHub %s service (%s)", props.Service, env.Name)),
		Role:                         f.Role.Arn(),
		Runtime:                      jsii.String(Runtime),
		Handler:                      jsii.String(Handler),
		Architectures:                jsii.Strings(Architecture),
		S3Bucket:                     jsii.String(svc.ArtifactBucket),
		S3Key:                        jsii.String(svc.ArtifactKey),
		S3ObjectVersion:              jsii.String(svc.ArtifactVersion),
		MemorySize:                   jsii.Number(float64(svc.MemoryMB)),
		Timeout:                      jsii.Number(float64(svc.TimeoutSeconds)),
		ReservedConcurrentExecutions: jsii.Number(float64(svc.ReservedConcurrency)),
		KmsKeyArn:                    props.DataKey.Arn(),
		Environment:                  &lambdafunction.LambdaFunctionEnvironment{Variables: &vars},
		TracingConfig:                &lambdafunction.LambdaFunctionTracingConfig{Mode: jsii.String("Active")},
		DeadLetterConfig:             &lambdafunction.LambdaFunctionDeadLetterConfig{TargetArn: f.DLQ.Arn()},
		LoggingConfig: &lambdafunction.LambdaFunctionLoggingConfig{
			LogFormat: jsii.String("JSON"), LogGroup: f.LogGroup.Name(),
			ApplicationLogLevel: jsii.String("INFO"), SystemLogLevel: jsii.String("WARN"),
		},
		VpcConfig: &lambdafunction.LambdaFunctionVpcConfig{
			SubnetIds:        &props.Network.PrivateSubnetIDs,
			SecurityGroupIds: &[]*string{props.Network.FunctionSecurityGroup.Id()},
		},
		DependsOn: &[]cdktf.ITerraformDependable{f.LogGroup},
		// A published version backs the alias that holds provisioned concurrency.
		Publish: publish(svc.ProvisionedConcurrency > 0),
	})
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

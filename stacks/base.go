// Package stacks assembles the platform: one Terraform stack per delivery phase, plus the
// bootstrap stack that holds Terraform state. Stacks wire constructs together and create
// the outputs; they hold no resource logic of their own.
package stacks

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/naming"
	neonprovider "github.com/healthhub/platform-infra/generated/kislerdm/neon/provider"
)

// Stack ids: `cdktf deploy phase1` deploys phase 1 of the selected environment.
const (
	IDBootstrap = "bootstrap"
	IDPhase1    = "phase1"
	IDPhase2    = "phase2"
	IDPhase3    = "phase3"
	IDPhase4    = "phase4"
)

// RequiredTerraformVersion is the oldest Terraform that has the S3 backend's native
// lock file (use_lockfile).
const RequiredTerraformVersion = ">= 1.10.0"

// LocalStateDir is where local state lives, relative to the project root:
// state/<environment>/<stack>.tfstate (git-ignored).
const LocalStateDir = "state"

// Base is what every stack shares: the environment, the namer and the providers.
type Base struct {
	// Stack is the Terraform stack; pass it as the scope of the stack's constructs.
	Stack cdktf.TerraformStack
	Env   *config.Environment
	Names naming.Namer
	AWS   awsprovider.AwsProvider
	// Neon is nil in stacks that do not use the Neon provider.
	Neon neonprovider.NeonProvider
}

// BaseOptions chooses what a stack needs beyond the AWS provider and its backend.
type BaseOptions struct {
	// LocalState keeps the stack's state in a local file whatever the environment says
	// (the bootstrap stack, which creates the state bucket).
	LocalState bool
	// Neon configures the Neon provider; it reads NEON_API_KEY at plan and apply time.
	Neon bool
}

// NewBase creates a stack with the environment's backend (S3 with a lock file, or local)
// and providers (AWS with default tags and the allowed account; Neon when asked).
func NewBase(scope constructs.Construct, id string, env *config.Environment, opts BaseOptions) *Base {
	stack := cdktf.NewTerraformStack(scope, jsii.String(id))
	names := naming.New(env.NamePrefix, env.AWS.AccountID)

	stack.AddOverride(jsii.String("terraform.required_version"), jsii.String(RequiredTerraformVersion))
	if opts.LocalState || env.StateBackend.Type == "local" {
		// Terraform runs in cdktf.out/stacks/<id>/: the path climbs to the project root.
		cdktf.NewLocalBackend(stack, &cdktf.LocalBackendConfig{
			Path: jsii.String(fmt.Sprintf("../../../%s/%s/%s.tfstate", LocalStateDir, env.Name, id)),
		})
	} else {
		backend := cdktf.NewS3Backend(stack, &cdktf.S3BackendConfig{
			Bucket:            jsii.String(StateBucketName(env)),
			Key:               jsii.String(fmt.Sprintf("%s/%s.tfstate", env.Name, id)),
			Region:            jsii.String(env.AWS.Region),
			Encrypt:           jsii.Bool(true),
			KmsKeyId:          jsii.String(fmt.Sprintf("arn:%s:kms:%s:%s:%s", env.AWS.Partition(), env.AWS.Region, env.AWS.AccountID, StateKeyAlias(env))),
			AllowedAccountIds: jsii.Strings(env.AWS.AccountID),
		})
		// cdktf 0.20 predates use_lockfile: set it directly.
		backend.AddOverride(jsii.String("use_lockfile"), jsii.Bool(true))
	}

	aws := awsprovider.NewAwsProvider(stack, jsii.String("aws"), &awsprovider.AwsProviderConfig{
		Region:            jsii.String(env.AWS.Region),
		AllowedAccountIds: jsii.Strings(env.AWS.AccountID),
		DefaultTags: []*awsprovider.AwsProviderDefaultTags{{
			Tags: DefaultTags(env),
		}},
	})
	b := &Base{Stack: stack, Env: env, Names: names, AWS: aws}
	if opts.Neon {
		b.Neon = neonprovider.NewNeonProvider(stack, jsii.String("neon"), &neonprovider.NeonProviderConfig{})
	}
	return b
}

// AliasedProvider adds a second AWS provider configuration to the stack, in region,
// with the environment's account guard and default tags: "dr" for the disaster-recovery
// region, "edge" for CloudFront's us-east-1. Resources pass it as their Provider.
func (b *Base) AliasedProvider(alias, region string) awsprovider.AwsProvider {
	return awsprovider.NewAwsProvider(b.Stack, jsii.String("aws_"+alias), &awsprovider.AwsProviderConfig{
		Alias: jsii.String(alias), Region: jsii.String(region),
		AllowedAccountIds: jsii.Strings(b.Env.AWS.AccountID),
		DefaultTags:       []*awsprovider.AwsProviderDefaultTags{{Tags: DefaultTags(b.Env)}},
	})
}

// DefaultTags are applied by the AWS provider to every taggable resource.
func DefaultTags(env *config.Environment) *map[string]*string {
	tags := map[string]string{
		"project":             "healthhub",
		"environment":         env.Name,
		"owner":               env.Tags.Owner,
		"cost-center":         env.Tags.CostCenter,
		"data-classification": env.Tags.DataClassification,
		"managed-by":          "cdktf",
	}
	out := make(map[string]*string, len(tags))
	keys := make([]string, 0, len(tags))
	for k := range tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		out[k] = jsii.String(tags[k])
	}
	return &out
}

// StateBucketName is the name of the environment's Terraform state bucket.
func StateBucketName(env *config.Environment) string {
	return naming.New(env.NamePrefix, env.AWS.AccountID).BucketName("tfstate")
}

// StateLogBucketName is the name of the bucket receiving the state bucket's access logs.
func StateLogBucketName(env *config.Environment) string {
	return naming.New(env.NamePrefix, env.AWS.AccountID).BucketName("tfstate-logs")
}

// StateKeyAlias is the alias of the key that encrypts the environment's state.
func StateKeyAlias(env *config.Environment) string {
	return naming.New(env.NamePrefix, env.AWS.AccountID).Alias("tfstate")
}

// output adds a described stack output.
func output(scope constructs.Construct, id, description string, value interface{}, sensitive bool) {
	cdktf.NewTerraformOutput(scope, jsii.String(id), &cdktf.TerraformOutputConfig{
		Value:       value,
		Description: jsii.String(description),
		Sensitive:   jsii.Bool(sensitive),
	})
}

// mustJSON renders values built in code (maps of strings, numbers and references),
// without HTML escaping (an event pattern's ">=" stays readable).
func mustJSON(v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(fmt.Sprintf("stacks: rendering JSON: %v", err))
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

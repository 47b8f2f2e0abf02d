// Package secrets holds Secrets Manager secrets encrypted with a customer-managed key,
// with grants that pair secret access with the key's decrypt permission.
package secrets

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/secretsmanagersecret"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/secretsmanagersecretpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/secretsmanagersecretversion"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/security"
)

// SecretProps configures a secret.
type SecretProps struct {
	// Name, e.g. "hh-dev/db/auth". Required.
	Name string
	// Description says what the secret is for. Required.
	Description string
	// Key encrypts the secret. Required.
	Key *security.Key
	// Region of the secret, for the kms:ViaService condition of grants. Required.
	Region string
	// Value is the secret string, built only from Terraform references (a password
	// attribute of another resource), never from a literal. Default: none, the value
	// is put by another process.
	Value *string
	// ValueSetOnce ignores later changes of Value (a generated password that must not
	// change on every plan). Default: false.
	ValueSetOnce bool
	// Tags are added to the secret (the provider adds the default tags). Default: none.
	Tags map[string]string
	// Replicas copy the secret to other regions, each under its own key there (the
	// disaster-recovery region). Default: none.
	Replicas []Replica
	// Readers, when set, are the only principals (role ARNs) allowed to read the value:
	// the secret's resource policy denies GetSecretValue to everyone else, the account
	// root and the deploy role included. Default: none, IAM policies alone decide.
	Readers []string
}

// Replica is a copy of a secret in another region.
type Replica struct {
	Region string
	// Key encrypts the replica; it lives in Region.
	Key *security.Key
}

// Secret is a Secrets Manager secret with a 30-day recovery window, protected from
// destruction (lifecycle.prevent_destroy): a destroy or a rename would cut every service
// off its database. Retiring one is deliberate: remove it from state first.
type Secret struct {
	Scope  constructs.Construct
	Secret secretsmanagersecret.SecretsmanagerSecret
	// Version holds Value when one was given; nil otherwise.
	Version secretsmanagersecretversion.SecretsmanagerSecretVersion
	key     *security.Key
	region  string
}

// NewSecret creates the secret and, when Value is set, its version.
func NewSecret(scope constructs.Construct, id string, props SecretProps) (*Secret, error) {
	if props.Name == "" || props.Description == "" || props.Key == nil || props.Region == "" {
		return nil, fmt.Errorf("secrets.NewSecret %s: Name, Description, Key and Region are required", id)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	cfg := &secretsmanagersecret.SecretsmanagerSecretConfig{
		Name:                 jsii.String(props.Name),
		Description:          jsii.String(props.Description),
		KmsKeyId:             props.Key.Arn(),
		RecoveryWindowInDays: jsii.Number(30),
		Lifecycle:            &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)},
	}
	if len(props.Tags) > 0 {
		tags := map[string]*string{}
		for k, v := range props.Tags {
			tags[k] = jsii.String(v)
		}
		cfg.Tags = &tags
	}
	for _, r := range props.Replicas {
		if r.Region == "" || r.Key == nil {
			return nil, fmt.Errorf("secrets.NewSecret %s: a replica needs a Region and a Key", id)
		}
		cfg.Replica = append(replicas(cfg.Replica), &secretsmanagersecret.SecretsmanagerSecretReplica{Region: jsii.String(r.Region), KmsKeyId: r.Key.Arn()})
	}
	s := secretsmanagersecret.NewSecretsmanagerSecret(c, jsii.String("Secret"), cfg)
	if len(props.Readers) > 0 {
		secretsmanagersecretpolicy.NewSecretsmanagerSecretPolicy(c, jsii.String("Policy"), &secretsmanagersecretpolicy.SecretsmanagerSecretPolicyConfig{
			SecretArn: s.Arn(),
			Policy: jsii.String(iam.Policy(iam.Statement{
				Sid: "OnlyItsReadersReadTheValue", Effect: "Deny", Principal: &iam.Principal{Any: true},
				Action: iam.Strings{"secretsmanager:GetSecretValue"}, Resource: iam.Strings{"*"},
				Condition: iam.Conditions{"ArnNotEquals": {"aws:PrincipalArn": props.Readers}},
			}).JSON()),
			BlockPublicPolicy: jsii.Bool(true),
		})
	}
	if props.Value != nil {
		cfg := &secretsmanagersecretversion.SecretsmanagerSecretVersionConfig{
			SecretId:     s.Id(),
			SecretString: props.Value,
		}
		if props.ValueSetOnce {
			// The first value only: rotation moves AWSCURRENT to later versions, and a plan
			// must neither restore this value nor its stage.
			cfg.Lifecycle = &cdktf.TerraformResourceLifecycle{IgnoreChanges: &[]*string{jsii.String("secret_string"), jsii.String("version_stages")}}
		}
		v := secretsmanagersecretversion.NewSecretsmanagerSecretVersion(c, jsii.String("Value"), cfg)
		return &Secret{Scope: c, Secret: s, Version: v, key: props.Key, region: props.Region}, nil
	}
	return &Secret{Scope: c, Secret: s, key: props.Key, region: props.Region}, nil
}

func replicas(v interface{}) []*secretsmanagersecret.SecretsmanagerSecretReplica {
	r, _ := v.([]*secretsmanagersecret.SecretsmanagerSecretReplica)
	return r
}

// Arn is the secret's ARN (a Terraform reference).
func (s *Secret) Arn() *string { return s.Secret.Arn() }

// GrantRead lets the role read the secret's value, and decrypt it with the secret's key
// only when Secrets Manager asks.
func (s *Secret) GrantRead(role *security.Role, id string) error {
	return role.Grant(id,
		iam.Allow("ReadSecret", []string{"secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"}, []string{*s.Arn()}),
		iam.Statement{
			Sid: "DecryptSecret", Effect: "Allow", Action: iam.Strings{"kms:Decrypt"}, Resource: iam.Strings{*s.key.Arn()},
			Condition: iam.Conditions{"StringEquals": {"kms:ViaService": {"secretsmanager." + s.region + "." + config.DNSSuffix(s.region)}}},
		},
	)
}

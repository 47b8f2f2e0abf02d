// Package security holds the identity and encryption building blocks: customer-managed
// KMS keys whose policies name their users, and (from phase 1) service roles.
package security

import (
	"fmt"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/kmsalias"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/kmskey"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/iam"
)

// Key usage actions granted to a key's users.
var keyUsageActions = []string{"kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"}

// Key administration actions: everything but use of the key for data.
var keyAdminActions = []string{
	"kms:CancelKeyDeletion", "kms:Create*", "kms:Delete*", "kms:Describe*", "kms:Disable*",
	"kms:Enable*", "kms:Get*", "kms:List*", "kms:Put*", "kms:Revoke*", "kms:RotateKeyOnDemand",
	"kms:ScheduleKeyDeletion", "kms:TagResource", "kms:UntagResource", "kms:Update*",
}

// ServiceUse lets an AWS service principal use the key on the account's behalf.
type ServiceUse struct {
	// Principal is the service, e.g. "logs.us-east-1.amazonaws.com" (IsServicePrincipal).
	Principal string
	// Actions default to the key usage actions (encrypt, decrypt, generate data keys).
	Actions []string
	// Conditions scope the use, e.g. to the account's log groups through the
	// kms:EncryptionContext. Required: a service principal without a condition could be
	// used by any account's resources of that service.
	Conditions iam.Conditions
}

// KeyProps configures a customer-managed key.
type KeyProps struct {
	// Alias is the key's alias name including "alias/". Required.
	Alias string
	// Description says what the key protects. Required.
	Description string
	// AccountID and Partition locate the account root principal. Required.
	AccountID string
	Partition string
	// Users are IAM principal ARNs that may use the key for data. Default: none named,
	// and use is delegated to the account's IAM policies (the root principal keeps every
	// KMS action). When Users is set, the root principal keeps only administration, so
	// that no IAM policy can grant use of the key beyond the users named here.
	Users []string
	// Services lets AWS services use the key (CloudWatch Logs, SNS, ...). Default: none.
	Services []ServiceUse
	// DeletionWindowDays is the waiting period of a scheduled deletion, 7 to 30.
	// Default: 30, the longest, so a mistaken deletion can be cancelled.
	DeletionWindowDays int
	// RotationPeriodDays is the automatic rotation period, 90 to 2560.
	// Default: 365. Rotation is always on.
	RotationPeriodDays int
	// Provider creates the key through another provider configuration, e.g. the
	// disaster-recovery region's. Default: the stack's provider.
	Provider cdktf.TerraformProvider
}

// Key is a customer-managed KMS key with automatic rotation and an alias. It cannot be
// destroyed by Terraform: data encrypted under it would be lost.
type Key struct {
	// Scope is the construct holding the resources; pass it as the scope of related constructs.
	Scope constructs.Construct
	Key   kmskey.KmsKey
	Alias kmsalias.KmsAlias
}

// NewKey creates the key, its policy and its alias.
func NewKey(scope constructs.Construct, id string, props KeyProps) (*Key, error) {
	if err := props.validate(); err != nil {
		return nil, fmt.Errorf("security.NewKey %s: %w", id, err)
	}
	deletionWindow := props.DeletionWindowDays
	if deletionWindow == 0 {
		deletionWindow = 30
	}
	rotation := props.RotationPeriodDays
	if rotation == 0 {
		rotation = 365
	}

	c := constructs.NewConstruct(scope, jsii.String(id))
	k := kmskey.NewKmsKey(c, jsii.String("Key"), &kmskey.KmsKeyConfig{
		Description:           jsii.String(props.Description),
		EnableKeyRotation:     jsii.Bool(true),
		RotationPeriodInDays:  jsii.Number(float64(rotation)),
		DeletionWindowInDays:  jsii.Number(float64(deletionWindow)),
		KeyUsage:              jsii.String("ENCRYPT_DECRYPT"),
		CustomerMasterKeySpec: jsii.String("SYMMETRIC_DEFAULT"),
		Policy:                jsii.String(props.policy().JSON()),
		Lifecycle:             &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)},
		Provider:              props.Provider,
	})
	alias := kmsalias.NewKmsAlias(c, jsii.String("Alias"), &kmsalias.KmsAliasConfig{
		Name:        jsii.String(props.Alias),
		TargetKeyId: k.KeyId(),
		Provider:    props.Provider,
	})
	return &Key{Scope: c, Key: k, Alias: alias}, nil
}

// Arn is the key's ARN (a Terraform reference).
func (k *Key) Arn() *string { return k.Key.Arn() }

func (p KeyProps) validate() error {
	var problems []string
	if !strings.HasPrefix(p.Alias, "alias/") || strings.HasPrefix(p.Alias, "alias/aws/") || len(p.Alias) <= len("alias/") {
		problems = append(problems, fmt.Sprintf("Alias %q: must start with \"alias/\", not \"alias/aws/\"", p.Alias))
	}
	if strings.TrimSpace(p.Description) == "" {
		problems = append(problems, "Description: is required (say what the key protects)")
	}
	if p.AccountID == "" || p.Partition == "" {
		problems = append(problems, "AccountID and Partition: are required for the key policy")
	}
	if d := p.DeletionWindowDays; d != 0 && (d < 7 || d > 30) {
		problems = append(problems, fmt.Sprintf("DeletionWindowDays %d: must be 7 to 30", d))
	}
	if r := p.RotationPeriodDays; r != 0 && (r < 90 || r > 2560) {
		problems = append(problems, fmt.Sprintf("RotationPeriodDays %d: must be 90 to 2560", r))
	}
	for i, s := range p.Services {
		if !IsServicePrincipal(s.Principal) {
			problems = append(problems, fmt.Sprintf("Services[%d].Principal %q: must be an AWS service principal", i, s.Principal))
		}
		if len(s.Conditions) == 0 {
			problems = append(problems, fmt.Sprintf("Services[%d].Conditions: are required: scope %s to this account's resources", i, s.Principal))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return nil
}

// policy renders the key policy. In a key policy, Resource "*" means "this key": it is
// the only form AWS accepts.
func (p KeyProps) policy() iam.Document {
	root := &iam.Principal{AWS: iam.Strings{iam.AccountRoot(p.Partition, p.AccountID)}}
	var statements []iam.Statement
	if len(p.Users) == 0 {
		statements = append(statements, iam.Statement{
			Sid: "AccountAdministersAndDelegatesUseThroughIAM", Effect: "Allow", Principal: root,
			Action: iam.Strings{"kms:*"}, Resource: iam.Strings{"*"},
		})
	} else {
		statements = append(statements,
			iam.Statement{Sid: "AccountAdministersKey", Effect: "Allow", Principal: root,
				Action: keyAdminActions, Resource: iam.Strings{"*"}},
			iam.Statement{Sid: "NamedUsersUseKey", Effect: "Allow", Principal: &iam.Principal{AWS: p.Users},
				Action: keyUsageActions, Resource: iam.Strings{"*"}},
		)
	}
	for _, s := range p.Services {
		actions := s.Actions
		if len(actions) == 0 {
			actions = keyUsageActions
		}
		name := strings.Split(s.Principal, ".")[0]
		statements = append(statements, iam.Statement{
			Sid: "ServiceUse" + strings.ToUpper(name[:1]) + name[1:], Effect: "Allow",
			Principal: &iam.Principal{Service: iam.Strings{s.Principal}},
			Action:    actions, Resource: iam.Strings{"*"}, Condition: s.Conditions,
		})
	}
	return iam.Policy(statements...)
}

// LogsServiceUse lets CloudWatch Logs of the account and region encrypt log groups with
// the key; the encryption context limits it to this account's log groups.
func LogsServiceUse(partition, region, accountID string) ServiceUse {
	return ServiceUse{
		Principal: "logs." + region + "." + config.DNSSuffix(region),
		Actions:   []string{"kms:Decrypt*", "kms:Describe*", "kms:Encrypt*", "kms:GenerateDataKey*", "kms:ReEncrypt*"},
		Conditions: iam.Conditions{"ArnLike": {
			"kms:EncryptionContext:aws:logs:arn": {fmt.Sprintf("arn:%s:logs:%s:%s:log-group:*", partition, region, accountID)},
		}},
	}
}

// CloudWatchAlarmsUse lets CloudWatch alarms of the account publish to an SNS topic
// encrypted with the key.
func CloudWatchAlarmsUse(accountID string) ServiceUse {
	return ServiceUse{
		Principal:  "cloudwatch.amazonaws.com",
		Actions:    []string{"kms:Decrypt", "kms:GenerateDataKey*"},
		Conditions: iam.Conditions{"StringEquals": {"aws:SourceAccount": {accountID}}},
	}
}

// EventBridgeUse lets EventBridge rules of the account deliver events to an SNS topic
// encrypted with the key (GuardDuty findings, Config compliance changes).
func EventBridgeUse(accountID string) ServiceUse {
	return ServiceUse{
		Principal:  "events.amazonaws.com",
		Actions:    []string{"kms:Decrypt", "kms:GenerateDataKey*"},
		Conditions: iam.Conditions{"StringEquals": {"aws:SourceAccount": {accountID}}},
	}
}

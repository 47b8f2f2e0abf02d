// Package backup holds the AWS Backup protection of the platform's data stores (HIPAA
// 164.308(a)(7)(ii)(A) data backup plan, (B) disaster recovery): a vault under its own
// customer-managed key whose policy denies deleting or shortening recovery points to
// everyone, a plan with daily and monthly backups, a selection of the protected
// resources, and, when a disaster-recovery vault is given, a copy of every recovery
// point to it. A vault lock (compliance mode) makes the retention immutable.
//
//	rule      schedule (UTC)         kept                     copied to the DR vault
//	daily     05:00 every day        DailyRetentionDays       yes, same retention
//	monthly   05:00 on the 1st       MonthlyRetentionDays     yes, same retention
package backup

import (
	"fmt"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/backupplan"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/backupselection"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/backupvault"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/backupvaultlockconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/backupvaultpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicyattachment"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/security"
)

// MinDailyRetentionDays is AWS Config's backup-plan-min-frequency-and-min-retention
// default: daily recovery points are kept at least 35 days.
const MinDailyRetentionDays = 35

// Schedules of the plan's rules (UTC).
const (
	DailySchedule   = "cron(0 5 * * ? *)"
	MonthlySchedule = "cron(0 5 1 * ? *)"
)

// ProtectedActions are denied on the vault's recovery points to every principal, the
// account root and the deploy role included: only the plan's lifecycle removes them.
var ProtectedActions = []string{
	"backup:DeleteBackupVault", "backup:DeleteBackupVaultAccessPolicy", "backup:DeleteRecoveryPoint",
	"backup:PutBackupVaultAccessPolicy", "backup:UpdateRecoveryPointLifecycle",
}

// VaultProps configures a vault.
type VaultProps struct {
	// Name of the vault. Required.
	Name string
	// Key encrypts the recovery points (a customer-managed key of this product). Required.
	Key *security.Key
	// Lock makes the vault a compliance-mode vault lock: after the grace period no one
	// can change its retention bounds or delete it. Default: nil, no lock.
	Lock *Lock
	// Provider creates the vault through another provider configuration (the DR
	// region's). Default: the stack's.
	Provider cdktf.TerraformProvider
	// Partition, Region and AccountID build the vault's ARN in its policy. Required.
	Partition, Region, AccountID string
}

// Lock bounds the retention of every recovery point in a locked vault.
type Lock struct {
	MinRetentionDays, MaxRetentionDays int
	// ChangeableForDays is the grace period (at least 3 days) before the lock is
	// immutable.
	ChangeableForDays int
}

// Vault is a backup vault.
type Vault struct {
	Scope constructs.Construct
	Vault backupvault.BackupVault
}

// NewVault creates a vault, its deny-deletion policy and, when asked, its lock.
func NewVault(scope constructs.Construct, id string, props VaultProps) (*Vault, error) {
	var problems []string
	if props.Name == "" || props.Key == nil || props.Partition == "" || props.Region == "" || props.AccountID == "" {
		problems = append(problems, "Name, Key, Partition, Region and AccountID are required")
	}
	if l := props.Lock; l != nil && (l.MinRetentionDays < 1 || l.MaxRetentionDays < l.MinRetentionDays || l.ChangeableForDays < 3) {
		problems = append(problems, fmt.Sprintf("Lock %+v: needs 1 <= MinRetentionDays <= MaxRetentionDays and ChangeableForDays >= 3", *l))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("backup.NewVault %s: %s", id, strings.Join(problems, "; "))
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	v := backupvault.NewBackupVault(c, jsii.String("Vault"), &backupvault.BackupVaultConfig{
		Name: jsii.String(props.Name), KmsKeyArn: props.Key.Arn(), Provider: props.Provider,
		Lifecycle: &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)},
	})
	arn := fmt.Sprintf("arn:%s:backup:%s:%s:backup-vault:%s", props.Partition, props.Region, props.AccountID, props.Name)
	backupvaultpolicy.NewBackupVaultPolicy(c, jsii.String("Policy"), &backupvaultpolicy.BackupVaultPolicyConfig{
		BackupVaultName: v.Name(), Provider: props.Provider,
		Policy: jsii.String(iam.Policy(iam.Statement{
			Sid: "DenyDeletingRecoveryPoints", Effect: "Deny", Principal: &iam.Principal{Any: true},
			Action: iam.Strings(ProtectedActions), Resource: iam.Strings{arn, fmt.Sprintf("arn:%s:backup:%s:%s:recovery-point:*", props.Partition, props.Region, props.AccountID)},
		}).JSON()),
	})
	if l := props.Lock; l != nil {
		backupvaultlockconfiguration.NewBackupVaultLockConfiguration(c, jsii.String("Lock"), &backupvaultlockconfiguration.BackupVaultLockConfigurationConfig{
			BackupVaultName: v.Name(), Provider: props.Provider,
			MinRetentionDays: jsii.Number(float64(l.MinRetentionDays)), MaxRetentionDays: jsii.Number(float64(l.MaxRetentionDays)),
			ChangeableForDays: jsii.Number(float64(l.ChangeableForDays)),
		})
	}
	return &Vault{Scope: c, Vault: v}, nil
}

// Arn is the vault's ARN (a Terraform reference).
func (v *Vault) Arn() *string { return v.Vault.Arn() }

// PlanProps configures a plan.
type PlanProps struct {
	// Name of the plan and prefix of its role. Required.
	Name string
	// Vault receives the recovery points. Required.
	Vault *Vault
	// CopyTo is a vault in another region that receives a copy of every recovery
	// point. Default: nil, no copy.
	CopyTo *Vault
	// DailyRetentionDays (at least MinDailyRetentionDays) and MonthlyRetentionDays (at
	// least the data floor, set by the caller) keep the recovery points. Required.
	DailyRetentionDays, MonthlyRetentionDays int
	// Resources are the ARNs of the protected resources. Required.
	Resources []*string
	// AccountID pins the role's trust to this account. Required.
	AccountID, Partition string
}

// Plan is a backup plan and its selection.
type Plan struct {
	Scope constructs.Construct
	Plan  backupplan.BackupPlan
	Role  iamrole.IamRole
}

// NewPlan creates the plan, the role AWS Backup uses, and the selection.
func NewPlan(scope constructs.Construct, id string, props PlanProps) (*Plan, error) {
	var problems []string
	if props.Name == "" || props.Vault == nil || len(props.Resources) == 0 || props.AccountID == "" || props.Partition == "" {
		problems = append(problems, "Name, Vault, Resources, AccountID and Partition are required")
	}
	if props.DailyRetentionDays < MinDailyRetentionDays {
		problems = append(problems, fmt.Sprintf("DailyRetentionDays %d: must be at least %d", props.DailyRetentionDays, MinDailyRetentionDays))
	}
	if props.MonthlyRetentionDays < props.DailyRetentionDays {
		problems = append(problems, fmt.Sprintf("MonthlyRetentionDays %d: must be at least DailyRetentionDays", props.MonthlyRetentionDays))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("backup.NewPlan %s: %s", id, strings.Join(problems, "; "))
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	rule := func(name, schedule string, days int) *backupplan.BackupPlanRule {
		r := &backupplan.BackupPlanRule{
			RuleName: jsii.String(name), TargetVaultName: props.Vault.Vault.Name(), Schedule: jsii.String(schedule),
			StartWindow: jsii.Number(60), CompletionWindow: jsii.Number(360),
			Lifecycle: &backupplan.BackupPlanRuleLifecycle{DeleteAfter: jsii.Number(float64(days))},
		}
		if props.CopyTo != nil {
			r.CopyAction = []*backupplan.BackupPlanRuleCopyAction{{
				DestinationVaultArn: props.CopyTo.Arn(),
				Lifecycle:           &backupplan.BackupPlanRuleCopyActionLifecycle{DeleteAfter: jsii.Number(float64(days))},
			}}
		}
		return r
	}
	plan := backupplan.NewBackupPlan(c, jsii.String("Plan"), &backupplan.BackupPlanConfig{
		Name: jsii.String(props.Name),
		Rule: []*backupplan.BackupPlanRule{
			rule("daily", DailySchedule, props.DailyRetentionDays),
			rule("monthly", MonthlySchedule, props.MonthlyRetentionDays),
		},
	})
	role := iamrole.NewIamRole(c, jsii.String("Role"), &iamrole.IamRoleConfig{
		Name: jsii.String(props.Name + "-backup"),
		AssumeRolePolicy: jsii.String(iam.Policy(iam.Statement{
			Effect: "Allow", Principal: &iam.Principal{Service: iam.Strings{"backup.amazonaws.com"}},
			Action:    iam.Strings{"sts:AssumeRole"},
			Condition: iam.Conditions{"StringEquals": {"aws:SourceAccount": {props.AccountID}}},
		}).JSON()),
	})
	// AWS Backup's own service-role policies: they grant backup and restore of the
	// supported resource types and nothing outside AWS Backup's use.
	for _, p := range []string{"AWSBackupServiceRolePolicyForBackup", "AWSBackupServiceRolePolicyForRestores"} {
		iamrolepolicyattachment.NewIamRolePolicyAttachment(c, jsii.String(p), &iamrolepolicyattachment.IamRolePolicyAttachmentConfig{
			Role: role.Name(), PolicyArn: jsii.String(fmt.Sprintf("arn:%s:iam::aws:policy/service-role/%s", props.Partition, p)),
		})
	}
	backupselection.NewBackupSelection(c, jsii.String("Selection"), &backupselection.BackupSelectionConfig{
		Name: jsii.String(props.Name), PlanId: plan.Id(), IamRoleArn: role.Arn(), Resources: &props.Resources,
	})
	return &Plan{Scope: c, Plan: plan, Role: role}, nil
}

package stacks

import (
	"fmt"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/api"
	"github.com/healthhub/platform-infra/constructs/backup"
	"github.com/healthhub/platform-infra/constructs/compute"
	"github.com/healthhub/platform-infra/constructs/monitoring"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/table"
)

// Phase3Services are the services phase 3 adds: appointments and scheduling, on
// DynamoDB.
var Phase3Services = []string{"appointment", "scheduling"}

// Phase3Routes are each service's routes on the shared API (behind the authorizer).
var Phase3Routes = map[string][]string{
	"appointment": {"ANY /appointments", "ANY /appointments/{proxy+}"},
	"scheduling":  {"ANY /schedule", "ANY /schedule/{proxy+}"},
}

// tableAccess is what each service may do with each table: the appointment service
// owns bookings, the waitlist and reminders and reads availability; the scheduling
// service owns availability and reads bookings and the waitlist.
var tableAccess = map[string]map[string]string{
	"appointment": {"appointments": "rw", "waitlist": "rw", "reminders": "rw", "provider-availability": "r"},
	"scheduling":  {"provider-availability": "rw", "appointments": "r", "waitlist": "r"},
}

// Phase3 is the appointments and scheduling stack: DynamoDB tables with autoscaling and
// AWS Backup, the two services behind the shared API, and the patient-facing edge. It
// references phase 1 (network, keys, boundary, API, authorizer, alert topic).
type Phase3 struct {
	*Base
	Phase1 *Phase1
	// DR is the AWS provider of the disaster-recovery region (production only).
	DR awsprovider.AwsProvider
	// Keys: the tables; phase 3's function environments and queues; the backup vault
	// and its DR copy (production only).
	TablesKey, ServiceKey, BackupKey, DRBackupKey *security.Key
	Tables                                        map[string]*table.Table
	Vault, DRVault                                *backup.Vault
	BackupPlan                                    *backup.Plan
	Functions                                     map[string]*compute.Function
}

// NewPhase3 builds the phase 3 stack on top of phase 1 (phase 2 is not referenced:
// phase 3 holds no document or audit resource).
func NewPhase3(scope constructs.Construct, env *config.Environment, p1 *Phase1) (*Phase3, error) {
	base := NewBase(scope, IDPhase3, env, BaseOptions{})
	base.Stack.AddDependency(p1.Stack)
	p := &Phase3{Base: base, Phase1: p1, Tables: map[string]*table.Table{}, Functions: map[string]*compute.Function{}}
	st, names, acct := base.Stack, base.Names, env.AWS.AccountID
	if env.IsProduction() {
		p.DR = awsprovider.NewAwsProvider(st, jsii.String("aws_dr"), &awsprovider.AwsProviderConfig{
			Alias: jsii.String("dr"), Region: jsii.String(env.AWS.DRRegion),
			AllowedAccountIds: jsii.Strings(acct),
			DefaultTags:       []*awsprovider.AwsProviderDefaultTags{{Tags: DefaultTags(env)}},
		})
	}

	roles, roleArns, err := serviceRoles(st, names, acct, p1.Boundary.Arn(), Phase3Services)
	if err != nil {
		return nil, err
	}
	if err := p.keys(roleArns); err != nil {
		return nil, err
	}
	if err := p.tables(); err != nil {
		return nil, err
	}
	if err := p.backups(); err != nil {
		return nil, err
	}
	if err := p.services(roles); err != nil {
		return nil, err
	}
	p.alarms()
	p.dashboard()

	for _, name := range config.Phase3Tables {
		t, id := p.Tables[name], strings.ReplaceAll(name, "-", "_")
		output(st, id+"_table_name", fmt.Sprintf("Name of the %s DynamoDB table, <prefix>-%s", name, name), t.Name(), false)
		output(st, id+"_table_arn", fmt.Sprintf("ARN of the %s DynamoDB table", name), t.Arn(), false)
	}
	output(st, "backup_vault_arn", "ARN of the AWS Backup vault holding the tables' recovery points", p.Vault.Arn(), false)
	if p.DRVault != nil {
		output(st, "dr_backup_vault_arn", "ARN of the backup vault in the disaster-recovery region ("+env.AWS.DRRegion+") receiving copies", p.DRVault.Arn(), false)
	}
	return p, nil
}

// backupPlanName names the plan and, with "-backup", the role AWS Backup assumes: the
// table and vault keys name that role before it exists.
func (p *Phase3) backupPlanName() string { return p.Names.Name("tables") }

func (p *Phase3) backupRoleArn() string {
	a := p.Env.AWS
	return fmt.Sprintf("arn:%s:iam::%s:role/%s-backup", a.Partition(), a.AccountID, p.backupPlanName())
}

// keys creates phase 3's customer-managed keys; each policy names its users.
func (p *Phase3) keys(serviceRoles []string) error {
	env, names, acct, part := p.Env, p.Names, p.Env.AWS.AccountID, p.Env.AWS.Partition()
	deployer := env.AWS.DeployRoleArn
	users := append([]string{deployer}, serviceRoles...)
	var err error
	if p.ServiceKey, err = security.NewKey(p.Stack, "ServiceKey", security.KeyProps{
		Alias: names.Alias("phase3"), Description: "Encrypts phase 3's function environments and dead-letter queues",
		AccountID: acct, Partition: part, Users: users,
	}); err != nil {
		return err
	}
	if p.TablesKey, err = security.NewKey(p.Stack, "TablesKey", security.KeyProps{
		Alias: names.Alias("tables"), Description: "Encrypts the appointment and scheduling tables",
		AccountID: acct, Partition: part, Users: append(users, p.backupRoleArn()),
	}); err != nil {
		return err
	}
	if p.BackupKey, err = security.NewKey(p.Stack, "BackupKey", security.KeyProps{
		Alias: names.Alias("backup"), Description: "Encrypts the AWS Backup recovery points of the tables",
		AccountID: acct, Partition: part, Users: []string{deployer, p.backupRoleArn()},
	}); err != nil {
		return err
	}
	if p.DR != nil {
		if p.DRBackupKey, err = security.NewKey(p.Stack, "DrBackupKey", security.KeyProps{
			Alias: names.Alias("backup-dr"), Description: "Encrypts the copies of the tables' recovery points in the disaster-recovery region",
			AccountID: acct, Partition: part, Users: []string{deployer, p.backupRoleArn()}, Provider: p.DR,
		}); err != nil {
			return err
		}
	}
	return nil
}

// tables creates the tables declared in config.
func (p *Phase3) tables() error {
	for _, name := range config.Phase3Tables {
		c := p.Env.Tables[name]
		props := table.Props{
			Name: p.Names.Name(name), PartitionKey: tableKey(c.PartitionKey), TTLAttribute: c.TTLAttribute,
			Billing: c.Billing, Key: p.TablesKey,
		}
		if c.SortKey.Name != "" {
			k := tableKey(c.SortKey)
			props.SortKey = &k
		}
		for _, ix := range c.Indexes {
			i := table.Index{Name: ix.Name, PartitionKey: tableKey(ix.PartitionKey)}
			if ix.SortKey.Name != "" {
				k := tableKey(ix.SortKey)
				i.SortKey = &k
			}
			props.Indexes = append(props.Indexes, i)
		}
		if c.Billing == table.Provisioned {
			props.Scaling = &table.Scaling{Min: c.Scaling.Min, Max: c.Scaling.Max, TargetUtilization: c.Scaling.TargetUtilization}
		}
		t, err := table.New(p.Stack, "Table"+naming.Pascal(name), props)
		if err != nil {
			return err
		}
		p.Tables[name] = t
	}
	return nil
}

func tableKey(k config.KeyAttribute) table.Key { return table.Key{Name: k.Name, Type: k.Type} }

// backups protects every table with AWS Backup: daily and monthly recovery points in a
// vault under its own key whose policy denies deletion; in production a vault lock and
// a copy of every recovery point in the disaster-recovery region.
func (p *Phase3) backups() error {
	env, names, a := p.Env, p.Names, p.Env.AWS
	var lock *backup.Lock
	if env.IsProduction() {
		// Compliance-mode lock: after 3 days no one can shorten retention or delete the vault.
		lock = &backup.Lock{MinRetentionDays: env.Backup.DailyRetentionDays, MaxRetentionDays: env.Retention.DataDays, ChangeableForDays: 3}
	}
	var err error
	if p.Vault, err = backup.NewVault(p.Stack, "BackupVault", backup.VaultProps{
		Name: names.Name("tables"), Key: p.BackupKey, Lock: lock,
		Partition: a.Partition(), Region: a.Region, AccountID: a.AccountID,
	}); err != nil {
		return err
	}
	if p.DR != nil {
		if p.DRVault, err = backup.NewVault(p.Stack, "DrBackupVault", backup.VaultProps{
			Name: names.Name("tables-dr"), Key: p.DRBackupKey, Lock: lock, Provider: p.DR,
			Partition: a.Partition(), Region: a.DRRegion, AccountID: a.AccountID,
		}); err != nil {
			return err
		}
	}
	var resources []*string
	for _, name := range config.Phase3Tables {
		resources = append(resources, p.Tables[name].Arn())
	}
	p.BackupPlan, err = backup.NewPlan(p.Stack, "BackupPlan", backup.PlanProps{
		Name: p.backupPlanName(), Vault: p.Vault, CopyTo: p.DRVault,
		DailyRetentionDays: env.Backup.DailyRetentionDays, MonthlyRetentionDays: env.Retention.DataDays,
		Resources: resources, AccountID: a.AccountID, Partition: a.Partition(),
	})
	return err
}

// services creates the appointment and scheduling functions in phase 1's network, each
// role granted only its own tables, and their routes on phase 1's API behind the auth
// service's authorizer.
func (p *Phase3) services(roles map[string]*security.Role) error {
	env, names, p1 := p.Env, p.Names, p.Phase1
	for _, svc := range Phase3Services {
		vars := map[string]*string{}
		for _, name := range config.Phase3Tables {
			if _, ok := tableAccess[svc][name]; ok {
				vars[strings.ToUpper(strings.ReplaceAll(name, "-", "_"))+"_TABLE_NAME"] = p.Tables[name].Name()
			}
		}
		fn, err := compute.NewFunction(p.Stack, "Service"+naming.Pascal(svc), compute.FunctionProps{
			Service: svc, Config: env.Services[svc], Env: env, Names: names, Network: p1.Network,
			DataKey: p.ServiceKey, LogsKey: p1.LogsKey, Role: roles[svc], Environment: vars,
		})
		if err != nil {
			return err
		}
		for _, name := range config.Phase3Tables {
			grantID := "ReadWrite" + naming.Pascal(name) + "Table"
			switch tableAccess[svc][name] {
			case "rw":
				err = p.Tables[name].GrantReadWriteData(roles[svc], grantID)
			case "r":
				err = p.Tables[name].GrantReadData(roles[svc], "Read"+naming.Pascal(name)+"Table")
			}
			if err != nil {
				return err
			}
		}
		if err := p1.API.AddRoutes("Api"+naming.Pascal(svc), api.RouteProps{
			Scope: p.Stack, RouteKeys: Phase3Routes[svc], Function: fn, Authorizer: p1.Authorizer,
		}); err != nil {
			return err
		}
		p.Functions[svc] = fn
	}
	return nil
}

// alarms watches the tables (throttled reads and writes, system errors) and the new
// functions (errors, throttles, dead letters); each notifies phase 1's alert topic.
func (p *Phase3) alarms() {
	st, names, topic := p.Stack, p.Names, p.Phase1.Alerts
	for _, name := range config.Phase3Tables {
		dims := map[string]*string{"TableName": p.Tables[name].Name()}
		for _, m := range []struct{ id, metric, what string }{
			{"ReadThrottles", "ReadThrottleEvents", "reads were throttled: capacity is exhausted (check autoscaling limits and hot keys)"},
			{"WriteThrottles", "WriteThrottleEvents", "writes were throttled: bookings may be lost (check autoscaling limits and hot keys)"},
			{"SystemErrors", "SystemErrors", "DynamoDB returned internal errors: check the AWS Health Dashboard and retry behaviour"},
		} {
			monitoring.NewAlarm(st, "Alarm"+naming.Pascal(name)+m.id, topic, monitoring.AlarmProps{
				Name: names.Name(name, strings.ToLower(m.id)), Severity: monitoring.Critical,
				Description: fmt.Sprintf("The %s table: %s", name, m.what),
				Namespace:   "AWS/DynamoDB", Metric: m.metric, Dimensions: dims, Statistic: "Sum", Threshold: 0,
			})
		}
	}
	for _, svc := range Phase3Services {
		functionAlarms(st, names, topic, p.Functions[svc])
	}
}

// dashboard shows the phase's health: table throttles and latency, the functions.
func (p *Phase3) dashboard() {
	region := p.Env.AWS.Region
	var throttles, latency [][]any
	for _, name := range config.Phase3Tables {
		tn := *p.Tables[name].Name()
		throttles = append(throttles, []any{"AWS/DynamoDB", "ReadThrottleEvents", "TableName", tn}, []any{"AWS/DynamoDB", "WriteThrottleEvents", "TableName", tn})
		latency = append(latency, []any{"AWS/DynamoDB", "SuccessfulRequestLatency", "TableName", tn, "Operation", "Query"})
	}
	widgets := []widget{
		metricWidget(region, "Table throttles", 0, 0, throttles, "Sum"),
		metricWidget(region, "Table query latency p95 (ms)", 12, 0, latency, "p95"),
	}
	widgets = append(widgets, functionWidgets(region, 6, p.Functions, Phase3Services)...)
	newDashboard(p.Stack, p.Names.Name("phase3-health"), widgets)
}

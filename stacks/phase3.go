package stacks

import (
	"fmt"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawssecretsmanagersecretversion"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/api"
	"github.com/healthhub/platform-infra/constructs/backup"
	"github.com/healthhub/platform-infra/constructs/compute"
	"github.com/healthhub/platform-infra/constructs/edge"
	"github.com/healthhub/platform-infra/constructs/monitoring"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/storage"
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
	// DR is the AWS provider of the disaster-recovery region (production only); Edge is
	// us-east-1's, where CloudFront's certificate, web ACL and logs live.
	DR, EdgeProvider awsprovider.AwsProvider
	// Edge is the patient-facing edge: the frontend and the API behind CloudFront and WAF.
	Edge       *edge.Edge
	AccessLogs *storage.AccessLogBucket
	// Keys: the tables; phase 3's function environments and queues; the backup vault
	// and its DR copy (production only).
	TablesKey, ServiceKey, BackupKey, DRBackupKey *security.Key
	Tables                                        map[string]*table.Table
	Vault, DRVault                                *backup.Vault
	BackupPlan                                    *backup.Plan
	Functions                                     map[string]*compute.Function
	// EdgeRoutes are the routes of the edge's alarms, in us-east-1: phase 1's when that
	// is the region, else topics of this stack there (EdgeAlarmProvider's).
	EdgeRoutes        monitoring.Routes
	EdgeAlarmProvider cdktf.TerraformProvider
	// Alarms are the phase's alarms of the catalogue in the stack's region; EdgeAlarms
	// the edge's (in us-east-1, through EdgeAlarmProvider when that is another region).
	Alarms, EdgeAlarms []monitoring.AlarmSpec
}

// NewPhase3 builds the phase 3 stack on top of phase 1 (phase 2 is not referenced:
// phase 3 holds no document or audit resource).
func NewPhase3(scope constructs.Construct, env *config.Environment, p1 *Phase1) (*Phase3, error) {
	base := NewBase(scope, IDPhase3, env, BaseOptions{})
	base.Stack.AddDependency(p1.Stack)
	p := &Phase3{Base: base, Phase1: p1, Tables: map[string]*table.Table{}, Functions: map[string]*compute.Function{}}
	st, names, acct := base.Stack, base.Names, env.AWS.AccountID
	if env.IsProduction() {
		p.DR = base.AliasedProvider("dr", env.AWS.DRRegion)
	}

	p.EdgeProvider = base.AliasedProvider("edge", edge.EdgeRegion)

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
	if err := p.edge(); err != nil {
		return nil, err
	}
	if err := p.alarms(); err != nil {
		return nil, err
	}
	p.dashboard()

	for _, name := range config.Phase3Tables {
		t, id := p.Tables[name], strings.ReplaceAll(name, "-", "_")
		output(st, id+"_table_name", fmt.Sprintf("Name of the %s DynamoDB table, <prefix>-%s", name, name), t.Name(), false)
		output(st, id+"_table_arn", fmt.Sprintf("ARN of the %s DynamoDB table", name), t.Arn(), false)
	}
	output(st, "frontend_bucket_name", "Name of the private bucket holding the frontend's static files (served only through CloudFront)", p.Edge.BucketName(), false)
	output(st, "frontend_distribution_id", "Id of the frontend's CloudFront distribution (for cache invalidations)", p.Edge.DistributionID(), false)
	output(st, "frontend_distribution_domain", "CloudFront domain of the frontend, <id>.cloudfront.net: the CNAME/alias target of "+env.Edge.Domain, p.Edge.DistributionDomain(), false)
	output(st, "api_distribution_domain", "CloudFront domain of the API, <id>.cloudfront.net: the CNAME/alias target of "+p.Edge.APIDomain(), p.Edge.APIDistributionDomain(), false)
	output(st, "web_acl_arn", "ARN of the WAF web ACL in front of both distributions (us-east-1)", p.Edge.WebACLArn(), false)
	if env.Edge.HostedZoneID == "" {
		output(st, "certificate_validation_records", "DNS records (name, type, value) that prove ownership of "+env.Edge.Domain+" and "+p.Edge.APIDomain()+" for the certificate; add them at the DNS provider", p.Edge.ValidationRecords(), false)
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

// edge puts the frontend and the shared API behind CloudFront and the WAF. The API's
// origin is its own execute-api endpoint, reached with the origin-verification header
// read from phase 1's secret at plan time (never written in the JSON or outputs); the
// authorizers refuse any request without it.
func (p *Phase3) edge() error {
	env, names, a := p.Env, p.Names, p.Env.AWS
	var err error
	if p.AccessLogs, err = storage.NewAccessLogBucket(p.Stack, "AccessLogs", storage.AccessLogBucketProps{
		BucketName: names.BucketName("edge-access-logs"), AccountID: a.AccountID, RetentionDays: env.Retention.AuditLogDays,
	}); err != nil {
		return err
	}
	verify := dataawssecretsmanagersecretversion.NewDataAwsSecretsmanagerSecretVersion(p.Stack, jsii.String("OriginVerify"), &dataawssecretsmanagersecretversion.DataAwsSecretsmanagerSecretVersionConfig{
		SecretId: p.Phase1.OriginVerify.Arn(),
	})
	p.Edge, err = edge.New(p.Stack, "Edge", edge.Props{
		Names: names, AccountID: a.AccountID, Partition: a.Partition(), Region: a.Region,
		Domain: env.Edge.Domain, HostedZoneID: env.Edge.HostedZoneID, AllowedCountries: env.Edge.AllowedCountries,
		RateLimitPerFiveMinutes: env.Edge.RateLimitPerFiveMinutes, EdgeProvider: p.EdgeProvider,
		AccessLogs: p.AccessLogs, LogRetentionDays: env.Retention.LogDays, DeployRoleArn: a.DeployRoleArn,
		API: edge.APIOrigin{
			Domain:            jsii.String(*p.Phase1.API.API.Id() + ".execute-api." + a.Region + "." + a.DNSSuffix()),
			StagePath:         "/" + env.Name,
			VerifyHeaderValue: verify.SecretString(),
		},
	})
	return err
}

// alarms creates the catalogue's alarms of phase 3: the tables (throttled reads and
// writes, system errors; capacity near the autoscaling maximum when provisioned), the
// new functions, and the edge (CloudFront's 5xx rates, a spike of requests the WAF
// blocks, the certificate's expiry), to phase 1's routes.
func (p *Phase3) alarms() error {
	st, names := p.Stack, p.Names
	var specs []monitoring.AlarmSpec
	for _, name := range config.Phase3Tables {
		max := 0
		if c := p.Env.Tables[name]; c.Billing == table.Provisioned {
			max = c.Scaling.Max
		}
		specs = append(specs, monitoring.TableAlarms(names, name, p.Tables[name].Name(), max)...)
	}
	for _, svc := range Phase3Services {
		specs = append(specs, functionAlarms(names, p.Env, p.Functions[svc])...)
	}
	built, err := monitoring.Add(st, p.Phase1.Routes, routed(p.Env, specs), monitoring.AddOptions{})
	if err != nil {
		return err
	}
	p.Alarms = monitoring.Specs(built)
	// CloudFront, CLOUDFRONT-scope WAF and CloudFront's ACM certificate publish their
	// metrics in us-east-1 only, and an alarm notifies topics of its own region only:
	// elsewhere, the edge alarms get routes of their own there (both severities), under
	// a key there, with the same subscribers (phase 4 subscribes the pager).
	p.EdgeRoutes, p.EdgeAlarmProvider = p.Phase1.Routes, nil
	if p.Env.AWS.Region != edge.EdgeRegion {
		a := p.Env.AWS
		key, err := security.NewKey(st, "EdgeAlertsKey", security.KeyProps{
			Alias: names.Alias("edge-alerts"), Description: "Encrypts the edge alarms' topics in " + edge.EdgeRegion,
			AccountID: a.AccountID, Partition: a.Partition(), Users: []string{a.DeployRoleArn},
			Services: []security.ServiceUse{security.CloudWatchAlarmsUse(a.AccountID)}, Provider: p.EdgeProvider,
		})
		if err != nil {
			return err
		}
		for _, r := range []struct {
			id, name string
			route    **monitoring.AlertTopic
		}{{"EdgeAlerts", "edge-alerts", &p.EdgeRoutes.Critical}, {"EdgeWarnings", "edge-warnings", &p.EdgeRoutes.Warning}} {
			if *r.route, err = monitoring.NewAlertTopic(st, r.id, monitoring.TopicProps{
				Name: names.Name(r.name), Key: key, Emails: p.Env.Alerts.Emails, AccountID: a.AccountID, Provider: p.EdgeProvider,
			}); err != nil {
				return err
			}
		}
		p.EdgeAlarmProvider = p.EdgeProvider
	}
	edge := append(append(append(
		monitoring.DistributionAlarms(names, "Frontend", "frontend", "the frontend", p.Edge.Frontend.Id()),
		monitoring.DistributionAlarms(names, "Api", "api", "the API ("+p.Edge.APIDomain()+")", p.Edge.API.Id())...),
		monitoring.WAFAlarms(names, p.Edge.WebACL.Name())...),
		monitoring.CertificateAlarms(names, p.Env.Edge.Domain+" and "+p.Edge.APIDomain(), p.Edge.Certificate.Arn())...)
	if p.EdgeAlarmProvider != nil {
		// A composite alarm reads alarms of its own region only: here the CloudFront
		// alarms page by themselves.
		for i := range edge {
			edge[i].Via = ""
		}
	}
	edgeBuilt, err := monitoring.Add(st, p.EdgeRoutes, routed(p.Env, edge), monitoring.AddOptions{Provider: p.EdgeAlarmProvider})
	p.EdgeAlarms = monitoring.Specs(edgeBuilt)
	return err
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
	// The edge's metrics live in us-east-1.
	fe, api, acl := *p.Edge.Frontend.Id(), *p.Edge.API.Id(), *p.Edge.WebACL.Name()
	widgets = append(widgets,
		metricWidget(edge.EdgeRegion, "Edge 5xx error rate (%)", 12, 12, [][]any{
			{"AWS/CloudFront", "5xxErrorRate", "DistributionId", fe, "Region", "Global"},
			{"AWS/CloudFront", "5xxErrorRate", "DistributionId", api, "Region", "Global"},
		}, "Average"),
		metricWidget(edge.EdgeRegion, "WAF allowed and blocked requests", 0, 18, [][]any{
			{"AWS/WAFV2", "AllowedRequests", "WebACL", acl, "Rule", "ALL"},
			{"AWS/WAFV2", "BlockedRequests", "WebACL", acl, "Rule", "ALL"},
		}, "Sum"),
	)
	newDashboard(p.Stack, p.Names.Name("phase3-health"), widgets)
}

package stacks

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawssecretsmanagersecretversion"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iampolicy"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/securitygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupegressrule"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/constructs/monitoring"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/storage"
	"github.com/healthhub/platform-infra/internal/artifact"
)

// CanaryScriptsDir holds the uptime canaries' scripts (JavaScript for the Synthetics
// Node.js Puppeteer runtime), packaged deterministically at synthesis.
const CanaryScriptsDir = "./canaries"

// Canary labels: the frontend's page and the API's health route, both through
// CloudFront ("<prefix>-web", "<prefix>-api").
const (
	CanaryWeb = "web"
	CanaryAPI = "api"
)

// canaryEgressReason is why the canaries' security group may reach the internet on 443.
const canaryEgressReason = "The uptime canaries load the frontend and call the API's health route at their public addresses through CloudFront " +
	"and the WAF, exactly as patients reach them, and publish to CloudWatch and S3; only the canaries' Synthetics functions are in this group, " +
	"they carry no credential to the platform and read no patient data"

// Monitoring is phase 4's advanced monitoring: the uptime canaries, the SLOs and their
// burn-rate alarms, the platform-degraded composite, the pager's subscription, the cost
// budget and anomaly detection, and the SRE and SLO dashboards.
type Monitoring struct {
	// Key encrypts the canaries' artifacts; Artifacts holds them.
	Key       *security.Key
	Artifacts *storage.Bucket
	// CanaryBoundary and CanaryRole: the canaries' execution role under its boundary.
	CanaryBoundary iampolicy.IamPolicy
	CanaryRole     *security.Role
	// CanarySecurityGroup lets the canaries reach the public endpoints (443).
	CanarySecurityGroup securitygroup.SecurityGroup
	Canaries            *monitoring.Canaries
	SLOs                []monitoring.SLO
	Cost                *monitoring.CostAlerts
	// Alarms are phase 4's alarms of the catalogue; Catalogue every alarm of the
	// environment (every phase's), with its region.
	Alarms    []monitoring.AlarmSpec
	Catalogue []monitoring.AlarmRef
}

// AddMonitoring builds phase 4's monitoring on top of every phase's alarms: p2 and p3
// may be nil when the environment does not deploy them.
func (p *Phase4) AddMonitoring(p2 *Phase2, p3 *Phase3) error {
	env, names, p1 := p.Env, p.Names, p.Phase1
	m := &Monitoring{}
	p.Monitoring = m

	// Phase 4's own resources: the AI service, its rotation function (created by its
	// rotator), ML storage's replication in production.
	specs := functionAlarms(names, env, p.AI)
	if p.DRMLStorage != nil {
		specs = append(specs, monitoring.ReplicationAlarms(names.Name("ml"), "ML storage", "DR bucket",
			p.MLStorage.Name(), p.DRMLStorage.Name(), "disaster-recovery")...)
	}
	if err := p.canaries(); err != nil {
		return err
	}
	for _, label := range []string{CanaryWeb, CanaryAPI} {
		specs = append(specs, monitoring.CanaryAlarms(names, label, m.Canaries.Names[label], canaryWhat(env, label), env.Monitoring.CanaryInterval())...)
	}
	refs := monitoring.SLORefs{APIID: p1.API.API.Id(), Stage: env.Name, Canaries: []string{m.Canaries.Names[CanaryWeb], m.Canaries.Names[CanaryAPI]}}
	m.SLOs = monitoring.PlatformSLOs(refs)
	for _, s := range m.SLOs {
		specs = append(specs, monitoring.SLOAlarms(names, s)...)
	}
	built, err := monitoring.Add(p.Stack, p1.Routes, specs, monitoring.AddOptions{})
	if err != nil {
		return err
	}
	m.Alarms = append(monitoring.Specs(built), p.VendorRotator.Alarms...)

	// Every alarm of the environment, with its region; the composite pages once for all
	// the symptoms of the primary region.
	region := env.AWS.Region
	add := func(specs []monitoring.AlarmSpec, region string) {
		for _, s := range specs {
			m.Catalogue = append(m.Catalogue, monitoring.AlarmRef{Spec: s, Region: region})
		}
	}
	if env.IsProduction() {
		// The bootstrap stack's state replication alarms (it depends on no stack: only
		// their names are needed here, for the dashboards).
		add(monitoring.ReplicationAlarms(StateAlarmPrefix(env), "Terraform state", "replica bucket", nil, nil, "disaster-recovery"), region)
	}
	add(p1.Alarms, region)
	if p2 != nil {
		add(p2.Alarms, region)
	}
	var tables []string
	services := append([]string(nil), Phase1Services...)
	if p2 != nil {
		services = append(services, Phase2Services...)
	}
	if p3 != nil {
		add(p3.Alarms, region)
		add(p3.EdgeAlarms, edgeRegion(p3))
		tables = config.Phase3Tables
		services = append(services, Phase3Services...)
	}
	services = append(services, "ai")
	add(m.Alarms, region)
	var sameRegion []monitoring.AlarmSpec
	for _, a := range m.Catalogue {
		if a.Region == region {
			sameRegion = append(sameRegion, a.Spec)
		}
	}
	degraded, err := monitoring.Add(p.Stack, p1.Routes, []monitoring.AlarmSpec{monitoring.PlatformDegraded(names, sameRegion)}, monitoring.AddOptions{})
	if err != nil {
		return err
	}
	m.Alarms = append(m.Alarms, degraded[0].Spec)
	add([]monitoring.AlarmSpec{degraded[0].Spec}, region)

	p.pager(p3)

	if m.Cost, err = monitoring.NewCostAlerts(p.Stack, "Cost", monitoring.CostAlertsProps{
		Names: names, MonthlyBudgetUsd: env.Monitoring.MonthlyBudgetUsd, Routes: p1.Routes, Specs: monitoring.CostAlarms(names),
	}); err != nil {
		return err
	}

	rotators := []string{DBRotatorName, OriginRotatorName, VendorRotatorName}
	monitoring.NewDashboards(p.Stack, monitoring.DashboardProps{
		Names: names, EnvName: env.Name, Partition: env.AWS.Partition(), Region: region, AccountID: env.AWS.AccountID,
		Alarms: m.Catalogue, SLOs: m.SLOs, SLORefs: refs,
		Services: services, Rotators: rotators, Tables: tables, MonthlyBudgetUsd: env.Monitoring.MonthlyBudgetUsd,
		CriticalTopic: names.Name("alerts"), WarningTopic: names.Name("warnings"),
	})

	st := p.Stack
	output(st, "canary_web_name", "Name of the uptime canary (CloudWatch Synthetics) that loads the frontend through CloudFront, <prefix>-web", m.Canaries.Names[CanaryWeb], false)
	output(st, "canary_api_name", "Name of the uptime canary that calls the API's health route through CloudFront, <prefix>-api", m.Canaries.Names[CanaryAPI], false)
	output(st, "canary_artifacts_bucket_name", "Name of the bucket holding the canaries' screenshots, HAR files and logs, <prefix>-canary-artifacts-<account>", m.Artifacts.Name(), false)
	output(st, "sre_dashboard_name", "CloudWatch dashboard of the environment's golden signals, SLOs, edge, data stores and cost", names.Name("sre"), false)
	output(st, "slo_dashboard_name", "CloudWatch dashboard of the SLOs' error budget left over 30 days and their burn rates", names.Name("slo"), false)
	output(st, "monthly_budget_usd", "The environment's monthly cost budget in USD (monitoring.monthlyBudgetUsd)", env.Monitoring.MonthlyBudgetUsd, false)
	return nil
}

// routed keeps each spec's Via (the platform-degraded composite pages for it) only when
// the environment deploys phase 4, which creates that composite: otherwise the symptom
// pages by itself.
func routed(env *config.Environment, specs []monitoring.AlarmSpec) []monitoring.AlarmSpec {
	if env.Deploys(IDPhase4) {
		return specs
	}
	for i := range specs {
		specs[i].Via = ""
	}
	return specs
}

// canaryWhat says what a canary checks, for its alarm.
func canaryWhat(env *config.Environment, label string) string {
	if label == CanaryWeb {
		return "the frontend (https://" + env.Edge.Domain + "/)"
	}
	return "the API's health route (https://api." + env.Edge.Domain + "/health)"
}

// canaries creates the uptime canaries: their boundary and role, the key and bucket of
// their artifacts (kept retention.logDays), a security group with HTTPS to the
// internet, and the canaries themselves from the scripts in canaries/.
func (p *Phase4) canaries() error {
	env, names, p1, m := p.Env, p.Names, p.Phase1, p.Monitoring
	a := env.AWS
	m.CanaryBoundary = security.NewBoundary(p.Stack, "CanaryBoundary", security.BoundaryProps{
		Name: names.Name("canary-boundary"), Statements: monitoring.CanaryBoundaryStatements(a.Partition(), a.Region, a.AccountID, names),
	})
	var err error
	if m.CanaryRole, err = monitoring.NewCanaryRole(p.Stack, "CanaryRole", names, a.AccountID, m.CanaryBoundary.Arn()); err != nil {
		return err
	}
	if m.Key, err = security.NewKey(p.Stack, "MonitoringKey", security.KeyProps{
		Alias: names.Alias("monitoring"), Description: "Encrypts the uptime canaries' artifacts (screenshots, HAR files, logs)",
		AccountID: a.AccountID, Partition: a.Partition(), Users: []string{a.DeployRoleArn, *m.CanaryRole.Arn()},
	}); err != nil {
		return err
	}
	if m.Artifacts, err = storage.NewBucket(p.Stack, "CanaryArtifacts", storage.BucketProps{
		BucketName: names.BucketName("canary-artifacts"), EncryptionKey: m.Key,
		AccessLogs:     storage.AccessLogTarget{Bucket: p.AccessLogs, Prefix: "canary-artifacts/"},
		ExpirationDays: env.Retention.LogDays, NoncurrentVersionExpirationDays: 30,
		NotPHIReason: "screenshots, HAR files and logs of the uptime canaries' runs against the public landing page and the API's health route; " +
			"the canaries never sign in, so no patient data reaches them",
	}); err != nil {
		return err
	}
	m.CanarySecurityGroup = securitygroup.NewSecurityGroup(p.Stack, jsii.String("CanarySecurityGroup"), &securitygroup.SecurityGroupConfig{
		Name: jsii.String(names.Name("canary-egress")), Description: jsii.String("Uptime canaries: HTTPS to the public endpoints, CloudWatch and S3"),
		VpcId: p1.Network.VPCID,
	})
	egress := vpcsecuritygroupegressrule.NewVpcSecurityGroupEgressRule(p.Stack, jsii.String("CanaryEgress"), &vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig{
		SecurityGroupId: m.CanarySecurityGroup.Id(), IpProtocol: jsii.String("tcp"), FromPort: jsii.Number(443), ToPort: jsii.Number(443),
		CidrIpv4: jsii.String("0.0.0.0/0"), Description: jsii.String("HTTPS to the frontend and the API through CloudFront (through NAT)"),
	})
	compliance.Suppress(egress, "sg-internet-egress-justified", canaryEgressReason)
	zip, err := artifact.Files(CanaryScriptsDir, monitoring.CanaryPackagePrefix)
	if err != nil {
		return err
	}
	m.Canaries, err = monitoring.NewCanaries(p.Stack, "Canaries", monitoring.CanariesProps{
		Names: names, Package: &zip, IntervalMinutes: env.Monitoring.CanaryInterval(), RetentionDays: env.Retention.LogDays,
		Bucket: m.Artifacts, Role: m.CanaryRole,
		SubnetIDs: p1.Network.PrivateSubnetIDs, SecurityGroupIDs: []*string{m.CanarySecurityGroup.Id()},
		Targets: []monitoring.CanaryTarget{
			{Label: CanaryWeb, Handler: "web.handler", URL: "https://" + env.Edge.Domain + "/", What: canaryWhat(env, CanaryWeb)},
			{Label: CanaryAPI, Handler: "apihealth.handler", URL: "https://api." + env.Edge.Domain + "/health", What: canaryWhat(env, CanaryAPI)},
		},
	})
	return err
}

// pager subscribes the on-call pager to every critical topic (phase 1's, and phase 3's
// in us-east-1 when the edge's alarms need their own): the HTTPS URL is read from phase
// 1's secret at plan time, so it is never in config nor in the synthesized JSON, and the
// subscription's endpoint is sensitive. The plan fails until an operator has put the
// URL into the secret (see the README's "Monitoring").
func (p *Phase4) pager(p3 *Phase3) {
	p1 := p.Phase1
	if p1.PagerEndpoint == nil {
		return
	}
	url := dataawssecretsmanagersecretversion.NewDataAwsSecretsmanagerSecretVersion(p.Stack, jsii.String("PagerEndpoint"), &dataawssecretsmanagersecretversion.DataAwsSecretsmanagerSecretVersionConfig{
		SecretId: p1.PagerEndpoint.Arn(),
	})
	monitoring.SubscribePager(p.Stack, "PagerSubscription", p1.Routes.Critical, url.SecretString(), nil)
	if p3 != nil && p3.EdgeAlarmProvider != nil {
		// Phase 3's critical topic for the edge's alarms is in us-east-1: subscribe
		// through a provider of that region in this stack.
		edgeProvider := awsprovider.NewAwsProvider(p.Stack, jsii.String("aws_edge"), &awsprovider.AwsProviderConfig{
			Alias: jsii.String("edge"), Region: jsii.String(monitoring.EdgeRegion),
			AllowedAccountIds: jsii.Strings(p.Env.AWS.AccountID),
			DefaultTags:       []*awsprovider.AwsProviderDefaultTags{{Tags: DefaultTags(p.Env)}},
		})
		monitoring.SubscribePager(p.Stack, "EdgePagerSubscription", p3.EdgeRoutes.Critical, url.SecretString(), edgeProvider)
	}
}

// edgeRegion is where phase 3's edge alarms live.
func edgeRegion(p3 *Phase3) string {
	if p3.EdgeAlarmProvider != nil {
		return monitoring.EdgeRegion
	}
	return p3.Env.AWS.Region
}

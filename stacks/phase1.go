package stacks

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchdashboard"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawssecretsmanagerrandompassword"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iampolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/securitygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupegressrule"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/api"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/constructs/compute"
	"github.com/healthhub/platform-infra/constructs/database"
	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/monitoring"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/network"
	"github.com/healthhub/platform-infra/constructs/rotation"
	"github.com/healthhub/platform-infra/constructs/secrets"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/workload"
	"github.com/healthhub/platform-infra/internal/artifact"
)

// Phase1Services are the services phase 1 runs, in routing order: the gateway fronts the
// API and calls the others.
var Phase1Services = []string{"gateway", "auth", "patient"}

// PublicRoutes are the only routes served without a token: sign-in and token refresh,
// and the health route the uptime canary calls (the gateway answers it without reading
// any data). The auth service verifies the credentials or refresh token itself; the
// edge's WAF rate-limits them per client IP. They still need the edge's
// origin-verification header, so the canary calls them through CloudFront.
var PublicRoutes = []string{"POST /auth/login", "POST /auth/refresh", HealthRoute}

// HealthRoute is the API's health check, served by the gateway: 200 when it can serve.
const HealthRoute = "GET /health"

// DatabaseServices are the phase 1 services that own a database.
var DatabaseServices = []string{"auth", "patient"}

// Phase1 is the foundation services stack. Its fields are what later phases reference.
type Phase1 struct {
	*Base
	Network *network.Network
	// Keys: separate customer-managed keys for data, logs and secrets.
	DataKey, LogsKey, SecretsKey *security.Key
	// Boundary is the permissions boundary of every service role.
	Boundary  iampolicy.IamPolicy
	Database  *database.Database
	Functions map[string]*compute.Function
	API       *api.HTTPAPI
	// Railway is phase 1's services on Railway (services.<name>.runtime "railway"; see
	// railway.go); nil when they run as functions. With it, Functions is empty and API,
	// the authorizers and OriginVerify are nil: later phases, which need them, are then
	// not deployed (config "stacks").
	Railway *RailwayDeployment
	// Authorizer (the auth service: token and origin header) guards every route of the
	// API but PublicRoutes, which OriginAuthorizer (origin header only) guards.
	Authorizer, OriginAuthorizer *api.Authorizer
	// OriginVerify is the secret the edge sends in api.OriginVerifyHeader.
	OriginVerify *secrets.Secret
	// RotationBoundary is the permissions boundary of every rotation function's role.
	RotationBoundary iampolicy.IamPolicy
	// DBRotator rotates every database secret (phase 2's too): the migrator's single-user,
	// each service's between its two login roles.
	DBRotator *rotation.Rotator
	// OriginRotator rotates the edge's origin-verification secret.
	OriginRotator *rotation.Rotator
	// Workload is the certificate authority and Roles Anywhere trust anchor of the
	// services that run on Railway and need AWS (phase 2's, when they run there); nil
	// otherwise. RailwayToken holds the Railway project token CertRotator writes the
	// services' certificates with (put by an operator); CertRotator renews them.
	Workload     *workload.Authority
	RailwayToken *secrets.Secret
	CertRotator  *rotation.Rotator
	// Routes are the alarm topics: Critical pages (the pager, when monitoring.pager, and
	// alerts.emails), Warning e-mails. Alerts is Routes.Critical.
	Routes monitoring.Routes
	Alerts *monitoring.AlertTopic
	// PagerEndpoint holds the on-call pager's HTTPS integration URL (monitoring.pager
	// only; put by an operator, read by phase 4 at plan time); nil otherwise.
	PagerEndpoint *secrets.Secret
	// Alarms are the phase's alarms of the catalogue (rotation functions included).
	Alarms []monitoring.AlarmSpec
}

// NewPhase1 builds the phase 1 stack.
func NewPhase1(scope constructs.Construct, env *config.Environment) (*Phase1, error) {
	base := NewBase(scope, IDPhase1, env, BaseOptions{Neon: true})
	p := &Phase1{Base: base, Functions: map[string]*compute.Function{}}
	st, names, acct, region, part := base.Stack, base.Names, env.AWS.AccountID, env.AWS.Region, env.AWS.Partition()

	p.Boundary = security.NewBoundary(st, "ServiceBoundary", security.BoundaryProps{
		Name: names.Name("service-boundary"), Statements: boundaryStatements(env, names.Name(""), names.Path("")),
	})

	// Roles first, so that the key policies can name them.
	roles, roleArns, err := serviceRoles(st, names, acct, p.Boundary.Arn(), lambdaServices(env, Phase1Services))
	if err != nil {
		return nil, err
	}
	// The database rotation function's role, under its own boundary: created before the
	// keys whose policies name it.
	rotationCeiling := append(rotation.BoundaryStatements(part, region, acct, names), originRotationStatements(part, acct)...)
	workloadIdentity := needsWorkloadIdentity(env)
	if workloadIdentity {
		rotationCeiling = append(rotationCeiling, certRotationStatements(part, region, acct)...)
	}
	p.RotationBoundary = security.NewBoundary(st, "RotationBoundary", security.BoundaryProps{
		Name: names.Name("rotation-boundary"), Statements: rotationCeiling,
	})
	dbRotatorRole, err := rotation.NewRole(st, "RotatePostgresRole", names, DBRotatorName, acct, p.RotationBoundary.Arn())
	if err != nil {
		return nil, err
	}
	users := append([]string{env.AWS.DeployRoleArn}, append(roleArns, *dbRotatorRole.Arn())...)
	// The Railway certificates' rotation function reads the Railway token (SecretsKey)
	// and writes phase 2's certificate secrets: its role exists before both keys.
	var certRotatorRole *security.Role
	if workloadIdentity {
		if certRotatorRole, err = rotation.NewRole(st, "RotateRailwayCertificateRole", names, CertRotatorName, acct, p.RotationBoundary.Arn()); err != nil {
			return nil, err
		}
		users = append(users, *certRotatorRole.Arn())
	}
	// The edge's origin-verification secret exists for the HTTP API's authorizers: not
	// when phase 1's services run on Railway.
	var originRotatorRole *security.Role
	if !phase1OnRailway(env) {
		if originRotatorRole, err = rotation.NewRole(st, "RotateOriginVerifyRole", names, OriginRotatorName, acct, p.RotationBoundary.Arn()); err != nil {
			return nil, err
		}
		users = append(users, *originRotatorRole.Arn())
	}

	if p.DataKey, err = security.NewKey(st, "DataKey", security.KeyProps{
		Alias: names.Alias("data"), Description: "Encrypts the platform's queues, topics and function environments",
		AccountID: acct, Partition: part, Users: users,
		Services: []security.ServiceUse{security.CloudWatchAlarmsUse(acct), security.EventBridgeUse(acct),
			monitoring.PublisherKeyUse(monitoring.BudgetsPrincipal, acct), monitoring.PublisherKeyUse(monitoring.CostAlertsPrincipal, acct)},
	}); err != nil {
		return nil, err
	}
	if p.LogsKey, err = security.NewKey(st, "LogsKey", security.KeyProps{
		Alias: names.Alias("logs"), Description: "Encrypts the platform's CloudWatch log groups",
		AccountID: acct, Partition: part, Users: []string{env.AWS.DeployRoleArn},
		Services: []security.ServiceUse{security.LogsServiceUse(part, region, acct)},
	}); err != nil {
		return nil, err
	}
	if p.SecretsKey, err = security.NewKey(st, "SecretsKey", security.KeyProps{
		Alias: names.Alias("secrets"), Description: "Encrypts the platform's Secrets Manager secrets",
		AccountID: acct, Partition: part, Users: users,
	}); err != nil {
		return nil, err
	}

	netProps := network.Props{Env: env, Names: names, LogsKey: p.LogsKey}
	if env.Network.PrivateDatabase {
		// Fail closed: private connectivity asked for and no endpoint service known is an
		// error, never a silent fallback to the internet path.
		if netProps.NeonEndpointServices = config.NeonPrivateLinkServices[env.Neon.Region]; len(netProps.NeonEndpointServices) == 0 {
			return nil, fmt.Errorf("phase1: network.privateDatabase is on but Neon region %q has no Private Networking endpoint service", env.Neon.Region)
		}
	}
	if p.Network, err = network.New(st, "Network", netProps); err != nil {
		return nil, err
	}
	if p.Database, err = database.New(st, "Database", database.Props{
		Env: env, Names: names, AllowedIPs: neonAllowedIPs(env, p.Network.NATPublicIPs), SecretsKey: p.SecretsKey, Services: DatabaseServices,
		PrivateEndpoints: p.Network.NeonEndpointIDs(), OrganizationID: env.Neon.OrganizationID,
	}); err != nil {
		return nil, err
	}
	if err := p.Network.EnableNeonPrivateDNS(p.Database.EndpointAssignments); err != nil {
		return nil, err
	}

	if phase1OnRailway(env) {
		if p.Railway, err = newRailwayDeployment(p); err != nil {
			return nil, err
		}
	} else if err := p.functionsAndAPI(roles); err != nil {
		return nil, err
	}

	if err := p.routes(); err != nil {
		return nil, err
	}
	if err := p.rotateDatabaseSecrets(dbRotatorRole); err != nil {
		return nil, err
	}
	if err := p.rotateOriginVerify(originRotatorRole); err != nil {
		return nil, err
	}
	if err := p.railwayCertificates(certRotatorRole); err != nil {
		return nil, err
	}
	if err := p.alarms(); err != nil {
		return nil, err
	}
	p.dashboard()

	if p.API != nil {
		output(st, "api_endpoint", "Invoke URL of the shared HTTP API stage, https://<api id>.execute-api.<region>.amazonaws.com/<environment>", p.API.Endpoint(), false)
	}
	output(st, "alert_topic_arn", "ARN of the critical alarm topic (pages: the on-call pager and alerts.emails), arn:"+part+":sns:<region>:<account>:<prefix>-alerts", p.Routes.Critical.Arn(), false)
	output(st, "warning_topic_arn", "ARN of the warning alarm topic (alerts.emails), arn:"+part+":sns:<region>:<account>:<prefix>-warnings", p.Routes.Warning.Arn(), false)
	if p.PagerEndpoint != nil {
		output(st, "pager_endpoint_secret_arn", "ARN of the secret an operator fills with the on-call pager's HTTPS integration URL before phase 4 is planned; the value is never output", p.PagerEndpoint.Arn(), false)
	}
	output(st, "migrator_secret_arn", "ARN of the Secrets Manager secret holding the administrative database connection (used by cmd/migrate); the value is never output", p.Database.MigratorSecret.Arn(), false)
	for _, svc := range DatabaseServices {
		output(st, svc+"_db_secret_arn", fmt.Sprintf("ARN of the Secrets Manager secret holding the %s service's database connection; the value is never output", svc), p.Database.ServiceSecrets[svc].Arn(), false)
	}
	output(st, "neon_project_id", "Id of the environment's Neon project", p.Database.Project.Id(), false)
	output(st, "neon_hipaa_action", "Operator action required once per Neon project (provider v0.13.0 cannot set the HIPAA flag)", jsii.String(database.HIPAAAction), false)
	return p, nil
}

// functionsAndAPI runs phase 1's services as functions behind the shared HTTP API: the
// edge's origin-verification secret, the functions (each reads its database secret), the
// gateway's right to invoke the others, the API with the auth service's authorizers and
// the gateway's routes.
func (p *Phase1) functionsAndAPI(roles map[string]*security.Role) error {
	env, st, names, region := p.Env, p.Stack, p.Names, p.Env.AWS.Region
	// The secret the edge adds to every request it forwards to the API, generated once
	// by Secrets Manager and read by the auth service's authorizers.
	originPassword := dataawssecretsmanagerrandompassword.NewDataAwsSecretsmanagerRandomPassword(st, jsii.String("OriginVerifyPassword"), &dataawssecretsmanagerrandompassword.DataAwsSecretsmanagerRandomPasswordConfig{
		PasswordLength: jsii.Number(48), ExcludePunctuation: jsii.Bool(true),
	})
	var err error
	if p.OriginVerify, err = secrets.NewSecret(st, "OriginVerify", secrets.SecretProps{
		Name: names.Path("edge", "origin-verify"), Description: "Header value the CloudFront edge adds to every API request; the authorizers refuse requests without it",
		Key: p.SecretsKey, Region: region, Value: originPassword.RandomPassword(), ValueSetOnce: true,
	}); err != nil {
		return err
	}

	for _, svc := range Phase1Services {
		vars := map[string]*string{}
		if s, ok := p.Database.ServiceSecrets[svc]; ok {
			vars["DB_SECRET_ARN"] = s.Arn()
		}
		if svc == "auth" {
			vars["ORIGIN_VERIFY_SECRET_ARN"] = p.OriginVerify.Arn()
		}
		fn, err := compute.NewFunction(st, "Service"+naming.Pascal(svc), compute.FunctionProps{
			Service: svc, Config: env.Services[svc], Env: env, Names: names, Network: p.Network,
			DataKey: p.DataKey, LogsKey: p.LogsKey, Role: roles[svc], Environment: vars,
		})
		if err != nil {
			return err
		}
		if s, ok := p.Database.ServiceSecrets[svc]; ok {
			if err := s.GrantRead(roles[svc], "ReadDatabaseSecret"); err != nil {
				return err
			}
		}
		if svc == "auth" {
			if err := p.OriginVerify.GrantRead(roles[svc], "ReadOriginVerifySecret"); err != nil {
				return err
			}
		}
		p.Functions[svc] = fn
	}
	// The gateway calls the other services.
	gw := p.Functions["gateway"]
	for _, svc := range Phase1Services[1:] {
		if err := p.Functions[svc].GrantInvoke(gw.Role, "Invoke"+naming.Pascal(svc)); err != nil {
			return err
		}
	}
	if p.API, err = api.New(st, "Api", api.Props{Env: env, Names: names, LogsKey: p.LogsKey}); err != nil {
		return err
	}
	// Every route is behind an authorizer of the auth service, and every authorizer
	// requires the edge's origin-verification header (phase 3's CloudFront adds it,
	// behind the WAF): a request to the API's own endpoint is refused before any
	// function runs. Sign-in and token refresh need no token, only the header.
	p.Authorizer = p.API.NewLambdaAuthorizer(st, "ApiAuthorizer", api.AuthorizerProps{
		Name: names.Name("authorizer"), Function: p.Functions["auth"], RequireToken: true,
	})
	p.OriginAuthorizer = p.API.NewLambdaAuthorizer(st, "OriginAuthorizer", api.AuthorizerProps{
		Name: names.Name("origin-authorizer"), Function: p.Functions["auth"],
	})
	if err := p.API.AddRoutes("Gateway", api.RouteProps{
		Scope: p.API.Scope, RouteKeys: []string{"ANY /{proxy+}"}, Function: gw, Authorizer: p.Authorizer,
		PublicRouteKeys: PublicRoutes, PublicAuthorizer: p.OriginAuthorizer,
	}); err != nil {
		return err
	}
	return nil
}

// DBRotatorName names the database rotation function ("<prefix>-rotate-postgres").
const DBRotatorName = "rotate-postgres"

// rotateDatabaseSecrets builds the database rotation function (built by the product from
// lambdas/rotate-postgres into a deterministic zip) and rotates the migrator's and phase
// 1's services' secrets every rotation.databaseDays days.
func (p *Phase1) rotateDatabaseSecrets(role *security.Role) error {
	env, names := p.Env, p.Names
	zip, err := artifact.Build("./lambdas/" + DBRotatorName)
	if err != nil {
		return err
	}
	master := p.Database.MigratorSecret
	if p.DBRotator, err = rotation.NewRotator(p.Stack, "RotatePostgres", rotation.RotatorProps{
		Name: DBRotatorName, Package: &zip, Names: names, EnvironmentName: env.Name,
		AccountID: env.AWS.AccountID, Partition: env.AWS.Partition(), LogRetentionDays: env.Retention.LogDays,
		BoundaryArn: p.RotationBoundary.Arn(), Network: p.Network, DataKey: p.DataKey, LogsKey: p.LogsKey,
		Alerts: p.Alerts, Role: role, Environment: map[string]*string{"MASTER_SECRET_ARN": master.Arn()},
	}); err != nil {
		return err
	}
	// Setting a service's other login role's password logs in as the migrator.
	if err := master.GrantRead(role, "ReadMasterSecret"); err != nil {
		return err
	}
	if err := p.DBRotator.Rotate(master, "MigratorDatabase", env.Rotation.DatabaseDays); err != nil {
		return err
	}
	for _, svc := range DatabaseServices {
		if err := p.DBRotator.Rotate(p.Database.ServiceSecrets[svc], naming.Pascal(svc)+"Database", env.Rotation.DatabaseDays); err != nil {
			return err
		}
	}
	return nil
}

// OriginRotatorName names the rotation function of the edge's origin-verification
// secret ("<prefix>-rotate-origin-verify").
const OriginRotatorName = "rotate-origin-verify"

// originRotationStatements are what the origin-verification rotation does to CloudFront:
// find the API's distribution by its alias (listing has no resource type) and change the
// header its origin sends, on this account's distributions only.
func originRotationStatements(partition, accountID string) []iam.Statement {
	return []iam.Statement{
		{Sid: "FindTheApiDistribution", Effect: "Allow", Action: iam.Strings{"cloudfront:ListDistributions"}, Resource: iam.Strings{"*"},
			WildcardReason: "CloudFront defines no resource type for ListDistributions"},
		iam.Allow("SetTheOriginHeader", []string{"cloudfront:GetDistributionConfig", "cloudfront:UpdateDistribution"},
			[]string{fmt.Sprintf("arn:%s:cloudfront::%s:distribution/*", partition, accountID)}),
	}
}

// internetEgress describes the security group of a rotation function that must reach an
// API with no VPC endpoint and no fixed addresses: HTTPS to the internet (through NAT),
// nothing else, recorded as a justified exception (sg-internet-egress-justified, Reason).
type internetEgress struct {
	GroupName, Description, EgressDescription, Reason string
}

// internetRotator builds a rotation function of phase 1 from lambdas/<name>, in the
// functions' group and a group of its own with HTTPS to the internet. id names the
// group's resources (<id>SecurityGroup, <id>Egress); rotatorID the rotator.
func (p *Phase1) internetRotator(id, rotatorID, name string, egress internetEgress, role *security.Role, environment map[string]*string) (*rotation.Rotator, error) {
	env, names := p.Env, p.Names
	zip, err := artifact.Build("./lambdas/" + name)
	if err != nil {
		return nil, err
	}
	sg := securitygroup.NewSecurityGroup(p.Stack, jsii.String(id+"SecurityGroup"), &securitygroup.SecurityGroupConfig{
		Name: jsii.String(names.Name(egress.GroupName)), Description: jsii.String(egress.Description), VpcId: p.Network.VPCID,
	})
	rule := vpcsecuritygroupegressrule.NewVpcSecurityGroupEgressRule(p.Stack, jsii.String(id+"Egress"), &vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig{
		SecurityGroupId: sg.Id(), IpProtocol: jsii.String("tcp"), FromPort: jsii.Number(443), ToPort: jsii.Number(443),
		CidrIpv4: jsii.String("0.0.0.0/0"), Description: jsii.String(egress.EgressDescription),
	})
	compliance.Suppress(rule, "sg-internet-egress-justified", egress.Reason)
	return rotation.NewRotator(p.Stack, rotatorID, rotation.RotatorProps{
		Name: name, Package: &zip, Names: names, EnvironmentName: env.Name,
		AccountID: env.AWS.AccountID, Partition: env.AWS.Partition(), LogRetentionDays: env.Retention.LogDays,
		BoundaryArn: p.RotationBoundary.Arn(), Network: p.Network, DataKey: p.DataKey, LogsKey: p.LogsKey,
		SecurityGroupIDs: []*string{p.Network.FunctionSecurityGroup.Id(), sg.Id()},
		Alerts:           p.Alerts, Role: role, Environment: environment,
	})
}

// rotateOriginVerify rotates the edge's origin-verification secret every
// rotation.databaseDays days (lambdas/rotate-origin-verify): a new value, set on the API
// distribution's origin header, checked, then current. The auth service accepts the
// values of AWSCURRENT, AWSPENDING and AWSPREVIOUS, so no request is refused while
// CloudFront's edges pick the new one up. CloudFront's API has no VPC endpoint: the
// function has a group of its own with HTTPS to the internet (through NAT).
func (p *Phase1) rotateOriginVerify(role *security.Role) error {
	if p.OriginVerify == nil {
		return nil // phase 1's services run on Railway: no HTTP API, no origin header
	}
	env := p.Env
	var err error
	if p.OriginRotator, err = p.internetRotator("OriginRotator", "RotateOriginVerify", OriginRotatorName, internetEgress{
		GroupName: "cloudfront-api", Description: "Origin-verification rotation: HTTPS to CloudFront's API",
		EgressDescription: "HTTPS to cloudfront.amazonaws.com (through NAT)",
		Reason: "CloudFront's control-plane API (cloudfront.amazonaws.com) has no VPC endpoint and no fixed addresses; only the origin-verification rotation " +
			"function is in this group, it calls that API over TLS with its own least-privilege role, and runs a few times a month",
	}, role, map[string]*string{"API_DOMAIN_NAME": jsii.String("api." + env.Edge.Domain)}); err != nil {
		return err
	}
	if err := p.OriginRotator.ExtraGrant("UpdateApiDistribution", originRotationStatements(env.AWS.Partition(), env.AWS.AccountID)...); err != nil {
		return err
	}
	return p.OriginRotator.Rotate(p.OriginVerify, "OriginVerify", env.Rotation.DatabaseDays)
}

// serviceRoles creates the Lambda execution role <prefix>-<service>-fn of each service,
// under the boundary, and returns them with their ARNs in service order.
func serviceRoles(scope constructs.Construct, names naming.Namer, accountID string, boundaryArn *string, services []string) (map[string]*security.Role, []string, error) {
	roles := map[string]*security.Role{}
	var arns []string
	for _, svc := range services {
		r, err := security.NewRole(scope, "Role"+naming.Pascal(svc), security.RoleProps{
			Name: names.Name(svc, "fn"), AssumedBy: "lambda.amazonaws.com", AccountID: accountID, BoundaryArn: boundaryArn,
		})
		if err != nil {
			return nil, nil, err
		}
		roles[svc] = r
		arns = append(arns, *r.Arn())
	}
	return roles, arns, nil
}

// boundaryStatements is the ceiling of every service role: its own log groups, queues,
// secrets, keys, functions, bucket objects and traces, in this account and region only; and never IAM,
// key deletion or Organizations.
func boundaryStatements(env *config.Environment, namePrefixDash, namePrefixSlash string) []iam.Statement {
	arn := func(service, resource string) string {
		return fmt.Sprintf("arn:%s:%s:%s:%s:%s", env.AWS.Partition(), service, env.AWS.Region, env.AWS.AccountID, resource)
	}
	return []iam.Statement{
		iam.Allow("OwnLogs", []string{"logs:CreateLogStream", "logs:PutLogEvents"}, []string{arn("logs", "log-group:/aws/lambda/"+namePrefixDash+"*")}),
		iam.Allow("OwnQueues", []string{"sqs:SendMessage"}, []string{arn("sqs", namePrefixDash+"*")}),
		iam.Allow("OwnSecrets", []string{"secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"}, []string{arn("secretsmanager", "secret:"+namePrefixSlash+"*")}),
		iam.Allow("AccountKeys", []string{"kms:Decrypt", "kms:GenerateDataKey"}, []string{arn("kms", "key/*")}),
		iam.Allow("OwnFunctions", []string{"lambda:InvokeFunction"}, []string{arn("lambda", "function:"+namePrefixDash+"*")}),
		// Object reads and writes in the platform's buckets; never deletes, retention or
		// bucket configuration. The grants (storage.Bucket.GrantRead...) narrow it to a prefix.
		iam.Allow("OwnBucketObjects", []string{"s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket", "s3:PutObject"},
			[]string{fmt.Sprintf("arn:%s:s3:::%s*", env.AWS.Partition(), namePrefixDash)}),
		{Sid: "Traces", Effect: "Allow", Action: iam.Strings{"xray:PutTelemetryRecords", "xray:PutTraceSegments"}, Resource: iam.Strings{"*"},
			WildcardReason: "X-Ray trace APIs have no resource-level permissions"},
		{Sid: "VpcNetworkInterfaces", Effect: "Allow",
			Action:         iam.Strings{"ec2:AssignPrivateIpAddresses", "ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:UnassignPrivateIpAddresses"},
			Resource:       iam.Strings{"*"},
			WildcardReason: "Lambda's VPC networking calls EC2 network-interface APIs that AWS authorizes only on Resource \"*\""},
		{Sid: "NeverAdministration", Effect: "Deny", Action: iam.Strings{"iam:*", "organizations:*", "kms:DisableKey", "kms:ScheduleKeyDeletion", "kms:PutKeyPolicy"}, Resource: iam.Strings{"*"}},
	}
}

// routes creates the alarm topics, both encrypted with the data key: critical (the
// existing "<prefix>-alerts", so its subscriptions survive) and warning. AWS Budgets and
// Cost Anomaly Detection may publish to both. With monitoring.pager, the secret that
// will hold the pager's URL is created here, empty: phase 4 subscribes the pager to the
// critical topic once an operator has put the URL (it is read at plan time).
func (p *Phase1) routes() error {
	env, names, acct := p.Env, p.Names, p.Env.AWS.AccountID
	topic := func(id, name string) (*monitoring.AlertTopic, error) {
		return monitoring.NewAlertTopic(p.Stack, id, monitoring.TopicProps{
			Name: names.Name(name), Key: p.DataKey, Emails: env.Alerts.Emails, AccountID: acct,
			Publishers: []string{monitoring.BudgetsPrincipal, monitoring.CostAlertsPrincipal},
		})
	}
	var err error
	if p.Routes.Critical, err = topic("Alerts", "alerts"); err != nil {
		return err
	}
	if p.Routes.Warning, err = topic("Warnings", "warnings"); err != nil {
		return err
	}
	p.Alerts = p.Routes.Critical
	if !env.Monitoring.Pager {
		return nil
	}
	if p.PagerEndpoint, err = secrets.NewSecret(p.Stack, "PagerEndpoint", secrets.SecretProps{
		Name: names.Path("oncall", "pager-endpoint"), Key: p.SecretsKey, Region: env.AWS.Region,
		Description: "HTTPS integration URL of the on-call pager (PagerDuty CloudWatch integration): put by an operator, read by phase 4 at plan time",
	}); err != nil {
		return err
	}
	compliance.Suppress(p.PagerEndpoint.Secret, "secrets-rotation",
		"An inbound integration key issued by PagerDuty, not a credential to any system of ours: it only opens incidents on one PagerDuty service. "+
			"It is rotated in PagerDuty (regenerate the integration key, put the new URL here, apply phase 4), never by AWS, which cannot issue one")
	return nil
}

// alarms creates the catalogue's alarms of the shared API and phase 1's services, and
// collects the rotation functions' (created by their rotators).
func (p *Phase1) alarms() error {
	var specs []monitoring.AlarmSpec
	if p.API != nil { // none when phase 1's services run on Railway
		specs = monitoring.APIAlarms(p.Names, p.API.API.Id(), p.Env.Name)
	}
	for _, svc := range lambdaServices(p.Env, Phase1Services) {
		specs = append(specs, functionAlarms(p.Names, p.Env, p.Functions[svc])...)
	}
	built, err := monitoring.Add(p.Stack, p.Routes, routed(p.Env, specs), monitoring.AddOptions{})
	if err != nil {
		return err
	}
	p.Alarms = monitoring.Specs(built)
	for _, r := range []*rotation.Rotator{p.DBRotator, p.OriginRotator} {
		if r != nil {
			p.Alarms = append(p.Alarms, r.Alarms...)
		}
	}
	return nil
}

// functionAlarms are the catalogue's alarms of a service function: errors, throttles,
// cold starts (a metric filter on its log group) and its dead-letter queue.
func functionAlarms(names naming.Namer, env *config.Environment, fn *compute.Function) []monitoring.AlarmSpec {
	return monitoring.FunctionAlarms(names, monitoring.ColdStartNamespace(env.Name), monitoring.FunctionRef{
		Service: fn.Service, Name: fn.Name(), LogGroupName: fn.LogGroup.Name(), QueueName: fn.DLQ.Name(),
	})
}

// dashboard shows the phase's health: API traffic, errors and latency; each function's
// errors, throttles and duration; dead-letter queues.
func (p *Phase1) dashboard() {
	if p.API == nil {
		return // phase 1's services run on Railway: no API or function to show
	}
	region := p.Env.AWS.Region
	apiID, stage := *p.API.API.Id(), p.Env.Name
	widgets := []widget{
		metricWidget(region, "API requests and errors", 0, 0, [][]any{
			{"AWS/ApiGateway", "Count", "ApiId", apiID, "Stage", stage},
			{"AWS/ApiGateway", "4xx", "ApiId", apiID, "Stage", stage},
			{"AWS/ApiGateway", "5xx", "ApiId", apiID, "Stage", stage},
		}, "Sum"),
		metricWidget(region, "API latency p95 (ms)", 12, 0, [][]any{{"AWS/ApiGateway", "Latency", "ApiId", apiID, "Stage", stage}}, "p95"),
	}
	widgets = append(widgets, functionWidgets(region, 6, p.Functions, Phase1Services)...)
	newDashboard(p.Stack, p.Names.Name("phase1-health"), widgets)
}

type widget = map[string]any

// metricWidget is a time-series widget, 12 wide and 6 high, at (x, y).
func metricWidget(region, title string, x, y int, metrics [][]any, stat string) widget {
	return widget{"type": "metric", "x": x, "y": y, "width": 12, "height": 6, "properties": map[string]any{
		"title": title, "region": region, "stat": stat, "period": 300, "view": "timeSeries", "metrics": metrics,
	}}
}

// functionWidgets show the services' errors and throttles, duration and dead-letter
// queues, from row y.
func functionWidgets(region string, y int, fns map[string]*compute.Function, services []string) []widget {
	var errs, durations, dlqs [][]any
	for _, svc := range services {
		fn := fns[svc]
		errs = append(errs, []any{"AWS/Lambda", "Errors", "FunctionName", *fn.Name()}, []any{"AWS/Lambda", "Throttles", "FunctionName", *fn.Name()})
		durations = append(durations, []any{"AWS/Lambda", "Duration", "FunctionName", *fn.Name()})
		dlqs = append(dlqs, []any{"AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", *fn.DLQ.Name()})
	}
	return []widget{
		metricWidget(region, "Function errors and throttles", 0, y, errs, "Sum"),
		metricWidget(region, "Function duration p95 (ms)", 12, y, durations, "p95"),
		metricWidget(region, "Dead-letter queue depth", 0, y+6, dlqs, "Maximum"),
	}
}

func newDashboard(scope constructs.Construct, name string, widgets []widget) {
	cloudwatchdashboard.NewCloudwatchDashboard(scope, jsii.String("Dashboard"), &cloudwatchdashboard.CloudwatchDashboardConfig{
		DashboardName: jsii.String(name),
		DashboardBody: jsii.String(mustJSON(map[string]any{"widgets": widgets})),
	})
}

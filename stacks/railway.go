package stacks

import (
	"fmt"
	"slices"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawssecretsmanagersecretversion"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/railway"
	"github.com/healthhub/platform-infra/constructs/secrets"
)

// Railway wiring of phase 1 (config services.<name>.runtime "railway"; README,
// "Deploying services to Railway").
//
//	what                      Lambda (default)                      Railway
//	code                      zip from S3 (artifact*)               image by digest (railway.image)
//	where                     private subnets of the VPC            the environment's Railway project, one
//	                                                                environment named after the platform's
//	database connection       DB_SECRET_ARN, read at run time       DB_CONNECTION_JSON, a sensitive variable set
//	                                                                from the secret's AWSCURRENT at apply time
//	gateway -> auth, patient  lambda:InvokeFunction                 http://<service>.railway.internal:8080
//	public entry              HTTP API + authorizers, behind        the gateway's Railway domain (the edge cannot
//	                          phase 3's edge                        front it yet: internal environments only)
//	Neon allow-list           NAT addresses                         NAT and railway.egressIps
//	AWS identity              the function's role                   none needed by phase 1's services (provider
//	                                                                and records, which would need one, stay on
//	                                                                Lambda: see README)

// RailwayPort is the port every Railway service listens on (its PORT variable); the
// services reach each other at http://<service>.railway.internal:RailwayPort.
const RailwayPort = "8080"

// DBConnectionVariable carries a service's database connection on Railway: the JSON of
// its secret (<prefix>/db/<service>: host, port, dbname, username, password, sslmode),
// the same document a function reads from Secrets Manager.
const DBConnectionVariable = "DB_CONNECTION_JSON"

// RailwayDeployment is phase 1's services on Railway.
type RailwayDeployment struct {
	Scope    constructs.Construct
	Provider *railway.Provider
	// Project is the environment's Railway project; its default environment, named
	// after the platform environment, is the only one (services of the provider's
	// v0.6.2 are created in every environment of their project).
	Project  *railway.Project
	Services map[string]*railway.Service
	// Domain is the public domain of the service that serves the API (the gateway).
	Domain *railway.ServiceDomain
}

// phase1OnRailway reports whether phase 1's services run on Railway (config validation
// keeps the three on one target).
func phase1OnRailway(env *config.Environment) bool {
	return env.Services[Phase1Services[0]].RunsOnRailway()
}

// lambdaServices lists the services of the list that run as functions.
func lambdaServices(env *config.Environment, services []string) []string {
	return slices.DeleteFunc(slices.Clone(services), func(svc string) bool { return env.Services[svc].RunsOnRailway() })
}

// neonAllowedIPs are the addresses Neon admits: the NAT gateways', and Railway's static
// egress addresses only when a service of the environment runs there.
func neonAllowedIPs(env *config.Environment, nat []*string) []*string {
	out := slices.Clone(nat)
	if env.UsesRailway() {
		for _, ip := range env.Railway.EgressIPs {
			out = append(out, jsii.String(ip))
		}
	}
	return out
}

// newRailwayDeployment deploys phase 1's services to Railway: the project, each service
// from its image by digest, its settings, its database connection, and the gateway's
// public domain.
func newRailwayDeployment(p *Phase1) (*RailwayDeployment, error) {
	env, names := p.Env, p.Names
	r := env.Railway
	prov, err := railway.NewProvider(p.Stack, "railway", railway.ProviderProps{})
	if err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(p.Stack, jsii.String("Railway"))
	d := &RailwayDeployment{Scope: c, Provider: prov, Services: map[string]*railway.Service{}}
	if d.Project, err = prov.NewProject(c, "Project", railway.ProjectProps{
		Name:        jsii.String(r.ProjectName),
		Description: jsii.String(fmt.Sprintf("HealthHub %s: phase 1's services (%s), managed by cdktf", env.Name, strings.Join(Phase1Services, ", "))),
		WorkspaceId: jsii.String(r.Team), Private: jsii.Bool(true), HasPrDeploys: jsii.Bool(false),
		DefaultEnvironment: &railway.ProjectDefaultEnvironment{Name: jsii.String(env.Name)},
	}); err != nil {
		return nil, err
	}
	compliance.DeclareBAA(d.Project.Resource, r.BAAInPlace)
	projectID, envID := d.Project.Id(), d.Project.DefaultEnvironmentId()

	for _, svc := range Phase1Services {
		// Non-secret settings: the platform's; the gateway reaches the others (phase 2's
		// too, when they run here) on the project's private network.
		vars := map[string]*string{}
		if svc == config.PublicAPIService {
			for other, url := range *privateURLs(env) {
				vars[strings.ToUpper(other)+"_URL"] = url
			}
		}
		if d.Services[svc], err = newRailwayService(railwayServiceProps{
			Provider: prov, Scope: c, Env: env, Service: svc, ProjectID: projectID, EnvironmentID: envID,
			Settings: vars, DBSecret: p.Database.ServiceSecrets[svc],
		}); err != nil {
			return nil, err
		}
	}

	// The public API: the gateway's Railway domain. auth and patient have none: the
	// gateway reaches them over the project's private network.
	if d.Domain, err = prov.NewServiceDomain(c, "Domain"+naming.Pascal(config.PublicAPIService), railway.ServiceDomainProps{
		Subdomain: jsii.String(names.Name(config.PublicAPIService)), EnvironmentId: envID, ServiceId: d.Services[config.PublicAPIService].Id(),
	}); err != nil {
		return nil, err
	}
	if !env.Deploys(config.StackPhase3) && env.Tags.DataClassification != "phi" {
		// Config refuses this in an environment classified phi; the pack rule still runs
		// everywhere and this exception is in the report.
		compliance.Suppress(d.Domain.Resource, "railway-public-api-behind-edge",
			fmt.Sprintf("%s is classified %s (synthetic data only) and deploys no phase 3, so there is no edge to front the gateway: "+
				"every route but sign-in, token refresh and health still needs an auth-service token, and the WAF's managed rules, "+
				"rate limit and geo restriction are the controls this environment does without", env.Name, env.Tags.DataClassification))
	}

	st := p.Stack
	output(st, "railway_project_id", "Id of the environment's Railway project (its environment "+env.Name+" holds the services)", d.Project.Id(), false)
	output(st, "gateway_url", "Public URL of the gateway on Railway, https://<prefix>-gateway.up.railway.app", jsii.String("https://"+*d.Domain.Domain()), false)
	output(st, "railway_private_urls", "Where the gateway reaches the other services on Railway's private network", privateURLs(env), false)
	output(st, "railway_healthcheck_action", "Operator action once per service (provider v0.6.2 has no health-check attribute)", jsii.String(healthCheckAction(env, Phase1Services)), false)
	return d, nil
}

// privateURL is a service's address on the Railway project's private network.
func privateURL(svc string) string { return "http://" + svc + ".railway.internal:" + RailwayPort }

// privateURLs are the addresses of the services the gateway calls: phase 1's others, and
// phase 2's when they run on Railway.
func privateURLs(env *config.Environment) *map[string]*string {
	out := map[string]*string{}
	for _, svc := range Phase1Services[1:] {
		out[svc] = jsii.String(privateURL(svc))
	}
	if env.Deploys(config.StackPhase2) {
		for _, svc := range Phase2Services {
			if env.Services[svc].RunsOnRailway() {
				out[svc] = jsii.String(privateURL(svc))
			}
		}
	}
	return &out
}

// railwayServiceProps configures one service on Railway.
type railwayServiceProps struct {
	Provider *railway.Provider
	Scope    constructs.Construct
	Env      *config.Environment
	Service  string
	// ProjectID and EnvironmentID are the project's and its one environment's ids.
	ProjectID, EnvironmentID *string
	// Settings are the stack's non-secret variables beyond ENVIRONMENT_NAME,
	// SERVICE_NAME and PORT; config's services.<name>.railway.variables follow.
	Settings map[string]*string
	// DBSecret is the service's database secret; nil when it has no database.
	DBSecret *secrets.Secret
}

// newRailwayService deploys a service to the project: the service from its image by
// digest, its plain settings, and its database connection as a sensitive variable read
// from the secret's AWSCURRENT at plan and apply time (the synthesized JSON holds only
// the reference).
func newRailwayService(props railwayServiceProps) (*railway.Service, error) {
	env, svc, prov, c := props.Env, props.Service, props.Provider, props.Scope
	cfg, id := env.Services[svc].Railway, naming.Pascal(svc)
	service, err := prov.NewService(c, "Service"+id, railway.ServiceProps{
		Name: jsii.String(svc), ProjectId: props.ProjectID, SourceImage: jsii.String(cfg.Image.Reference()),
		Regions: []railway.ServiceRegion{{NumReplicas: jsii.Number(float64(cfg.Replicas)), Region: jsii.String(env.RailwayRegion(svc))}},
	})
	if err != nil {
		return nil, err
	}
	// The platform's settings, then config's (config cannot override the platform's
	// names: validation refuses them).
	vars := map[string]*string{"ENVIRONMENT_NAME": jsii.String(env.Name), "SERVICE_NAME": jsii.String(svc), "PORT": jsii.String(RailwayPort)}
	for k, v := range props.Settings {
		vars[k] = v
	}
	for k, v := range cfg.Variables {
		vars[k] = jsii.String(v)
	}
	if _, err := prov.NewVariableCollection(c, "Settings"+id, railway.VariableCollectionProps{
		EnvironmentId: props.EnvironmentID, ServiceId: service.Id(), Variables: vars,
	}); err != nil {
		return nil, err
	}
	if props.DBSecret != nil {
		current := dataawssecretsmanagersecretversion.NewDataAwsSecretsmanagerSecretVersion(c, jsii.String("CurrentDbSecret"+id), &dataawssecretsmanagersecretversion.DataAwsSecretsmanagerSecretVersionConfig{
			SecretId: props.DBSecret.Arn(), DependsOn: &[]cdktf.ITerraformDependable{props.DBSecret.Version},
		})
		if _, err := prov.NewVariable(c, "DbConnection"+id, railway.VariableProps{
			Name: jsii.String(DBConnectionVariable), Value: current.SecretString(),
			EnvironmentId: props.EnvironmentID, ProjectId: props.ProjectID, ServiceId: service.Id(),
		}); err != nil {
			return nil, err
		}
	}
	return service, nil
}

// healthCheckAction says which health-check path to set on each service: the provider
// v0.6.2 cannot (a Railway config file cannot either: config_path conflicts with an
// image source).
func healthCheckAction(env *config.Environment, services []string) string {
	var parts []string
	for _, svc := range services {
		parts = append(parts, fmt.Sprintf("%s %s", svc, env.Services[svc].Railway.HealthCheckPath))
	}
	return "Set each Railway service's health-check path (Service > Settings > Deploy > Healthcheck Path) once: " + strings.Join(parts, ", ") +
		". Provider terraform-community-providers/railway v0.6.2 has no attribute for it."
}

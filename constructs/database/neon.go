// Package database builds the Neon Postgres project of an environment.
//
// Layout: one project per environment; the application's data lives on the branch "app"
// (protected in production) with its own read-write endpoint; one database per service,
// owned by the administrative role "migrator". Service login roles are NOT created
// here: roles created through Neon's API join neon_superuser, which reads and writes
// every table. The migration command (cmd/migrate) creates them with SQL, with
// privileges on their own database and schema only, using the passwords this package
// stores in Secrets Manager.
//
// HIPAA: Neon provider v0.13.0 cannot set the project's HIPAA flag (the attribute
// arrived in v0.14.0). An operator enables it once per project, before any PHI is
// stored: Neon Console > Project settings > HIPAA, or
// `curl -X PATCH https://console.neon.tech/api/v2/projects/<id> -H "Authorization: Bearer $NEON_API_KEY" -d '{"project":{"settings":{"hipaa":true}}}'`
// (the organisation's BAA must be signed). The phase1 stack prints this in its output
// `neon_hipaa_action`.
package database

import (
	"encoding/json"
	"fmt"
	"regexp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawssecretsmanagerrandompassword"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/secrets"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/generated/kislerdm/neon/branch"
	"github.com/healthhub/platform-infra/generated/kislerdm/neon/database"
	"github.com/healthhub/platform-infra/generated/kislerdm/neon/endpoint"
	"github.com/healthhub/platform-infra/generated/kislerdm/neon/project"
	"github.com/healthhub/platform-infra/generated/kislerdm/neon/role"
	"github.com/healthhub/platform-infra/generated/kislerdm/neon/vpcendpointassignment"
	"github.com/healthhub/platform-infra/generated/kislerdm/neon/vpcendpointrestriction"
)

// HIPAAAction is what an operator must do once per project (provider v0.13.0 cannot).
const HIPAAAction = "Enable HIPAA on the Neon project before storing PHI: Neon Console > Project settings > HIPAA " +
	"(or PATCH /api/v2/projects/<project id> with {\"project\":{\"settings\":{\"hipaa\":true}}}); requires the signed BAA. " +
	"Provider kislerdm/neon v0.13.0 cannot set it; v0.14.0 adds neon_project.hipaa."

var serviceRE = regexp.MustCompile(`^[a-z][a-z0-9]{1,20}$`)

// Props configures the database.
type Props struct {
	// Env supplies the Neon settings and tells whether the branch is protected. Required.
	Env *config.Environment
	// Names builds the project and secret names. Required.
	Names naming.Namer
	// AllowedIPs are the only addresses that may connect (the NAT egress IPs). Required.
	AllowedIPs []*string
	// SecretsKey encrypts the connection secrets. Required.
	SecretsKey *security.Key
	// Services get a database each, and a secret for their login role. Required.
	Services []string
	// PrivateEndpoints are the VPC interface endpoints to Neon's Private Networking
	// services (network.Network.NeonEndpointIDs). When set, each is assigned to
	// OrganizationID and restricted to the project, and the project blocks connections
	// from the internet: only the VPC reaches the database. Default: none, the public
	// path limited by AllowedIPs.
	PrivateEndpoints []*string
	// OrganizationID is the Neon organization of the project; required with
	// PrivateEndpoints.
	OrganizationID string
}

// Database is the Neon project and the connection secrets.
type Database struct {
	Scope    constructs.Construct
	Project  project.Project
	Branch   branch.Branch
	Endpoint endpoint.Endpoint
	// MigratorSecret holds the administrative connection used by cmd/migrate.
	MigratorSecret *secrets.Secret
	// ServiceSecrets holds each service's connection (database, login role, password).
	ServiceSecrets map[string]*secrets.Secret
	// EndpointAssignments are the Neon organization assignments of PrivateEndpoints:
	// private DNS may be enabled on an endpoint only after its assignment.
	EndpointAssignments []cdktf.ITerraformDependable

	env      *config.Environment
	names    naming.Namer
	migrator role.Role
}

// AddService creates the service's database (owned by the migrator role) on the app
// branch, and the secret holding its login role's connection, encrypted with key. scope
// may be a later phase's stack: the project, branch and endpoint are then cross-stack
// references. cmd/migrate creates the login role <service>_service from the secret.
func (d *Database) AddService(scope constructs.Construct, svc string, key *security.Key) (*secrets.Secret, error) {
	if !serviceRE.MatchString(svc) {
		return nil, fmt.Errorf("service %q: must be lowercase letters and digits", svc)
	}
	if key == nil {
		return nil, fmt.Errorf("service %q: a secrets key is required", svc)
	}
	if _, dup := d.ServiceSecrets[svc]; dup {
		return nil, fmt.Errorf("service %q: already has a database", svc)
	}
	database.NewDatabase(scope, jsii.String("Database"+naming.Pascal(svc)), &database.DatabaseConfig{
		ProjectId: d.Project.Id(), BranchId: d.Branch.Id(), Name: jsii.String(svc), OwnerName: d.migrator.Name(),
		Lifecycle: &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)},
	})
	// Generated once by Secrets Manager; kept (ignore_changes) so that a plan does not
	// rotate it. The value is in Terraform state, which is KMS-encrypted.
	pw := dataawssecretsmanagerrandompassword.NewDataAwsSecretsmanagerRandomPassword(scope, jsii.String("Password"+naming.Pascal(svc)), &dataawssecretsmanagerrandompassword.DataAwsSecretsmanagerRandomPasswordConfig{
		PasswordLength: jsii.Number(40), ExcludePunctuation: jsii.Bool(true),
	})
	s, err := secrets.NewSecret(scope, "Secret"+naming.Pascal(svc), secrets.SecretProps{
		Name:        d.names.Path("db", svc),
		Description: fmt.Sprintf("Connection of the %s service: its own database and login role", svc),
		Key:         key, Region: d.env.AWS.Region,
		Value:        connection(d.Endpoint.Host(), svc, svc+"_service", pw.RandomPassword()),
		ValueSetOnce: true,
	})
	if err != nil {
		return nil, err
	}
	d.ServiceSecrets[svc] = s
	return s, nil
}

// New creates the project, branch, endpoint, databases and secrets.
func New(scope constructs.Construct, id string, props Props) (*Database, error) {
	if props.Env == nil || props.SecretsKey == nil || len(props.AllowedIPs) == 0 || len(props.Services) == 0 {
		return nil, fmt.Errorf("database.New %s: Env, SecretsKey, AllowedIPs and Services are required", id)
	}
	if len(props.PrivateEndpoints) > 0 && props.OrganizationID == "" {
		return nil, fmt.Errorf("database.New %s: OrganizationID is required with PrivateEndpoints", id)
	}
	env, names := props.Env, props.Names
	n := env.Neon
	c := constructs.NewConstruct(scope, jsii.String(id))
	protect := &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}

	p := project.NewProject(c, jsii.String("Project"), &project.ProjectConfig{
		Name:                    jsii.String(names.Name("db")),
		RegionId:                jsii.String(n.Region),
		PgVersion:               jsii.Number(float64(n.PostgresVersion)),
		HistoryRetentionSeconds: jsii.Number(float64(n.HistoryRetentionSeconds)),
		StorePassword:           jsii.String("yes"),
		Branch:                  &project.ProjectBranch{Name: jsii.String("main"), RoleName: jsii.String("owner"), DatabaseName: jsii.String("platform")},
		DefaultEndpointSettings: &project.ProjectDefaultEndpointSettings{
			AutoscalingLimitMinCu: jsii.Number(n.AutoscalingMinCU),
			AutoscalingLimitMaxCu: jsii.Number(n.AutoscalingMaxCU),
			SuspendTimeoutSeconds: jsii.Number(float64(n.SuspendTimeoutSeconds)),
		},
		// Only the NAT egress addresses may connect, on every branch.
		AllowedIps:                      &props.AllowedIPs,
		AllowedIpsProtectedBranchesOnly: jsii.String("no"),
		Lifecycle:                       protect,
	})
	if len(props.PrivateEndpoints) > 0 {
		// Connections from the internet are refused whatever the allow-list says.
		p.SetBlockPublicConnections(jsii.String("yes"))
	}
	protected := "no"
	if env.IsProduction() {
		protected = "yes"
	}
	b := branch.NewBranch(c, jsii.String("AppBranch"), &branch.BranchConfig{
		ProjectId: p.Id(), ParentId: p.DefaultBranchId(), Name: jsii.String("app"),
		Protected: jsii.String(protected), Lifecycle: protect,
	})
	ep := endpoint.NewEndpoint(c, jsii.String("AppEndpoint"), &endpoint.EndpointConfig{
		ProjectId: p.Id(), BranchId: b.Id(), Type: jsii.String("read_write"),
		AutoscalingLimitMinCu: jsii.Number(n.AutoscalingMinCU),
		AutoscalingLimitMaxCu: jsii.Number(n.AutoscalingMaxCU),
		SuspendTimeoutSeconds: jsii.Number(float64(n.SuspendTimeoutSeconds)),
	})
	migrator := role.NewRole(c, jsii.String("MigratorRole"), &role.RoleConfig{
		ProjectId: p.Id(), BranchId: b.Id(), Name: jsii.String("migrator"),
	})

	db := &Database{Scope: c, Project: p, Branch: b, Endpoint: ep, ServiceSecrets: map[string]*secrets.Secret{},
		env: env, names: names, migrator: migrator}
	var err error
	db.MigratorSecret, err = secrets.NewSecret(c, "MigratorSecret", secrets.SecretProps{
		Name:        names.Path("db", "migrator"),
		Description: "Administrative Neon connection used only by the schema migration command",
		Key:         props.SecretsKey, Region: env.AWS.Region,
		Value: connection(ep.Host(), "platform", "migrator", migrator.Password()),
		// The rotation function owns the value after the first apply.
		ValueSetOnce: true,
	})
	if err != nil {
		return nil, err
	}
	for i, vpce := range props.PrivateEndpoints {
		label := jsii.String(fmt.Sprintf("%s-%d", names.Name("vpc"), i))
		a := vpcendpointassignment.NewVpcEndpointAssignment(c, jsii.String(fmt.Sprintf("EndpointAssignment%d", i)), &vpcendpointassignment.VpcEndpointAssignmentConfig{
			OrgId: jsii.String(props.OrganizationID), RegionId: jsii.String(n.Region), VpcEndpointId: vpce, Label: label,
		})
		vpcendpointrestriction.NewVpcEndpointRestriction(c, jsii.String(fmt.Sprintf("EndpointRestriction%d", i)), &vpcendpointrestriction.VpcEndpointRestrictionConfig{
			ProjectId: p.Id(), VpcEndpointId: vpce, Label: label,
			DependsOn: &[]cdktf.ITerraformDependable{a},
		})
		db.EndpointAssignments = append(db.EndpointAssignments, a)
	}
	for _, svc := range props.Services {
		if _, err := db.AddService(c, svc, props.SecretsKey); err != nil {
			return nil, fmt.Errorf("database.New %s: %w", id, err)
		}
	}
	return db, nil
}

// connection renders the secret's JSON with TLS required. Values are references.
func connection(host *string, dbname, user string, password *string) *string {
	b, _ := json.Marshal(map[string]any{
		"engine": "postgres", "host": *host, "port": 5432, "dbname": dbname,
		"username": user, "password": *password, "sslmode": "require",
	})
	return jsii.String(string(b))
}

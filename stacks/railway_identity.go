package stacks

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/railway"
	"github.com/healthhub/platform-infra/constructs/secrets"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/workload"
)

// AWS identity of the services that run on Railway and need AWS (README, "AWS identity
// of a Railway service"):
//
//	phase 1   the workload certificate authority (AWS Private CA, short-lived mode) and
//	          its IAM Roles Anywhere trust anchor; the secret holding the Railway project
//	          token (put by an operator between phase 1 and phase 2); the rotation
//	          function lambdas/rotate-railway-certificate
//	phase 2   per service: the role (trusted through the anchor for the service's CN,
//	          under the service boundary, denied outside Railway's egress addresses),
//	          the profile, the certificate secret <prefix>/railway/<service>/aws-certificate
//	          and its rotation every workload.RotationDays days; the grants its function's
//	          role would have (its database secret, the documents prefix)

// CertRotatorName names the Railway certificates' rotation function
// ("<prefix>-rotate-railway-certificate").
const CertRotatorName = "rotate-railway-certificate"

// RailwayCertificateVariables are the Railway variables the rotation function writes
// (internal/rotation/railwaycert): the certificate (with its chain) and its private key.
var RailwayCertificateVariables = []string{"AWS_ROLES_ANYWHERE_CERTIFICATE", "AWS_ROLES_ANYWHERE_PRIVATE_KEY"}

// needsWorkloadIdentity reports whether a service that needs AWS runs on Railway in a
// deployed stack: phase 2's services, when phase 2 is deployed.
func needsWorkloadIdentity(env *config.Environment) bool {
	return env.Deploys(config.StackPhase2) && slices.ContainsFunc(config.RailwayAWSServices, func(svc string) bool {
		return env.Services[svc].RunsOnRailway()
	})
}

// certRotationStatements are what the rotation boundary must allow the certificate
// rotation function beyond any rotator: issuing from the environment's private CAs.
func certRotationStatements(partition, region, accountID string) []iam.Statement {
	return []iam.Statement{iam.Allow("IssueWorkloadCertificates", workload.IssueActions,
		[]string{fmt.Sprintf("arn:%s:acm-pca:%s:%s:certificate-authority/*", partition, region, accountID)})}
}

// railwayCertificates creates, when a service that needs AWS runs on Railway, the
// workload authority, the Railway token's secret and the certificate rotation function
// (in a group of its own with HTTPS to the internet: Railway's API has no fixed
// addresses). Phase 2 adds each service's identity and certificate secret.
func (p *Phase1) railwayCertificates(role *security.Role) error {
	if role == nil {
		return nil
	}
	env, names := p.Env, p.Names
	var err error
	if p.Workload, err = workload.NewAuthority(p.Stack, "WorkloadAuthority", workload.AuthorityProps{
		Names: names, Partition: env.AWS.Partition(), Organization: "HealthHub",
	}); err != nil {
		return err
	}
	if p.RailwayToken, err = secrets.NewSecret(p.Stack, "RailwayToken", secrets.SecretProps{
		Name: names.Path("railway", "project-token"), Key: p.SecretsKey, Region: env.AWS.Region,
		Description: "Railway project token of " + env.Railway.ProjectName + " (environment " + env.Name + "): put by an operator after phase 1, " +
			"read only by the certificate rotation function to write the services' certificates",
		Readers: []string{*role.Arn()},
	}); err != nil {
		return err
	}
	compliance.Suppress(p.RailwayToken.Secret, "secrets-rotation",
		"A Railway project token, issued only in Railway's dashboard (Project Settings > Tokens; Railway's API cannot create or rotate one): "+
			"scoped to this project's one environment, readable only by the certificate rotation function (the secret's policy denies everyone else), "+
			"and rotated by an operator with the database secrets' period (create a new token, put it here, delete the old one)")

	if p.CertRotator, err = p.internetRotator("CertRotator", "RotateRailwayCertificate", CertRotatorName, internetEgress{
		GroupName: "railway-api", Description: "Railway certificate rotation: HTTPS to Railway's API",
		EgressDescription: "HTTPS to backboard.railway.com (through NAT)",
		Reason: "Railway's API (backboard.railway.com) is outside AWS and has no fixed addresses; only the certificate rotation function is in this group, " +
			"it calls that API over TLS with a project token scoped to one environment, and runs every few days",
	}, role, map[string]*string{
		"CERTIFICATE_AUTHORITY_ARN": p.Workload.Arn(), "RAILWAY_TOKEN_SECRET_ARN": p.RailwayToken.Arn(),
		"RAILWAY_PROJECT_ID": p.Railway.Project.Id(), "RAILWAY_ENVIRONMENT_ID": p.Railway.Project.DefaultEnvironmentId(),
	}); err != nil {
		return err
	}
	if err := p.CertRotator.ExtraGrant("IssueCertificates", p.Workload.IssueStatements()...); err != nil {
		return err
	}
	if err := p.RailwayToken.GrantRead(p.CertRotator.Role, "ReadRailwayToken"); err != nil {
		return err
	}
	output(p.Stack, "railway_token_secret_arn", "ARN of the secret an operator fills with a Railway project token of "+env.Railway.ProjectName+
		" ("+env.Name+") before phase 2 is applied; the value is never output", p.RailwayToken.Arn(), false)
	output(p.Stack, "workload_trust_anchor_arn", "ARN of the IAM Roles Anywhere trust anchor of the services on Railway", p.Workload.TrustAnchor.Arn(), false)
	return nil
}

// railwayIdentities creates the Roles Anywhere identity of each phase 2 service that runs
// on Railway and adds its role to roles (and its ARN to roleArns, for the key policies):
// every grant phase 2 makes to a function's role is then made to it the same way.
func (p *Phase2) railwayIdentities(roles map[string]*security.Role, roleArns *[]string) error {
	env, p1 := p.Env, p.Phase1
	p.RailwayIdentities = map[string]*workload.Identity{}
	for _, svc := range Phase2Services {
		if !env.Services[svc].RunsOnRailway() {
			continue
		}
		if p1.Workload == nil {
			return fmt.Errorf("phase2: %s runs on Railway but phase 1 has no workload authority", svc)
		}
		id, err := workload.NewIdentity(p.Stack, "Railway"+naming.Pascal(svc)+"Identity", workload.IdentityProps{
			Service: svc, Names: p.Names, AccountID: env.AWS.AccountID, BoundaryArn: p1.Boundary.Arn(),
			Authority: p1.Workload, SourceIPs: env.Railway.EgressIPs,
		})
		if err != nil {
			return err
		}
		p.RailwayIdentities[svc], roles[svc] = id, id.Role
		*roleArns = append(*roleArns, *id.Role.Arn())
	}
	return nil
}

// serviceKeyRotators are the rotation functions' roles that use phase 2's service key:
// the database rotator's, and the certificate rotator's when it writes certificates here.
func (p *Phase2) serviceKeyRotators() []string {
	out := []string{*p.Phase1.DBRotator.RoleArn()}
	if len(p.RailwayIdentities) > 0 {
		out = append(out, *p.Phase1.CertRotator.RoleArn())
	}
	return out
}

// railwayServices deploys phase 2's services that run on Railway into phase 1's project:
// each service with its settings (where its identity, database secret and documents
// are), its database connection, and its certificate secret, which phase 1's rotation
// function fills and renews every workload.RotationDays days. They have no public domain:
// the gateway reaches them on the project's private network.
func (p *Phase2) railwayServices() error {
	if len(p.RailwayIdentities) == 0 {
		return nil
	}
	env, names, p1 := p.Env, p.Names, p.Phase1
	prov, err := railway.NewProvider(p.Stack, "railway", railway.ProviderProps{})
	if err != nil {
		return err
	}
	c := constructs.NewConstruct(p.Stack, jsii.String("Railway"))
	projectID, envID := p1.Railway.Project.Id(), p1.Railway.Project.DefaultEnvironmentId()
	p.RailwayServices, p.CertificateSecrets = map[string]*railway.Service{}, map[string]*secrets.Secret{}
	var onRailway []string
	for _, svc := range Phase2Services {
		id, ok := p.RailwayIdentities[svc]
		if !ok {
			continue
		}
		settings := map[string]*string{
			"AWS_REGION":                          jsii.String(env.AWS.Region),
			"AWS_ROLES_ANYWHERE_TRUST_ANCHOR_ARN": p1.Workload.TrustAnchor.Arn(),
			"AWS_ROLES_ANYWHERE_PROFILE_ARN":      id.Profile.Arn(),
			"AWS_ROLES_ANYWHERE_ROLE_ARN":         id.Role.Arn(),
			"DB_SECRET_ARN":                       p1.Database.ServiceSecrets[svc].Arn(),
			"DOCUMENTS_BUCKET_NAME":               p.Documents.Name(),
			"DOCUMENTS_KEY_ARN":                   p.DocumentsKey.Arn(),
		}
		if p.RailwayServices[svc], err = newRailwayService(railwayServiceProps{
			Provider: prov, Scope: c, Env: env, Service: svc, ProjectID: projectID, EnvironmentID: envID,
			Settings: settings, DBSecret: p1.Database.ServiceSecrets[svc],
		}); err != nil {
			return err
		}
		// The certificate's secret starts with what the rotation needs to issue one (no
		// secret in it); the first rotation, at creation, issues the certificate and
		// writes it to Railway. Only the rotation function reads it.
		initial, _ := json.Marshal(map[string]string{"service": svc, "commonName": id.CommonName})
		secret, err := secrets.NewSecret(c, "Certificate"+naming.Pascal(svc), secrets.SecretProps{
			Name: names.Path("railway", svc, "aws-certificate"), Key: p.ServiceKey, Region: env.AWS.Region,
			Description: "IAM Roles Anywhere client certificate of the " + svc + " service on Railway (CN " + id.CommonName + "), issued and renewed every " +
				fmt.Sprint(workload.RotationDays) + " days by " + names.Name(CertRotatorName),
			Value: jsii.String(string(initial)), ValueSetOnce: true,
			Readers: []string{*p1.CertRotator.RoleArn()},
		})
		if err != nil {
			return err
		}
		if err := p1.CertRotator.Rotate(secret, naming.Pascal(svc)+"Certificate", workload.RotationDays); err != nil {
			return err
		}
		p.CertificateSecrets[svc] = secret
		onRailway = append(onRailway, svc)
		output(p.Stack, svc+"_railway_role_arn", "ARN of the role the "+svc+" service on Railway assumes through IAM Roles Anywhere", id.Role.Arn(), false)
	}
	output(p.Stack, "railway_healthcheck_action", "Operator action once per service (provider v0.6.2 has no health-check or static-egress attribute)", jsii.String(healthCheckAction(env, onRailway)+
		" Enable Static Outbound IPs on each too (Service > Settings > Networking): their AWS roles refuse calls from any address but railway.egressIps."), false)
	return nil
}

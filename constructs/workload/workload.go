// Package workload gives services that run outside AWS (on Railway) an AWS identity
// without a long-lived credential: IAM Roles Anywhere.
//
//   - Authority: the environment's private certificate authority, an AWS Private CA in
//     short-lived-certificate mode (a root with an EC P-256 key in FIPS 140-2 level 3
//     hardware; it issues end-entity certificates of at most seven days, so it needs no
//     revocation list), its self-signed root certificate installed, and an IAM Roles
//     Anywhere trust anchor on it.
//   - Identity: per service, a role trusted by rolesanywhere.amazonaws.com only for a
//     certificate of that trust anchor whose subject CN names the service
//     (security.RolesAnywhereTrust), under the service boundary; a deny of every action
//     from outside the allowed source addresses (Railway's static egress), except when an
//     AWS service acts on the session's behalf; and a profile with one-hour sessions.
//
// The grants are the caller's, made on Identity.Role exactly as on a function's role
// (secrets.Secret.GrantRead, storage.Bucket.GrantRead...), minus what only a function
// needs (its log group, dead-letter queue, network interfaces, traces).
//
// The certificate and its key are not Terraform's: the rotation function
// lambdas/rotate-railway-certificate issues a new certificate every few days and writes
// it into the service's Railway variables (package internal/rotation/railwaycert), so no
// private key is ever in configuration, synthesized JSON or state.
package workload

import (
	"fmt"
	"regexp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/acmpcacertificate"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/acmpcacertificateauthority"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/acmpcacertificateauthoritycertificate"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/rolesanywhereprofile"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/rolesanywheretrustanchor"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/security"
)

const (
	// UsageMode of the authority: end-entity certificates of at most seven days.
	UsageMode = "SHORT_LIVED_CERTIFICATE"
	// KeyAlgorithm and SigningAlgorithm of the authority (the rotation function signs
	// its requests with SHA256WITHECDSA).
	KeyAlgorithm     = "EC_prime256v1"
	SigningAlgorithm = "SHA256WITHECDSA"
	// KeyStorage keeps the authority's key in FIPS 140-2 level 3 hardware.
	KeyStorage = "FIPS_140_2_LEVEL_3_OR_HIGHER"
	// RootValidityYears is the validity of the authority's self-signed certificate.
	RootValidityYears = 10
	// SessionSeconds is the duration of a Roles Anywhere session (one hour).
	SessionSeconds = 3600
	// CertificateValidityDays is the validity of a service's certificate (the most a
	// short-lived authority issues); RotationDays how often it is renewed, leaving four
	// days to repair a failed rotation (its alarm pages) before the service loses AWS.
	CertificateValidityDays = 7
	RotationDays            = 3
)

// AuthorityProps configures the environment's workload authority.
type AuthorityProps struct {
	// Names builds the names: the trust anchor is Names.Name("railway"). Required.
	Names naming.Namer
	// Partition of the template ARNs ("aws"). Required.
	Partition string
	// Organization is the subject's O ("HealthHub"). Required.
	Organization string
}

// Authority is the private CA and its Roles Anywhere trust anchor.
type Authority struct {
	Scope       constructs.Construct
	CA          acmpcacertificateauthority.AcmpcaCertificateAuthority
	TrustAnchor rolesanywheretrustanchor.RolesanywhereTrustAnchor
}

// NewAuthority creates the authority: the CA, its root certificate (signed by itself,
// from its own request), the certificate installed, and the trust anchor once the CA is
// active.
func NewAuthority(scope constructs.Construct, id string, props AuthorityProps) (*Authority, error) {
	if props.Partition == "" || props.Organization == "" {
		return nil, fmt.Errorf("workload.NewAuthority %s: Names, Partition and Organization are required", id)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	ca := acmpcacertificateauthority.NewAcmpcaCertificateAuthority(c, jsii.String("CA"), &acmpcacertificateauthority.AcmpcaCertificateAuthorityConfig{
		Type: jsii.String("ROOT"), UsageMode: jsii.String(UsageMode), KeyStorageSecurityStandard: jsii.String(KeyStorage),
		CertificateAuthorityConfiguration: &acmpcacertificateauthority.AcmpcaCertificateAuthorityCertificateAuthorityConfiguration{
			KeyAlgorithm: jsii.String(KeyAlgorithm), SigningAlgorithm: jsii.String(SigningAlgorithm),
			Subject: &acmpcacertificateauthority.AcmpcaCertificateAuthorityCertificateAuthorityConfigurationSubject{
				CommonName: jsii.String(props.Names.Name("workload-ca")), Organization: jsii.String(props.Organization),
			},
		},
		// The longest window: a CA deleted by mistake can be restored for 30 days.
		PermanentDeletionTimeInDays: jsii.Number(30),
		Tags:                        &map[string]*string{"Name": jsii.String(props.Names.Name("workload-ca"))},
	})
	root := acmpcacertificate.NewAcmpcaCertificate(c, jsii.String("RootCertificate"), &acmpcacertificate.AcmpcaCertificateConfig{
		CertificateAuthorityArn: ca.Arn(), CertificateSigningRequest: ca.CertificateSigningRequest(),
		SigningAlgorithm: jsii.String(SigningAlgorithm),
		TemplateArn:      jsii.String(fmt.Sprintf("arn:%s:acm-pca:::template/RootCACertificate/V1", props.Partition)),
		Validity:         &acmpcacertificate.AcmpcaCertificateValidity{Type: jsii.String("YEARS"), Value: jsii.String(fmt.Sprint(RootValidityYears))},
	})
	installed := acmpcacertificateauthoritycertificate.NewAcmpcaCertificateAuthorityCertificate(c, jsii.String("RootInstalled"), &acmpcacertificateauthoritycertificate.AcmpcaCertificateAuthorityCertificateConfig{
		CertificateAuthorityArn: ca.Arn(), Certificate: root.Certificate(), CertificateChain: root.CertificateChain(),
	})
	anchor := rolesanywheretrustanchor.NewRolesanywhereTrustAnchor(c, jsii.String("TrustAnchor"), &rolesanywheretrustanchor.RolesanywhereTrustAnchorConfig{
		Name: jsii.String(props.Names.Name("railway")), Enabled: jsii.Bool(true),
		Source: &rolesanywheretrustanchor.RolesanywhereTrustAnchorSource{
			SourceType: jsii.String("AWS_ACM_PCA"),
			SourceData: &rolesanywheretrustanchor.RolesanywhereTrustAnchorSourceSourceData{AcmPcaArn: ca.Arn()},
		},
		// Roles Anywhere accepts an authority only once its certificate is installed.
		DependsOn: &[]cdktf.ITerraformDependable{installed},
	})
	return &Authority{Scope: c, CA: ca, TrustAnchor: anchor}, nil
}

// Arn is the CA's ARN.
func (a *Authority) Arn() *string { return a.CA.Arn() }

// IssueActions are what a rotation function needs on the authority: issue end-entity
// client certificates, fetch them, and read the authority's own certificate (to verify
// what it issued).
var IssueActions = []string{"acm-pca:IssueCertificate", "acm-pca:GetCertificate", "acm-pca:GetCertificateAuthorityCertificate"}

// IssueStatements grant IssueActions on this authority only.
func (a *Authority) IssueStatements() []iam.Statement {
	return []iam.Statement{iam.Allow("IssueWorkloadCertificates", IssueActions, []string{*a.CA.Arn()})}
}

// IdentityProps configures a service's identity.
type IdentityProps struct {
	// Service names the identity: the role is Names.Name(Service, "railway"), the
	// certificate's CN CommonName(Names, Service). Required.
	Service string
	Names   naming.Namer
	// AccountID of the role. Required.
	AccountID string
	// BoundaryArn is the service boundary, the same as a function's. Required.
	BoundaryArn *string
	// Authority issues the service's certificates. Required.
	Authority *Authority
	// SourceIPs are the only public addresses the session may call AWS from (Railway's
	// static egress addresses). Required: at least one.
	SourceIPs []string
}

// Identity is a service's role and Roles Anywhere profile.
type Identity struct {
	Scope      constructs.Construct
	Role       *security.Role
	Profile    rolesanywhereprofile.RolesanywhereProfile
	CommonName string
}

var serviceRE = regexp.MustCompile(`^[a-z][a-z0-9-]{0,30}$`)

// CommonName is the subject CN of the service's certificates: <prefix>-<service>.
func CommonName(names naming.Namer, service string) string { return names.Name(service) }

// NewIdentity creates the service's role (trusted through the authority's anchor for its
// CN only, under the boundary, denied from anywhere but SourceIPs) and its profile.
func NewIdentity(scope constructs.Construct, id string, props IdentityProps) (*Identity, error) {
	if !serviceRE.MatchString(props.Service) || props.AccountID == "" || props.BoundaryArn == nil || props.Authority == nil || len(props.SourceIPs) == 0 {
		return nil, fmt.Errorf("workload.NewIdentity %s: Service, Names, AccountID, BoundaryArn, Authority and SourceIPs are required", id)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	cn := CommonName(props.Names, props.Service)
	role, err := security.NewRole(c, "Role", security.RoleProps{
		Name: props.Names.Name(props.Service, "railway"), AssumedBy: security.RolesAnywherePrincipal,
		AccountID: props.AccountID, BoundaryArn: props.BoundaryArn,
		RolesAnywhere: &security.RolesAnywhereTrust{TrustAnchorArn: props.Authority.TrustAnchor.Arn(), CommonName: cn},
	})
	if err != nil {
		return nil, err
	}
	cidrs := make([]string, len(props.SourceIPs))
	for i, ip := range props.SourceIPs {
		cidrs[i] = ip + "/32"
	}
	// A stolen certificate and key are worth nothing elsewhere: every call must come from
	// Railway's egress, except calls AWS services make for the session (KMS for S3).
	if err := role.Grant("OnlyFromRailwayEgress", iam.Statement{
		Sid: "DenyOutsideRailwayEgress", Effect: "Deny", Action: iam.Strings{"*"}, Resource: iam.Strings{"*"},
		Condition: iam.Conditions{"NotIpAddress": {"aws:SourceIp": cidrs}, "Bool": {"aws:ViaAWSService": {"false"}}},
	}); err != nil {
		return nil, err
	}
	profile := rolesanywhereprofile.NewRolesanywhereProfile(c, jsii.String("Profile"), &rolesanywhereprofile.RolesanywhereProfileConfig{
		Name: jsii.String(props.Names.Name(props.Service, "railway")), Enabled: jsii.Bool(true),
		RoleArns: &[]*string{role.Arn()}, DurationSeconds: jsii.Number(SessionSeconds),
	})
	return &Identity{Scope: c, Role: role, Profile: profile, CommonName: cn}, nil
}

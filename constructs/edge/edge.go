// Package edge is the patient-facing edge of the platform: the React frontend served
// from a private S3 bucket, and the shared HTTP API, each through its own CloudFront
// distribution behind one WAFv2 web ACL, with an ACM certificate for the environment's
// domain and access logs of every request.
//
// What lives where:
//
//	resource                                   region           why
//	frontend bucket and its key                Props.Region     the platform's primary region
//	ACM certificate, WAF web ACL,              us-east-1        CloudFront reads certificates and web
//	  WAF and CloudFront log groups, their key   (EdgeProvider)   ACLs of CLOUDFRONT scope only there;
//	  and CloudFront log delivery                                 its log delivery is regional there
//	distributions, Route 53 records            global           (the stack's provider)
//
// The edge is the only way in: the bucket allows s3:GetObject to CloudFront only for
// the frontend distribution (origin access control, signed requests), the bucket's key
// decrypts only for that distribution, and the API distribution adds a secret header
// (OriginVerifyHeader) that the API's authorizers require, so a request that did not
// pass the web ACL never reaches patient data.
//
// Certificate without a hosted zone (Props.HostedZoneID empty): the first apply is two
// steps, because the certificate can only be issued once the DNS owner has created its
// validation records:
//
//  1. apply only the certificate (terraform apply -target=<the aws_acm_certificate>) and
//     hand the stack output of ValidationRecords() (one CNAME per name: Domain and
//     api.Domain) to the DNS owner, with CNAMEs of Domain -> DistributionDomain() and
//     api.Domain -> APIDistributionDomain() once step 2 has run;
//  2. apply everything: the aws_acm_certificate_validation waits until ACM has issued
//     the certificate, then the distributions are created with it.
//
// With a hosted zone the validation records, the validation wait and the A/AAAA alias
// records of both names are created here, in one apply.
package edge

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/acmcertificate"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/acmcertificatevalidation"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudfrontdistribution"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudfrontoriginaccesscontrol"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/wafv2webacl"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/storage"
)

// OriginVerifyHeader is the request header the API distribution adds to every request it
// forwards to the API, carrying APIOrigin.VerifyHeaderValue. It must equal the header
// the API's authorizers read (api.OriginVerifyHeader).
const OriginVerifyHeader = "x-origin-verify"

// EdgeRegion is where CloudFront reads certificates and web ACLs of CLOUDFRONT scope, and
// where its log delivery runs. Props.EdgeProvider must be configured for it.
const EdgeRegion = "us-east-1"

// Managed CloudFront policies used by the API distribution.
const (
	// CachingDisabledPolicyID is the managed cache policy "CachingDisabled" (TTL 0, no
	// cache key values): every API request goes to the origin.
	CachingDisabledPolicyID = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
	// AllViewerExceptHostHeaderPolicyID is the managed origin request policy
	// "AllViewerExceptHostHeader": headers (Authorization included), cookies and query
	// strings are forwarded, the Host header is not (API Gateway routes on its own host).
	AllViewerExceptHostHeaderPolicyID = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
)

// APIOrigin is the shared HTTP API served at api.<Domain>.
type APIOrigin struct {
	// Domain is the execute-api host name, "<api id>.execute-api.<region>.amazonaws.com",
	// normally a Terraform reference. Required.
	Domain *string
	// StagePath is the origin path, "/<stage name>". Default: empty, for the $default
	// stage, whose URLs carry no stage name.
	StagePath string
	// VerifyHeaderValue is the value of OriginVerifyHeader: a Terraform reference to a
	// secret's value (secrets.Secret.Value()). Required; a literal is refused, since it
	// would sit in the synthesized JSON and in version control.
	VerifyHeaderValue *string
}

// Props configures the edge.
type Props struct {
	// Names builds resource names (Names.Name("frontend") = "hh-dev-frontend"), the
	// bucket name and key aliases. Required.
	Names naming.Namer
	// AccountID and Partition build key policies and ARNs. Required.
	AccountID, Partition string
	// Region is the primary region: the frontend bucket and its key live there, through
	// the stack's provider. Required.
	Region string
	// Domain is the frontend's DNS name ("app.healthhub.example"); the API is served at
	// "api." + Domain. The certificate covers both. Required.
	Domain string
	// HostedZoneID is the Route 53 zone of Domain. Default: empty, the certificate's DNS
	// validation records are exposed by ValidationRecords() for the DNS owner (see the
	// package documentation for the two-step first apply).
	HostedZoneID string
	// AllowedCountries are ISO 3166-1 alpha-2 codes ("GB", "IE", "US"): CloudFront's geo
	// restriction and the web ACL refuse every other country. Required.
	AllowedCountries []string
	// RateLimitPerFiveMinutes is the web ACL's limit of requests per client IP in any
	// five minutes, 100 to 2,000,000,000. Required.
	RateLimitPerFiveMinutes int
	// EdgeProvider is an AWS provider configuration for us-east-1 (EdgeRegion). Required.
	EdgeProvider cdktf.TerraformProvider
	// AccessLogs receives the frontend bucket's S3 server access logs (prefix
	// "frontend/"). Required.
	AccessLogs *storage.AccessLogBucket
	// LogRetentionDays keeps the WAF and CloudFront access logs; one of
	// config.CloudWatchRetentionDays. Required.
	LogRetentionDays int
	// DeployRoleArn is the role that uploads the frontend's assets: the only principal
	// that may use the frontend key besides CloudFront (the account administers it).
	// Required.
	DeployRoleArn string
	// API is the shared HTTP API behind api.<Domain>. Required.
	API APIOrigin
	// ImmutablePaths are the path patterns of content-hashed assets, cached one year at
	// the edge and in browsers ("Cache-Control: public, max-age=31536000, immutable").
	// Everything else (index.html, favicon, manifest, a service worker) is never cached.
	// Default: ["/assets/*"], where Vite writes its hashed bundles. Only ever list
	// folders whose files change name when their content changes.
	ImmutablePaths []string
	// ConnectSources are extra https origins the frontend may call (the CSP's
	// connect-src), e.g. the documents bucket's endpoint for uploads with pre-signed S3
	// URLs, "https://<bucket>.s3.<region>.amazonaws.com". Default: none; the frontend
	// itself and https://api.<Domain> are always allowed.
	ConnectSources []string
}

// Edge is the patient-facing edge.
type Edge struct {
	// Scope is the construct holding the resources.
	Scope constructs.Construct
	// Bucket holds the frontend's static assets (no patient data).
	Bucket *storage.Bucket
	// Frontend serves the bucket at Domain; API serves the HTTP API at api.<Domain>.
	Frontend, API cloudfrontdistribution.CloudfrontDistribution
	// OriginAccessControl signs CloudFront's requests to the bucket.
	OriginAccessControl cloudfrontoriginaccesscontrol.CloudfrontOriginAccessControl
	// WebACL filters every request of both distributions.
	WebACL wafv2webacl.Wafv2WebAcl
	// Certificate covers Domain and api.<Domain>; CertificateValidation waits until it
	// is issued.
	Certificate           acmcertificate.AcmCertificate
	CertificateValidation acmcertificatevalidation.AcmCertificateValidation
	// WAFLogGroup and AccessLogGroup (us-east-1) receive the web ACL's and both
	// distributions' logs.
	WAFLogGroup, AccessLogGroup cloudwatchloggroup.CloudwatchLogGroup
	// LogsKey (us-east-1) encrypts both log groups. The frontend bucket's key is
	// Bucket.Key.
	LogsKey *security.Key

	props Props
}

// New validates props and creates the edge.
func New(scope constructs.Construct, id string, props Props) (*Edge, error) {
	if len(props.ImmutablePaths) == 0 {
		props.ImmutablePaths = []string{"/assets/*"}
	}
	if err := props.validate(); err != nil {
		return nil, fmt.Errorf("edge.New %s: %w", id, err)
	}
	e := &Edge{Scope: constructs.NewConstruct(scope, jsii.String(id)), props: props}
	steps := []func() error{e.newCertificate, e.newWebACL, e.newLogging, e.newFrontend, e.newAPI, e.newAccessLogDelivery, e.newDNS}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("edge.New %s: %w", id, err)
		}
	}
	return e, nil
}

// BucketName is the frontend bucket's name (a Terraform reference): the deploy job
// uploads the build there.
func (e *Edge) BucketName() *string { return e.Bucket.Name() }

// DistributionID is the frontend distribution's id (a Terraform reference): the deploy
// job invalidates "/index.html" there.
func (e *Edge) DistributionID() *string { return e.Frontend.Id() }

// DistributionDomain is the frontend distribution's host name, "d111.cloudfront.net":
// the target of Domain's alias (or CNAME, without a hosted zone).
func (e *Edge) DistributionDomain() *string { return e.Frontend.DomainName() }

// APIDistributionDomain is the API distribution's host name: the target of
// api.<Domain>'s alias (or CNAME).
func (e *Edge) APIDistributionDomain() *string { return e.API.DomainName() }

// WebACLArn is the web ACL's ARN (a Terraform reference).
func (e *Edge) WebACLArn() *string { return e.WebACL.Arn() }

// ValidationRecords is the certificate's DNS validation records, a Terraform expression
// for a stack output: a set of {domain_name, resource_record_name, resource_record_type,
// resource_record_value}, one per name (Domain, api.<Domain>). The DNS owner creates them
// when HostedZoneID is empty; with a zone, they are created here.
func (e *Edge) ValidationRecords() cdktf.IResolvable {
	return e.Certificate.InterpolationForAttribute(jsii.String("domain_validation_options"))
}

// APIDomain is the API's DNS name, "api." + Domain.
func (e *Edge) APIDomain() string { return apiDomain(e.props.Domain) }

func apiDomain(domain string) string { return "api." + domain }

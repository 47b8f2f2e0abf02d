package edge

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/healthhub/platform-infra/config"
)

var (
	domainRE     = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$`)
	hostedZoneRE = regexp.MustCompile(`^Z[A-Z0-9]{1,31}$`)
	countryRE    = regexp.MustCompile(`^[A-Z]{2}$`)
	accountRE    = regexp.MustCompile(`^[0-9]{12}$`)
	regionRE     = regexp.MustCompile(`^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]$`)
	roleArnRE    = regexp.MustCompile(`^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$`)
	stagePathRE  = regexp.MustCompile(`^/[A-Za-z0-9._~-]{1,128}$`)
	// immutablePathRE is a CloudFront path pattern under a folder: "/assets/*".
	immutablePathRE = regexp.MustCompile(`^/[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*/\*$`)
	httpsOriginRE   = regexp.MustCompile(`^https://([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(:[0-9]{1,5})?$`)
)

// partitions are the AWS partitions with CloudFront and WAF of CLOUDFRONT scope.
var partitions = []string{"aws", "aws-cn", "aws-us-gov"}

// Limits of AWS: a CloudFront Content-Security-Policy value is at most 1783 characters;
// a domain in an ACM certificate at most 253 (and "api." is added).
const (
	maxCSPLength    = 1783
	maxDomainLength = 200
)

// isReference reports whether s is a Terraform reference or expression rather than a
// literal: it holds a cdktf token ("${Token[...]}") or an interpolation ("${aws_x.y.z}").
// An escaped sequence ("$${", how config.Parse writes a literal "${") is literal text,
// so a string from config never passes for a reference.
func isReference(s string) bool {
	for i := strings.Index(s, "${"); i >= 0; {
		if i == 0 || s[i-1] != '$' {
			return true
		}
		next := strings.Index(s[i+2:], "${")
		if next < 0 {
			return false
		}
		i += 2 + next
	}
	return false
}

func (p Props) validate() error {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	if prefix := p.Names.Name(); prefix == "" {
		add("Names: is required (naming.New(prefix, account))")
	}
	if !accountRE.MatchString(p.AccountID) {
		add("AccountID %q: must be 12 digits", p.AccountID)
	}
	if !slices.Contains(partitions, p.Partition) {
		add("Partition %q: must be one of %s", p.Partition, strings.Join(partitions, ", "))
	}
	if !regionRE.MatchString(p.Region) {
		add("Region %q: must be an AWS region like eu-west-2", p.Region)
	}
	if !domainRE.MatchString(p.Domain) || len(p.Domain) > maxDomainLength {
		add("Domain %q: must be a lowercase DNS name like app.healthhub.example, at most %d characters", p.Domain, maxDomainLength)
	}
	if p.HostedZoneID != "" && !hostedZoneRE.MatchString(p.HostedZoneID) {
		add("HostedZoneID %q: must be a Route 53 hosted zone id like Z0123456789ABCDEFGHIJ, or empty", p.HostedZoneID)
	}
	if len(p.AllowedCountries) == 0 {
		add("AllowedCountries: needs at least one ISO 3166-1 alpha-2 code (everyone else is refused)")
	}
	seen := map[string]bool{}
	for i, c := range p.AllowedCountries {
		switch {
		case !countryRE.MatchString(c):
			add("AllowedCountries[%d] %q: must be an ISO 3166-1 alpha-2 code like GB", i, c)
		case seen[c]:
			add("AllowedCountries[%d] %q: is listed twice", i, c)
		}
		seen[c] = true
	}
	if r := p.RateLimitPerFiveMinutes; r < 100 || r > 2_000_000_000 {
		add("RateLimitPerFiveMinutes %d: must be 100 to 2000000000 requests per client IP in five minutes", r)
	}
	if p.EdgeProvider == nil {
		add("EdgeProvider: is required (an AWS provider alias in %s: CloudFront reads certificates and web ACLs only there)", EdgeRegion)
	}
	if p.AccessLogs == nil {
		add("AccessLogs: is required (the frontend bucket's server access logs, HIPAA 164.312(b))")
	}
	if !slices.Contains(config.CloudWatchRetentionDays, p.LogRetentionDays) {
		add("LogRetentionDays %d: must be a CloudWatch retention value (%v)", p.LogRetentionDays, config.CloudWatchRetentionDays)
	}
	if d := p.DeployRoleArn; !isReference(d) && !roleArnRE.MatchString(d) {
		add("DeployRoleArn %q: must be an IAM role ARN (or a reference to one)", d)
	} else if !isReference(d) && p.Partition != "" && !strings.HasPrefix(d, "arn:"+p.Partition+":") {
		add("DeployRoleArn %q and Partition %q: the role must be in the partition", d, p.Partition)
	}

	switch d := p.API.Domain; {
	case d == nil || *d == "":
		add("API.Domain: is required (the execute-api host name)")
	case !isReference(*d) && !domainRE.MatchString(*d):
		add("API.Domain %q: must be a host name like abc123.execute-api.eu-west-2.amazonaws.com (no scheme, no path)", *d)
	}
	if s := p.API.StagePath; s != "" && !stagePathRE.MatchString(s) {
		add("API.StagePath %q: must be \"/<stage name>\", or empty for the $default stage", s)
	}
	switch v := p.API.VerifyHeaderValue; {
	case v == nil || *v == "":
		add("API.VerifyHeaderValue: is required (a reference to the origin-verification secret's value)")
	case !isReference(*v):
		add("API.VerifyHeaderValue: must be a Terraform reference to a secret, never a literal (it would be in the synthesized JSON)")
	}

	for i, path := range p.ImmutablePaths {
		switch {
		case !immutablePathRE.MatchString(path):
			add("ImmutablePaths[%d] %q: must be a folder pattern like \"/assets/*\" (a root or extension pattern would cache unhashed files such as a service worker for a year)", i, path)
		case slices.Index(p.ImmutablePaths, path) != i:
			add("ImmutablePaths[%d] %q: is listed twice", i, path)
		}
	}
	for i, src := range p.ConnectSources {
		if !httpsOriginRE.MatchString(src) {
			add("ConnectSources[%d] %q: must be an https origin like https://bucket.s3.eu-west-2.amazonaws.com (no wildcard, path or quote)", i, src)
		}
	}
	if len(problems) == 0 {
		if csp := p.contentSecurityPolicy(); len(csp) > maxCSPLength {
			add("ConnectSources: the Content-Security-Policy would be %d characters; CloudFront accepts at most %d", len(csp), maxCSPLength)
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return nil
}

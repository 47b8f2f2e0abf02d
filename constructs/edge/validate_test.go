package edge

import (
	"strings"
	"testing"

	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/storage"
)

// fakeProvider stands in for a provider: validation only checks that one is given.
type fakeProvider struct{ cdktf.TerraformProvider }

func str(s string) *string { return &s }

// validProps are props New accepts; each case below breaks one thing.
func validProps() Props {
	return Props{
		Names: naming.New("hh-dev", "111111111111"), AccountID: "111111111111", Partition: "aws", Region: "eu-west-2",
		Domain: "app.dev.healthhub.example", AllowedCountries: []string{"GB", "IE", "US"}, RateLimitPerFiveMinutes: 1000,
		EdgeProvider: &fakeProvider{}, AccessLogs: &storage.AccessLogBucket{}, LogRetentionDays: 365,
		DeployRoleArn: "arn:aws:iam::111111111111:role/hh-dev-deploy",
		API: APIOrigin{
			Domain:            str("${Token[TOKEN.1]}.execute-api.eu-west-2.amazonaws.com"),
			StagePath:         "/v1",
			VerifyHeaderValue: str("${Token[TOKEN.2]}"),
		},
		ImmutablePaths: []string{"/assets/*"},
	}
}

func TestValidPropsPass(t *testing.T) {
	p := validProps()
	if err := p.validate(); err != nil {
		t.Fatal(err)
	}
	p.HostedZoneID, p.API.StagePath, p.API.Domain = "Z0123456789ABCDEFGHIJ", "", str("abc123.execute-api.eu-west-2.amazonaws.com")
	p.DeployRoleArn = "${aws_iam_role.deploy.arn}"
	p.ConnectSources = []string{"https://hh-dev-documents-111111111111.s3.eu-west-2.amazonaws.com"}
	if err := p.validate(); err != nil {
		t.Fatal(err)
	}
}

func TestBadPropsAreRefusedNamingFieldAndValue(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*Props)
		want   string
	}{
		{"no names", func(p *Props) { p.Names = naming.Namer{} }, "Names: is required"},
		{"account", func(p *Props) { p.AccountID = "1234" }, `AccountID "1234": must be 12 digits`},
		{"partition", func(p *Props) { p.Partition = "aws-eu" }, `Partition "aws-eu": must be one of`},
		{"region", func(p *Props) { p.Region = "" }, `Region "": must be an AWS region`},
		{"domain uppercase", func(p *Props) { p.Domain = "App.Example.com" }, `Domain "App.Example.com": must be a lowercase DNS name`},
		{"domain with scheme", func(p *Props) { p.Domain = "https://app.example.com" }, `Domain "https://app.example.com"`},
		{"domain too long", func(p *Props) {
			p.Domain = strings.Repeat("a", 60) + "." + strings.Repeat("b", 60) + "." + strings.Repeat("c", 60) + "." + strings.Repeat("d", 20) + ".com"
		}, "at most 200 characters"},
		{"hosted zone", func(p *Props) { p.HostedZoneID = "zone-1" }, `HostedZoneID "zone-1": must be a Route 53 hosted zone id`},
		{"no countries", func(p *Props) { p.AllowedCountries = nil }, "AllowedCountries: needs at least one"},
		{"country code", func(p *Props) { p.AllowedCountries = []string{"GB", "gbr"} }, `AllowedCountries[1] "gbr": must be an ISO 3166-1 alpha-2 code`},
		{"country twice", func(p *Props) { p.AllowedCountries = []string{"US", "US"} }, `AllowedCountries[1] "US": is listed twice`},
		{"rate limit low", func(p *Props) { p.RateLimitPerFiveMinutes = 99 }, "RateLimitPerFiveMinutes 99: must be 100 to 2000000000"},
		{"rate limit high", func(p *Props) { p.RateLimitPerFiveMinutes = 2_000_000_001 }, "RateLimitPerFiveMinutes 2000000001"},
		{"no edge provider", func(p *Props) { p.EdgeProvider = nil }, "EdgeProvider: is required"},
		{"no access logs", func(p *Props) { p.AccessLogs = nil }, "AccessLogs: is required"},
		{"retention", func(p *Props) { p.LogRetentionDays = 100 }, "LogRetentionDays 100: must be a CloudWatch retention value"},
		{"retention unset", func(p *Props) { p.LogRetentionDays = 0 }, "LogRetentionDays 0"},
		{"deploy role missing", func(p *Props) { p.DeployRoleArn = "" }, `DeployRoleArn "": must be an IAM role ARN`},
		{"deploy role is a user", func(p *Props) { p.DeployRoleArn = "arn:aws:iam::111111111111:user/alice" }, "DeployRoleArn"},
		{"deploy role in another partition", func(p *Props) { p.DeployRoleArn = "arn:aws-cn:iam::111111111111:role/deploy" }, `DeployRoleArn "arn:aws-cn:iam::111111111111:role/deploy" and Partition "aws"`},
		{"no api domain", func(p *Props) { p.API.Domain = nil }, "API.Domain: is required"},
		{"api domain is a url", func(p *Props) { p.API.Domain = str("https://abc.execute-api.eu-west-2.amazonaws.com/v1") }, "API.Domain \"https://abc.execute-api.eu-west-2.amazonaws.com/v1\": must be a host name"},
		{"stage path without slash", func(p *Props) { p.API.StagePath = "v1" }, `API.StagePath "v1": must be "/<stage name>"`},
		{"stage path trailing slash", func(p *Props) { p.API.StagePath = "/v1/" }, `API.StagePath "/v1/"`},
		{"no verify header", func(p *Props) { p.API.VerifyHeaderValue = nil }, "API.VerifyHeaderValue: is required"},
		{"literal verify header", func(p *Props) { p.API.VerifyHeaderValue = str("hunter2-secret-value") }, "API.VerifyHeaderValue: must be a Terraform reference to a secret, never a literal"},
		{"escaped literal verify header", func(p *Props) { p.API.VerifyHeaderValue = str("$${aws_secretsmanager_secret_version.x.secret_string}") }, "API.VerifyHeaderValue: must be a Terraform reference"},
		{"escaped literal deploy role", func(p *Props) { p.DeployRoleArn = "$${aws_iam_role.deploy.arn}" }, "DeployRoleArn"},
		{"immutable root pattern", func(p *Props) { p.ImmutablePaths = []string{"*.js"} }, `ImmutablePaths[0] "*.js": must be a folder pattern`},
		{"immutable everything", func(p *Props) { p.ImmutablePaths = []string{"/*"} }, `ImmutablePaths[0] "/*"`},
		{"immutable twice", func(p *Props) { p.ImmutablePaths = []string{"/assets/*", "/assets/*"} }, `ImmutablePaths[1] "/assets/*": is listed twice`},
		{"connect source wildcard", func(p *Props) { p.ConnectSources = []string{"https://*.amazonaws.com"} }, `ConnectSources[0] "https://*.amazonaws.com": must be an https origin`},
		{"connect source http", func(p *Props) { p.ConnectSources = []string{"http://example.com"} }, `ConnectSources[0] "http://example.com"`},
		{"connect source injects a directive", func(p *Props) { p.ConnectSources = []string{"https://a.example.com; script-src *"} }, "ConnectSources[0]"},
		{"csp too long", func(p *Props) {
			for i := range 40 {
				p.ConnectSources = append(p.ConnectSources, "https://"+strings.Repeat("x", 40)+string(rune('a'+i%26))+".example.com")
			}
		}, "the Content-Security-Policy would be"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := validProps()
			c.mutate(&p)
			err := p.validate()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want it to contain %q", err, c.want)
			}
		})
	}
}

// TestEveryProblemIsReported: validation collects every problem, it does not stop at
// the first.
func TestEveryProblemIsReported(t *testing.T) {
	p := validProps()
	p.AccountID, p.Domain, p.AllowedCountries, p.EdgeProvider, p.API.VerifyHeaderValue = "", "", nil, nil, str("literal")
	err := p.validate()
	if err == nil {
		t.Fatal("no error")
	}
	for _, field := range []string{"AccountID", "Domain", "AllowedCountries", "EdgeProvider", "API.VerifyHeaderValue"} {
		if !strings.Contains(err.Error(), field) {
			t.Errorf("%q is not reported: %v", field, err)
		}
	}
}

func TestNewRefusesBadPropsBeforeCreatingAnything(t *testing.T) {
	p := validProps()
	p.Domain = ""
	if _, err := New(nil, "Edge", p); err == nil || !strings.HasPrefix(err.Error(), "edge.New Edge: ") {
		t.Fatalf("error %v", err)
	}
}

func TestPriceClass(t *testing.T) {
	for countries, want := range map[string]string{
		"GB IE US": "PriceClass_100", "US CA MX": "PriceClass_100", "DE FR IL": "PriceClass_100",
		"GB AU": "PriceClass_All", "US IN": "PriceClass_All", "BR": "PriceClass_All",
	} {
		if got := PriceClass(strings.Fields(countries)); got != want {
			t.Errorf("PriceClass(%s) = %s, want %s", countries, got, want)
		}
	}
}

func TestContentSecurityPolicy(t *testing.T) {
	p := validProps()
	p.ConnectSources = []string{"https://docs.s3.eu-west-2.amazonaws.com"}
	csp := p.contentSecurityPolicy()
	for _, want := range []string{"default-src 'none'", "script-src 'self';", "frame-ancestors 'none'",
		"connect-src 'self' https://api.app.dev.healthhub.example https://docs.s3.eu-west-2.amazonaws.com;"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP lacks %q: %s", want, csp)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("CSP allows something unsafe: %s", csp)
	}
}

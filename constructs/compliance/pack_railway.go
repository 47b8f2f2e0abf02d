package compliance

import (
	"regexp"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// railwayRules are added to HIPAAPack (pack.go): services deployed to Railway
// (registry.terraform.io/terraform-community-providers/railway), which the platform's AWS
// controls do not reach: who may hold patient data there, what code runs, where secrets
// travel, how requests and the database reach the service.
var railwayRules = []*Rule{
	RailwayPHIBAA, RailwayImageDigest, RailwayCredentialsSensitive, RailwayPublicAPIBehindEdge, RailwayDatabaseReachable,
}

// BAAKey is the key under a Railway project's "//" object that records whether a
// business associate agreement with Railway is in place: {"//": {"hipaa_baa": "true"}}.
// Railway resources carry no tags; the stacks set it from config (railway.baaInPlace)
// with DeclareBAA.
const BAAKey = "hipaa_baa"

// DeclareBAA records on a resource (the Railway project) whether a business associate
// agreement with its vendor is in place.
func DeclareBAA(resource cdktf.TerraformResource, inPlace bool) {
	v := "false"
	if inPlace {
		v = "true"
	}
	resource.AddOverride(jsii.String("//."+BAAKey), jsii.String(v))
}

// OriginVerifyHeader is the header phase 3's edge adds to every request it forwards to
// an origin (edge.OriginVerifyHeader); an origin accepts only requests that carry it.
const OriginVerifyHeader = "x-origin-verify"

// OriginVerifyVariable is the Railway variable through which a public service receives
// the value of OriginVerifyHeader it must require.
const OriginVerifyVariable = "ORIGIN_VERIFY_VALUE"

// railwayCredentialNameRE: variable names that read as a credential or a key.
var railwayCredentialNameRE = regexp.MustCompile(`(?i)(^|_)(PASSWORD|PASSWD|PASS|PWD|SECRET|SECRETS|TOKEN|KEY|KEYS|APIKEY|CREDENTIAL|CREDENTIALS|PRIVATE|DSN)(_|$)|DATABASE_URL|CONNECTION`)

// railwayUserinfoRE: a URL carrying a user and a password.
var railwayUserinfoRE = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://[^/@\s]*:[^/@\s]*@`)

// railwaySecretAttrRE: attributes whose value is a secret, whatever the resource.
var railwaySecretAttrRE = regexp.MustCompile(`(^|_)(password|secret|secret_string|secret_binary|private_key|private_key_pem|private_key_openssh|token|connection_uri|connection_uri_pooler|random_password|value)($|_)`)

// railwaySecret reports whether a reference target holds a secret: a secret version's
// value, a generated password or key, a database role's password or connection URI, or
// the value of another Railway variable (sensitive by schema).
func railwaySecret(t Target) bool {
	switch t.Resource.Type {
	case "aws_secretsmanager_secret_version", "aws_secretsmanager_random_password", "random_password", "tls_private_key",
		"aws_iam_access_key", "railway_variable", "railway_shared_variable":
		return true
	}
	return railwaySecretAttrRE.MatchString(t.Attr)
}

// railwayService resolves a Railway resource's service_id to the railway_service.
func railwayService(s *Stack, r *Resource) (*Resource, bool) {
	return s.ResolvesTo(r.Attrs["service_id"], "railway_service")
}

// railwayName is a readable name for a Railway resource: its service's name when known.
func railwayName(s *Stack, r *Resource) string {
	if svc, ok := railwayService(s, r); ok {
		if n := str(svc.Attrs["name"]); n != "" {
			return n
		}
	}
	return r.Address()
}

// isLiteral reports whether v is a string with no Terraform token in it.
func isLiteral(v any) bool {
	s, ok := v.(string)
	return ok && !strings.Contains(strings.ReplaceAll(s, "$${", ""), "${")
}

package compliance

import (
	"strings"
	"testing"
)

// A Railway service of a project that declares its BAA, pinned by digest.
const (
	rwDigest  = "ghcr.io/healthhub/gateway@sha256:1eecc9fb290b56efbcdf7fc30c44d761f9fbb2f1c2b56b809dfd803a32a5744b"
	rwProject = `{"name":"hh","//":{"hipaa_baa":"true"}}`
	rwService = `{"name":"gateway","project_id":"${railway_project.p.id}","source_image":"` + rwDigest + `"}`
	rwDomain  = `{"environment_id":"${railway_project.p.default_environment.id}","service_id":"${railway_service.s.id}","subdomain":"hh-gateway"}`
	// The edge: the API distribution with the domain as origin, the header from the
	// origin-verification secret, behind a web ACL.
	rwEdge = `{"web_acl_id":"${aws_wafv2_web_acl.w.arn}","origin":[{"origin_id":"railway","domain_name":"${railway_service_domain.d.domain}",
		"custom_header":[{"name":"x-origin-verify","value":"${aws_secretsmanager_secret_version.o.secret_string}"}]}]}`
	rwOriginVariable = `{"name":"ORIGIN_VERIFY_VALUE","value":"${aws_secretsmanager_secret_version.o.secret_string}","service_id":"${railway_service.s.id}",
		"environment_id":"${railway_project.p.default_environment.id}","project_id":"${railway_project.p.id}"}`
)

// rw is a Railway service and its project, with extra "type.name", attrs pairs.
func rw(kv ...string) map[string]string {
	base := map[string]string{"railway_project.p": rwProject, "railway_service.s": rwService}
	return opsWith(base, kv...)
}

var railwayCases = map[*Rule][]ruleCase{
	RailwayPHIBAA: {
		{"baa declared", "dev", rw(), "railway_service.s", Pass, nil},
		{"no baa in a phi environment", "dev", rw("railway_project.p", `{"name":"hh","//":{"hipaa_baa":"false"}}`), "railway_service.s", Fail, nil},
		{"baa not recorded", "dev", rw("railway_project.p", `{"name":"hh"}`), "railway_service.s", Fail, nil},
		{"project not resolvable: fail closed", "dev", map[string]string{"railway_service.s": `{"name":"gateway","project_id":"0bb01547-570d-4109-a5e8-138691f6a2d1","source_image":"` + rwDigest + `"}`}, "railway_service.s", Fail, nil},
		{"project in another stack", "dev", map[string]string{"railway_service.s": rwService}, "railway_service.s", Pass, map[string]string{"railway_project.p": rwProject}},
	},
	RailwayImageDigest: {
		{"by digest", "dev", rw(), "railway_service.s", Pass, nil},
		{"tag and digest", "dev", rw("railway_service.s", `{"name":"gateway","source_image":"ghcr.io/healthhub/gateway:1.0@sha256:1eecc9fb290b56efbcdf7fc30c44d761f9fbb2f1c2b56b809dfd803a32a5744b"}`), "railway_service.s", Pass, nil},
		{"by tag", "dev", rw("railway_service.s", `{"name":"gateway","source_image":"ghcr.io/healthhub/gateway:1.0.0"}`), "railway_service.s", Fail, nil},
		{"latest", "dev", rw("railway_service.s", `{"name":"gateway","source_image":"ghcr.io/healthhub/gateway"}`), "railway_service.s", Fail, nil},
		{"short digest", "dev", rw("railway_service.s", `{"name":"gateway","source_image":"ghcr.io/healthhub/gateway@sha256:1eecc9fb"}`), "railway_service.s", Fail, nil},
		{"from a branch", "dev", rw("railway_service.s", `{"name":"gateway","source_repo":"healthhub/gateway","source_repo_branch":"main"}`), "railway_service.s", Fail, nil},
		{"no source", "dev", rw("railway_service.s", `{"name":"gateway"}`), "railway_service.s", Fail, nil},
		{"image from a variable", "dev", rw("railway_service.s", `{"name":"gateway","source_image":"${var.image}"}`), "railway_service.s", Fail, nil},
	},
	RailwayCredentialsSensitive: {
		{"plain settings", "dev", rw("railway_variable_collection.c", `{"service_id":"${railway_service.s.id}","variables":{"LOG_LEVEL":"info","PORT":"8080","AUTH_URL":"http://auth.railway.internal:8080"}}`), "railway_variable_collection.c", Pass, nil},
		{"non-secret reference", "dev", rw("railway_service_domain.d", rwDomain, "railway_variable_collection.c", `{"variables":{"PUBLIC_URL":"https://${railway_service_domain.d.domain}"}}`), "railway_variable_collection.c", Pass, nil},
		{"credential name", "dev", rw("railway_variable_collection.c", `{"variables":{"DATABASE_URL":"postgres://db.example/app"}}`), "railway_variable_collection.c", Fail, nil},
		{"api key name", "dev", rw("railway_variable_collection.c", `{"variables":{"STRIPE_API_KEY":"sk_live"}}`), "railway_variable_collection.c", Fail, nil},
		{"secret version in a plain variable", "dev", rw("aws_secretsmanager_secret_version.db", `{}`, "railway_variable_collection.c", `{"variables":{"DB":"${aws_secretsmanager_secret_version.db.secret_string}"}}`), "railway_variable_collection.c", Fail, nil},
		{"neon password in a plain variable", "dev", rw("neon_role.r", `{}`, "railway_variable_collection.c", `{"variables":{"PG":"${neon_role.r.password}"}}`), "railway_variable_collection.c", Fail, nil},
		{"expression: fail closed", "dev", rw("railway_variable_collection.c", `{"variables":{"PG":"${jsondecode(aws_secretsmanager_secret_version.db.secret_string).password}"}}`), "railway_variable_collection.c", Fail, nil},
		{"where a secret is (its ARN)", "dev", rw("aws_secretsmanager_secret.db", `{}`, "aws_kms_key.k", `{}`, "railway_variable_collection.c", `{"variables":{"DB_SECRET_ARN":"${aws_secretsmanager_secret.db.arn}","DOCUMENTS_KEY_ARN":"${aws_kms_key.k.arn}","TOKEN_ARN":"arn:aws:secretsmanager:us-east-1:111122223333:secret:x"}}`), "railway_variable_collection.c", Pass, nil},
		{"an _ARN name holding a key", "dev", rw("railway_variable_collection.c", `{"variables":{"API_KEY_ARN":"sk_live_123"}}`), "railway_variable_collection.c", Fail, nil},
		{"an _ARN name holding a secret's value", "dev", rw("aws_secretsmanager_secret_version.db", `{}`, "railway_variable_collection.c", `{"variables":{"DB_SECRET_ARN":"${aws_secretsmanager_secret_version.db.arn}","X":"${aws_secretsmanager_secret_version.db.secret_string}"}}`), "railway_variable_collection.c", Fail, nil},
		{"an _ARN name with an expression", "dev", rw("aws_secretsmanager_secret.db", `{}`, "railway_variable_collection.c", `{"variables":{"DB_SECRET_ARN":"${aws_secretsmanager_secret.db.arn}-${aws_secretsmanager_secret.db.name}"}}`), "railway_variable_collection.c", Fail, nil},
		{"password in a url", "dev", rw("railway_variable_collection.c", `{"variables":{"UPSTREAM":"https://app:hunter2@db.example"}}`), "railway_variable_collection.c", Fail, nil},
		{"sensitive variable from a secret", "dev", rw("aws_secretsmanager_secret_version.db", `{}`, "railway_variable.v", `{"name":"DB_CONNECTION_JSON","value":"${aws_secretsmanager_secret_version.db.secret_string}"}`), "railway_variable.v", Pass, nil},
		{"literal secret in a sensitive variable", "dev", rw("railway_variable.v", `{"name":"DB_PASSWORD","value":"hunter2"}`), "railway_variable.v", Fail, nil},
		{"literal shared secret", "dev", rw("railway_shared_variable.v", `{"name":"API_TOKEN","value":"t0ken"}`), "railway_shared_variable.v", Fail, nil},
		{"literal registry password", "dev", rw("railway_service.s", `{"name":"gateway","source_image":"`+rwDigest+`","source_image_registry_username":"ci","source_image_registry_password":"hunter2"}`), "railway_service.s", Fail, nil},
		{"service without registry credentials", "dev", rw(), "railway_service.s", Pass, nil},
	},
	RailwayPublicAPIBehindEdge: {
		{"behind the edge", "dev", rw("railway_service_domain.d", rwDomain, "aws_cloudfront_distribution.api", rwEdge, "aws_wafv2_web_acl.w", `{}`,
			"aws_secretsmanager_secret_version.o", `{}`, "railway_variable.o", rwOriginVariable), "railway_service_domain.d", Pass, nil},
		{"edge in another stack", "dev", rw("railway_service_domain.d", rwDomain, "aws_secretsmanager_secret_version.o", `{}`, "railway_variable.o", rwOriginVariable), "railway_service_domain.d", Pass,
			map[string]string{"aws_cloudfront_distribution.api": rwEdge, "aws_wafv2_web_acl.w": `{}`, "aws_secretsmanager_secret_version.o": `{}`}},
		{"no edge", "dev", rw("railway_service_domain.d", rwDomain, "aws_secretsmanager_secret_version.o", `{}`, "railway_variable.o", rwOriginVariable), "railway_service_domain.d", Fail, nil},
		{"edge without web acl", "dev", rw("railway_service_domain.d", rwDomain, "aws_cloudfront_distribution.api", strings.Replace(rwEdge, `"web_acl_id":"${aws_wafv2_web_acl.w.arn}",`, "", 1),
			"aws_secretsmanager_secret_version.o", `{}`, "railway_variable.o", rwOriginVariable), "railway_service_domain.d", Fail, nil},
		{"edge without the header", "dev", rw("railway_service_domain.d", rwDomain, "aws_cloudfront_distribution.api", `{"web_acl_id":"${aws_wafv2_web_acl.w.arn}","origin":[{"domain_name":"${railway_service_domain.d.domain}"}]}`,
			"aws_wafv2_web_acl.w", `{}`, "aws_secretsmanager_secret_version.o", `{}`, "railway_variable.o", rwOriginVariable), "railway_service_domain.d", Fail, nil},
		{"literal header value", "dev", rw("railway_service_domain.d", rwDomain, "aws_cloudfront_distribution.api", strings.Replace(rwEdge, "${aws_secretsmanager_secret_version.o.secret_string}", "s3cret", 1),
			"aws_wafv2_web_acl.w", `{}`, "aws_secretsmanager_secret_version.o", `{}`, "railway_variable.o", rwOriginVariable), "railway_service_domain.d", Fail, nil},
		{"edge fronts another domain", "dev", rw("railway_service_domain.d", rwDomain, "railway_service_domain.e", rwDomain, "aws_cloudfront_distribution.api", strings.Replace(rwEdge, "railway_service_domain.d", "railway_service_domain.e", 1),
			"aws_wafv2_web_acl.w", `{}`, "aws_secretsmanager_secret_version.o", `{}`, "railway_variable.o", rwOriginVariable), "railway_service_domain.d", Fail, nil},
		{"service does not require the header", "dev", rw("railway_service_domain.d", rwDomain, "aws_cloudfront_distribution.api", rwEdge, "aws_wafv2_web_acl.w", `{}`,
			"aws_secretsmanager_secret_version.o", `{}`), "railway_service_domain.d", Fail, nil},
		{"custom domain by name", "dev", rw("railway_custom_domain.c", `{"domain":"api.preview.example","service_id":"${railway_service.s.id}"}`,
			"aws_cloudfront_distribution.api", strings.Replace(rwEdge, "${railway_service_domain.d.domain}", "api.preview.example", 1), "aws_wafv2_web_acl.w", `{}`,
			"aws_secretsmanager_secret_version.o", `{}`, "railway_variable.o", rwOriginVariable), "railway_custom_domain.c", Pass, nil},
		{"custom domain around the edge", "dev", rw("railway_custom_domain.c", `{"domain":"api.preview.example","service_id":"${railway_service.s.id}"}`,
			"aws_secretsmanager_secret_version.o", `{}`, "railway_variable.o", rwOriginVariable), "railway_custom_domain.c", Fail, nil},
		{"tcp proxy", "dev", rw("railway_tcp_proxy.t", `{"application_port":5432,"service_id":"${railway_service.s.id}"}`), "railway_tcp_proxy.t", Fail, nil},
		{"suppressed with a reason", "dev", rw("railway_service_domain.d", strings.Replace(rwDomain, "{", `{"//":{"hipaa_suppressions":{"railway-public-api-behind-edge":"synthetic data only; the compensating controls are named here"}},`, 1)),
			"railway_service_domain.d", Suppressed, nil},
	},
	RailwayDatabaseReachable: {
		{"allow-listed", "dev", rw("neon_project.n", `{"allowed_ips":["203.0.113.10","${aws_eip.nat.public_ip}"]}`), "railway_service.s", Pass, nil},
		{"no database", "dev", rw(), "railway_service.s", Pass, nil},
		{"private database", "dev", rw("neon_project.n", `{"allowed_ips":["${aws_eip.nat.public_ip}"],"block_public_connections":"yes"}`), "railway_service.s", Fail, nil},
		{"private database in another stack", "dev", rw(), "railway_service.s", Fail, map[string]string{"neon_project.n": `{"block_public_connections":"yes"}`}},
		{"no allow-list", "dev", rw("neon_project.n", `{}`), "railway_service.s", Fail, nil},
	},
}

// TestRailwaySecretDetail: a secret in a plain variable is named as a secret, not as
// something the rule cannot read.
func TestRailwaySecretDetail(t *testing.T) {
	s := doc(t, "dev", rw("aws_secretsmanager_secret_version.db", `{}`, "railway_variable_collection.c", `{"variables":{"DB":"${aws_secretsmanager_secret_version.db.secret_string}"}}`))
	for _, f := range Check(s, []*Rule{RailwayCredentialsSensitive}) {
		if f.Resource.Address() == "railway_variable_collection.c" {
			if f.Status != Fail || !strings.Contains(f.Detail, "DB carries ${aws_secretsmanager_secret_version.db.secret_string}, a secret") {
				t.Fatalf("%s: %s", f.Status, f.Detail)
			}
			return
		}
	}
	t.Fatal("no finding")
}

// TestRailwayBAAOutsidePHI: the BAA is required where the environment is classified phi,
// not in an internal one; an environment whose classification cannot be read fails.
func TestRailwayBAAOutsidePHI(t *testing.T) {
	for _, c := range []struct {
		name, provider string
		want           Status
	}{
		{"internal", `{"aws":[{"default_tags":[{"tags":{"environment":"preview","data-classification":"internal"}}]}]}`, NotApplicable},
		{"phi", `{"aws":[{"default_tags":[{"tags":{"environment":"preview","data-classification":"phi"}}]}]}`, Fail},
		{"unknown: fail closed", `{"railway":[{}]}`, Fail},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := ParseStackJSON("phase1", []byte(`{"provider":`+c.provider+`,"resource":{"railway_project":{"p":{"name":"hh","//":{"hipaa_baa":"false"}}},"railway_service":{"s":`+rwService+`}}}`))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range Check(s, []*Rule{RailwayPHIBAA}) {
				if f.Status != c.want {
					t.Fatalf("status %s (%s), want %s", f.Status, f.Detail, c.want)
				}
				return
			}
			t.Fatal("no finding")
		})
	}
}

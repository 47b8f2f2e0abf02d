package tests

import (
	"encoding/json"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/constructs/railway"
	"github.com/healthhub/platform-infra/stacks"
)

// Direct assertions of the preview environment (phase 1's services on Railway) and of
// the Railway guardrails on its real synthesis, independent of the golden files.

var digestImageRE = regexp.MustCompile(`^[a-z0-9.:-]+/[a-z0-9._/-]+@sha256:[0-9a-f]{64}$`)

// TestPreviewDeploysPhase1OnRailway: bootstrap, phase1 and phase2; phase 1's three
// services are Railway services from their images by digest in the environment's
// project, with no service function, HTTP API or authorizer left on AWS.
func TestPreviewDeploysPhase1OnRailway(t *testing.T) {
	s := synth(t, "preview")
	if got := strings.Join(s.ids, ","); got != "bootstrap,phase1,phase2" {
		t.Fatalf("preview stacks %s, want bootstrap,phase1,phase2", got)
	}
	d := s.doc(t, stacks.IDPhase1)
	req := path(d.m, "terraform", "required_providers", "railway")
	if path(req, "source") != railway.ProviderSource || path(req, "version") != "0.6.2" {
		t.Errorf("railway provider required as %v, want %s at exactly 0.6.2", req, railway.ProviderSource)
	}
	if p, _ := path(d.m, "provider", "railway", 0).(map[string]any); p == nil || len(p) != 0 {
		t.Errorf("railway provider block %v: the token comes from RAILWAY_TOKEN, never the configuration", p)
	}

	projects := d.resources("railway_project")
	if len(projects) != 1 {
		t.Fatalf("%d railway projects, want 1", len(projects))
	}
	var projectName string
	for n, p := range projects {
		projectName = n
		if p["workspace_id"] != s.env.Railway.Team || p["private"] != true || path(p, "default_environment", "name") != "preview" {
			t.Errorf("project %v: want the team's workspace, private, its one environment named preview", p)
		}
	}
	// The BAA declaration is "//" metadata, which Testing_Synth strips: read it as the
	// pack does.
	for _, p := range rawEnv(t, "preview")[stacks.IDPhase1]["resource"].(map[string]any)["railway_project"].(map[string]any) {
		if got := path(p, "//", compliance.BAAKey); got != "false" {
			t.Errorf("project records BAA %v, want config's false", got)
		}
	}
	services := map[string]string{} // service name -> resource name
	for n, svc := range d.resources("railway_service") {
		name, _ := svc["name"].(string)
		services[name] = n
		cfg := s.env.Services[name].Railway
		if svc["source_image"] != cfg.Image.Reference() || !digestImageRE.MatchString(svc["source_image"].(string)) {
			t.Errorf("%s: source_image %v, want %s by digest", name, svc["source_image"], cfg.Image.Reference())
		}
		if svc["project_id"] != "${railway_project."+projectName+".id}" {
			t.Errorf("%s: project %v", name, svc["project_id"])
		}
		if path(svc, "regions", 0, "region") != s.env.RailwayRegion(name) || path(svc, "regions", 0, "num_replicas") != float64(cfg.Replicas) {
			t.Errorf("%s: regions %v", name, svc["regions"])
		}
		for _, k := range []string{"source_repo", "source_repo_branch", "config_path", "root_directory", "source_image_registry_password"} {
			if svc[k] != nil {
				t.Errorf("%s: %s is set", name, k)
			}
		}
	}
	if got := sortedKeys(services); strings.Join(got, ",") != "auth,gateway,patient" {
		t.Errorf("railway services %v, want auth, gateway, patient", got)
	}
	fns := d.resources("aws_lambda_function")
	if len(fns) != 2 {
		t.Errorf("%d functions, want only the rotation functions of the databases and of phase 2's certificates", len(fns))
	}
	for _, typ := range []string{"aws_apigatewayv2_api", "aws_apigatewayv2_authorizer", "aws_apigatewayv2_route", "aws_apigatewayv2_integration"} {
		if n := len(d.resources(typ)); n != 0 {
			t.Errorf("%d %s: phase 1's services run on Railway", n, typ)
		}
	}
	if n := len(d.resources("aws_secretsmanager_secret")); n != 2+len(stacks.DatabaseServices) {
		t.Errorf("%d secrets, want the migrator's, the services' and the Railway token's (no origin-verification secret without an edge)", n)
	}
}

// TestPreviewRailwaySecretsAreSensitiveReferences: the database connection reaches auth
// and patient as a sensitive variable whose value is a reference to the current version
// of the service's own secret; the plain settings hold nothing secret.
func TestPreviewRailwaySecretsAreSensitiveReferences(t *testing.T) {
	s := synth(t, "preview")
	d := s.doc(t, stacks.IDPhase1)
	svcOf := func(ref any) string {
		for n, svc := range d.resources("railway_service") {
			if ref == "${railway_service."+n+".id}" {
				return svc["name"].(string)
			}
		}
		t.Fatalf("service_id %v resolves to no railway service", ref)
		return ""
	}
	versions, _ := path(d.m, "data", "aws_secretsmanager_secret_version").(map[string]any)
	var withDB []string
	for n, v := range d.resources("railway_variable") {
		svc := svcOf(v["service_id"])
		if v["name"] != stacks.DBConnectionVariable {
			t.Errorf("%s: sensitive variable %v, want only %s", n, v["name"], stacks.DBConnectionVariable)
		}
		m := regexp.MustCompile(`^\$\{data\.aws_secretsmanager_secret_version\.([A-Za-z0-9_]+)\.secret_string\}$`).FindStringSubmatch(v["value"].(string))
		if m == nil {
			t.Fatalf("%s: value %v is not a reference to a secret version", n, v["value"])
		}
		secret, _ := path(versions[m[1]], "secret_id").(string)
		if !strings.HasPrefix(secret, "${aws_secretsmanager_secret.") || !strings.Contains(strings.ToLower(secret), "secret"+svc) {
			t.Errorf("%s: reads %v, want the %s service's own secret", n, secret, svc)
		}
		withDB = append(withDB, svc)
	}
	sort.Strings(withDB)
	if strings.Join(withDB, ",") != strings.Join(stacks.DatabaseServices, ",") {
		t.Errorf("database connections for %v, want %v", withDB, stacks.DatabaseServices)
	}
	credential := regexp.MustCompile(`(?i)password|secret|token|key|database_url|connection`)
	for n, c := range d.resources("railway_variable_collection") {
		svc := svcOf(c["service_id"])
		vars := c["variables"].(map[string]any)
		for k, v := range vars {
			if credential.MatchString(k) || strings.Contains(v.(string), "${") {
				t.Errorf("%s (%s): plain variable %s = %v", n, svc, k, v)
			}
		}
		if vars["ENVIRONMENT_NAME"] != "preview" || vars["PORT"] != stacks.RailwayPort || vars["LOG_LEVEL"] != "info" {
			t.Errorf("%s (%s): settings %v", n, svc, vars)
		}
		if svc == "gateway" && (vars["AUTH_URL"] != "http://auth.railway.internal:8080" || vars["PATIENT_URL"] != "http://patient.railway.internal:8080") {
			t.Errorf("gateway reaches the others at %v and %v, want their private addresses", vars["AUTH_URL"], vars["PATIENT_URL"])
		}
	}
	if strings.Contains(s.json[stacks.IDPhase1], `"password":"`) {
		t.Error("a password value in the synthesized JSON")
	}
}

// TestPreviewPublicEntryIsTheGatewayOnly: one public domain, the gateway's; its
// exception to railway-public-api-behind-edge is recorded with a reason; no TCP proxy.
func TestPreviewPublicEntryIsTheGatewayOnly(t *testing.T) {
	d := synth(t, "preview").doc(t, stacks.IDPhase1)
	domains := d.resources("railway_service_domain")
	if len(domains) != 1 || len(d.resources("railway_custom_domain")) != 0 || len(d.resources("railway_tcp_proxy")) != 0 {
		t.Fatalf("public entries: %d service domains, %d custom domains, %d TCP proxies; want the gateway's domain only",
			len(domains), len(d.resources("railway_custom_domain")), len(d.resources("railway_tcp_proxy")))
	}
	for _, dom := range domains {
		if !strings.Contains(dom["service_id"].(string), "Gateway") || dom["subdomain"] != "hh-preview-gateway" {
			t.Errorf("domain %v, want the gateway's", dom)
		}
	}
}

// TestNeonAllowListAddsRailwayOnlyWhereItRuns: preview's allow-list is its NAT addresses
// and exactly railway.egressIps; the other environments' stays the NAT addresses alone.
func TestNeonAllowListAddsRailwayOnlyWhereItRuns(t *testing.T) {
	for _, envName := range config.Names() {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDPhase1)
			for _, p := range d.resources("neon_project") {
				var nat, literal []string
				for _, ip := range p["allowed_ips"].([]any) {
					if strings.HasPrefix(ip.(string), "${aws_eip.") {
						nat = append(nat, ip.(string))
					} else {
						literal = append(literal, ip.(string))
					}
				}
				var want []string
				if s.env.UsesRailway() {
					want = s.env.Railway.EgressIPs
				}
				if len(nat) != len(d.resources("aws_eip")) || !slices.Equal(literal, want) {
					t.Errorf("allowed_ips %v: want the %d NAT addresses and %v", p["allowed_ips"], len(d.resources("aws_eip")), want)
				}
			}
		})
	}
}

// rawEnv is an environment as CheckStacks reads it (suppressions included), one decoded
// document per stack.
func rawEnv(t *testing.T, envName string) map[string]map[string]any {
	t.Helper()
	docs := map[string]map[string]any{}
	for _, st := range synth(t, envName).platform.Stacks() {
		raw, err := json.Marshal(st.ToTerraform())
		if err != nil {
			t.Fatal(err)
		}
		var d map[string]any
		if err := json.Unmarshal(raw, &d); err != nil {
			t.Fatal(err)
		}
		docs[*st.Node().Id()] = d
	}
	return docs
}

// TestPreviewRailwayGuardrails: the preview passes the pack with each Railway rule
// evaluated (the edge exception suppressed, recorded); and each rule blocks a realistic
// unsafe edit of the real synthesis.
func TestPreviewRailwayGuardrails(t *testing.T) {
	status := map[string][]compliance.Status{}
	findings := checkDocs(t, rawEnv(t, "preview"))
	for _, f := range findings {
		if strings.HasPrefix(f.Rule.ID, "railway-") {
			status[f.Rule.ID] = append(status[f.Rule.ID], f.Status)
			if f.Status == compliance.Suppressed && !strings.Contains(f.Reason, "synthetic data only") {
				t.Errorf("%s suppressed with %q", f.Rule.ID, f.Reason)
			}
		}
	}
	for rule, want := range map[string]compliance.Status{
		"railway-phi-baa": compliance.NotApplicable, "railway-image-digest": compliance.Pass, "railway-credentials-sensitive": compliance.Pass,
		"railway-public-api-behind-edge": compliance.Suppressed, "railway-database-reachable": compliance.Pass,
	} {
		if len(status[rule]) == 0 {
			t.Errorf("%s never ran on preview", rule)
		}
		for _, got := range status[rule] {
			if got != want {
				t.Errorf("%s: %s, want %s", rule, got, want)
			}
		}
	}
	if b := compliance.Blocking(findings); len(b) > 0 {
		t.Fatalf("preview must pass the pack; first: %s", b[0])
	}

	each := func(doc map[string]any, typ string, f func(a map[string]any)) {
		for _, a := range doc["resource"].(map[string]any)[typ].(map[string]any) {
			f(a.(map[string]any))
		}
	}
	for _, m := range []struct {
		name, rule string
		edit       func(doc map[string]any)
	}{
		{"the environment is classified phi without a BAA", "railway-phi-baa", func(doc map[string]any) {
			set(doc, "phi", "provider", "aws", 0, "default_tags", 0, "tags", "data-classification")
		}},
		{"an image by tag", "railway-image-digest", func(doc map[string]any) {
			each(doc, "railway_service", func(a map[string]any) { a["source_image"] = "ghcr.io/healthhub/gateway:latest" })
		}},
		{"built from a branch", "railway-image-digest", func(doc map[string]any) {
			each(doc, "railway_service", func(a map[string]any) {
				delete(a, "source_image")
				a["source_repo"], a["source_repo_branch"] = "healthhub/platform", "main"
			})
		}},
		{"the database connection in the plain settings", "railway-credentials-sensitive", func(doc map[string]any) {
			each(doc, "railway_variable_collection", func(a map[string]any) {
				a["variables"].(map[string]any)["DB"] = addressOfData(doc, "aws_secretsmanager_secret_version", "DbConnectionAuth", "secret_string")
			})
		}},
		{"a literal password", "railway-credentials-sensitive", func(doc map[string]any) {
			each(doc, "railway_variable", func(a map[string]any) { a["name"], a["value"] = "DB_PASSWORD", "hunter2hunter2" })
		}},
		{"the edge exception dropped", "railway-public-api-behind-edge", func(doc map[string]any) {
			each(doc, "railway_service_domain", func(a map[string]any) { delete(a, "//") })
		}},
		{"a TCP proxy to the database port", "railway-public-api-behind-edge", func(doc map[string]any) {
			insert("railway_tcp_proxy", "Pg", map[string]any{"application_port": 5432, "environment_id": "x", "service_id": addressOf(doc, "railway_service", "Auth", "id")})(nil, doc)
		}},
		{"the database made private", "railway-database-reachable", func(doc map[string]any) {
			each(doc, "neon_project", func(a map[string]any) { a["block_public_connections"] = "yes" })
		}},
	} {
		t.Run(m.name, func(t *testing.T) {
			docs := rawEnv(t, "preview")
			m.edit(docs[stacks.IDPhase1])
			var fired []string
			for _, f := range compliance.Blocking(checkDocs(t, docs)) {
				if f.Rule.ID == m.rule {
					return
				}
				fired = append(fired, f.Rule.ID)
			}
			t.Fatalf("%s did not block (blocking: %v)", m.rule, fired)
		})
	}
}

// TestPlantedRailwayPayloadsAreInert is TestPlantedPayloadsAreInertInSynthesis for the
// Railway fields, in preview where they are used: a payload in each at once, validation
// bypassed, one synthesis; each reaches the output only escaped, and every live template
// is a reference cdktf made.
func TestPlantedRailwayPayloadsAreInert(t *testing.T) {
	env, err := config.Load("preview")
	if err != nil {
		t.Fatal(err)
	}
	skipped := map[string]string{
		"railway.team": "the project's workspace: railway.NewProject refuses anything but a UUID (below)",
	}
	paths, keys := config.StringFields(env)
	planted := map[string]string{}
	for i, p := range paths {
		switch {
		case keys[i] || !railwayOnly(p) || skipped[p] != "":
			continue
		case strings.HasSuffix(p, ".runtime"):
			continue // chooses the target, written nowhere
		case strings.HasSuffix(p, ".railway.region"):
			continue // empty in preview: planted, it would hide railway.region, which preview uses
		}
		config.SetString(env, p, false, func(s string) string { return payload(i) + s })
		planted[marker(i)] = p
	}
	config.EscapeLiterals(env)
	seen := scanPlanted(t, synthEnv(t, env), planted)
	for m, field := range planted {
		if seen[m] == 0 {
			t.Errorf("%s never reached the output: the test proves nothing for it", field)
		}
	}
	for _, want := range []string{"railway.projectName", "railway.region", "railway.egressIps[0]", "services.gateway.railway.image.sha256",
		"services.auth.railway.variables.LOG_LEVEL", "services.patient.railway.healthCheckPath"} {
		if !slices.Contains(maps(planted), want) {
			t.Errorf("%s was not planted", want)
		}
	}

	env, _ = config.Load("preview")
	config.SetString(env, "railway.team", false, func(s string) string { return "${x}" + s })
	config.EscapeLiterals(env)
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(t.TempDir())})
	if _, err := stacks.Build(app, env); err == nil || !strings.Contains(err.Error(), "workspace_id") {
		t.Errorf("stacks.Build with a planted railway.team: %v, want railway.NewProject's refusal", err)
	}
}

// addressOfData is "${data.type.<the one data source whose name contains match>.attr}".
func addressOfData(doc map[string]any, typ, match, attr string) string {
	for name := range doc["data"].(map[string]any)[typ].(map[string]any) {
		if strings.Contains(name, match) {
			return "${data." + typ + "." + name + "." + attr + "}"
		}
	}
	return "${data." + typ + ".missing." + attr + "}"
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

package config

import (
	"encoding/json"
	"strings"
	"testing"
)

// mutateFile returns the named shipped file with the value at the dotted path replaced
// (or removed with the remove sentinel).
func mutateFile(t *testing.T, file, path string, value any) []byte {
	t.Helper()
	raw, err := files.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(path, ".")
	node := doc
	for _, p := range parts[:len(parts)-1] {
		next, ok := node[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			node[p] = next
		}
		node = next
	}
	if last := parts[len(parts)-1]; value == remove {
		delete(node, last)
	} else {
		node[last] = value
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPreviewIsValidAndRunsPhases1And2OnRailway(t *testing.T) {
	env, err := Load("preview")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(env.DeployedStacks(), ","); got != "bootstrap,phase1,phase2" {
		t.Errorf("preview deploys %s, want bootstrap,phase1,phase2", got)
	}
	if got := strings.Join(env.RailwayServiceNames(), ","); got != "auth,gateway,patient,provider,records" {
		t.Errorf("preview runs %s on Railway, want auth,gateway,patient,provider,records", got)
	}
	if env.Tags.DataClassification != "internal" {
		t.Errorf("preview is classified %q, want internal (synthetic data only)", env.Tags.DataClassification)
	}
	if got := env.Services["gateway"].Railway.Image.Reference(); !strings.HasPrefix(got, "ghcr.io/healthhub/gateway@sha256:") {
		t.Errorf("gateway image %s, want a reference by digest", got)
	}
	if env.RailwayRegion("gateway") != env.Railway.Region {
		t.Errorf("a service without a region of its own runs in railway.region")
	}
	// The other environments opt in to nothing.
	for _, name := range []string{"dev", "staging", "production"} {
		e, err := Load(name)
		if err != nil {
			t.Fatal(err)
		}
		if e.UsesRailway() || len(e.DeployedStacks()) != len(StackIDs) {
			t.Errorf("%s: uses Railway %v, stacks %v; want Lambda and every stack", name, e.UsesRailway(), e.DeployedStacks())
		}
	}
}

func TestRailwayValidation(t *testing.T) {
	const p, d = `"config/preview.json": `, `"config/dev.json": `
	gw := "services.gateway.railway."
	for _, tc := range []struct {
		name, file, path string
		value            any
		want             []string
	}{
		{"unknown runtime", "preview.json", "services.gateway.runtime", "kubernetes", []string{p + `"services.gateway.runtime" = "kubernetes": must be one of lambda, railway (default lambda)`}},
		{"image by tag instead of digest", "preview.json", gw + "image.sha256", "latest", []string{p + `"services.gateway.railway.image.sha256" = "latest": must be the image manifest's sha256 digest`}},
		{"digest with its prefix", "preview.json", gw + "image.sha256", "sha256:1eecc9fb290b56efbcdf7fc30c44d761f9fbb2f1c2b56b809dfd803a32a5744b", []string{`must be the image manifest's sha256 digest: 64 lowercase hexadecimal digits, without "sha256:"`}},
		{"tag in the repository", "preview.json", gw + "image.repository", "healthhub/gateway:1.0.0", []string{p + `"services.gateway.railway.image.repository" = "healthhub/gateway:1.0.0": must be an image path like healthhub/gateway`}},
		{"registry with a scheme", "preview.json", gw + "image.registry", "https://ghcr.io", []string{p + `"services.gateway.railway.image.registry" = "https://ghcr.io": must be a registry host`}},
		{"no replicas", "preview.json", gw + "replicas", 0, []string{p + `"services.gateway.railway.replicas" = "0": must be from 1 to 50`}},
		{"AWS region as Railway region", "preview.json", gw + "region", "us-east-1", []string{p + `"services.gateway.railway.region" = "us-east-1": must be a Railway region (one of asia-southeast1-eqsg3a, europe-west4-drams3a, us-east4-eqdc4a, us-west2)`}},
		{"relative health check", "preview.json", gw + "healthCheckPath", "healthz", []string{p + `"services.gateway.railway.healthCheckPath" = "healthz": must be a URL path like /healthz`}},
		{"no health check", "preview.json", gw + "healthCheckPath", remove, []string{p + `"services.gateway.railway.healthCheckPath" = "": is required`}},
		{"credential by name", "preview.json", gw + "variables", map[string]any{"DATABASE_URL": "x"}, []string{p + `"services.gateway.railway.variables.DATABASE_URL" = "DATABASE_URL": (a key) reads as a credential`}},
		{"api key by name", "preview.json", gw + "variables", map[string]any{"STRIPE_API_KEY": "x"}, []string{`"services.gateway.railway.variables.STRIPE_API_KEY" = "STRIPE_API_KEY": (a key) reads as a credential`}},
		{"password in a URL", "preview.json", gw + "variables", map[string]any{"UPSTREAM": "postgres://app:hunter2@db.example:5432/app"}, []string{p + `"services.gateway.railway.variables.UPSTREAM" = "postgres://app:hunter2@db.example:5432/app": must not hold a URL with a user and password`}},
		{"reserved variable", "preview.json", gw + "variables", map[string]any{"PORT": "9000"}, []string{`"services.gateway.railway.variables.PORT" = "PORT": (a key) is set by the stacks or by Railway`}},
		{"railway's own variable", "preview.json", gw + "variables", map[string]any{"RAILWAY_HEALTHCHECK_TIMEOUT_SEC": "60"}, []string{`(a key) is set by the stacks or by Railway`}},
		{"phase 1 split across targets", "preview.json", "services.auth.runtime", "lambda", []string{p + `"services.auth.runtime" = "lambda": must be railway like services.gateway.runtime: phase 1's services (gateway, auth, patient) run on one target`}},
		{"later phases with phase 1 on Railway", "preview.json", "stacks", []any{"bootstrap", "phase1", "phase2", "phase3"}, []string{p + `"stacks" = "[bootstrap phase1 phase2 phase3]": must not include phase3 while phase 1's services run on Railway`}},
		{"every stack by default", "preview.json", "stacks", remove, []string{`"stacks" = "(absent: every stack)": must not include phase3`, `must not include phase4`}},
		{"phase 2 split from phase 1", "preview.json", "services.records.runtime", "lambda", []string{p + `"services.records.runtime" = "lambda": must be railway while phase 1's services run on Railway and phase 2 is deployed`}},
		{"phase 2 on Railway without its stack", "preview.json", "stacks", []any{"bootstrap", "phase1"}, []string{
			p + `"services.provider.runtime" = "railway": runs on Railway but stacks [bootstrap phase1] does not deploy phase2, its stack`,
			p + `"services.records.runtime" = "railway": runs on Railway but stacks [bootstrap phase1] does not deploy phase2, its stack`}},
		{"AWS variable from config", "preview.json", "services.records.railway.variables", map[string]any{"AWS_REGION": "eu-west-1"}, []string{p + `"services.records.railway.variables.AWS_REGION" = "AWS_REGION": (a key) is set by the stacks or by Railway`}},
		{"phi on Railway", "preview.json", "tags.dataClassification", "phi", []string{
			p + `"services.gateway.runtime" = "railway": must be lambda in an environment classified phi: its public domain on Railway would serve the API around phase 3's edge`,
			p + `"railway.baaInPlace" = "false": must be true in an environment classified phi`,
			p + `"network.privateDatabase" = "false": must be true outside dev`}},
		{"private database", "preview.json", "network.privateDatabase", true, []string{p + `"network.privateDatabase" = "true": must be false when a service runs on Railway (services.auth.runtime = railway): Railway cannot reach a PrivateLink endpoint`}},
		{"personal workspace", "preview.json", "railway.team", "me", []string{p + `"railway.team" = "me": must be the Railway workspace (team) id`}},
		{"no project name", "preview.json", "railway.projectName", remove, []string{p + `"railway.projectName" = "": is required`}},
		{"unknown default region", "preview.json", "railway.region", "mars-1", []string{p + `"railway.region" = "mars-1": must be a Railway region`}},
		{"no egress addresses", "preview.json", "railway.egressIps", []any{}, []string{p + `"railway.egressIps" = "[]": needs the static outbound addresses of the Railway plan`}},
		{"egress range, private and repeated addresses", "preview.json", "railway.egressIps", []any{"203.0.113.0/24", "10.0.0.7", "203.0.113.10", "203.0.113.10"}, []string{
			p + `"railway.egressIps[0]" = "203.0.113.0/24": must be one IPv4 address`,
			p + `"railway.egressIps[1]" = "10.0.0.7": must be a public address`,
			p + `"railway.egressIps[3]" = "203.0.113.10": is listed twice`}},
		{"provider on Railway with phase 1 on Lambda", "dev.json", "services.provider.runtime", "railway", []string{d + `"services.provider.runtime" = "railway": must be lambda while phase 1's services run on Lambda`}},
		{"appointment on Railway", "dev.json", "services.appointment.runtime", "railway", []string{d + `"services.appointment.runtime" = "railway": runs only on Lambda: Railway is wired for phase 1's and phase 2's services (gateway, auth, patient, provider, records)`}},
		{"unknown stack", "preview.json", "stacks", []any{"bootstrap", "phase1", "phase9"}, []string{p + `"stacks[2]" = "phase9": is not a stack of the platform`}},
		{"no phase 1", "preview.json", "stacks", []any{"bootstrap"}, []string{p + `"stacks" = "[bootstrap]": must include phase1`}},
		{"stack twice", "preview.json", "stacks", []any{"bootstrap", "phase1", "phase1"}, []string{p + `"stacks[2]" = "phase1": is listed twice`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("config/"+tc.file, mutateFile(t, tc.file, tc.path, tc.value))
			if err == nil {
				t.Fatalf("accepted %s = %v", tc.path, tc.value)
			}
			lines := strings.Split(err.Error(), "\n")
			for _, want := range tc.want {
				n := 0
				for _, l := range lines {
					if strings.Contains(l, want) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%d lines contain %q, want exactly one; got:\n%v", n, want, err)
				}
			}
			for _, l := range lines {
				if !strings.HasPrefix(l, `"config/`+tc.file+`": "`) {
					t.Errorf("line %q does not name the file and field", l)
				}
			}
		})
	}
}

// TestRailwaySectionsOfLaterPhasesMayBeAbsent: an environment that does not deploy a
// stack needs none of its sections (documents for phase 2; tables, backup and edge for
// phase 3) nor its services, while one that deploys it still does.
func TestSectionsOfUndeployedStacksMayBeAbsent(t *testing.T) {
	env, err := Load("preview")
	if err != nil {
		t.Fatal(err)
	}
	if len(env.Tables) != 0 || env.Edge.Domain != "" || env.AI.Vendors != nil || len(env.Services) != 5 {
		t.Fatalf("preview.json should carry no phase 3-4 sections: the test proves they may be absent")
	}
	_, err = Parse("config/dev.json", mutate(t, "edge", remove))
	if err == nil || !strings.Contains(err.Error(), `"edge.domain" = "": is required`) {
		t.Fatalf("dev deploys phase 3: its edge is required; got %v", err)
	}
}

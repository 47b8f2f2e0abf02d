package railway

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

func s(v string) *string   { return &v }
func n(v float64) *float64 { return &v }

// TestPropsValidation: every problem of the props is reported, one line each, naming
// the attribute, before anything is created (the provider is never touched: no jsii).
func TestPropsValidation(t *testing.T) {
	p := &Provider{}
	for _, c := range []struct {
		name string
		call func() error
		want []string
	}{
		{"project without name, bad workspace", func() error {
			_, err := p.NewProject(nil, "P", ProjectProps{WorkspaceId: s("team-a"), DefaultEnvironment: &ProjectDefaultEnvironment{}})
			return err
		}, []string{`railway.NewProject P: name = (unset): is required`, `default_environment.name = (unset): is required`, `workspace_id = "team-a": must be a Railway id (a UUID)`}},
		{"environment", func() error { _, err := p.NewEnvironment(nil, "E", EnvironmentProps{}); return err },
			[]string{`name = (unset): is required`, `project_id = (unset): is required`}},
		{"image and repository", func() error {
			_, err := p.NewService(nil, "S", ServiceProps{Name: s("gw"), ProjectId: s("${p}"), SourceImage: s("ghcr.io/a/b@sha256:00"),
				SourceRepo: s("a/b"), SourceRepoBranch: s("main"), RootDirectory: s("svc"), ConfigPath: s("railway.json")})
			return err
		}, []string{`source_repo = "a/b": conflicts with source_image`, `source_repo_branch = "main": conflicts`, `root_directory = "svc": conflicts`, `config_path = "railway.json": conflicts`}},
		{"repository without branch", func() error {
			_, err := p.NewService(nil, "S", ServiceProps{Name: s("gw"), ProjectId: s("${p}"), SourceRepo: s("a/b")})
			return err
		}, []string{`source_repo_branch = (unset): is required with source_repo ("a/b")`}},
		{"no replicas, half a volume", func() error {
			_, err := p.NewService(nil, "S", ServiceProps{Name: s("gw"), ProjectId: s("${p}"), Regions: []ServiceRegion{{NumReplicas: n(0)}}, Volume: &ServiceVolume{Name: s("data")}})
			return err
		}, []string{`regions[0].num_replicas = 0: must be at least 1`, `volume.mount_path = (unset): is required`}},
		{"variable", func() error {
			_, err := p.NewVariable(nil, "V", VariableProps{Name: s("1DB"), EnvironmentId: s("${e}"), ProjectId: s("${p}"), ServiceId: s("${s}")})
			return err
		}, []string{`value = (unset): is required`, `name = "1DB": must be a variable name`}},
		{"collection", func() error {
			_, err := p.NewVariableCollection(nil, "C", VariableCollectionProps{EnvironmentId: s("${e}"), ServiceId: s("${s}"), Variables: map[string]*string{"bad-name": s("x"), "EMPTY": nil}})
			return err
		}, []string{`variables.EMPTY = (unset): needs a value`, `variables.bad-name = "bad-name": must be a variable name`}},
		{"shared variable", func() error { _, err := p.NewSharedVariable(nil, "V", SharedVariableProps{}); return err },
			[]string{`environment_id = (unset): is required`, `project_id = (unset): is required`, `value = (unset): is required`, `name = (unset): is required`}},
		{"domains", func() error {
			_, err := p.NewServiceDomain(nil, "D", ServiceDomainProps{Subdomain: s("Not_A_Label"), EnvironmentId: s("${e}"), ServiceId: s("${s}")})
			return err
		}, []string{`subdomain = "Not_A_Label": must be one DNS label`}},
		{"custom domain port", func() error {
			_, err := p.NewCustomDomain(nil, "C", CustomDomainProps{Domain: s("api.example.com"), EnvironmentId: s("${e}"), ServiceId: s("${s}"), TargetPort: n(70000)})
			return err
		}, []string{`target_port = 70000: must be a port from 1 to 65535`}},
		{"tcp proxy", func() error {
			_, err := p.NewTCPProxy(nil, "T", TCPProxyProps{EnvironmentId: s("${e}"), ServiceId: s("${s}")})
			return err
		},
			[]string{`application_port = (unset): must be a port`}},
		{"literal token", func() error {
			_, err := NewProvider(nil, "railway", ProviderProps{Token: s("rw_live_123")})
			return err
		},
			[]string{`token = (a literal): must not be set to a literal: the provider reads RAILWAY_TOKEN`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.call()
			if err == nil {
				t.Fatal("accepted")
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(c.want) {
				t.Errorf("%d lines, want %d:\n%v", len(lines), len(c.want), err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("missing %q in:\n%v", w, err)
				}
			}
			if strings.Contains(err.Error(), "rw_live_123") {
				t.Error("a token must never be printed")
			}
		})
	}
}

// TestSynthesis: the provider is required at exactly 0.6.2 from its registry address
// with no token; each resource carries exactly the attributes set, with references.
func TestSynthesis(t *testing.T) {
	app := cdktf.Testing_App(nil)
	st := cdktf.NewTerraformStack(app, jsii.String("s"))
	p, err := NewProvider(st, "railway", ProviderProps{})
	must(t, err)
	project, err := p.NewProject(st, "Project", ProjectProps{Name: s("healthhub-preview"), WorkspaceId: s("eff8cf5b-afa3-5857-8ff8-d0f75ea3d4b3"),
		DefaultEnvironment: &ProjectDefaultEnvironment{Name: s("preview")}, Private: jsii.Bool(true)})
	must(t, err)
	svc, err := p.NewService(st, "Gateway", ServiceProps{Name: s("gateway"), ProjectId: project.Id(),
		SourceImage: s("ghcr.io/healthhub/gateway@sha256:1eecc9fb290b56efbcdf7fc30c44d761f9fbb2f1c2b56b809dfd803a32a5744b"),
		Regions:     []ServiceRegion{{NumReplicas: n(2), Region: s("us-east4-eqdc4a")}}})
	must(t, err)
	_, err = p.NewVariable(st, "Db", VariableProps{Name: s("DB_CONNECTION_JSON"), Value: s("${data.x.y.secret_string}"),
		EnvironmentId: project.DefaultEnvironmentId(), ProjectId: project.Id(), ServiceId: svc.Id()})
	must(t, err)
	_, err = p.NewServiceDomain(st, "Domain", ServiceDomainProps{Subdomain: s("hh-preview-gateway"), EnvironmentId: project.DefaultEnvironmentId(), ServiceId: svc.Id()})
	must(t, err)

	var doc map[string]any
	must(t, json.Unmarshal([]byte(*cdktf.Testing_Synth(st, jsii.Bool(false))), &doc))
	got := func(path ...string) any {
		var v any = doc
		for _, k := range path {
			v = v.(map[string]any)[k]
		}
		return v
	}
	want := map[string]any{
		"terraform.required_providers.railway.source":               "terraform-community-providers/railway",
		"terraform.required_providers.railway.version":              "0.6.2",
		"resource.railway_project.Project.default_environment.name": "preview",
		"resource.railway_service.Gateway.project_id":               "${railway_project.Project.id}",
		"resource.railway_variable.Db.environment_id":               "${railway_project.Project.default_environment.id}",
		"resource.railway_variable.Db.value":                        "${data.x.y.secret_string}",
		"resource.railway_service_domain.Domain.service_id":         "${railway_service.Gateway.id}",
		"resource.railway_project.Project.workspace_id":             "eff8cf5b-afa3-5857-8ff8-d0f75ea3d4b3",
		"resource.railway_service.Gateway.regions.0.region":         "us-east4-eqdc4a",
		"resource.railway_service.Gateway.regions.0.num_replicas":   2.0,
		"resource.railway_project.Project.private":                  true,
		"resource.railway_service_domain.Domain.subdomain":          "hh-preview-gateway",
		"resource.railway_service.Gateway.provider":                 "railway",
		"resource.railway_variable.Db.name":                         "DB_CONNECTION_JSON",
		"resource.railway_variable.Db.service_id":                   "${railway_service.Gateway.id}",
		"resource.railway_variable.Db.project_id":                   "${railway_project.Project.id}",
		"resource.railway_service_domain.Domain.environment_id":     "${railway_project.Project.default_environment.id}",
		"resource.railway_service.Gateway.name":                     "gateway",
		"resource.railway_project.Project.name":                     "healthhub-preview",
		"resource.railway_service.Gateway.source_image":             "ghcr.io/healthhub/gateway@sha256:1eecc9fb290b56efbcdf7fc30c44d761f9fbb2f1c2b56b809dfd803a32a5744b",
	}
	for path, w := range want {
		parts := strings.Split(path, ".")
		var v any = doc
		for _, k := range parts {
			switch x := v.(type) {
			case map[string]any:
				v = x[k]
			case []any:
				v = x[0]
			}
		}
		if v != w {
			t.Errorf("%s = %v, want %v", path, v, w)
		}
	}
	if p := got("provider", "railway").([]any)[0].(map[string]any); len(p) != 0 {
		t.Errorf("provider block %v: the token comes from RAILWAY_TOKEN, nothing is set", p)
	}
	if svc := got("resource", "railway_service", "Gateway").(map[string]any); len(svc) != 5 {
		t.Errorf("service has %d attributes %v: unset optional attributes must be absent", len(svc), svc)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

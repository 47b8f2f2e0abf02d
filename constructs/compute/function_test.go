package compute

import (
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/network"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/internal/artifact"
)

// TestValidate: the code comes from exactly one of Package and the config's S3 artifact;
// sizing applies to both; the environment comes in one form. Validation runs before any
// construct exists (no jsii here).
func TestValidate(t *testing.T) {
	zip := &artifact.Zip{Path: "/m/.gen/artifacts/zip-v1/ab/f.zip", SHA256: "ezVO3YJmMd2V6OSglJjN70S8c4UibP9kNgvtiLIcKnE=", Size: 1 << 20}
	sizing := config.Service{MemoryMB: 256, TimeoutSeconds: 30, ReservedConcurrency: 2}
	s3 := sizing
	s3.ArtifactBucket, s3.ArtifactKey, s3.ArtifactVersion = "hh-artifacts", "auth/v1.zip", "3HL4kqtJlcpXroDTDmJ"
	base := func() FunctionProps {
		return FunctionProps{Service: "auth", Config: s3, Env: &config.Environment{Name: "dev"},
			Network: &network.Network{}, DataKey: &security.Key{}, LogsKey: &security.Key{}, Role: &security.Role{}}
	}
	for _, c := range []struct {
		name   string
		change func(p *FunctionProps)
		want   []string // one line each; none for valid props
	}{
		{"s3 artifact", func(p *FunctionProps) {}, nil},
		{"package", func(p *FunctionProps) { p.Config, p.Package = sizing, zip }, nil},
		{"package with narrow env", func(p *FunctionProps) {
			p.Config, p.Package, p.Env, p.EnvironmentName, p.LogRetentionDays = sizing, zip, nil, "dev", 30
		}, nil},
		{"neither", func(p *FunctionProps) { p.Config = sizing }, []string{"config services.auth is missing"}},
		{"both", func(p *FunctionProps) { p.Package = zip }, []string{`Package and config services.auth artifact (bucket "hh-artifacts"`}},
		{"package and an S3 key only", func(p *FunctionProps) { p.Config, p.Package = sizing, zip; p.Config.ArtifactKey = "k.zip" }, []string{"give one, not both"}},
		{"package without hash", func(p *FunctionProps) { p.Config, p.Package = sizing, &artifact.Zip{Path: "/x.zip"} }, []string{"Path and SHA256 (base64) are required"}},
		{"package too large", func(p *FunctionProps) {
			big := *zip
			big.Size = MaxPackageBytes + 1
			p.Config, p.Package = sizing, &big
		}, []string{"over Lambda's direct-upload limit"}},
		{"no sizing", func(p *FunctionProps) { p.Config = config.Service{}; p.Package = zip }, []string{"reservedConcurrency 0", "memoryMb 0", "timeoutSeconds 0"}},
		{"two env forms", func(p *FunctionProps) { p.EnvironmentName = "dev" }, []string{"give one form, not both"}},
		{"half narrow env", func(p *FunctionProps) { p.Env, p.EnvironmentName = nil, "dev" }, []string{`EnvironmentName "dev" and LogRetentionDays 0`}},
		{"no env", func(p *FunctionProps) { p.Env = nil }, []string{"Env (or EnvironmentName and LogRetentionDays) is required"}},
		{"secret in env", func(p *FunctionProps) { p.Environment = map[string]*string{"DB_PASSWORD": nil} }, []string{"environment variable DB_PASSWORD"}},
		{"empty security group", func(p *FunctionProps) { p.SecurityGroupIDs = []*string{nil} }, []string{"SecurityGroupIDs[0]: empty"}},
		{"missing parts", func(p *FunctionProps) { p.Role, p.Network = nil, nil }, []string{"Service, Network, DataKey, LogsKey and Role are required"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := base()
			c.change(&p)
			err := p.Validate()
			if len(c.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", c.want)
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(c.want) {
				t.Errorf("%d lines, want %d:\n%s", len(lines), len(c.want), err)
			}
			for i, w := range c.want {
				if i < len(lines) && !strings.Contains(lines[i], w) {
					t.Errorf("line %d %q, want it to contain %q", i, lines[i], w)
				}
			}
		})
	}
}

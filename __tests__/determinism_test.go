package tests

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/stacks"
)

// TestSynthesisIsDeterministic synthesizes every environment twice, in two separate
// apps, through app.Synth (the files cdktf.out receives) and compares bytes.
func TestSynthesisIsDeterministic(t *testing.T) {
	for _, envName := range config.Names() {
		t.Run(envName, func(t *testing.T) {
			env, err := config.Load(envName)
			if err != nil {
				t.Fatal(err)
			}
			var outs [2]string
			for i := range outs {
				outs[i] = t.TempDir()
				app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(outs[i])})
				if _, err := stacks.Build(app, env); err != nil {
					t.Fatal(err)
				}
				app.Synth()
			}
			files := 0
			err = filepath.Walk(outs[0], func(p string, info os.FileInfo, err error) error {
				if err != nil || info.IsDir() {
					return err
				}
				rel, _ := filepath.Rel(outs[0], p)
				a, _ := os.ReadFile(p)
				b, err := os.ReadFile(filepath.Join(outs[1], rel))
				if err != nil {
					t.Errorf("%s exists in the first synthesis only", rel)
					return nil
				}
				if !bytes.Equal(a, b) {
					t.Errorf("%s differs between two syntheses of the same config:\n%s", rel, lineDiff(string(a), string(b), 2))
				}
				files++
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if files < 2 {
				t.Fatalf("only %d files synthesized", files)
			}
		})
	}
}

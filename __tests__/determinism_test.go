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
			files := compareSyntheses(t, func(app cdktf.App) {
				if _, err := stacks.Build(app, env); err != nil {
					t.Fatal(err)
				}
			})
			if len(files) < 2 {
				t.Fatalf("only %d files synthesized", len(files))
			}
		})
	}
}

// compareSyntheses synthesizes what build adds to an app twice, in two separate apps
// and output directories, and reports every file that differs or exists in the first
// only; it returns the files compared (paths relative to the output directory) and the
// two output directories.
func compareSyntheses(t *testing.T, build func(app cdktf.App)) []string {
	t.Helper()
	files, _ := compareSynthesesIn(t, build)
	return files
}

func compareSynthesesIn(t *testing.T, build func(app cdktf.App)) ([]string, [2]string) {
	t.Helper()
	var outs [2]string
	for i := range outs {
		outs[i] = t.TempDir()
		app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(outs[i])})
		build(app)
		app.Synth()
	}
	var files []string
	err := filepath.Walk(outs[0], func(p string, info os.FileInfo, err error) error {
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
			t.Errorf("%s differs between two syntheses:\n%s", rel, lineDiff(string(a), string(b), 2))
		}
		files = append(files, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files, outs
}

package tests

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/stacks"
)

var awsRef = regexp.MustCompile(`\$\{aws_[a-z0-9_]+\.[A-Za-z0-9_]+\.[a-z_]+\}`)

// TestNeonPartIsValidTerraform runs `terraform validate` with the locally built Neon
// provider (scripts/env.sh: the filesystem mirror and TF_CLI_CONFIG_FILE) on the Neon
// resources of phase1. The AWS provider cannot be installed here, so references to AWS
// resources are replaced with documentation addresses.
func TestNeonPartIsValidTerraform(t *testing.T) {
	tf, err := exec.LookPath("terraform")
	rc := os.Getenv("TF_CLI_CONFIG_FILE")
	if err != nil || rc == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("terraform or TF_CLI_CONFIG_FILE missing in CI: run the tests through make test")
		}
		t.Skip("terraform or the project's TF_CLI_CONFIG_FILE is missing: run through make test")
	}
	for _, envName := range []string{"dev", "production"} {
		t.Run(envName, func(t *testing.T) {
			d := synth(t, envName).doc(t, stacks.IDPhase1)
			neon := map[string]any{}
			for typ, group := range d.m["resource"].(map[string]any) {
				if strings.HasPrefix(typ, "neon_") {
					neon[typ] = group
				}
			}
			doc := map[string]any{
				"terraform": map[string]any{"required_providers": map[string]any{"neon": map[string]any{"source": "kislerdm/neon", "version": "0.13.0"}}},
				"provider":  map[string]any{"neon": []any{map[string]any{}}},
				"resource":  neon,
			}
			raw, _ := json.MarshalIndent(doc, "", "  ")
			text := awsRef.ReplaceAllString(string(raw), "203.0.113.10")
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "main.tf.json"), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{{"init", "-backend=false", "-input=false", "-no-color"}, {"validate", "-no-color"}} {
				cmd := exec.Command(tf, args...)
				cmd.Dir = dir
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("terraform %s: %v\n%s", args[0], err, out)
				}
			}
		})
	}
}

package tests

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var (
	buildOnce sync.Once
	appBinary string
	buildErr  error
)

// program builds the app's main package once per test binary.
func program(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "platform-infra-bin-")
		if err != nil {
			buildErr = err
			return
		}
		appBinary = filepath.Join(dir, "platform-infra")
		out, err := exec.Command("go", "build", "-o", appBinary, "..").CombinedOutput()
		if err != nil {
			buildErr = err
			appBinary = string(out)
		}
	})
	if buildErr != nil {
		t.Fatalf("building the app: %v\n%s", buildErr, appBinary)
	}
	return appBinary
}

func runApp(t *testing.T, envName, outdir string) (stderr string, code int) {
	t.Helper()
	cmd := exec.Command(program(t))
	cmd.Env = append(os.Environ(), "HEALTHHUB_ENV="+envName, "CDKTF_OUTDIR="+outdir)
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return errBuf.String(), ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return errBuf.String(), 0
}

// TestBadEnvironmentFailsCleanly: one line naming the variable, value and rule; exit
// status 1; no stack trace; nothing written to the output directory.
func TestBadEnvironmentFailsCleanly(t *testing.T) {
	tmp := t.TempDir()
	out := filepath.Join(tmp, "cdktf.out")
	stderr, code := runApp(t, "qa", out)
	want := `error: "config/": "HEALTHHUB_ENV" = "qa": unknown environment: must be one of dev, preview, production, staging (a file config/<name>.json)` + "\n"
	if code != 1 || stderr != want {
		t.Errorf("exit %d, stderr:\n%q\nwant exit 1 and:\n%q", code, stderr, want)
	}
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("a failed run left %v in the output's parent directory", entries)
	}
}

// TestSynthWritesEveryStack runs the real program for one environment.
func TestSynthWritesEveryStack(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cdktf.out")
	// A Terraform working file that must survive re-synthesis.
	keep := filepath.Join(out, "stacks", "bootstrap", ".terraform", "keep")
	if err := os.MkdirAll(filepath.Dir(keep), 0o755); err != nil {
		t.Fatal(err)
	}
	_ = os.WriteFile(keep, []byte("x"), 0o644)

	stderr, code := runApp(t, "production", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
		t.Errorf("stderr carries a stack trace:\n%s", stderr)
	}
	// A successful run writes nothing to standard error: the cdktf CLI would report
	// every such line as [ERROR] (warnings go to standard output).
	if stderr != "" {
		t.Errorf("a successful synthesis wrote to stderr:\n%s", stderr)
	}
	s := synth(t, "production")
	for _, id := range s.ids {
		if _, err := os.Stat(filepath.Join(out, "stacks", id, "cdk.tf.json")); err != nil {
			t.Errorf("stack %s not synthesized: %v", id, err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "manifest.json")); err != nil {
		t.Error("manifest.json not written")
	}
	if _, err := os.Stat(keep); err != nil {
		t.Error("re-synthesis removed Terraform's working files under cdktf.out/stacks/<id>/")
	}
}

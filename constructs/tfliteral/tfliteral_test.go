package tfliteral

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// payloads are what an attacker would put in a config value; each must come back from
// Terraform unchanged once escaped.
var payloads = []string{
	`${file("/etc/passwd")}`,
	`%{ for x in y }x%{ endfor }`,
	`${data.aws_secretsmanager_random_password.p.random_password}@attacker.example`,
	`$${already escaped}`,
	`%%{already escaped}`,
	`$$${x}`,
	`a$`, `%`, `$`, `{}`, `$ {x}`, `% {x}`, `${`, `%{`, `$%{x}`, `%${x}`,
	"plain-value",
}

func TestEscape(t *testing.T) {
	cases := map[string]string{
		`${file("/etc/passwd")}`:      `$${file("/etc/passwd")}`,
		`%{ for x in y }x%{ endfor }`: `%%{ for x in y }x%%{ endfor }`,
		`$${x}`:                       `$$${x}`,
		`a$`:                          `a$`,
		`plain`:                       `plain`,
	}
	for in, want := range cases {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
		if got := *String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTerraformReadsEscapedValuesLiterally writes every escaped payload as a Terraform
// output and asks the real Terraform what it evaluates them to: the original text.
func TestTerraformReadsEscapedValuesLiterally(t *testing.T) {
	tf, err := exec.LookPath("terraform")
	if err != nil {
		t.Skip("terraform is not on PATH")
	}
	dir := t.TempDir()
	outputs := map[string]any{}
	for i, p := range payloads {
		outputs[name(i)] = map[string]any{"value": Escape(p)}
	}
	doc, _ := json.Marshal(map[string]any{"output": outputs})
	if err := os.WriteFile(filepath.Join(dir, "main.tf.json"), doc, 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "TF_CLI_CONFIG_FILE=/dev/null", "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1")
	for _, args := range [][]string{{"init", "-input=false", "-backend=false"}, {"apply", "-auto-approve", "-input=false", "-state=" + filepath.Join(dir, "s.tfstate")}} {
		cmd := exec.Command(tf, args...)
		cmd.Dir, cmd.Env = dir, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("terraform %v: %v\n%s", args, err, out)
		}
	}
	cmd := exec.Command(tf, "output", "-json", "-state="+filepath.Join(dir, "s.tfstate"))
	cmd.Dir, cmd.Env = dir, env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("terraform output: %v", err)
	}
	var got map[string]struct{ Value string }
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("terraform output: %v\n%s", err, out)
	}
	for i, p := range payloads {
		if got[name(i)].Value != p {
			t.Errorf("Terraform read Escape(%q) as %q", p, got[name(i)].Value)
		}
	}
}

func name(i int) string { return "p" + string(rune('a'+i)) }

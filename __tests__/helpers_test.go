// Package tests holds every test that synthesizes: jsii loads the AWS provider's
// assembly once per process (about 7 s), so all of them share this one test binary.
// Run with `go test ./__tests__/` (go test ./... skips directories starting with "_").
package tests

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/stacks"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the current synthesis")

// synthesis is one environment's platform, synthesized once per test binary.
type synthesis struct {
	env      *config.Environment
	platform *stacks.Platform
	ids      []string
	json     map[string]string // stack id -> Testing_Synth output
}

var (
	cacheMu sync.Mutex
	cache   = map[string]*synthesis{}
)

// synth builds and synthesizes every stack of the named environment (cached).
func synth(t *testing.T, envName string) *synthesis {
	t.Helper()
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if s, ok := cache[envName]; ok {
		return s
	}
	env, err := config.Load(envName)
	if err != nil {
		t.Fatalf("config.Load(%q): %v", envName, err)
	}
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(t.TempDir())})
	platform, err := stacks.Build(app, env)
	if err != nil {
		t.Fatalf("stacks.Build(%s): %v", envName, err)
	}
	s := &synthesis{env: env, platform: platform, json: map[string]string{}}
	// A full synthesis first: it resolves references between stacks (phase 1 outputs,
	// terraform_remote_state in phase 2), which Testing_Synth alone leaves dangling.
	app.Synth()
	for _, st := range platform.Stacks() {
		id := *st.Node().Id()
		s.ids = append(s.ids, id)
		s.json[id] = *cdktf.Testing_Synth(st, jsii.Bool(true))
	}
	cache[envName] = s
	return s
}

// envsDeploying lists the environments that deploy the stack (config "stacks"): the
// tests of a phase run where it exists. Every environment but preview (phase 1 on
// Railway, bootstrap and phase1 only) deploys every stack.
func envsDeploying(id string) []string {
	var out []string
	for _, name := range config.Names() {
		env, err := config.Load(name)
		if err != nil {
			panic(err)
		}
		if env.Deploys(id) {
			out = append(out, name)
		}
	}
	return out
}

// deployed filters ids to the stacks the environment deploys, in order.
func (s *synthesis) deployed(ids ...string) []string {
	var out []string
	for _, id := range ids {
		if _, ok := s.json[id]; ok {
			out = append(out, id)
		}
	}
	return out
}

// doc parses a synthesized stack.
func (s *synthesis) doc(t *testing.T, id string) *tfDoc {
	t.Helper()
	raw, ok := s.json[id]
	if !ok {
		t.Fatalf("%s has no stack %q (have %v)", s.env.Name, id, s.ids)
	}
	var d map[string]any
	if err := json.Unmarshal([]byte(raw), &d); err != nil {
		t.Fatalf("stack %s: %v", id, err)
	}
	return &tfDoc{t: t, m: d}
}

// tfDoc is a parsed Terraform JSON document with lookup helpers.
type tfDoc struct {
	t *testing.T
	m map[string]any
}

// resources returns name -> attributes of every resource of the type.
func (d *tfDoc) resources(typ string) map[string]map[string]any {
	out := map[string]map[string]any{}
	byType, _ := d.m["resource"].(map[string]any)
	group, _ := byType[typ].(map[string]any)
	for name, v := range group {
		out[name], _ = v.(map[string]any)
	}
	return out
}

// resourceTypes lists the resource types present, sorted.
func (d *tfDoc) resourceTypes() []string {
	byType, _ := d.m["resource"].(map[string]any)
	var types []string
	for k := range byType {
		types = append(types, k)
	}
	sort.Strings(types)
	return types
}

// one returns the single resource of typ whose attribute key references "${refType.refName.", failing otherwise.
func (d *tfDoc) attachedTo(typ, refType, refName string) map[string]any {
	d.t.Helper()
	var found []map[string]any
	for _, r := range d.resources(typ) {
		if b, _ := r["bucket"].(string); strings.HasPrefix(b, "${"+refType+"."+refName+".") {
			found = append(found, r)
		}
	}
	if len(found) != 1 {
		d.t.Fatalf("want exactly one %s attached to %s.%s, found %d", typ, refType, refName, len(found))
	}
	return found[0]
}

// path walks nested maps and lists: path(m, "rule", 0, "status").
func path(v any, keys ...any) any {
	for _, k := range keys {
		switch key := k.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[key]
		case int:
			l, ok := v.([]any)
			if !ok || key >= len(l) {
				return nil
			}
			v = l[key]
		}
	}
	return v
}

// policyStatements parses an IAM policy JSON string.
func policyStatements(t *testing.T, policy any) []map[string]any {
	t.Helper()
	s, ok := policy.(string)
	if !ok {
		t.Fatalf("policy is %T, want a JSON string", policy)
	}
	var doc struct {
		Statement []map[string]any
	}
	if err := json.Unmarshal([]byte(s), &doc); err != nil {
		t.Fatalf("policy is not JSON: %v\n%s", err, s)
	}
	return doc.Statement
}

// goldenPath is where a stack's golden file lives.
func goldenPath(env, stack string) string {
	return filepath.Join("testdata", env, stack+".json")
}

// compareGolden compares got with the golden file, or rewrites it with -update.
func compareGolden(t *testing.T, file, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	wantBytes, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("golden file %s missing (%v).\nCreate it with: make golden   (go test ./__tests__/ -run TestGolden -update)\nthen read the diff before committing.", file, err)
	}
	want := strings.TrimSuffix(string(wantBytes), "\n")
	if got != want {
		t.Errorf("synthesized output differs from %s (- want, + got):\n%s\nIf the change is intended, run: make golden   (go test ./__tests__/ -run TestGolden -update)\nand review `git diff __tests__/%s` like code before committing.",
			file, lineDiff(want, got, 3), file)
	}
}

// lineDiff renders a unified-style diff of two texts with ctx lines of context.
func lineDiff(a, b string, ctx int) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	// Trim the common prefix and suffix, then LCS the middle (goldens differ locally).
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	mx, my := x[pre:len(x)-suf], y[pre:len(y)-suf]
	if len(mx)*len(my) > 4_000_000 { // too large for LCS: show both sides
		return fmt.Sprintf("@@ line %d @@\n- %s\n+ %s", pre+1, strings.Join(mx, "\n- "), strings.Join(my, "\n+ "))
	}
	lcs := make([][]int, len(mx)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(my)+1)
	}
	for i := len(mx) - 1; i >= 0; i-- {
		for j := len(my) - 1; j >= 0; j-- {
			if mx[i] == my[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b2 strings.Builder
	fmt.Fprintf(&b2, "@@ line %d @@\n", pre+1)
	for _, l := range x[max(0, pre-ctx):pre] {
		b2.WriteString("  " + l + "\n")
	}
	i, j := 0, 0
	for i < len(mx) || j < len(my) {
		switch {
		case i < len(mx) && j < len(my) && mx[i] == my[j]:
			b2.WriteString("  " + mx[i] + "\n")
			i, j = i+1, j+1
		case j < len(my) && (i == len(mx) || lcs[i][j+1] >= lcs[i+1][j]):
			b2.WriteString("+ " + my[j] + "\n")
			j++
		default:
			b2.WriteString("- " + mx[i] + "\n")
			i++
		}
	}
	for _, l := range x[len(x)-suf : min(len(x), len(x)-suf+ctx)] {
		b2.WriteString("  " + l + "\n")
	}
	return b2.String()
}

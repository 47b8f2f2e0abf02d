package actionlint

// The workflows' policy, beyond what actionlint checks (syntax, expressions, shell):
// actions pinned to a commit, least-privilege permissions with OIDC only where AWS
// credentials are assumed, concurrency groups, environment approvals for every apply in
// the order dev, staging, production, and never the bootstrap stack.

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
)

const workflowsDir = "../../.github/workflows"

var pinnedRE = regexp.MustCompile(`^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$`)

func workflows(t *testing.T) map[string]*actionlint.Workflow {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(workflowsDir, "*.yml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no workflows in %s", workflowsDir)
	}
	out := map[string]*actionlint.Workflow{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		w, errs := actionlint.Parse(b)
		if len(errs) > 0 {
			t.Fatalf("%s: %v", f, errs[0])
		}
		out[filepath.Base(f)] = w
	}
	return out
}

func str(s *actionlint.String) string {
	if s == nil {
		return ""
	}
	return s.Value
}

func writes(p *actionlint.Permissions) []string {
	if p == nil {
		return nil
	}
	var out []string
	if str(p.All) != "" && str(p.All) != "read-all" && str(p.All) != "{}" {
		out = append(out, "all:"+str(p.All))
	}
	for name, s := range p.Scopes {
		if str(s.Value) == "write" {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

func TestWorkflowPolicy(t *testing.T) {
	for file, w := range workflows(t) {
		t.Run(file, func(t *testing.T) {
			if w.Permissions == nil {
				t.Error("no top-level permissions: the token would get the repository's defaults")
			} else if wr := writes(w.Permissions); len(wr) > 0 {
				t.Errorf("top-level permissions grant write (%v): grant it per job", wr)
			}
			isCallee := false
			for _, e := range w.On {
				if e.EventName() == "workflow_call" {
					isCallee = true
				}
			}
			if w.Concurrency == nil && !isCallee {
				for id, j := range w.Jobs {
					if j.Concurrency == nil {
						t.Errorf("job %s: no concurrency group (neither the workflow nor the job has one)", id)
					}
				}
			}
			for id, j := range w.Jobs {
				assumesAWS := false
				for _, s := range j.Steps {
					a, ok := s.Exec.(*actionlint.ExecAction)
					if !ok {
						continue
					}
					uses := str(a.Uses)
					if !pinnedRE.MatchString(uses) {
						t.Errorf("job %s: %q is not pinned to a full commit SHA", id, uses)
					}
					if strings.HasPrefix(uses, "aws-actions/configure-aws-credentials@") {
						assumesAWS = true
						if in := a.Inputs["role-to-assume"]; in == nil || str(in.Value) == "" {
							t.Errorf("job %s: configure-aws-credentials without role-to-assume (long-lived keys?)", id)
						}
						for _, k := range []string{"aws-access-key-id", "aws-secret-access-key"} {
							if a.Inputs[k] != nil {
								t.Errorf("job %s: %s: AWS credentials come from OIDC only", id, k)
							}
						}
					}
				}
				callsApply := j.WorkflowCall != nil && str(j.WorkflowCall.Uses) == "./.github/workflows/apply.yml"
				idToken := j.Permissions != nil && j.Permissions.Scopes["id-token"] != nil && str(j.Permissions.Scopes["id-token"].Value) == "write"
				if idToken && !assumesAWS && !callsApply {
					t.Errorf("job %s: id-token: write without assuming an AWS role", id)
				}
				if assumesAWS && !idToken {
					t.Errorf("job %s: assumes an AWS role without id-token: write", id)
				}
			}
		})
	}
}

func TestApplyIsBehindEnvironmentsInOrder(t *testing.T) {
	ws := workflows(t)
	apply := ws["apply.yml"]
	if apply == nil {
		t.Fatal("no apply.yml")
	}
	for id, j := range apply.Jobs {
		if j.Environment == nil || str(j.Environment.Name) != "${{ inputs.environment }}" {
			t.Errorf("apply.yml job %s: not behind the GitHub environment being applied", id)
		}
		if j.Concurrency == nil || j.Concurrency.CancelInProgress == nil || j.Concurrency.CancelInProgress.Value {
			t.Errorf("apply.yml job %s: an apply must never be cancelled halfway", id)
		}
	}
	deploy := ws["deploy.yml"]
	if deploy == nil {
		t.Fatal("no deploy.yml")
	}
	order := map[string]string{"dev": "verify", "staging": "dev", "production": "staging"}
	for env, need := range order {
		j := deploy.Jobs[env]
		if j == nil || j.WorkflowCall == nil || str(j.WorkflowCall.Uses) != "./.github/workflows/apply.yml" {
			t.Errorf("deploy.yml: no job %s calling apply.yml", env)
			continue
		}
		if in := j.WorkflowCall.Inputs["environment"]; in == nil || str(in.Value) != env {
			t.Errorf("deploy.yml job %s applies another environment", env)
		}
		var needs []string
		for _, n := range j.Needs {
			needs = append(needs, str(n))
		}
		if len(needs) != 1 || needs[0] != need {
			t.Errorf("deploy.yml job %s needs %v, want [%s]", env, needs, need)
		}
	}
	for file, w := range ws {
		if file == "apply.yml" {
			continue
		}
		for id, j := range w.Jobs {
			if j.Environment != nil && file != "deploy.yml" {
				t.Errorf("%s job %s uses environment %s: only applies run in an environment", file, id, str(j.Environment.Name))
			}
		}
	}
}

// TestPhaseStacksNeverIncludeBootstrap runs the script every workflow takes its stack
// list from.
func TestPhaseStacksNeverIncludeBootstrap(t *testing.T) {
	out := t.TempDir()
	for _, s := range []string{"bootstrap", "phase10", "phase2", "phase1", "phase3"} {
		if err := os.MkdirAll(filepath.Join(out, "stacks", s), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	got, err := exec.Command("../../.github/scripts/phase-stacks.sh", out).Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := "phase1\nphase2\nphase3\nphase10\n"; string(got) != want {
		t.Errorf("phase-stacks.sh = %q, want %q", got, want)
	}
	b, err := os.ReadFile("../../.github/scripts/terraform-stacks.sh")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `phase-stacks.sh" cdktf.out`) {
		t.Error("terraform-stacks.sh does not take its stacks from phase-stacks.sh")
	}
}

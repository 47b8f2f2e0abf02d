package tests

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/stacks"
)

// TestEveryMakeTargetIsDocumented: `make help` (the help file) and the README's commands
// table list every target of the Makefile.
func TestEveryMakeTargetIsDocumented(t *testing.T) {
	makefile, err := os.ReadFile("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	help, err := os.ReadFile("../help")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	targets := regexp.MustCompile(`(?m)^([a-z][a-z0-9-]*):`).FindAllStringSubmatch(string(makefile), -1)
	if len(targets) == 0 {
		t.Fatal("no targets found in the Makefile")
	}
	for _, m := range targets {
		target := m[1]
		if !regexp.MustCompile(`(?m)^\s+make ` + regexp.QuoteMeta(target) + `\b`).Match(help) {
			t.Errorf("help does not list `make %s`", target)
		}
		if !strings.Contains(string(readme), "| `make "+target) {
			t.Errorf("README's commands table has no row for `make %s`", target)
		}
	}
}

// TestRunbookNamesTheReplica keeps the recovery runbook's example names those the code
// gives production's replica and its key.
func TestRunbookNamesTheReplica(t *testing.T) {
	env, err := config.Load("production")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(readme), "## Recovering Terraform state after a region loss")
	if i < 0 {
		t.Fatal("README has no section \"Recovering Terraform state after a region loss\"")
	}
	runbook := string(readme[i:])
	for _, want := range []string{
		"REPLICA=" + stacks.StateReplicaBucketName(env), "DR=" + env.AWS.DRRegion,
		stacks.StateReplicaKeyAlias(env), stacks.StateKeyAlias(env), "s3://" + stacks.StateBucketName(env) + "/",
	} {
		if !strings.Contains(runbook, want) {
			t.Errorf("the runbook does not say %q (the code's name for production)", want)
		}
	}
}

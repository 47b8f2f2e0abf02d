package tests

import (
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucket"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/stacks"
)

// TestEveryStackPassesTheHIPAAPack: no unsuppressed error in any environment x stack.
func TestEveryStackPassesTheHIPAAPack(t *testing.T) {
	for _, envName := range config.Names() {
		s := synth(t, envName)
		findings, err := compliance.CheckStacks(s.platform.Stacks())
		if err != nil {
			t.Fatal(err)
		}
		if len(findings) < 100 {
			t.Errorf("%s: only %d checks ran", envName, len(findings))
		}
		for _, f := range compliance.Blocking(findings) {
			t.Errorf("%s: %s", envName, f)
		}
	}
}

// TestUnsafeResourceStopsSynthesis adds a bare bucket to a real stack: the check that
// main runs before synthesis must block with an actionable message.
func TestUnsafeResourceStopsSynthesis(t *testing.T) {
	env, err := config.Load("staging")
	if err != nil {
		t.Fatal(err)
	}
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(t.TempDir())})
	base := stacks.NewBase(app, "phase9", env, stacks.BaseOptions{})
	s3bucket.NewS3Bucket(base.Stack, jsii.String("Careless"), &s3bucket.S3BucketConfig{Bucket: jsii.String("careless-bucket")})
	findings, err := compliance.CheckStacks([]cdktf.TerraformStack{base.Stack})
	if err != nil {
		t.Fatal(err)
	}
	blocking := compliance.Blocking(findings)
	var rules []string
	for _, f := range blocking {
		rules = append(rules, f.Rule.ID)
	}
	// A bare bucket in an environment classified phi is a store of patient data: it
	// lacks encryption, versioning, public access block, TLS-only policy, access logs,
	// Object Lock, data events, disabled ACLs and destroy protection, and its stack alone
	// has no audit trail, threat detection or Config recorder.
	want := []string{"s3-kms-encryption", "s3-versioning", "s3-public-access-block", "s3-tls-only", "s3-access-logging",
		"s3-object-lock", "s3-phi-data-events", "s3-acl-disabled", "data-store-prevent-destroy",
		"env-audit-trail-present", "env-threat-detection-present", "env-config-recorder-present"}
	if strings.Join(rules, ",") != strings.Join(want, ",") {
		t.Fatalf("blocking rules %v, want %v", rules, want)
	}
	msg := blocking[0].String()
	for _, part := range []string{"[s3-kms-encryption] phase9/aws_s3_bucket.Careless", "(phase9/Careless)", "Why:", "Controls: HIPAA 164.312(a)(2)(iv)", "Fix:", "compliance.Suppress"} {
		if !strings.Contains(msg, part) {
			t.Errorf("message lacks %q:\n%s", part, msg)
		}
	}
}

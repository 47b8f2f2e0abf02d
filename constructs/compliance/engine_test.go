package compliance

import (
	"strings"
	"testing"
)

// twoStacks is phase1 (a key, an output) and phase2 reading it, in both forms CDKTF
// renders a reference into another stack: directly (before synthesis) and through
// terraform_remote_state (in cdktf.out).
func twoStacks(t *testing.T, phase2Attr string) (*Stack, *Stack) {
	t.Helper()
	p1, err := ParseStackJSON("phase1", []byte(`{
		"terraform":{"backend":{"s3":{"key":"dev/phase1.tfstate"}}},
		"provider":{"aws":[{"region":"us-east-1","default_tags":[{"tags":{"environment":"dev","data-classification":"phi"}}]}]},
		"resource":{"aws_kms_key":{"k":{"enable_key_rotation":true},"norot":{}},"aws_kms_alias":{"a":{"target_key_id":"${aws_kms_key.k.key_id}"}}},
		"output":{"cross-stack-output-aws_kms_keykarn":{"value":"${aws_kms_key.k.arn}"}}}`))
	if err != nil {
		t.Fatal(err)
	}
	p2, err := ParseStackJSON("phase2", []byte(`{
		"provider":{"aws":[{"region":"us-east-1","default_tags":[{"tags":{"environment":"dev","data-classification":"phi"}}]}]},
		"data":{"terraform_remote_state":{"cross-stack-reference-input-phase1":{"backend":"s3","config":{"key":"dev/phase1.tfstate"}}},
		        "aws_kms_key":{"ext":{"key_id":"alias/x"}}},
		"resource":{"aws_sqs_queue":{"q":{"kms_master_key_id":`+phase2Attr+`}}}}`))
	if err != nil {
		t.Fatal(err)
	}
	NewEnv(p1, p2)
	return p1, p2
}

func TestResolveAcrossStacks(t *testing.T) {
	for _, c := range []struct {
		name, value string
		wantAddr    string
	}{
		{"direct, before synthesis", `"${aws_kms_key.k.arn}"`, "aws_kms_key.k"},
		{"through remote state", `"${data.terraform_remote_state.cross-stack-reference-input-phase1.outputs.cross-stack-output-aws_kms_keykarn}"`, "aws_kms_key.k"},
		{"alias", `"${aws_kms_alias.a.arn}"`, "aws_kms_alias.a"},
		{"data source", `"${data.aws_kms_key.ext.arn}"`, "data.aws_kms_key.ext"},
		{"unknown output", `"${data.terraform_remote_state.cross-stack-reference-input-phase1.outputs.nope}"`, ""},
		{"unknown resource", `"${aws_kms_key.ghost.arn}"`, ""},
		{"variable", `"${var.key}"`, ""},
		{"function", `"${element(aws_kms_key.k.*.arn, 0)}"`, ""},
		{"literal", `"arn:aws:kms:us-east-1:111122223333:key/abc"`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, p2 := twoStacks(t, c.value)
			q := p2.OfType("aws_sqs_queue")[0]
			got, ok := p2.Resolve(q.Attrs["kms_master_key_id"])
			if c.wantAddr == "" {
				if ok {
					t.Fatalf("resolved %s, want unresolved", got.Resource.Address())
				}
				return
			}
			if !ok || got.Resource.Address() != c.wantAddr {
				t.Fatalf("got %+v %v, want %s", got, ok, c.wantAddr)
			}
		})
	}
}

func TestManagedKey(t *testing.T) {
	for _, c := range []struct {
		name, value string
		ok          bool
		detail      string
	}{
		{"key of another stack", `"${aws_kms_key.k.arn}"`, true, ""},
		{"key through remote state", `"${data.terraform_remote_state.cross-stack-reference-input-phase1.outputs.cross-stack-output-aws_kms_keykarn}"`, true, ""},
		{"alias of a rotating key", `"${aws_kms_alias.a.arn}"`, true, ""},
		{"key without rotation", `"${aws_kms_key.norot.arn}"`, false, "does not rotate"},
		{"aws-managed alias", `"alias/aws/sqs"`, false, "AWS-managed"},
		{"aws-managed alias ARN", `"arn:aws:kms:us-east-1:111122223333:alias/aws/s3"`, false, "AWS-managed"},
		{"literal ARN", `"arn:aws:kms:us-east-1:111122223333:key/abc"`, false, "literal key"},
		{"data source", `"${data.aws_kms_key.ext.arn}"`, false, "cannot verify"},
		{"empty", `""`, false, "no key"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, p2 := twoStacks(t, c.value)
			ok, detail := p2.ManagedKey(p2.OfType("aws_sqs_queue")[0].Attrs["kms_master_key_id"])
			if ok != c.ok || !strings.Contains(detail, c.detail) {
				t.Fatalf("got %v %q, want %v containing %q", ok, detail, c.ok, c.detail)
			}
		})
	}
}

func TestPHIScope(t *testing.T) {
	s := doc(t, "dev", map[string]string{
		"aws_s3_bucket.plain":     `{}`,
		"aws_s3_bucket.tagged":    `{"tags":{"phi":"true","data-classification":"internal"}}`,
		"aws_s3_bucket.falsetag":  `{"tags":{"phi":"false"}}`,
		"aws_s3_bucket.exempt":    `{"//":{"hipaa_not_phi":"S3 server access logs: request metadata only"}}`,
		"aws_s3_bucket.shortwhy":  `{"//":{"hipaa_not_phi":"logs"}}`,
		"aws_s3_bucket.internal":  `{"tags":{"data-classification":"internal"}}`,
		"aws_dynamodb_table.t":    `{}`,
		"aws_sqs_queue.notastore": `{}`,
	})
	want := map[string]bool{"plain": true, "tagged": true, "falsetag": true, "exempt": false, "shortwhy": true, "internal": false, "t": true, "notastore": false}
	for _, r := range s.Resources {
		if got := s.IsPHI(r); got != want[r.Name] {
			t.Errorf("IsPHI(%s) = %v, want %v", r.Address(), got, want[r.Name])
		}
	}
	// The short reason is itself an error; the exemption's reason reaches the report.
	var short, shown bool
	for _, f := range Check(s, []*Rule{S3ObjectLock}) {
		short = short || (f.Rule.ID == SuppressionRuleID && f.Resource.Name == "shortwhy" && f.Blocking())
		shown = shown || (f.Resource.Name == "exempt" && f.Status == NotApplicable && strings.Contains(f.Reason, "request metadata"))
	}
	if !short || !shown {
		t.Errorf("short not-PHI reason blocking: %v; exemption reason shown: %v", short, shown)
	}
}

func TestPHIUnsuppressible(t *testing.T) {
	rule := &Rule{ID: "enc", Level: Error, Types: []string{"aws_s3_bucket"}, PHIUnsuppressible: true,
		Check: func(*Stack, *Resource) (Status, string) { return Fail, "unencrypted" }}
	s := doc(t, "dev", map[string]string{
		"aws_s3_bucket.phi":  `{"//":{"hipaa_suppressions":{"enc":"a reason that is long enough"}}}`,
		"aws_s3_bucket.logs": `{"//":{"hipaa_suppressions":{"enc":"a reason that is long enough"},"hipaa_not_phi":"S3 server access logs: request metadata only"}}`,
	})
	got := map[string]Status{}
	for _, f := range Check(s, []*Rule{rule}) {
		got[f.Resource.Name] = f.Status
	}
	if got["phi"] != Fail || got["logs"] != Suppressed {
		t.Fatalf("got %v: a PHI store's encryption must not be suppressible, a non-PHI store's may be", got)
	}
}

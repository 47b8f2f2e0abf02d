package tests

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/stacks"
)

// mutation is one realistic unsafe edit of the real production synthesis: a tired
// engineer's change or a hurried merge. Each must make the named rule block.
type mutation struct {
	name  string
	stack string
	// typ and match select the resources edited: every resource of typ whose address
	// contains match.
	typ, match string
	edit       func(attrs map[string]any)
	// rule must produce a blocking finding (on any resource of the environment).
	rule string
}

// mutations over the production synthesis; see TestMutationsAreCaught.
var mutations = []mutation{
	{"key rotation off", stacks.IDPhase1, "aws_kms_key", "DataKey", func(a map[string]any) { a["enable_key_rotation"] = false }, "kms-rotation"},
	{"documents bucket with the AWS-managed key", stacks.IDPhase2, "aws_s3_bucket_server_side_encryption_configuration", "Documents", func(a map[string]any) {
		set(a, "alias/aws/s3", "rule", 0, "apply_server_side_encryption_by_default", 0, "kms_master_key_id")
	}, "s3-kms-encryption"},
	{"documents bucket without Object Lock, phi tag dropped", stacks.IDPhase2, "aws_s3_bucket", "Documents_Bucket", func(a map[string]any) {
		delete(a, "tags")
		a["object_lock_enabled"] = false
	}, "s3-object-lock"},
	{"versioning suspended", stacks.IDPhase2, "aws_s3_bucket_versioning", "Documents", func(a map[string]any) {
		set(a, "Suspended", "versioning_configuration", 0, "status")
	}, "s3-versioning"},
	{"public access block loosened", stacks.IDBootstrap, "aws_s3_bucket_public_access_block", "StateBucket", func(a map[string]any) { a["restrict_public_buckets"] = false }, "s3-public-access-block"},
	{"log group retention shortened", stacks.IDPhase1, "aws_cloudwatch_log_group", "FlowLog", func(a map[string]any) { a["retention_in_days"] = 30 }, "logs-retention"},
	{"function outside the VPC", stacks.IDPhase1, "aws_lambda_function", "ServicePatient", func(a map[string]any) { delete(a, "vpc_config") }, "lambda-hardened"},
	{"trail without log file validation", stacks.IDPhase2, "aws_cloudtrail", "", func(a map[string]any) { a["enable_log_file_validation"] = false }, "cloudtrail-hardened"},
	{"GuardDuty detector disabled", stacks.IDPhase2, "aws_guardduty_detector", "", func(a map[string]any) { a["enable"] = false }, "guardduty-s3-protection"},
	{"wildcard action in a service policy", stacks.IDPhase2, "aws_iam_role_policy", "RoleRecords", func(a map[string]any) {
		a["policy"] = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::hh-prod-documents-333333333333/*"}]}`
	}, "iam-no-wildcard-action"},
	{"Neon history shortened", stacks.IDPhase1, "neon_project", "", func(a map[string]any) { a["history_retention_seconds"] = 3600 }, "neon-history-retention"},
	{"subnet assigns public IPs", stacks.IDPhase1, "aws_subnet", "PrivateSubnet", func(a map[string]any) { a["map_public_ip_on_launch"] = true }, "subnet-no-public-ip"},
}

// set assigns v at the path inside a (maps and lists, as dig reads them).
func set(a map[string]any, v any, keys ...any) {
	var cur any = a
	for i, k := range keys {
		last := i == len(keys)-1
		switch key := k.(type) {
		case string:
			m := cur.(map[string]any)
			if last {
				m[key] = v
				return
			}
			cur = m[key]
		case int:
			if l, ok := cur.([]any); ok {
				cur = l[key]
			}
			// a block rendered as an object: index 0 is the object itself
		}
	}
}

// rawProduction is the production platform as CheckStacks reads it (with the "//"
// metadata that carries suppressions), one decoded document per stack.
func rawProduction(t *testing.T) map[string][]byte {
	t.Helper()
	s := synth(t, "production")
	out := map[string][]byte{}
	for _, st := range s.platform.Stacks() {
		raw, err := json.Marshal(st.ToTerraform())
		if err != nil {
			t.Fatal(err)
		}
		out[*st.Node().Id()] = raw
	}
	return out
}

// checkDocs parses the stacks as one environment and runs the pack.
func checkDocs(t *testing.T, docs map[string]map[string]any) []compliance.Finding {
	t.Helper()
	var parsed []*compliance.Stack
	for _, id := range []string{stacks.IDBootstrap, stacks.IDPhase1, stacks.IDPhase2, stacks.IDPhase3, stacks.IDPhase4} {
		if d, ok := docs[id]; ok {
			parsed = append(parsed, compliance.ParseStack(id, d))
		}
	}
	return compliance.CheckEnv(compliance.NewEnv(parsed...), compliance.HIPAAPack)
}

// TestMutationsAreCaught edits one attribute of the real production synthesis at a
// time and expects the named rule to block: the pack catches the mistake on the JSON
// this product really produces, not only on hand-written snippets.
func TestMutationsAreCaught(t *testing.T) {
	raw := rawProduction(t)
	decode := func() map[string]map[string]any {
		docs := map[string]map[string]any{}
		for id, b := range raw {
			var d map[string]any
			if err := json.Unmarshal(b, &d); err != nil {
				t.Fatal(err)
			}
			docs[id] = d
		}
		return docs
	}
	if blocking := compliance.Blocking(checkDocs(t, decode())); len(blocking) > 0 {
		t.Fatalf("the unmutated production synthesis must pass; first: %s", blocking[0])
	}
	for _, m := range mutations {
		t.Run(m.name, func(t *testing.T) {
			docs := decode()
			group, _ := docs[m.stack]["resource"].(map[string]any)[m.typ].(map[string]any)
			edited := 0
			for name, attrs := range group {
				if strings.Contains(name, m.match) {
					m.edit(attrs.(map[string]any))
					edited++
				}
			}
			if edited == 0 {
				t.Fatalf("no %s matching %q in %s: the mutation no longer applies", m.typ, m.match, m.stack)
			}
			var fired []string
			for _, f := range compliance.Blocking(checkDocs(t, docs)) {
				if f.Rule.ID == m.rule {
					return
				}
				fired = append(fired, f.Rule.ID)
			}
			t.Errorf("rule %s did not block (blocking: %v)", m.rule, fired)
		})
	}
}

package tests

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/stacks"
)

// These assertions hold the bootstrap stack's safety properties independently of the
// golden files, so a blind `-update` cannot erase them.
func TestBootstrapStateBucketIsLockedDown(t *testing.T) {
	for _, envName := range config.Names() {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDBootstrap)

			stateName, logName := bucketByName(t, d, stacks.StateBucketName(s.env)), bucketByName(t, d, s.env.NamePrefix+"-tfstate-logs-"+s.env.AWS.AccountID)
			if d.resources("aws_s3_bucket")[stateName]["force_destroy"] != false {
				t.Error("state bucket: force_destroy must be false")
			}
			for _, name := range []string{stateName, logName} {
				b := d.resources("aws_s3_bucket")[name]
				if path(b, "lifecycle", "prevent_destroy") != true {
					t.Errorf("bucket %s: lifecycle.prevent_destroy must be true", name)
				}
				if st := path(d.attachedTo("aws_s3_bucket_versioning", "aws_s3_bucket", name), "versioning_configuration", "status"); st != "Enabled" {
					t.Errorf("bucket %s: versioning %v, want Enabled", name, st)
				}
				pab := d.attachedTo("aws_s3_bucket_public_access_block", "aws_s3_bucket", name)
				for _, k := range []string{"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"} {
					if pab[k] != true {
						t.Errorf("bucket %s: public access block %s = %v, want true", name, k, pab[k])
					}
				}
				if o := path(d.attachedTo("aws_s3_bucket_ownership_controls", "aws_s3_bucket", name), "rule", "object_ownership"); o != "BucketOwnerEnforced" {
					t.Errorf("bucket %s: object ownership %v, want BucketOwnerEnforced", name, o)
				}
				assertDeniesInsecureTransport(t, d.attachedTo("aws_s3_bucket_policy", "aws_s3_bucket", name)["policy"], name)
			}

			// State bucket: SSE-KMS with the rotating customer-managed key, bucket keys on.
			sse := path(d.attachedTo("aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket", stateName), "rule", 0)
			if path(sse, "apply_server_side_encryption_by_default", "sse_algorithm") != "aws:kms" || path(sse, "bucket_key_enabled") != true {
				t.Errorf("state bucket encryption = %v, want aws:kms with bucket key", sse)
			}
			keyRef, _ := path(sse, "apply_server_side_encryption_by_default", "kms_master_key_id").(string)
			if !strings.HasPrefix(keyRef, "${aws_kms_key.") {
				t.Fatalf("state bucket key = %q, want a reference to the stack's aws_kms_key", keyRef)
			}
			keyName := strings.Split(keyRef, ".")[1]
			key := d.resources("aws_kms_key")[keyName]
			if key["enable_key_rotation"] != true || key["deletion_window_in_days"] != 30.0 || path(key, "lifecycle", "prevent_destroy") != true {
				t.Errorf("state key: rotation %v, deletion window %v, prevent_destroy %v; want true, 30, true",
					key["enable_key_rotation"], key["deletion_window_in_days"], path(key, "lifecycle", "prevent_destroy"))
			}

			// Access logging of the state bucket goes to the log bucket.
			logging := d.attachedTo("aws_s3_bucket_logging", "aws_s3_bucket", stateName)
			if tb, _ := logging["target_bucket"].(string); !strings.HasPrefix(tb, "${aws_s3_bucket."+logName+".") {
				t.Errorf("state bucket logs to %v, want the log bucket %s", tb, logName)
			}

			// Old state versions are kept for the configured days; uploads are aborted.
			rules := lifecycleRules(d.attachedTo("aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket", stateName))
			if got := path(rules["expire-noncurrent-versions"], "noncurrent_version_expiration", 0, "noncurrent_days"); got != float64(s.env.Retention.StateVersionDays) {
				t.Errorf("state noncurrent versions expire after %v days, want %d", got, s.env.Retention.StateVersionDays)
			}
			if rules["abort-incomplete-multipart-uploads"] == nil {
				t.Error("state bucket: no rule aborting incomplete multipart uploads")
			}

			// Log bucket: kept for the audit period; only this account's S3 may deliver.
			logRules := lifecycleRules(d.attachedTo("aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket", logName))
			if got := path(logRules["expire-after-retention"], "expiration", 0, "days"); got != float64(s.env.Retention.AuditLogDays) {
				t.Errorf("access logs expire after %v days, want the audit retention %d", got, s.env.Retention.AuditLogDays)
			}
			for _, st := range policyStatements(t, d.attachedTo("aws_s3_bucket_policy", "aws_s3_bucket", logName)["policy"]) {
				if st["Effect"] == "Allow" && path(st, "Condition", "StringEquals", "aws:SourceAccount") != s.env.AWS.AccountID {
					t.Errorf("log bucket allow statement %v is not limited to account %s", st["Sid"], s.env.AWS.AccountID)
				}
			}
		})
	}
}

func TestBootstrapKeepsLocalStateAndPinsProviders(t *testing.T) {
	for _, envName := range config.Names() {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDBootstrap)
			if got := path(d.m, "terraform", "backend", "local", "path"); got != "../../../state/"+envName+"/bootstrap.tfstate" {
				t.Errorf("bootstrap backend path = %v", got)
			}
			if got := path(d.m, "terraform", "required_version"); got != stacks.RequiredTerraformVersion {
				t.Errorf("required_version = %v", got)
			}
			aws := path(d.m, "provider", "aws", 0)
			if ids, _ := json.Marshal(path(aws, "allowed_account_ids")); string(ids) != `["`+s.env.AWS.AccountID+`"]` {
				t.Errorf("allowed_account_ids = %s", ids)
			}
			tags, _ := path(aws, "default_tags", 0, "tags").(map[string]any)
			for _, k := range []string{"owner", "cost-center", "data-classification", "environment"} {
				if tags[k] == nil || tags[k] == "" {
					t.Errorf("default tag %q missing: %v", k, tags)
				}
			}
		})
	}
}

// TestStackBackend checks the backend every phase stack gets from the shared base.
func TestStackBackend(t *testing.T) {
	for _, envName := range config.Names() {
		t.Run(envName, func(t *testing.T) {
			env, err := config.Load(envName)
			if err != nil {
				t.Fatal(err)
			}
			app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(t.TempDir())})
			base := stacks.NewBase(app, "phase9", env, stacks.BaseOptions{})
			var d map[string]any
			if err := json.Unmarshal([]byte(*cdktf.Testing_Synth(base.Stack, jsii.Bool(true))), &d); err != nil {
				t.Fatal(err)
			}
			backend := path(d, "terraform", "backend")
			if env.StateBackend.Type == "local" {
				if got := path(backend, "local", "path"); got != "../../../state/"+envName+"/phase9.tfstate" {
					t.Errorf("local state path = %v", got)
				}
				return
			}
			s3 := path(backend, "s3")
			want := map[string]any{
				"bucket":       stacks.StateBucketName(env),
				"key":          envName + "/phase9.tfstate",
				"region":       env.AWS.Region,
				"encrypt":      true,
				"use_lockfile": true,
				"kms_key_id":   "arn:aws:kms:" + env.AWS.Region + ":" + env.AWS.AccountID + ":" + stacks.StateKeyAlias(env),
			}
			for k, v := range want {
				if got := path(s3, k); got != v {
					t.Errorf("s3 backend %s = %v, want %v", k, got, v)
				}
			}
			if path(s3, "dynamodb_table") != nil {
				t.Error("s3 backend must lock with the S3 lock file, not DynamoDB")
			}
		})
	}
}

// TestSuppressionsCarryReasons reads the raw stack (Testing_Synth strips "//").
func TestSuppressionsCarryReasons(t *testing.T) {
	s := synth(t, "dev")
	raw := s.platform.Bootstrap.Stack.ToTerraform()
	b, _ := json.Marshal(raw)
	var d map[string]any
	_ = json.Unmarshal(b, &d)
	count := 0
	for _, group := range path(d, "resource").(map[string]any) {
		for name, r := range group.(map[string]any) {
			supp, _ := path(r, "//", compliance.MetadataKey).(map[string]any)
			for rule, reason := range supp {
				count++
				if r, _ := reason.(string); len(r) < compliance.MinReasonLength {
					t.Errorf("%s: suppression of %s has a reason under %d characters: %q", name, rule, compliance.MinReasonLength, r)
				}
			}
		}
	}
	if count == 0 {
		t.Error("expected the access-log bucket's SSE-S3 suppression in the bootstrap stack")
	}
}

func bucketByName(t *testing.T, d *tfDoc, name string) string {
	t.Helper()
	for id, b := range d.resources("aws_s3_bucket") {
		if b["bucket"] == name {
			return id
		}
	}
	t.Fatalf("no aws_s3_bucket named %s", name)
	return ""
}

func lifecycleRules(lc map[string]any) map[string]any {
	out := map[string]any{}
	rules, _ := lc["rule"].([]any)
	for _, r := range rules {
		if id, _ := path(r, "id").(string); id != "" && path(r, "status") == "Enabled" {
			out[id] = r
		}
	}
	return out
}

func assertDeniesInsecureTransport(t *testing.T, policy any, bucket string) {
	t.Helper()
	for _, st := range policyStatements(t, policy) {
		if st["Effect"] == "Deny" && path(st, "Condition", "Bool", "aws:SecureTransport") == "false" && path(st, "Principal") == "*" {
			res, _ := json.Marshal(st["Resource"])
			if strings.Contains(string(res), ".arn}\"") && strings.Contains(string(res), ".arn}/*\"") {
				return
			}
		}
	}
	t.Errorf("bucket %s: policy does not deny insecure transport on the bucket and its objects", bucket)
}

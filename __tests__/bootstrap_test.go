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

// TestBootstrapStateReplicatesToDRRegion holds the state's disaster-recovery copy
// (production) independently of the golden files: a replica in the DR region under its
// own key, versioned, GOVERNANCE Object Lock, replicated whole from the state bucket,
// with the replication alarms on a topic of the bootstrap stack.
func TestBootstrapStateReplicatesToDRRegion(t *testing.T) {
	for _, envName := range config.Names() {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDBootstrap)
			if !s.env.IsProduction() {
				if n := len(d.resources("aws_s3_bucket_replication_configuration")); n != 0 {
					t.Errorf("%s: %d replication configurations, want none outside production", envName, n)
				}
				return
			}
			var drRegion any
			for _, p := range path(d.m, "provider", "aws").([]any) {
				if path(p, "alias") == "dr" {
					drRegion = path(p, "region")
				}
			}
			if drRegion != s.env.AWS.DRRegion {
				t.Fatalf("provider aws.dr region = %v, want %s", drRegion, s.env.AWS.DRRegion)
			}
			state := bucketByName(t, d, stacks.StateBucketName(s.env))
			replica := bucketByName(t, d, stacks.StateReplicaBucketName(s.env))
			rb := d.resources("aws_s3_bucket")[replica]
			if rb["provider"] != "aws.dr" || rb["object_lock_enabled"] != true || path(rb, "lifecycle", "prevent_destroy") != true {
				t.Errorf("replica bucket: provider %v, object_lock_enabled %v, prevent_destroy %v; want aws.dr, true, true",
					rb["provider"], rb["object_lock_enabled"], path(rb, "lifecycle", "prevent_destroy"))
			}
			if st := path(d.attachedTo("aws_s3_bucket_versioning", "aws_s3_bucket", replica), "versioning_configuration", "status"); st != "Enabled" {
				t.Errorf("replica versioning %v, want Enabled", st)
			}
			lock := path(d.attachedTo("aws_s3_bucket_object_lock_configuration", "aws_s3_bucket", replica), "rule", "default_retention")
			if path(lock, "mode") != "GOVERNANCE" || path(lock, "days") != float64(s.env.Retention.StateVersionDays) {
				t.Errorf("replica default retention %v, want GOVERNANCE for %d days", lock, s.env.Retention.StateVersionDays)
			}
			rules := lifecycleRules(d.attachedTo("aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket", replica))
			if days, _ := path(rules["expire-noncurrent-versions"], "noncurrent_version_expiration", 0, "noncurrent_days").(float64); days < float64(s.env.Retention.StateVersionDays) {
				t.Errorf("replica noncurrent versions expire after %v days, before the lock's %d", days, s.env.Retention.StateVersionDays)
			}

			// Its own key, in the DR region, not the state key.
			sse := path(d.attachedTo("aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket", replica), "rule", 0, "apply_server_side_encryption_by_default")
			keyRef, _ := path(sse, "kms_master_key_id").(string)
			stateSSE := path(d.attachedTo("aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket", state), "rule", 0, "apply_server_side_encryption_by_default", "kms_master_key_id")
			if !strings.HasPrefix(keyRef, "${aws_kms_key.") || keyRef == stateSSE {
				t.Fatalf("replica key = %q (state key %v), want a key of its own", keyRef, stateSSE)
			}
			replicaKey := strings.Split(keyRef, ".")[1]
			if k := d.resources("aws_kms_key")[replicaKey]; k["provider"] != "aws.dr" || k["enable_key_rotation"] != true {
				t.Errorf("replica key: provider %v, rotation %v; want aws.dr, true", k["provider"], k["enable_key_rotation"])
			}

			// Replication: the whole state bucket, enabled, to the replica under its key,
			// with Replication Time Control.
			repl := d.attachedTo("aws_s3_bucket_replication_configuration", "aws_s3_bucket", state)
			rule := path(repl, "rule", 0)
			if path(rule, "status") != "Enabled" || path(rule, "filter", "prefix") != "" {
				t.Errorf("replication rule status %v, filter %v; want Enabled, the whole bucket", path(rule, "status"), path(rule, "filter"))
			}
			if dst, _ := path(rule, "destination", "bucket").(string); !strings.HasPrefix(dst, "${aws_s3_bucket."+replica+".") {
				t.Errorf("replication destination %q, want the replica %s", dst, replica)
			}
			if k, _ := path(rule, "destination", "encryption_configuration", "replica_kms_key_id").(string); !strings.HasPrefix(k, "${aws_kms_key."+replicaKey+".") {
				t.Errorf("replicas encrypted with %q, want the replica key", k)
			}
			if path(rule, "destination", "replication_time", "status") != "Enabled" {
				t.Error("replication without Replication Time Control: the latency alarm has no metric")
			}

			// Only the deploy role deletes versions or touches retention; a plain delete
			// (how a stale lock file is released after a failover) stays possible.
			var protects bool
			for _, st := range policyStatements(t, d.attachedTo("aws_s3_bucket_policy", "aws_s3_bucket", replica)["policy"]) {
				acts, _ := json.Marshal(st["Action"])
				if st["Effect"] == "Deny" && strings.Contains(string(acts), `"s3:DeleteObject"`) {
					t.Errorf("replica policy statement %v denies s3:DeleteObject: a stale lock file could not be released after a failover", st["Sid"])
				}
				if st["Effect"] == "Deny" && strings.Contains(string(acts), "s3:DeleteObjectVersion") && strings.Contains(string(acts), "s3:BypassGovernanceRetention") &&
					path(st, "Condition", "ArnNotEquals", "aws:PrincipalArn") == s.env.AWS.DeployRoleArn {
					protects = true
				}
			}
			if !protects {
				t.Error("replica policy does not reserve version deletion and governance bypass to the deploy role")
			}

			// Alarms: failed operations and latency, on a topic of this stack encrypted
			// with the state key (bootstrap depends on no other stack).
			metrics := map[string]bool{}
			for name, a := range d.resources("aws_cloudwatch_metric_alarm") {
				if path(a, "namespace") != "AWS/S3" {
					continue
				}
				metrics[a["metric_name"].(string)] = true
				if src, _ := path(a, "dimensions", "SourceBucket").(string); !strings.HasPrefix(src, "${aws_s3_bucket."+state+".") {
					t.Errorf("alarm %s: SourceBucket %q, want the state bucket", name, src)
				}
				if dst, _ := path(a, "dimensions", "DestinationBucket").(string); !strings.HasPrefix(dst, "${aws_s3_bucket."+replica+".") {
					t.Errorf("alarm %s: DestinationBucket %q, want the replica", name, dst)
				}
				action, _ := path(a, "alarm_actions", 0).(string)
				if !strings.HasPrefix(action, "${aws_sns_topic.") {
					t.Fatalf("alarm %s notifies %q, want a topic of the bootstrap stack", name, action)
				}
				topic := d.resources("aws_sns_topic")[strings.Split(action, ".")[1]]
				if topic["kms_master_key_id"] != stateSSE {
					t.Errorf("alarm topic encrypted with %v, want the state key %v", topic["kms_master_key_id"], stateSSE)
				}
			}
			for _, m := range []string{"OperationsFailedReplication", "ReplicationLatency"} {
				if !metrics[m] {
					t.Errorf("no alarm on the state replication's %s", m)
				}
			}
			if len(d.resources("aws_sns_topic_subscription")) != len(s.env.Alerts.Emails) {
				t.Errorf("%d e-mail subscriptions, want one per alerts.emails (%d)", len(d.resources("aws_sns_topic_subscription")), len(s.env.Alerts.Emails))
			}
		})
	}
}

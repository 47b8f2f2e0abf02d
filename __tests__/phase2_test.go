package tests

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/stacks"
)

// Direct assertions of phase 2's safety properties, independent of the golden files.

// bucketNamed finds the aws_s3_bucket with the given bucket name.
func bucketNamed(t *testing.T, d *tfDoc, name string) (string, map[string]any) {
	t.Helper()
	for n, b := range d.resources("aws_s3_bucket") {
		if b["bucket"] == name {
			return n, b
		}
	}
	t.Fatalf("no aws_s3_bucket named %q", name)
	return "", nil
}

// resourceWith returns the resources of typ whose attribute attr equals value.
func resourceWith(d *tfDoc, typ, attr string, value any) []map[string]any {
	var out []map[string]any
	for _, r := range d.resources(typ) {
		if r[attr] == value {
			out = append(out, r)
		}
	}
	return out
}

func TestPhase2DocumentBucketIsLockedEncryptedAndPrivate(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase2) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			env := s.env
			d := s.doc(t, stacks.IDPhase2)
			name, b := bucketNamed(t, d, fmt.Sprintf("%s-documents-%s", env.NamePrefix, env.AWS.AccountID))

			if b["object_lock_enabled"] != true || path(b, "tags", "phi") != "true" || path(b, "lifecycle", "prevent_destroy") != true {
				t.Errorf("documents bucket: object_lock_enabled %v, phi tag %v, prevent_destroy %v", b["object_lock_enabled"], path(b, "tags", "phi"), path(b, "lifecycle", "prevent_destroy"))
			}
			lock := d.attachedTo("aws_s3_bucket_object_lock_configuration", "aws_s3_bucket", name)
			wantMode := "GOVERNANCE"
			if env.IsProduction() {
				wantMode = "COMPLIANCE"
			}
			if m := path(lock, "rule", "default_retention", "mode"); m != wantMode || env.Documents.ObjectLockMode != wantMode {
				t.Errorf("object lock mode %v (config %s), want %s", m, env.Documents.ObjectLockMode, wantMode)
			}
			if days := path(lock, "rule", "default_retention", "days"); days != float64(env.Retention.DataDays) || env.Retention.DataDays < config.FloorDataDays {
				t.Errorf("object lock days %v, want retention.dataDays %d (>= %d)", days, env.Retention.DataDays, config.FloorDataDays)
			}

			sse := d.attachedTo("aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket", name)
			keyRef, _ := path(sse, "rule", 0, "apply_server_side_encryption_by_default", "kms_master_key_id").(string)
			if path(sse, "rule", 0, "apply_server_side_encryption_by_default", "sse_algorithm") != "aws:kms" || path(sse, "rule", 0, "bucket_key_enabled") != true {
				t.Errorf("documents encryption: %v", sse)
			}
			key := refName(t, keyRef, "aws_kms_key")
			if !strings.HasPrefix(key, "DocumentsKey") {
				t.Errorf("documents are encrypted with %s, want their own DocumentsKey", key)
			}
			if k := d.resources("aws_kms_key")[key]; k["enable_key_rotation"] != true {
				t.Errorf("documents key %s does not rotate", key)
			}

			pab := d.attachedTo("aws_s3_bucket_public_access_block", "aws_s3_bucket", name)
			for _, f := range []string{"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"} {
				if pab[f] != true {
					t.Errorf("public access block %s = %v", f, pab[f])
				}
			}
			if o := d.attachedTo("aws_s3_bucket_ownership_controls", "aws_s3_bucket", name); path(o, "rule", "object_ownership") != "BucketOwnerEnforced" {
				t.Errorf("ownership %v", o)
			}
			if v := d.attachedTo("aws_s3_bucket_versioning", "aws_s3_bucket", name); path(v, "versioning_configuration", "status") != "Enabled" {
				t.Errorf("versioning %v", v)
			}

			// Access logs go to an SSE-S3 bucket: S3 log delivery cannot write to SSE-KMS.
			logging := d.attachedTo("aws_s3_bucket_logging", "aws_s3_bucket", name)
			target := refName(t, logging["target_bucket"], "aws_s3_bucket")
			if alg := path(d.attachedTo("aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket", target), "rule", 0, "apply_server_side_encryption_by_default", "sse_algorithm"); alg != "AES256" {
				t.Errorf("access-log bucket %s uses %v, want AES256", target, alg)
			}

			// Lifecycle: colder classes at the configured ages, old versions only after the
			// retention, multipart uploads aborted.
			rules := map[string]map[string]any{}
			for _, r := range path(d.attachedTo("aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket", name), "rule").([]any) {
				rules[r.(map[string]any)["id"].(string)] = r.(map[string]any)
			}
			if path(rules["abort-incomplete-multipart-uploads"], "abort_incomplete_multipart_upload", 0, "days_after_initiation") == nil {
				t.Errorf("no multipart abort rule: %v", rules)
			}
			if days, _ := path(rules["expire-noncurrent-versions"], "noncurrent_version_expiration", 0, "noncurrent_days").(float64); int(days) < env.Retention.DataDays {
				t.Errorf("noncurrent versions expire after %v days, before the %d-day retention", days, env.Retention.DataDays)
			}
			if _, ok := rules["expire-after-retention"]; ok {
				t.Errorf("current documents must not expire")
			}
			tr := rules["transition-to-colder-storage"]
			if path(tr, "transition", 0, "storage_class") != "STANDARD_IA" || path(tr, "transition", 0, "days") != float64(env.Documents.InfrequentAccessAfterDays) ||
				path(tr, "transition", 1, "storage_class") != "GLACIER_IR" || path(tr, "transition", 1, "days") != float64(env.Documents.ArchiveAfterDays) {
				t.Errorf("transitions %v, want STANDARD_IA at %d and GLACIER_IR at %d", path(tr, "transition"), env.Documents.InfrequentAccessAfterDays, env.Documents.ArchiveAfterDays)
			}

			// Policy: TLS only, and uploads only under this bucket's key.
			pol := d.attachedTo("aws_s3_bucket_policy", "aws_s3_bucket", name)
			var tls, otherKey, deletes bool
			for _, st := range policyStatements(t, pol["policy"]) {
				if st["Effect"] != "Deny" {
					continue
				}
				if slices.Contains(asList(st["Action"]), "s3:DeleteObjectVersion") && slices.Contains(asList(st["Action"]), "s3:BypassGovernanceRetention") &&
					slices.Equal(asList(path(st, "Condition", "ArnNotEquals", "aws:PrincipalArn")), []string{env.AWS.DeployRoleArn}) {
					deletes = true
				}
				if path(st, "Condition", "Bool", "aws:SecureTransport") == "false" {
					tls = true
				}
				ids := asList(path(st, "Condition", "StringNotEqualsIfExists", "s3:x-amz-server-side-encryption-aws-kms-key-id"))
				if slices.Contains(ids, "${aws_kms_key."+key+".arn}") {
					otherKey = true
				}
			}
			if !tls || !otherKey || !deletes {
				t.Errorf("documents policy: denies non-TLS %v, denies other keys %v, denies deletes and retention changes to all but the deploy role %v", tls, otherKey, deletes)
			}

			repl := d.resources("aws_s3_bucket_replication_configuration")
			if !env.IsProduction() {
				if len(repl) != 0 {
					t.Errorf("replication outside production: %v", repl)
				}
				return
			}
			r := d.attachedTo("aws_s3_bucket_replication_configuration", "aws_s3_bucket", name)
			drName := refName(t, path(r, "rule", 0, "destination", "bucket"), "aws_s3_bucket")
			dr := d.resources("aws_s3_bucket")[drName]
			if dr["provider"] != "aws.dr" || dr["object_lock_enabled"] != true || path(dr, "lifecycle", "prevent_destroy") != true {
				t.Errorf("DR bucket %s: %v", drName, dr)
			}
			replicaKey := refName(t, path(r, "rule", 0, "destination", "encryption_configuration", "replica_kms_key_id"), "aws_kms_key")
			if replicaKey == key || d.resources("aws_kms_key")[replicaKey]["provider"] != "aws.dr" {
				t.Errorf("replica key %s must be the DR region's own key", replicaKey)
			}
			var drRegion any
			for _, p := range path(d.m, "provider", "aws").([]any) {
				if path(p, "alias") == "dr" {
					drRegion = path(p, "region")
				}
			}
			if drRegion != env.AWS.DRRegion {
				t.Errorf("DR provider region %v, want %s", drRegion, env.AWS.DRRegion)
			}
		})
	}
}

// statementsOf collects the statements of every inline policy of the role.
func statementsOf(t *testing.T, d *tfDoc, roleName string) []map[string]any {
	var out []map[string]any
	for _, p := range d.resources("aws_iam_role_policy") {
		if p["role"] == "${aws_iam_role."+roleName+".id}" {
			out = append(out, policyStatements(t, p["policy"])...)
		}
	}
	return out
}

func TestPhase2ServicesAreScopedAndBehindTheAuthorizer(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase2) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDPhase2)
			roles := map[string]string{}
			for n, r := range d.resources("aws_iam_role") {
				roles[r["name"].(string)] = n
			}
			documents := fmt.Sprintf("%s-documents-%s", s.env.NamePrefix, s.env.AWS.AccountID)
			docName, _ := bucketNamed(t, d, documents)
			for _, svc := range stacks.Phase2Services {
				// A function's role, or on Railway the service's Roles Anywhere role: the
				// same data grants either way (checked below), and nothing else but,
				// respectively, the function runtime's and the deny outside Railway's
				// egress.
				role, extra := roles[s.env.NamePrefix+"-"+svc+"-fn"], "runtime"
				if s.env.Services[svc].RunsOnRailway() {
					role, extra = roles[s.env.NamePrefix+"-"+svc+"-railway"], "onlyFromRailwayEgress"
				}
				if role == "" {
					t.Fatalf("no role for %s", svc)
				}
				var policies []string
				for _, p := range d.resources("aws_iam_role_policy") {
					if p["role"] == "${aws_iam_role."+role+".id}" {
						policies = append(policies, p["name"].(string))
					}
				}
				sort.Strings(policies)
				documents := "readDocuments"
				if svc == "records" {
					documents = "readWriteDocuments"
				}
				if want := []string{documents, "readDatabaseSecret", extra}; !slices.Equal(policies, sortedCopy(want)) {
					t.Errorf("%s: policies %v, want %v", svc, policies, sortedCopy(want))
				}
				var puts, reads []string
				for _, st := range statementsOf(t, d, role) {
					for _, a := range asList(st["Action"]) {
						if (strings.HasPrefix(a, "s3:") && strings.Contains(a, "Delete")) || a == "s3:PutObjectRetention" || a == "s3:BypassGovernanceRetention" {
							t.Errorf("%s may %s", svc, a)
						}
						for _, res := range asList(st["Resource"]) {
							if a == "s3:PutObject" {
								puts = append(puts, res)
							}
							if a == "s3:GetObject" {
								reads = append(reads, res)
							}
						}
					}
				}
				objects := "${aws_s3_bucket." + docName + ".arn}/" + stacks.DocumentsPrefix + "*"
				wantPuts := []string(nil)
				if svc == "records" {
					wantPuts = []string{objects}
				}
				if !slices.Equal(puts, wantPuts) || !slices.Equal(reads, []string{objects}) {
					t.Errorf("%s: writes %v (want %v), reads %v (want [%s])", svc, puts, wantPuts, reads, objects)
				}
			}

			// Functions run in phase 1's private subnets, referenced, not duplicated.
			if len(d.resources("aws_vpc")) != 0 || len(d.resources("aws_sns_topic")) != 0 || len(d.resources("aws_apigatewayv2_api")) != 0 || len(d.resources("neon_project")) != 0 {
				t.Errorf("phase 2 duplicates phase 1's network, topic, API or database project")
			}
			remote := "${data.terraform_remote_state.cross-stack-reference-input-phase1.outputs."
			for n, fn := range d.resources("aws_lambda_function") {
				for _, id := range asList(path(fn, "vpc_config", "subnet_ids")) {
					if !strings.HasPrefix(id, remote) {
						t.Errorf("%s: subnet %s is not phase 1's", n, id)
					}
				}
			}
			routes := d.resources("aws_apigatewayv2_route")
			if len(routes) != 2*len(lambdaServicesOf(s.env, stacks.Phase2Services)) {
				t.Errorf("%d routes, want 2 per service", len(routes))
			}
			for n, r := range routes {
				if r["authorization_type"] != "CUSTOM" || !strings.HasPrefix(r["authorizer_id"].(string), remote+"cross-stack-output-aws_apigatewayv2_authorizerApiAuthorizer") || !strings.HasPrefix(r["api_id"].(string), remote) {
					t.Errorf("route %s (%v): authorization %v, authorizer %v, api %v", n, r["route_key"], r["authorization_type"], r["authorizer_id"], r["api_id"])
				}
			}
			if dbs := d.resources("neon_database"); len(dbs) != len(stacks.Phase2Services) {
				t.Errorf("%d Neon databases, want %d", len(dbs), len(stacks.Phase2Services))
			}
		})
	}
}

func TestPhase2AuditTrailDetectionAndConfig(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase2) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			env := s.env
			d := s.doc(t, stacks.IDPhase2)
			trails := d.resources("aws_cloudtrail")
			if len(trails) != 1 {
				t.Fatalf("%d trails, want 1", len(trails))
			}
			var trail map[string]any
			for _, tr := range trails {
				trail = tr
			}
			if trail["is_multi_region_trail"] != true || trail["enable_log_file_validation"] != true || trail["include_global_service_events"] != true {
				t.Errorf("trail: %v", trail)
			}
			auditKey := refName(t, trail["kms_key_id"], "aws_kms_key")
			if !strings.HasPrefix(auditKey, "AuditKey") {
				t.Errorf("trail key %s, want AuditKey", auditKey)
			}
			lg := refName(t, trail["cloud_watch_logs_group_arn"], "aws_cloudwatch_log_group")
			group := d.resources("aws_cloudwatch_log_group")[lg]
			if group["retention_in_days"] != float64(env.Retention.AuditLogDays) || group["kms_key_id"] == nil {
				t.Errorf("trail log group %v", group)
			}
			docName, _ := bucketNamed(t, d, fmt.Sprintf("%s-documents-%s", env.NamePrefix, env.AWS.AccountID))
			sel := path(trail, "event_selector", 0)
			if path(sel, "read_write_type") != "All" || path(sel, "data_resource", 0, "type") != "AWS::S3::Object" ||
				!slices.Contains(asList(path(sel, "data_resource", 0, "values")), "${aws_s3_bucket."+docName+".arn}/") {
				t.Errorf("trail data events %v do not cover reads and writes of the documents bucket", sel)
			}

			auditName, audit := bucketNamed(t, d, fmt.Sprintf("%s-audit-%s", env.NamePrefix, env.AWS.AccountID))
			if !strings.Contains(trail["s3_bucket_name"].(string), auditName) || audit["object_lock_enabled"] != true || path(audit, "lifecycle", "prevent_destroy") != true {
				t.Errorf("trail bucket %v / audit bucket %v", trail["s3_bucket_name"], audit)
			}
			lock := d.attachedTo("aws_s3_bucket_object_lock_configuration", "aws_s3_bucket", auditName)
			if path(lock, "rule", "default_retention", "days") != float64(env.Retention.AuditLogDays) {
				t.Errorf("audit lock %v, want %d days", lock, env.Retention.AuditLogDays)
			}
			pab := d.attachedTo("aws_s3_bucket_public_access_block", "aws_s3_bucket", auditName)
			if pab["restrict_public_buckets"] != true || pab["block_public_policy"] != true {
				t.Errorf("audit bucket public access block %v", pab)
			}
			for _, st := range policyStatements(t, d.attachedTo("aws_s3_bucket_policy", "aws_s3_bucket", auditName)["policy"]) {
				if st["Effect"] == "Allow" && (path(st, "Condition", "StringEquals", "aws:SourceArn") == nil && path(st, "Condition", "StringEquals", "aws:SourceAccount") == nil) {
					t.Errorf("audit bucket statement %v allows a service without a source condition", st["Sid"])
				}
			}

			// One detector per region that holds documents, each with S3 protection.
			gd := d.resources("aws_guardduty_detector")
			wantDetectors := 1
			if env.IsProduction() {
				wantDetectors = 2
			}
			if len(gd) != wantDetectors {
				t.Errorf("%d GuardDuty detectors, want %d", len(gd), wantDetectors)
			}
			for n, det := range gd {
				f := resourceWith(d, "aws_guardduty_detector_feature", "detector_id", "${aws_guardduty_detector."+n+".id}")
				if det["enable"] != true || len(f) != 1 || f[0]["name"] != "S3_DATA_EVENTS" || f[0]["status"] != "ENABLED" || f[0]["provider"] != det["provider"] {
					t.Errorf("GuardDuty %s: %v, S3 protection %v", n, det, f)
				}
			}

			for _, r := range d.resources("aws_config_configuration_recorder") {
				if path(r, "recording_group", "all_supported") != true || path(r, "recording_group", "include_global_resource_types") != true {
					t.Errorf("recorder %v", r)
				}
			}
			for _, c := range d.resources("aws_config_delivery_channel") {
				if !strings.Contains(c["s3_bucket_name"].(string), auditName) || !strings.Contains(c["s3_kms_key_arn"].(string), auditKey) {
					t.Errorf("delivery channel %v", c)
				}
			}
			if st := d.resources("aws_config_configuration_recorder_status"); len(st) != 1 {
				t.Errorf("recorder status %v", st)
			}
			var identifiers []string
			for _, r := range d.resources("aws_config_config_rule") {
				identifiers = append(identifiers, path(r, "source", "source_identifier").(string))
				if !strings.HasPrefix(r["description"].(string), "HIPAA 164.") {
					t.Errorf("config rule %v does not name its HIPAA controls", r["name"])
				}
			}
			want := []string{"CLOUD_TRAIL_ENABLED", "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "CLOUD_TRAIL_ENCRYPTION_ENABLED", "S3_BUCKET_SSL_REQUESTS_ONLY",
				"S3_DEFAULT_ENCRYPTION_KMS", "S3_BUCKET_PUBLIC_READ_PROHIBITED", "S3_BUCKET_VERSIONING_ENABLED", "CMK_BACKING_KEY_ROTATION_ENABLED",
				"GUARDDUTY_ENABLED_CENTRALIZED", "S3_BUCKET_DEFAULT_LOCK_ENABLED", "ROOT_ACCOUNT_MFA_ENABLED"}
			if env.IsProduction() {
				want = append(want, "S3_BUCKET_REPLICATION_ENABLED")
			}
			for _, w := range want {
				if !slices.Contains(identifiers, w) {
					t.Errorf("no managed Config rule %s", w)
				}
			}
		})
	}
}

func TestPhase2SecurityAlarmsReachPhase1Topic(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase2) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDPhase2)
			filters := d.resources("aws_cloudwatch_log_metric_filter")
			ns := stacks.SecurityMetricNamespace(s.env.Name)
			required := []string{"root-account-use", "iam-policy-changes", "cloudtrail-changes", "kms-key-disabled-or-deleted",
				"unauthorized-api-calls", "console-signin-without-mfa", "s3-bucket-policy-changes"}
			for _, name := range required {
				full := s.env.NamePrefix + "-security-" + name
				f := resourceWith(d, "aws_cloudwatch_log_metric_filter", "name", full)
				a := resourceWith(d, "aws_cloudwatch_metric_alarm", "alarm_name", full)
				if len(f) != 1 || len(a) != 1 {
					t.Errorf("%s: %d filters, %d alarms", name, len(f), len(a))
					continue
				}
				if !strings.HasPrefix(f[0]["log_group_name"].(string), "${aws_cloudwatch_log_group.TrailLogGroup") || f[0]["pattern"] == "" {
					t.Errorf("%s: filter on %v", name, f[0]["log_group_name"])
				}
				if path(f[0], "metric_transformation", "namespace") != ns || a[0]["namespace"] != ns ||
					path(f[0], "metric_transformation", "name") != a[0]["metric_name"] {
					t.Errorf("%s: filter metric %v does not feed alarm %v/%v", name, path(f[0], "metric_transformation"), a[0]["namespace"], a[0]["metric_name"])
				}
				actions := asList(a[0]["alarm_actions"])
				if len(actions) != 1 || !strings.HasPrefix(actions[0], "${data.terraform_remote_state.cross-stack-reference-input-phase1.outputs.") {
					t.Errorf("%s: alarm actions %v, want phase 1's alert topic", name, actions)
				}
			}
			security := 0
			for _, f := range filters {
				if strings.HasPrefix(fmt.Sprint(f["name"]), s.env.NamePrefix+"-security-") {
					security++
				}
			}
			if security != len(stacks.SecurityAlarms) || security != len(required) {
				t.Errorf("%d security metric filters, want %d", security, len(required))
			}
		})
	}
}

func TestPhase2Outputs(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase2) {
		s := synth(t, envName)
		d := s.doc(t, stacks.IDPhase2)
		outputs, _ := d.m["output"].(map[string]any)
		for _, o := range []string{"documents_bucket_name", "documents_bucket_arn", "trail_arn", "audit_bucket_name"} {
			if outputs[o] == nil {
				t.Errorf("%s: no output %s", envName, o)
			}
		}
		for _, typ := range []string{"aws_s3_bucket", "aws_kms_key", "neon_database"} {
			for n, r := range d.resources(typ) {
				if path(r, "lifecycle", "prevent_destroy") != true {
					t.Errorf("%s: %s.%s can be destroyed", envName, typ, n)
				}
			}
		}
		for n, k := range d.resources("aws_kms_key") {
			if k["enable_key_rotation"] != true {
				t.Errorf("%s: key %s does not rotate", envName, n)
			}
		}
		for n, o := range outputs {
			if strings.HasPrefix(n, "cross-stack-output-") {
				continue
			}
			if v, _ := path(o, "value").(string); strings.Contains(v, "password") || strings.Contains(v, "secret_string") {
				t.Errorf("%s: output %s exposes a secret value: %v", envName, n, v)
			}
		}
		if (outputs["dr_documents_bucket_arn"] != nil) != s.env.IsProduction() {
			t.Errorf("%s: dr_documents_bucket_arn present = %v", envName, outputs["dr_documents_bucket_arn"] != nil)
		}
	}
}

func TestPhase2FindingsAndReplicationFailuresAlert(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase2) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDPhase2)
			rules := d.resources("aws_cloudwatch_event_rule")
			targets := d.resources("aws_cloudwatch_event_target")
			var sources []string
			for n, r := range rules {
				sources = append(sources, r["event_pattern"].(string))
				var hit bool
				for _, tg := range targets {
					if tg["rule"] == "${aws_cloudwatch_event_rule."+n+".name}" &&
						strings.HasPrefix(tg["arn"].(string), "${data.terraform_remote_state.cross-stack-reference-input-phase1.outputs.cross-stack-output-aws_sns_topic") {
						hit = true
					}
				}
				if !hit {
					t.Errorf("event rule %s does not target phase 1's alert topic", n)
				}
			}
			joined := strings.Join(sources, "\n")
			// Only the access-log buckets' known exceptions are kept from the on-call.
			logBucket := fmt.Sprintf(`"anything-but":["%s-s3-access-logs-%s","%s-tfstate-logs-%s"]`, s.env.NamePrefix, s.env.AWS.AccountID, s.env.NamePrefix, s.env.AWS.AccountID)
			if !strings.Contains(joined, logBucket) || !strings.Contains(joined, `"anything-but":["`+s.env.NamePrefix+`-hipaa-s3-kms-default-encryption","`+s.env.NamePrefix+`-hipaa-s3-access-logging"]`) {
				t.Errorf("Config alerts do not exempt exactly the access-log buckets' known exceptions:\n%s", joined)
			}
			if !strings.Contains(joined, `"source":["aws.guardduty"]`) || !strings.Contains(joined, `"complianceType":["NON_COMPLIANT"]`) {
				t.Errorf("event rules miss GuardDuty findings or Config non-compliance:\n%s", joined)
			}
			if dash := resourceWith(d, "aws_cloudwatch_dashboard", "dashboard_name", s.env.NamePrefix+"-phase2-health"); len(dash) != 1 ||
				strings.Contains(dash[0]["dashboard_body"].(string), "ReplicationLatency") != s.env.IsProduction() {
				t.Errorf("phase 2 dashboard missing, or replication widgets outside production")
			}
			failed := resourceWith(d, "aws_cloudwatch_metric_alarm", "metric_name", "OperationsFailedReplication")
			if (len(failed) == 1) != s.env.IsProduction() {
				t.Errorf("%d replication-failure alarms in %s", len(failed), envName)
			}
		})
	}
}

func sortedCopy(in []string) []string {
	out := slices.Clone(in)
	sort.Strings(out)
	return out
}

// lambdaServicesOf lists the services that run as functions.
func lambdaServicesOf(env *config.Environment, services []string) []string {
	return slices.DeleteFunc(slices.Clone(services), func(svc string) bool { return env.Services[svc].RunsOnRailway() })
}

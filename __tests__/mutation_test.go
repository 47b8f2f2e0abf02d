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
	// edit changes one selected resource (a is its attributes, doc the whole stack); nil
	// deletes the selected resources.
	edit func(a, doc map[string]any)
	// rule must produce a blocking finding (on any resource of the environment).
	rule string
}

// attrs is shorthand for an edit that only looks at the resource.
func attrs(f func(a map[string]any)) func(a, doc map[string]any) {
	return func(a, _ map[string]any) { f(a) }
}

// addressOf is "${type.<the one resource of typ whose name contains match>.attr}".
func addressOf(doc map[string]any, typ, match, attr string) string {
	for name := range doc["resource"].(map[string]any)[typ].(map[string]any) {
		if strings.Contains(name, match) {
			return "${" + typ + "." + name + "." + attr + "}"
		}
	}
	return "${" + typ + ".missing." + attr + "}"
}

// insert adds a resource to the stack (for mistakes that add something).
func insert(typ, name string, a map[string]any) func(_, doc map[string]any) {
	return func(_, doc map[string]any) {
		res := doc["resource"].(map[string]any)
		if res[typ] == nil {
			res[typ] = map[string]any{}
		}
		res[typ].(map[string]any)[name] = a
	}
}

const s3Arn = "arn:aws:s3:::hh-prod-documents-333333333333"

// mutations over the production synthesis, by category of issue #10; see
// TestMutationsAreCaught.
var mutations = []mutation{
	// Network exposure.
	{"ingress from the internet on SSH", stacks.IDPhase1, "aws_vpc_security_group_ingress_rule", "EndpointIngress", attrs(func(a map[string]any) {
		delete(a, "referenced_security_group_id")
		a["cidr_ipv4"], a["from_port"], a["to_port"] = "0.0.0.0/0", 22, 22
	}), "sg-no-internet-ingress"},
	{"default security group opened by a rule resource", stacks.IDPhase1, "aws_vpc_security_group_ingress_rule", "EndpointIngress", func(a, doc map[string]any) {
		a["security_group_id"] = addressOf(doc, "aws_default_security_group", "DefaultSecurityGroup", "id")
	}, "vpc-default-sg-closed"},
	{"Postgres to the internet around PrivateLink", stacks.IDPhase1, "aws_vpc_security_group_egress_rule", "FunctionEgressNeon", attrs(func(a map[string]any) {
		delete(a, "referenced_security_group_id")
		a["cidr_ipv4"] = "0.0.0.0/0"
	}), "sg-no-internet-egress-sensitive-ports"},
	{"private route table defaulting to the internet gateway", stacks.IDPhase1, "aws_route", "PrivateDefaultRoutea", func(a, doc map[string]any) {
		delete(a, "nat_gateway_id")
		a["gateway_id"] = addressOf(doc, "aws_internet_gateway", "InternetGateway", "id")
	}, "no-private-route-to-igw"},
	{"subnet assigns public IPs", stacks.IDPhase1, "aws_subnet", "PrivateSubnet", attrs(func(a map[string]any) { a["map_public_ip_on_launch"] = true }), "subnet-no-public-ip"},
	// Unauthenticated entry points.
	{"route without authorization", stacks.IDPhase2, "aws_apigatewayv2_route", "ApiRecordsRoute0", attrs(func(a map[string]any) {
		a["authorization_type"] = "NONE"
		delete(a, "authorizer_id")
	}), "apigw-route-authorized"},
	{"function URL without auth", stacks.IDPhase2, "aws_lambda_function", "ServiceRecords", insert("aws_lambda_function_url", "Careless", map[string]any{
		"function_name": "hh-prod-records", "authorization_type": "NONE"}), "lambda-url-authorized"},
	{"public invoke permission", stacks.IDPhase2, "aws_lambda_permission", "ApiRecordsPermission", attrs(func(a map[string]any) { a["principal"] = "*" }), "lambda-no-public-permission"},
	// IAM the pack cannot read, or too wide.
	{"wildcard action in a service policy", stacks.IDPhase2, "aws_iam_role_policy", "RoleRecords", attrs(func(a map[string]any) {
		a["policy"] = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"` + s3Arn + `/*"}]}`
	}), "iam-no-wildcard-action"},
	{"data action on every resource", stacks.IDPhase2, "aws_iam_role_policy", "RoleRecords", attrs(func(a map[string]any) {
		a["policy"] = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`
	}), "iam-no-unscoped-resource"},
	{"KMS decrypt on every key", stacks.IDPhase2, "aws_iam_role_policy", "RoleProvider", attrs(func(a map[string]any) {
		a["policy"] = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"}]}`
	}), "iam-no-unscoped-resource"},
	{"NotAction grant", stacks.IDPhase2, "aws_iam_role_policy", "RoleRecords", attrs(func(a map[string]any) {
		a["policy"] = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"` + s3Arn + `"}]}`
	}), "iam-no-wildcard-action"},
	{"policy from a data source the pack cannot read", stacks.IDPhase2, "aws_iam_role_policy", "RoleRecords", attrs(func(a map[string]any) {
		a["policy"] = "${data.aws_iam_policy_document.somewhere.json}"
	}), "iam-no-wildcard-action"},
	{"inline_policy block on a role", stacks.IDPhase2, "aws_iam_role", "RoleRecords", attrs(func(a map[string]any) {
		a["inline_policy"] = []any{map[string]any{"name": "quick-fix", "policy": `{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}`}}
	}), "iam-no-wildcard-action"},
	{"AWS-managed full access attached", stacks.IDPhase2, "aws_iam_role", "RoleRecords", insert("aws_iam_role_policy_attachment", "Careless", map[string]any{
		"role": "hh-prod-records-fn", "policy_arn": "arn:aws:iam::aws:policy/AmazonS3FullAccess"}), "iam-no-admin"},
	{"trust policy open to everyone", stacks.IDPhase2, "aws_iam_role", "RoleRecords", attrs(func(a map[string]any) {
		a["assume_role_policy"] = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}`
	}), "iam-role-trust-narrowed"},
	{"service role without its boundary", stacks.IDPhase2, "aws_iam_role", "RoleRecords", attrs(func(a map[string]any) { delete(a, "permissions_boundary") }), "iam-service-role-boundary"},
	// Public principals in resource policies.
	{"bucket policy allows everyone", stacks.IDPhase2, "aws_s3_bucket_policy", "Documents_Policy", attrs(func(a map[string]any) {
		a["policy"] = `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["` + s3Arn + `","` + s3Arn + `/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}},{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"` + s3Arn + `/*"}]}`
	}), "iam-resource-policy-no-public"},
	{"key policy allows everyone", stacks.IDPhase2, "aws_kms_key", "DocumentsKey", attrs(func(a map[string]any) {
		a["policy"] = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Decrypt","Resource":"*"}]}`
	}), "iam-resource-policy-no-public"},
	{"TLS deny narrowed to one action", stacks.IDPhase2, "aws_s3_bucket_policy", "Documents_Policy", attrs(func(a map[string]any) {
		a["policy"] = `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":["` + s3Arn + `","` + s3Arn + `/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}`
	}), "s3-tls-only"},
	// PHI scope does not hang on one tag.
	{"phi tag dropped and Object Lock shortened", stacks.IDPhase2, "aws_s3_bucket_object_lock_configuration", "Documents_ObjectLock", func(a, doc map[string]any) {
		set(a, 30, "rule", 0, "default_retention", 0, "days")
		for name, b := range doc["resource"].(map[string]any)["aws_s3_bucket"].(map[string]any) {
			if strings.Contains(name, "Documents") {
				delete(b.(map[string]any), "tags")
			}
		}
	}, "s3-object-lock"},
	{"GOVERNANCE mode in production", stacks.IDPhase2, "aws_s3_bucket_object_lock_configuration", "Documents_ObjectLock", attrs(func(a map[string]any) {
		set(a, "GOVERNANCE", "rule", 0, "default_retention", 0, "mode")
	}), "s3-object-lock"},
	{"replication rule disabled", stacks.IDPhase2, "aws_s3_bucket_replication_configuration", "", attrs(func(a map[string]any) {
		set(a, "Disabled", "rule", 0, "status")
	}), "s3-replication"},
	{"documents bucket without Object Lock", stacks.IDPhase2, "aws_s3_bucket", "Documents_Bucket", attrs(func(a map[string]any) { a["object_lock_enabled"] = false }), "s3-object-lock"},
	// AWS-managed keys passing as customer-managed.
	{"documents bucket with the AWS-managed key", stacks.IDPhase2, "aws_s3_bucket_server_side_encryption_configuration", "Documents", attrs(func(a map[string]any) {
		set(a, "alias/aws/s3", "rule", 0, "apply_server_side_encryption_by_default", 0, "kms_master_key_id")
	}), "s3-kms-encryption"},
	{"secret with the AWS-managed key", stacks.IDPhase2, "aws_secretsmanager_secret", "SecretRecords", attrs(func(a map[string]any) { a["kms_key_id"] = "alias/aws/secretsmanager" }), "secrets-cmk"},
	{"table with the AWS-owned key", stacks.IDPhase3, "aws_dynamodb_table", "Appointments", attrs(func(a map[string]any) { delete(a, "server_side_encryption") }), "dynamodb-kms"},
	{"key rotation off", stacks.IDPhase1, "aws_kms_key", "DataKey", attrs(func(a map[string]any) { a["enable_key_rotation"] = false }), "kms-rotation"},
	// The detection pipeline switched off.
	{"trail logging off", stacks.IDPhase2, "aws_cloudtrail", "", attrs(func(a map[string]any) { a["enable_logging"] = false }), "cloudtrail-hardened"},
	{"trail without management events", stacks.IDPhase2, "aws_cloudtrail", "", attrs(func(a map[string]any) {
		set(a, false, "event_selector", 0, "include_management_events")
	}), "cloudtrail-hardened"},
	{"trail without log file validation", stacks.IDPhase2, "aws_cloudtrail", "", attrs(func(a map[string]any) { a["enable_log_file_validation"] = false }), "cloudtrail-hardened"},
	{"GuardDuty detector disabled", stacks.IDPhase2, "aws_guardduty_detector", "GuardDuty", attrs(func(a map[string]any) { a["enable"] = false }), "guardduty-s3-protection"},
	{"DR-region GuardDuty removed", stacks.IDPhase2, "aws_guardduty_detector", "GuardDutyDr", nil, "env-threat-detection-present"},
	{"Config recorder stopped", stacks.IDPhase2, "aws_config_configuration_recorder_status", "", attrs(func(a map[string]any) { a["is_enabled"] = false }), "config-recorder-hardened"},
	{"alarm without actions", stacks.IDPhase3, "aws_cloudwatch_metric_alarm", "AlarmAppointmentsWriteThrottles", attrs(func(a map[string]any) { a["alarm_actions"] = []any{} }), "cloudwatch-alarm-action"},
	{"alarm actions disabled", stacks.IDPhase1, "aws_cloudwatch_metric_alarm", "AlarmApi5xx", attrs(func(a map[string]any) { a["actions_enabled"] = false }), "cloudwatch-alarm-action"},
	// Neon.
	{"Neon open to the internet", stacks.IDPhase1, "neon_project", "", attrs(func(a map[string]any) { a["allowed_ips"] = []any{"0.0.0.0/0"} }), "neon-ip-allowlist"},
	{"Neon project destroyable", stacks.IDPhase1, "neon_project", "", attrs(func(a map[string]any) { delete(a, "lifecycle") }), "data-store-prevent-destroy"},
	{"Neon history shortened", stacks.IDPhase1, "neon_project", "", attrs(func(a map[string]any) { a["history_retention_seconds"] = 3600 }), "neon-history-retention"},
	// Destroy protection.
	{"documents bucket force_destroy", stacks.IDPhase2, "aws_s3_bucket", "Documents_Bucket", attrs(func(a map[string]any) { a["force_destroy"] = true }), "s3-force-destroy"},
	{"documents bucket destroyable", stacks.IDPhase2, "aws_s3_bucket", "Documents_Bucket", attrs(func(a map[string]any) { delete(a, "lifecycle") }), "data-store-prevent-destroy"},
	{"documents key with a 7-day deletion window", stacks.IDPhase2, "aws_kms_key", "DocumentsKey", attrs(func(a map[string]any) { a["deletion_window_in_days"] = 7 }), "kms-phi-key-deletion-window"},
	{"audit log group destroyable", stacks.IDPhase2, "aws_cloudwatch_log_group", "TrailLogGroup", attrs(func(a map[string]any) { delete(a, "lifecycle") }), "audit-log-prevent-destroy"},
	{"secret destroyable", stacks.IDPhase2, "aws_secretsmanager_secret", "SecretRecords", attrs(func(a map[string]any) { delete(a, "lifecycle") }), "secret-prevent-destroy"},
	{"table deletion protection off", stacks.IDPhase3, "aws_dynamodb_table", "Waitlist", attrs(func(a map[string]any) { a["deletion_protection_enabled"] = false }), "dynamodb-deletion-protection"},
	// Anchor rules: ACLs, backups, logs, functions.
	{"bucket ACLs re-enabled", stacks.IDPhase2, "aws_s3_bucket_ownership_controls", "Documents_Ownership", attrs(func(a map[string]any) {
		set(a, "ObjectWriter", "rule", 0, "object_ownership")
	}), "s3-acl-disabled"},
	{"versioning suspended", stacks.IDPhase2, "aws_s3_bucket_versioning", "Documents", attrs(func(a map[string]any) {
		set(a, "Suspended", "versioning_configuration", 0, "status")
	}), "s3-versioning"},
	{"public access block loosened", stacks.IDBootstrap, "aws_s3_bucket_public_access_block", "StateBucket", attrs(func(a map[string]any) { a["restrict_public_buckets"] = false }), "s3-public-access-block"},
	{"table left out of the backup plan", stacks.IDPhase3, "aws_backup_selection", "", attrs(func(a map[string]any) { a["resources"] = a["resources"].([]any)[1:] }), "backup-phi-store-in-plan"},
	{"backups kept a week", stacks.IDPhase3, "aws_backup_plan", "", attrs(func(a map[string]any) {
		for _, r := range a["rule"].([]any) {
			set(r.(map[string]any), 7, "lifecycle", 0, "delete_after")
		}
	}), "backup-plan-frequency-retention"},
	{"backup vault lock removed in production", stacks.IDPhase3, "aws_backup_vault_lock_configuration", "", nil, "backup-vault-deletion-protected"},
	{"point-in-time recovery off", stacks.IDPhase3, "aws_dynamodb_table", "Reminders", attrs(func(a map[string]any) { set(a, false, "point_in_time_recovery", 0, "enabled") }), "dynamodb-pitr"},
	{"log group retention shortened", stacks.IDPhase1, "aws_cloudwatch_log_group", "FlowLog", attrs(func(a map[string]any) { a["retention_in_days"] = 30 }), "logs-retention"},
	{"function outside the VPC", stacks.IDPhase1, "aws_lambda_function", "ServicePatient", attrs(func(a map[string]any) { delete(a, "vpc_config") }), "lambda-hardened"},
	{"dead-letter queue the pack cannot see", stacks.IDPhase3, "aws_lambda_function", "ServiceScheduling", attrs(func(a map[string]any) {
		set(a, "arn:aws:sqs:us-east-1:333333333333:somewhere", "dead_letter_config", 0, "target_arn")
	}), "lambda-hardened"},
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

// rawSynthesis is the environment's platform as CheckStacks reads it (with the "//"
// metadata that carries suppressions), one decoded document per stack.
func rawSynthesis(t *testing.T, envName string) map[string][]byte {
	t.Helper()
	s := synth(t, envName)
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
func TestMutationsAreCaught(t *testing.T) { runMutations(t, "production", mutations) }

// TestPreviewMutationsAreCaught is the same over preview, where services run on Railway
// and reach AWS through IAM Roles Anywhere.
func TestPreviewMutationsAreCaught(t *testing.T) { runMutations(t, "preview", previewMutations) }

// previewMutations are unsafe edits of the Railway deployment and its AWS identities.
var previewMutations = []mutation{
	{"a Railway role trusts any certificate of the anchor", stacks.IDPhase2, "aws_iam_role", "RailwayRecordsIdentity", attrs(func(a map[string]any) {
		a["assume_role_policy"] = strings.Replace(a["assume_role_policy"].(string), `"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"hh-preview-records"}`, `"StringLike":{"aws:PrincipalTag/x509Subject/CN":"hh-preview-*"}`, 1)
	}), "iam-roles-anywhere-trust"},
	{"a Railway role trusts every trust anchor of the account", stacks.IDPhase2, "aws_iam_role", "RailwayProviderIdentity", attrs(func(a map[string]any) {
		var doc map[string]any
		_ = json.Unmarshal([]byte(a["assume_role_policy"].(string)), &doc)
		delete(doc["Statement"].([]any)[0].(map[string]any)["Condition"].(map[string]any), "ArnEquals")
		b, _ := json.Marshal(doc)
		a["assume_role_policy"] = string(b)
	}), "iam-roles-anywhere-trust"},
	{"the workload CA issues long-lived certificates", stacks.IDPhase1, "aws_acmpca_certificate_authority", "WorkloadAuthority", attrs(func(a map[string]any) {
		a["usage_mode"] = "GENERAL_PURPOSE"
	}), "iam-roles-anywhere-trust"},
	{"the trust anchor takes an uploaded CA bundle", stacks.IDPhase1, "aws_rolesanywhere_trust_anchor", "WorkloadAuthority", attrs(func(a map[string]any) {
		a["source"] = map[string]any{"source_type": "CERTIFICATE_BUNDLE", "source_data": map[string]any{"x509_certificate_data": "-----BEGIN CERTIFICATE-----"}}
	}), "iam-roles-anywhere-trust"},
	{"twelve-hour Roles Anywhere sessions", stacks.IDPhase2, "aws_rolesanywhere_profile", "RailwayRecordsIdentity", attrs(func(a map[string]any) {
		a["duration_seconds"] = 43200
	}), "iam-roles-anywhere-trust"},
	{"a Railway role without the service boundary", stacks.IDPhase2, "aws_iam_role", "RailwayRecordsIdentity", attrs(func(a map[string]any) {
		delete(a, "permissions_boundary")
	}), "iam-service-role-boundary"},
	{"the certificate secret left unrotated", stacks.IDPhase2, "aws_secretsmanager_secret_rotation", "Railway_CertificateRecords", nil, "secrets-rotation"},
	{"a Railway image by tag", stacks.IDPhase2, "railway_service", "ServiceRecords", attrs(func(a map[string]any) {
		a["source_image"] = "ghcr.io/healthhub/records:latest"
	}), "railway-image-digest"},
	{"the database connection as a plain setting", stacks.IDPhase2, "railway_variable_collection", "SettingsRecords", func(a, doc map[string]any) {
		for name := range doc["data"].(map[string]any)["aws_secretsmanager_secret_version"].(map[string]any) {
			if strings.Contains(name, "CurrentDbSecretRecords") {
				a["variables"].(map[string]any)["DB_CONNECTION_JSON"] = "${data.aws_secretsmanager_secret_version." + name + ".secret_string}"
			}
		}
	}, "railway-credentials-sensitive"},
}

// runMutations applies each mutation alone to the environment's real synthesis and
// expects its rule to block.
func runMutations(t *testing.T, envName string, list []mutation) {
	raw := rawSynthesis(t, envName)
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
		t.Fatalf("the unmutated %s synthesis must pass; first: %s", envName, blocking[0])
	}
	for _, m := range list {
		t.Run(m.name, func(t *testing.T) {
			docs := decode()
			doc := docs[m.stack]
			group, _ := doc["resource"].(map[string]any)[m.typ].(map[string]any)
			edited := 0
			for name, a := range group {
				if !strings.Contains(name, m.match) {
					continue
				}
				if m.edit == nil {
					delete(group, name)
				} else {
					m.edit(a.(map[string]any), doc)
				}
				edited++
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

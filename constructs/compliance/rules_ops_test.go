package compliance

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"
)

// opsMerge returns base (a JSON object) with patch's keys set; a null removes a key.
func opsMerge(base, patch string) string {
	var b, p map[string]any
	if err := json.Unmarshal([]byte(base), &b); err != nil {
		panic(err)
	}
	if err := json.Unmarshal([]byte(patch), &p); err != nil {
		panic(err)
	}
	for k, v := range p {
		if v == nil {
			delete(b, k)
			continue
		}
		b[k] = v
	}
	out, _ := json.Marshal(b)
	return string(out)
}

// opsWith returns base with the given "type.name", attrs pairs added or replaced.
func opsWith(base map[string]string, kv ...string) map[string]string {
	out := maps.Clone(base)
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

const (
	opsKey       = `{"enable_key_rotation":true}`
	opsGoodTrail = `{"enable_logging":true,"is_multi_region_trail":true,"include_global_service_events":true,"enable_log_file_validation":true,
		"kms_key_id":"${aws_kms_key.k.arn}","s3_bucket_name":"${aws_s3_bucket.audit.bucket}",
		"cloud_watch_logs_group_arn":"${aws_cloudwatch_log_group.g.arn}:*","cloud_watch_logs_role_arn":"${aws_iam_role.r.arn}",
		"event_selector":[{"include_management_events":true,"read_write_type":"All"}]}`
	opsNotPHI = `{"//":{"hipaa_not_phi":"S3 server access logs: request metadata only"}}`
)

// opsTrail is a stack with a trail (opsGoodTrail patched) and what it references.
func opsTrail(patch string) map[string]string {
	return map[string]string{
		"aws_cloudtrail.t": opsMerge(opsGoodTrail, patch), "aws_kms_key.k": opsKey, "aws_s3_bucket.audit": opsNotPHI,
		"aws_cloudwatch_log_group.g": `{}`, "aws_iam_role.r": `{}`,
	}
}

// Config recorder, running, with a delivery channel.
var opsConfig = map[string]string{
	"aws_config_configuration_recorder.c":        `{"name":"rec","recording_group":{"all_supported":true,"include_global_resource_types":true}}`,
	"aws_config_configuration_recorder_status.s": `{"name":"${aws_config_configuration_recorder.c.name}","is_enabled":true}`,
	"aws_config_delivery_channel.d":              `{"name":"rec","s3_bucket_name":"b"}`,
}

func opsRecorder(patch string) map[string]string {
	return opsWith(opsConfig, "aws_config_configuration_recorder.c", opsMerge(`{"name":"rec","recording_group":{"all_supported":true,"include_global_resource_types":true}}`, patch))
}

// An alarm notifying a subscribed topic.
var opsAlarmBase = map[string]string{
	"aws_sns_topic.a":              `{}`,
	"aws_sns_topic_subscription.e": `{"topic_arn":"${aws_sns_topic.a.arn}","protocol":"email","endpoint":"oncall@example.com"}`,
}

const opsGoodAlarm = `{"alarm_actions":["${aws_sns_topic.a.arn}"],"ok_actions":["${aws_sns_topic.a.arn}"],"treat_missing_data":"notBreaching"}`

func opsAlarm(patch string) map[string]string {
	return opsWith(opsAlarmBase, "aws_cloudwatch_metric_alarm.m", opsMerge(opsGoodAlarm, patch))
}

// opsInputAlarm is a burn-rate window: no actions at all.
const opsInputAlarm = `{"alarm_name":"w-1h","treat_missing_data":"notBreaching"}`

// opsInput is an input alarm "w-1h" (patched by the optional second argument) and a
// composite "fast" (composite patch) reading it.
func opsInput(composite string, alarmPatch ...string) map[string]string {
	alarm := opsInputAlarm
	for _, p := range alarmPatch {
		alarm = opsMerge(alarm, p)
	}
	return opsWith(opsAlarmBase, "aws_cloudwatch_metric_alarm.w", alarm,
		"aws_cloudwatch_composite_alarm.fast", opsMerge(`{"alarm_name":"fast"}`, composite))
}

// A PHI table in a compliant backup plan (daily, 35 days, a vault of the environment).
const opsGoodPlan = `{"name":"p","rule":[{"rule_name":"daily","schedule":"cron(0 5 ? * * *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"delete_after":35}}]}`

var opsBackupBase = map[string]string{
	"aws_dynamodb_table.t":   `{"name":"appts"}`,
	"aws_backup_vault.v":     `{"name":"vault","kms_key_arn":"${aws_kms_key.k.arn}"}`,
	"aws_kms_key.k":          opsKey,
	"aws_backup_plan.p":      opsGoodPlan,
	"aws_backup_selection.s": `{"name":"s","plan_id":"${aws_backup_plan.p.id}","iam_role_arn":"r","resources":["${aws_dynamodb_table.t.arn}"]}`,
}

func opsPlan(rules string) map[string]string {
	return opsWith(opsBackupBase, "aws_backup_plan.p", `{"name":"p","rule":`+rules+`}`)
}

func opsSelection(patch string) map[string]string {
	return opsWith(opsBackupBase, "aws_backup_selection.s", opsMerge(`{"name":"s","plan_id":"${aws_backup_plan.p.id}","iam_role_arn":"r"}`, patch))
}

func opsVaultPolicy(policy string) map[string]string {
	b, _ := json.Marshal(policy)
	return opsWith(opsBackupBase, "aws_backup_vault_policy.vp", `{"backup_vault_name":"${aws_backup_vault.v.name}","policy":`+string(b)+`}`)
}

const opsDenyAll = `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":["backup:DeleteRecoveryPoint","backup:UpdateRecoveryPointLifecycle","backup:PutBackupVaultAccessPolicy"],"Resource":"*"}]}`

// Secrets rotation.
func opsRotation(patch string) map[string]string {
	return map[string]string{
		"aws_secretsmanager_secret.s":          `{}`,
		"aws_lambda_function.rot":              `{}`,
		"aws_secretsmanager_secret_rotation.r": opsMerge(`{"secret_id":"${aws_secretsmanager_secret.s.id}","rotation_lambda_arn":"${aws_lambda_function.rot.arn}","rotation_rules":{"automatically_after_days":30}}`, patch),
	}
}

// A hardened function.
const opsGoodFunction = `{"vpc_config":{"subnet_ids":["${aws_subnet.a.id}"],"security_group_ids":["${aws_security_group.g.id}"]},"dead_letter_config":{"target_arn":"${aws_sqs_queue.dlq.arn}"},
	"reserved_concurrent_executions":5,"tracing_config":{"mode":"Active"},"kms_key_arn":"${aws_kms_key.k.arn}","environment":{"variables":{"A":"b"}}}`

func opsFunction(patch string) map[string]string {
	return map[string]string{"aws_lambda_function.f": opsMerge(opsGoodFunction, patch), "aws_sqs_queue.dlq": `{}`, "aws_sns_topic.dlq": `{}`, "aws_kms_key.k": opsKey, "aws_kms_key.norot": `{}`}
}

// Environment-level detection for a PHI bucket.
var opsDetection = map[string]string{
	"aws_s3_bucket.b":          `{}`,
	"aws_guardduty_detector.d": `{"enable":true}`,
}

var opsCases = map[*Rule][]ruleCase{
	AIVendorBAA: {
		{"baa in place", "dev", map[string]string{"aws_secretsmanager_secret.s": `{"tags":{"vendor":"openai","baa":"true"}}`}, "aws_secretsmanager_secret.s", Pass, nil},
		{"no baa", "dev", map[string]string{"aws_secretsmanager_secret.s": `{"tags":{"vendor":"openai","baa":"false"}}`}, "aws_secretsmanager_secret.s", Fail, nil},
		{"baa tag missing", "dev", map[string]string{"aws_secretsmanager_secret.s": `{"tags":{"vendor":"azure-speech"}}`}, "aws_secretsmanager_secret.s", Fail, nil},
		{"not a vendor credential", "dev", map[string]string{"aws_secretsmanager_secret.s": `{}`}, "aws_secretsmanager_secret.s", NotApplicable, nil},
		{"internal environment", "dev", map[string]string{"aws_secretsmanager_secret.s": `{"tags":{"vendor":"openai","baa":"false","data-classification":"internal"}}`}, "aws_secretsmanager_secret.s", NotApplicable, nil},
	},
	EnvAuditTrailPresent: {
		{"trail in another stack", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Pass, opsTrail(`{}`)},
		{"no event selector logs all management events", "dev", opsWith(opsTrail(`{"event_selector":null}`), "aws_s3_bucket.b", `{}`), "aws_s3_bucket.b", Pass, nil},
		{"no trail", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
		{"logging off", "dev", opsWith(opsTrail(`{"enable_logging":false}`), "aws_s3_bucket.b", `{}`), "aws_s3_bucket.b", Fail, nil},
		{"logging off as a string", "dev", opsWith(opsTrail(`{"enable_logging":"false"}`), "aws_s3_bucket.b", `{}`), "aws_s3_bucket.b", Fail, nil},
		{"single region", "dev", opsWith(opsTrail(`{"is_multi_region_trail":false}`), "aws_s3_bucket.b", `{}`), "aws_s3_bucket.b", Fail, nil},
		{"management events off", "dev", opsWith(opsTrail(`{"event_selector":[{"include_management_events":false,"data_resource":[{"type":"AWS::S3::Object","values":["arn:aws:s3"]}]}]}`), "aws_s3_bucket.b", `{}`), "aws_s3_bucket.b", Fail, nil},
		{"advanced selectors data only", "dev", opsWith(opsTrail(`{"event_selector":null,"advanced_event_selector":[{"name":"s3","field_selector":[{"field":"eventCategory","equals":["Data"]},{"field":"resources.type","equals":["AWS::S3::Object"]}]}]}`), "aws_s3_bucket.b", `{}`), "aws_s3_bucket.b", Fail, nil},
		{"advanced management selector", "dev", opsWith(opsTrail(`{"event_selector":null,"advanced_event_selector":[{"name":"m","field_selector":[{"field":"eventCategory","equals":["Management"]}]}]}`), "aws_s3_bucket.b", `{}`), "aws_s3_bucket.b", Pass, nil},
		{"not phi", "dev", map[string]string{"aws_s3_bucket.b": opsNotPHI}, "aws_s3_bucket.b", NotApplicable, nil},
		{"neon project", "dev", map[string]string{"neon_project.p": `{}`}, "neon_project.p", Fail, nil},
	},
	EnvThreatDetectionPresent: {
		{"detector beside the store", "dev", opsDetection, "aws_s3_bucket.b", Pass, nil},
		{"detector default enable", "dev", opsWith(opsDetection, "aws_guardduty_detector.d", `{}`), "aws_s3_bucket.b", Pass, nil},
		{"no detector", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
		{"detector disabled", "dev", opsWith(opsDetection, "aws_guardduty_detector.d", `{"enable":false}`), "aws_s3_bucket.b", Fail, nil},
		{"detector in another stack, region unknown: fail closed", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, map[string]string{"aws_guardduty_detector.d": `{"enable":true}`}},
		{"not phi", "dev", map[string]string{"aws_s3_bucket.b": opsNotPHI}, "aws_s3_bucket.b", NotApplicable, nil},
	},
	EnvConfigRecorderPresent: {
		{"running recorder", "dev", opsWith(opsConfig, "aws_dynamodb_table.t", `{}`), "aws_dynamodb_table.t", Pass, nil},
		{"no recorder", "dev", map[string]string{"aws_dynamodb_table.t": `{}`}, "aws_dynamodb_table.t", Fail, nil},
		{"recorder stopped", "dev", opsWith(opsConfig, "aws_dynamodb_table.t", `{}`, "aws_config_configuration_recorder_status.s", `{"name":"${aws_config_configuration_recorder.c.name}","is_enabled":false}`), "aws_dynamodb_table.t", Fail, nil},
		{"recorder without status", "dev", map[string]string{"aws_dynamodb_table.t": `{}`, "aws_config_configuration_recorder.c": `{"name":"rec"}`}, "aws_dynamodb_table.t", Fail, nil},
		{"not phi", "dev", map[string]string{"aws_dynamodb_table.t": opsNotPHI}, "aws_dynamodb_table.t", NotApplicable, nil},
	},
	ConfigRecorderHardened: {
		{"running, all types", "dev", opsConfig, "aws_config_configuration_recorder.c", Pass, nil},
		{"status by literal name", "dev", opsWith(opsConfig, "aws_config_configuration_recorder_status.s", `{"name":"rec","is_enabled":true}`), "aws_config_configuration_recorder.c", Pass, nil},
		{"no recording group records all", "dev", opsWith(opsRecorder(`{"recording_group":null}`), "aws_config_configuration_recorder.g", `{"name":"global","recording_group":{"include_global_resource_types":true}}`), "aws_config_configuration_recorder.c", Pass, nil},
		{"stopped", "dev", opsWith(opsConfig, "aws_config_configuration_recorder_status.s", `{"name":"${aws_config_configuration_recorder.c.name}","is_enabled":false}`), "aws_config_configuration_recorder.c", Fail, nil},
		{"no status", "dev", opsWith(opsConfig, "aws_config_configuration_recorder_status.s", `{"name":"other","is_enabled":true}`), "aws_config_configuration_recorder.c", Fail, nil},
		{"status name unresolved", "dev", opsWith(opsConfig, "aws_config_configuration_recorder_status.s", `{"name":"${var.recorder}","is_enabled":true}`), "aws_config_configuration_recorder.c", Fail, nil},
		{"some types only", "dev", opsRecorder(`{"recording_group":{"all_supported":false,"resource_types":["AWS::S3::Bucket"],"include_global_resource_types":true}}`), "aws_config_configuration_recorder.c", Fail, nil},
		{"exclusions", "dev", opsRecorder(`{"recording_group":{"all_supported":false,"exclusion_by_resource_types":{"resource_types":["AWS::KMS::Key"]},"recording_strategy":{"use_only":"EXCLUSION_BY_RESOURCE_TYPES"},"include_global_resource_types":true}}`), "aws_config_configuration_recorder.c", Fail, nil},
		{"no global types anywhere", "dev", opsRecorder(`{"recording_group":{"all_supported":true}}`), "aws_config_configuration_recorder.c", Fail, nil},
		{"no delivery channel", "dev", map[string]string{"aws_config_configuration_recorder.c": `{"name":"rec","recording_group":{"all_supported":true,"include_global_resource_types":true}}`, "aws_config_configuration_recorder_status.s": `{"name":"${aws_config_configuration_recorder.c.name}","is_enabled":true}`}, "aws_config_configuration_recorder.c", Fail, nil},
		{"suppressed with a reason", "dev", opsRecorder(`{"//":{"hipaa_suppressions":{"config-recorder-hardened":"records only the HIPAA conformance pack's resource types, by decision of the security officer"}},"recording_group":{"all_supported":false,"resource_types":["AWS::S3::Bucket"],"include_global_resource_types":true}}`), "aws_config_configuration_recorder.c", Suppressed, nil},
	},
	CloudWatchAlarmAction: {
		{"subscribed topic", "dev", opsAlarm(`{}`), "aws_cloudwatch_metric_alarm.m", Pass, nil},
		{"insufficient data action instead of treat_missing_data", "dev", opsAlarm(`{"treat_missing_data":null,"insufficient_data_actions":["${aws_sns_topic.a.arn}"]}`), "aws_cloudwatch_metric_alarm.m", Pass, nil},
		{"topic in another stack", "dev", map[string]string{"aws_cloudwatch_metric_alarm.m": opsGoodAlarm}, "aws_cloudwatch_metric_alarm.m", Pass, opsAlarmBase},
		{"ec2 recover action besides the topic", "dev", opsAlarm(`{"alarm_actions":["${aws_sns_topic.a.arn}","arn:aws:automate:us-east-1:ec2:recover"]}`), "aws_cloudwatch_metric_alarm.m", Pass, nil},
		{"actions disabled", "dev", opsAlarm(`{"actions_enabled":false}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"actions disabled as a string", "dev", opsAlarm(`{"actions_enabled":"false"}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"no alarm actions", "dev", opsAlarm(`{"alarm_actions":null}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"empty alarm actions", "dev", opsAlarm(`{"alarm_actions":[]}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"only ok actions", "dev", opsAlarm(`{"alarm_actions":null,"ok_actions":["${aws_sns_topic.a.arn}"]}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"literal topic arn", "dev", opsAlarm(`{"alarm_actions":["arn:aws:sns:us-east-1:111122223333:alerts"]}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"variable", "dev", opsAlarm(`{"alarm_actions":["${var.topic}"]}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"unknown ok action", "dev", opsAlarm(`{"ok_actions":["${aws_sns_topic.ghost.arn}"]}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"only an ec2 action", "dev", opsAlarm(`{"alarm_actions":["arn:aws:automate:us-east-1:ec2:reboot"]}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"topic without subscription", "dev", map[string]string{"aws_sns_topic.a": `{}`, "aws_cloudwatch_metric_alarm.m": opsGoodAlarm}, "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"missing data unhandled", "dev", opsAlarm(`{"treat_missing_data":null}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"missing data as missing", "dev", opsAlarm(`{"treat_missing_data":"missing"}`), "aws_cloudwatch_metric_alarm.m", Fail, nil},
		{"composite notifying", "dev", opsWith(opsAlarmBase, "aws_cloudwatch_composite_alarm.c", `{"alarm_rule":"ALARM(a)","alarm_actions":["${aws_sns_topic.a.arn}"]}`), "aws_cloudwatch_composite_alarm.c", Pass, nil},
		{"composite disabled", "dev", opsWith(opsAlarmBase, "aws_cloudwatch_composite_alarm.c", `{"alarm_rule":"ALARM(a)","actions_enabled":false,"alarm_actions":["${aws_sns_topic.a.arn}"]}`), "aws_cloudwatch_composite_alarm.c", Fail, nil},
		{"composite silent", "dev", opsWith(opsAlarmBase, "aws_cloudwatch_composite_alarm.c", `{"alarm_rule":"ALARM(a)"}`), "aws_cloudwatch_composite_alarm.c", Fail, nil},
		// An input of a composite (a burn-rate window): no actions, read by a notifying
		// composite of the same region.
		{"input read by a notifying composite", "dev", opsInput(`{"alarm_rule":"(ALARM(\"w-1h\") AND ALARM(\"w-5m\"))","alarm_actions":["${aws_sns_topic.a.arn}"]}`), "aws_cloudwatch_metric_alarm.w", Pass, nil},
		{"input read through a composite of composites", "dev", opsWith(opsInput(`{"alarm_rule":"ALARM(\"w-1h\")"}`), "aws_cloudwatch_composite_alarm.top", `{"alarm_rule":"ALARM(\"fast\") OR ALARM(x)","alarm_actions":["${aws_sns_topic.a.arn}"]}`), "aws_cloudwatch_metric_alarm.w", Pass, nil},
		{"input read by nothing", "dev", opsWith(opsAlarmBase, "aws_cloudwatch_metric_alarm.w", opsInputAlarm), "aws_cloudwatch_metric_alarm.w", Fail, nil},
		{"input read by a silent composite", "dev", opsInput(`{"alarm_rule":"ALARM(\"w-1h\")"}`), "aws_cloudwatch_metric_alarm.w", Fail, nil},
		{"input read under NOT", "dev", opsInput(`{"alarm_rule":"ALARM(x) AND NOT ALARM(\"w-1h\")","alarm_actions":["${aws_sns_topic.a.arn}"]}`), "aws_cloudwatch_metric_alarm.w", Fail, nil},
		{"input read by a composite with actions disabled", "dev", opsInput(`{"alarm_rule":"ALARM(\"w-1h\")","actions_enabled":false,"alarm_actions":["${aws_sns_topic.a.arn}"]}`), "aws_cloudwatch_metric_alarm.w", Fail, nil},
		{"input named by a reference", "dev", opsWith(opsInput(`{"alarm_rule":"ALARM(\"w-1h\")","alarm_actions":["${aws_sns_topic.a.arn}"]}`), "aws_cloudwatch_metric_alarm.w", `{"alarm_name":"${var.name}","treat_missing_data":"notBreaching"}`), "aws_cloudwatch_metric_alarm.w", Fail, nil},
		{"input read by a composite whose topic has no subscriber", "dev", map[string]string{"aws_sns_topic.a": `{}`, "aws_cloudwatch_metric_alarm.w": opsInputAlarm,
			"aws_cloudwatch_composite_alarm.fast": `{"alarm_name":"fast","alarm_rule":"ALARM(\"w-1h\")","alarm_actions":["${aws_sns_topic.a.arn}"]}`}, "aws_cloudwatch_metric_alarm.w", Fail, nil},
		{"an alarm with only ok actions is no input", "dev", opsInput(`{"alarm_rule":"ALARM(\"w-1h\")","alarm_actions":["${aws_sns_topic.a.arn}"]}`, `{"ok_actions":["${aws_sns_topic.a.arn}"]}`), "aws_cloudwatch_metric_alarm.w", Fail, nil},
	},
	BackupPlanFrequencyRetention: {
		{"daily, 35 days", "dev", opsBackupBase, "aws_backup_plan.p", Pass, nil},
		{"every 12 hours, kept forever", "dev", opsPlan(`[{"rule_name":"r","schedule":"rate(12 hours)","target_vault_name":"${aws_backup_vault.v.name}"}]`), "aws_backup_plan.p", Pass, nil},
		{"cron with ? in day of month", "dev", opsPlan(`[{"rule_name":"r","schedule":"cron(0 5 * * ? *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"delete_after":90}}]`), "aws_backup_plan.p", Pass, nil},
		{"weekly rule beside a daily one", "dev", opsPlan(`[{"rule_name":"d","schedule":"cron(0 5 ? * * *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"delete_after":35}},{"rule_name":"w","schedule":"cron(0 5 ? * SUN *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"cold_storage_after":30,"delete_after":365}}]`), "aws_backup_plan.p", Pass, nil},
		{"cold storage consistent", "dev", opsPlan(`[{"rule_name":"r","schedule":"cron(0 5 ? * * *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"cold_storage_after":30,"delete_after":120}}]`), "aws_backup_plan.p", Pass, nil},
		{"weekly", "dev", opsPlan(`[{"rule_name":"r","schedule":"cron(0 5 ? * MON *)","target_vault_name":"${aws_backup_vault.v.name}"}]`), "aws_backup_plan.p", Fail, nil},
		{"weekdays only", "dev", opsPlan(`[{"rule_name":"r","schedule":"cron(0 5 ? * MON-FRI *)","target_vault_name":"${aws_backup_vault.v.name}"}]`), "aws_backup_plan.p", Fail, nil},
		{"monthly", "dev", opsPlan(`[{"rule_name":"r","schedule":"cron(0 5 1 * ? *)","target_vault_name":"${aws_backup_vault.v.name}"}]`), "aws_backup_plan.p", Fail, nil},
		{"every 2 days", "dev", opsPlan(`[{"rule_name":"r","schedule":"rate(2 days)","target_vault_name":"${aws_backup_vault.v.name}"}]`), "aws_backup_plan.p", Fail, nil},
		{"every 25 hours", "dev", opsPlan(`[{"rule_name":"r","schedule":"rate(25 hours)","target_vault_name":"${aws_backup_vault.v.name}"}]`), "aws_backup_plan.p", Fail, nil},
		{"no schedule", "dev", opsPlan(`[{"rule_name":"r","target_vault_name":"${aws_backup_vault.v.name}"}]`), "aws_backup_plan.p", Fail, nil},
		{"schedule from a variable", "dev", opsPlan(`[{"rule_name":"r","schedule":"${var.schedule}","target_vault_name":"${aws_backup_vault.v.name}"}]`), "aws_backup_plan.p", Fail, nil},
		{"unreadable schedule", "dev", opsPlan(`[{"rule_name":"r","schedule":"daily","target_vault_name":"${aws_backup_vault.v.name}"}]`), "aws_backup_plan.p", Fail, nil},
		{"kept a week", "dev", opsPlan(`[{"rule_name":"r","schedule":"cron(0 5 ? * * *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"delete_after":7}}]`), "aws_backup_plan.p", Fail, nil},
		{"cold storage inconsistent", "dev", opsPlan(`[{"rule_name":"r","schedule":"cron(0 5 ? * * *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"cold_storage_after":30,"delete_after":60}}]`), "aws_backup_plan.p", Fail, nil},
		{"default vault", "dev", opsPlan(`[{"rule_name":"r","schedule":"cron(0 5 ? * * *)","target_vault_name":"Default","lifecycle":{"delete_after":35}}]`), "aws_backup_plan.p", Fail, nil},
		{"copy kept a week", "dev", opsPlan(`[{"rule_name":"r","schedule":"cron(0 5 ? * * *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"delete_after":35},"copy_action":[{"destination_vault_arn":"${aws_backup_vault.v.arn}","lifecycle":{"delete_after":7}}]}]`), "aws_backup_plan.p", Fail, nil},
		{"copy to an unknown vault", "dev", opsPlan(`[{"rule_name":"r","schedule":"cron(0 5 ? * * *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"delete_after":35},"copy_action":{"destination_vault_arn":"arn:aws:backup:us-west-2:111122223333:backup-vault:dr"}}]`), "aws_backup_plan.p", Fail, nil},
	},
	BackupVaultKMS: {
		{"rotating key", "dev", opsBackupBase, "aws_backup_vault.v", Pass, nil},
		{"aws managed key", "dev", opsWith(opsBackupBase, "aws_backup_vault.v", `{"name":"vault"}`), "aws_backup_vault.v", Fail, nil},
		{"aws/backup alias", "dev", opsWith(opsBackupBase, "aws_backup_vault.v", `{"name":"vault","kms_key_arn":"alias/aws/backup"}`), "aws_backup_vault.v", Fail, nil},
		{"literal key arn", "dev", opsWith(opsBackupBase, "aws_backup_vault.v", `{"name":"vault","kms_key_arn":"arn:aws:kms:us-east-1:111122223333:key/abc"}`), "aws_backup_vault.v", Fail, nil},
		{"phi vault cannot be suppressed", "dev", opsWith(opsBackupBase, "aws_backup_vault.v", `{"name":"vault","//":{"hipaa_suppressions":{"backup-vault-kms":"the default key is fine for this vault"}}}`), "aws_backup_vault.v", Fail, nil},
	},
	BackupVaultDeletionProtected: {
		{"deny policy", "dev", opsVaultPolicy(opsDenyAll), "aws_backup_vault.v", Pass, nil},
		{"deny with backup:* and a deploy-role exemption", "dev", opsVaultPolicy(`{"Statement":{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"backup:*","Resource":"*","Condition":{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/deploy"}}}}`), "aws_backup_vault.v", Pass, nil},
		{"governance lock outside production", "dev", opsWith(opsBackupBase, "aws_backup_vault_lock_configuration.l", `{"backup_vault_name":"${aws_backup_vault.v.name}","min_retention_days":35}`), "aws_backup_vault.v", Pass, nil},
		{"lock by literal name", "dev", opsWith(opsBackupBase, "aws_backup_vault_lock_configuration.l", `{"backup_vault_name":"vault"}`), "aws_backup_vault.v", Pass, nil},
		{"compliance lock in production", "production", opsWith(opsBackupBase, "aws_backup_vault_lock_configuration.l", `{"backup_vault_name":"${aws_backup_vault.v.name}","changeable_for_days":3,"min_retention_days":35}`), "aws_backup_vault.v", Pass, nil},
		{"nothing", "dev", opsBackupBase, "aws_backup_vault.v", Fail, nil},
		{"deny policy is not enough in production", "production", opsVaultPolicy(opsDenyAll), "aws_backup_vault.v", Fail, nil},
		{"governance lock in production", "production", opsWith(opsBackupBase, "aws_backup_vault_lock_configuration.l", `{"backup_vault_name":"${aws_backup_vault.v.name}","min_retention_days":35}`), "aws_backup_vault.v", Fail, nil},
		{"lock on another vault", "dev", opsWith(opsBackupBase, "aws_backup_vault_lock_configuration.l", `{"backup_vault_name":"${aws_backup_vault.other.name}"}`, "aws_backup_vault.other", `{"name":"other"}`), "aws_backup_vault.v", Fail, nil},
		{"deny misses the lifecycle action", "dev", opsVaultPolicy(`{"Statement":[{"Effect":"Deny","Principal":"*","Action":["backup:DeleteRecoveryPoint","backup:PutBackupVaultAccessPolicy"],"Resource":"*"}]}`), "aws_backup_vault.v", Fail, nil},
		{"deny to one principal only", "dev", opsVaultPolicy(`{"Statement":[{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:role/dev"},"Action":"backup:*","Resource":"*"}]}`), "aws_backup_vault.v", Fail, nil},
		{"deny only without TLS", "dev", opsVaultPolicy(`{"Statement":[{"Effect":"Deny","Principal":"*","Action":"backup:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}`), "aws_backup_vault.v", Fail, nil},
		{"deny exempting the whole account", "dev", opsVaultPolicy(`{"Statement":[{"Effect":"Deny","Principal":"*","Action":"backup:*","Resource":"*","Condition":{"StringNotEquals":{"aws:PrincipalAccount":"111122223333"}}}]}`), "aws_backup_vault.v", Fail, nil},
		{"allow is not deny", "dev", opsVaultPolicy(`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"backup:*","Resource":"*"}]}`), "aws_backup_vault.v", Fail, nil},
		{"policy from a data source", "dev", opsWith(opsBackupBase, "aws_backup_vault_policy.vp", `{"backup_vault_name":"${aws_backup_vault.v.name}","policy":"${data.aws_iam_policy_document.p.json}"}`), "aws_backup_vault.v", Fail, nil},
	},
	BackupPHIStoreInPlan: {
		{"selected by reference", "dev", opsBackupBase, "aws_dynamodb_table.t", Pass, nil},
		{"selected by *", "dev", opsSelection(`{"resources":["*"]}`), "aws_dynamodb_table.t", Pass, nil},
		{"selected by ARN pattern", "dev", opsSelection(`{"resources":["arn:aws:dynamodb:*:*:table/*"]}`), "aws_dynamodb_table.t", Pass, nil},
		{"selected by default tag", "dev", opsSelection(`{"selection_tag":[{"type":"STRINGEQUALS","key":"data-classification","value":"phi"}]}`), "aws_dynamodb_table.t", Pass, nil},
		{"selected by condition on its own tag", "dev", opsWith(opsSelection(`{"condition":[{"string_equals":[{"key":"aws:ResourceTag/backup","value":"daily"}]}]}`), "aws_dynamodb_table.t", `{"name":"appts","tags":{"backup":"daily"}}`), "aws_dynamodb_table.t", Pass, nil},
		{"selection in another stack, regions unknown: fail closed", "dev", map[string]string{"aws_dynamodb_table.t": `{"name":"appts"}`}, "aws_dynamodb_table.t", Fail,
			map[string]string{"aws_backup_vault.v": opsBackupBase["aws_backup_vault.v"], "aws_kms_key.k": opsKey, "aws_backup_plan.p": opsGoodPlan,
				"aws_backup_selection.s": `{"name":"s","plan_id":"${aws_backup_plan.p.id}","iam_role_arn":"r","resources":["*"]}`}},
		{"no selection", "dev", map[string]string{"aws_dynamodb_table.t": `{"name":"appts"}`}, "aws_dynamodb_table.t", Fail, nil},
		{"other table selected", "dev", opsWith(opsSelection(`{"resources":["${aws_dynamodb_table.o.arn}"]}`), "aws_dynamodb_table.o", `{"name":"o"}`), "aws_dynamodb_table.t", Fail, nil},
		{"excluded by not_resources", "dev", opsSelection(`{"resources":["*"],"not_resources":["${aws_dynamodb_table.t.arn}"]}`), "aws_dynamodb_table.t", Fail, nil},
		{"other ARN pattern", "dev", opsSelection(`{"resources":["arn:aws:rds:*:*:db:*"]}`), "aws_dynamodb_table.t", Fail, nil},
		{"literal ARN with an unknown account", "dev", opsSelection(`{"resources":["arn:aws:dynamodb:us-east-1:111122223333:table/appts"]}`), "aws_dynamodb_table.t", Fail, nil},
		{"tag mismatch", "dev", opsSelection(`{"selection_tag":[{"type":"STRINGEQUALS","key":"backup","value":"daily"}]}`), "aws_dynamodb_table.t", Fail, nil},
		{"condition fails", "dev", opsSelection(`{"resources":["*"],"condition":[{"string_equals":[{"key":"aws:ResourceTag/backup","value":"daily"}]}]}`), "aws_dynamodb_table.t", Fail, nil},
		{"plan unresolved", "dev", opsSelection(`{"plan_id":"${var.plan}","resources":["*"]}`), "aws_dynamodb_table.t", Fail, nil},
		{"resource entry unresolved", "dev", opsSelection(`{"resources":["${data.aws_dynamodb_table.t.arn}"]}`), "aws_dynamodb_table.t", Fail, nil},
		{"weekly plan", "dev", opsPlan(`[{"rule_name":"w","schedule":"cron(0 5 ? * SUN *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"delete_after":365}}]`), "aws_dynamodb_table.t", Fail, nil},
		{"rds instance not selected", "dev", opsWith(opsBackupBase, "aws_db_instance.d", `{"identifier":"db"}`), "aws_db_instance.d", Fail, nil},
		{"not phi", "dev", map[string]string{"aws_dynamodb_table.t": opsNotPHI}, "aws_dynamodb_table.t", NotApplicable, nil},
	},
	BackupCrossRegionCopy: {
		// Region cases are in TestOpsRegions; the test documents set no region.
		{"dev", "dev", opsBackupBase, "aws_dynamodb_table.t", NotApplicable, nil},
		{"production, region unknown: fail closed", "production", opsBackupBase, "aws_dynamodb_table.t", Fail, nil},
		{"production not phi", "production", map[string]string{"aws_dynamodb_table.t": opsNotPHI}, "aws_dynamodb_table.t", NotApplicable, nil},
	},
	LambdaEnvKMS: {
		{"rotating key", "dev", opsFunction(`{}`), "aws_lambda_function.f", Pass, nil},
		{"no variables", "dev", opsFunction(`{"environment":null,"kms_key_arn":null}`), "aws_lambda_function.f", NotApplicable, nil},
		{"empty variables", "dev", opsFunction(`{"environment":{"variables":{}},"kms_key_arn":null}`), "aws_lambda_function.f", NotApplicable, nil},
		{"aws managed key", "dev", opsFunction(`{"kms_key_arn":null}`), "aws_lambda_function.f", Fail, nil},
		{"key without rotation", "dev", opsFunction(`{"kms_key_arn":"${aws_kms_key.norot.arn}"}`), "aws_lambda_function.f", Fail, nil},
		{"variables from a reference", "dev", opsFunction(`{"environment":{"variables":"${local.vars}"},"kms_key_arn":null}`), "aws_lambda_function.f", Fail, nil},
	},
	// Cases added to the core rules of this family.
	CloudTrailHardened: {
		{"advanced management selector", "dev", opsTrail(`{"event_selector":null,"advanced_event_selector":[{"name":"m","field_selector":[{"field":"eventCategory","equals":["Management"]}]}]}`), "aws_cloudtrail.t", Pass, nil},
		{"logging off", "dev", opsTrail(`{"enable_logging":false}`), "aws_cloudtrail.t", Fail, nil},
		{"management events off", "dev", opsTrail(`{"event_selector":[{"include_management_events":false}]}`), "aws_cloudtrail.t", Fail, nil},
		{"write only", "dev", opsTrail(`{"event_selector":[{"include_management_events":true,"read_write_type":"WriteOnly"}]}`), "aws_cloudtrail.t", Fail, nil},
		{"kms events excluded", "dev", opsTrail(`{"event_selector":[{"include_management_events":true,"exclude_management_event_sources":["kms.amazonaws.com"]}]}`), "aws_cloudtrail.t", Fail, nil},
		{"advanced selector without management", "dev", opsTrail(`{"event_selector":null,"advanced_event_selector":[{"name":"d","field_selector":[{"field":"eventCategory","equals":["Data"]}]}]}`), "aws_cloudtrail.t", Fail, nil},
		{"advanced management narrowed to reads", "dev", opsTrail(`{"event_selector":null,"advanced_event_selector":[{"name":"m","field_selector":[{"field":"eventCategory","equals":["Management"]},{"field":"readOnly","equals":["true"]}]}]}`), "aws_cloudtrail.t", Fail, nil},
		{"global events off", "dev", opsTrail(`{"include_global_service_events":false}`), "aws_cloudtrail.t", Fail, nil},
		{"aws managed key", "dev", opsTrail(`{"kms_key_id":"alias/aws/cloudtrail"}`), "aws_cloudtrail.t", Fail, nil},
		{"key without rotation", "dev", opsWith(opsTrail(`{}`), "aws_kms_key.k", `{}`), "aws_cloudtrail.t", Fail, nil},
		{"bucket outside the environment", "dev", opsTrail(`{"s3_bucket_name":"central-audit-logs"}`), "aws_cloudtrail.t", Fail, nil},
		{"log group unresolved", "dev", opsTrail(`{"cloud_watch_logs_group_arn":"${var.group}"}`), "aws_cloudtrail.t", Fail, nil},
		{"no delivery role", "dev", opsTrail(`{"cloud_watch_logs_role_arn":null}`), "aws_cloudtrail.t", Fail, nil},
	},
	GuardDutyS3Protection: {
		{"older datasources form", "dev", map[string]string{"aws_guardduty_detector.d": `{"enable":true,"datasources":{"s3_logs":{"enable":true}}}`}, "aws_guardduty_detector.d", Pass, nil},
		{"datasources s3 off", "dev", map[string]string{"aws_guardduty_detector.d": `{"enable":true,"datasources":{"s3_logs":{"enable":false}}}`}, "aws_guardduty_detector.d", Fail, nil},
		{"feature on, datasources off", "dev", map[string]string{"aws_guardduty_detector.d": `{"enable":true,"datasources":{"s3_logs":{"enable":false}}}`, "aws_guardduty_detector_feature.f": `{"detector_id":"${aws_guardduty_detector.d.id}","name":"S3_DATA_EVENTS","status":"ENABLED"}`}, "aws_guardduty_detector.d", Fail, nil},
		{"detector disabled as a string", "dev", map[string]string{"aws_guardduty_detector.d": `{"enable":"false"}`, "aws_guardduty_detector_feature.f": `{"detector_id":"${aws_guardduty_detector.d.id}","name":"S3_DATA_EVENTS","status":"ENABLED"}`}, "aws_guardduty_detector.d", Fail, nil},
		{"feature in another stack", "dev", map[string]string{"aws_guardduty_detector.d": `{}`}, "aws_guardduty_detector.d", Pass, map[string]string{"aws_guardduty_detector_feature.f": `{"detector_id":"${aws_guardduty_detector.d.id}","name":"S3_DATA_EVENTS","status":"ENABLED"}`}},
	},
	SecretsRotation: {
		{"schedule expression monthly", "dev", opsRotation(`{"rotation_rules":{"schedule_expression":"cron(0 4 1 * ? *)"}}`), "aws_secretsmanager_secret.s", Pass, nil},
		{"schedule expression rate 60 days", "dev", opsRotation(`{"rotation_rules":{"schedule_expression":"rate(60 days)"}}`), "aws_secretsmanager_secret.s", Pass, nil},
		{"yearly", "dev", opsRotation(`{"rotation_rules":{"automatically_after_days":365}}`), "aws_secretsmanager_secret.s", Fail, nil},
		{"quarterly cron", "dev", opsRotation(`{"rotation_rules":{"schedule_expression":"cron(0 4 1 1,4,7,10 ? *)"}}`), "aws_secretsmanager_secret.s", Fail, nil},
		{"rate 120 days", "dev", opsRotation(`{"rotation_rules":{"schedule_expression":"rate(120 days)"}}`), "aws_secretsmanager_secret.s", Fail, nil},
		{"no rotation rules", "dev", opsRotation(`{"rotation_rules":null}`), "aws_secretsmanager_secret.s", Fail, nil},
		{"no function", "dev", opsRotation(`{"rotation_lambda_arn":null}`), "aws_secretsmanager_secret.s", Fail, nil},
		{"function outside the environment", "dev", opsRotation(`{"rotation_lambda_arn":"arn:aws:lambda:us-east-1:111122223333:function:SecretsManagerRDSPostgreSQLRotationSingleUser"}`), "aws_secretsmanager_secret.s", Fail, nil},
		{"rotation of another secret", "dev", opsWith(opsRotation(`{"secret_id":"${aws_secretsmanager_secret.o.id}"}`), "aws_secretsmanager_secret.o", `{}`), "aws_secretsmanager_secret.s", Fail, nil},
	},
	LambdaHardened: {
		{"sns dead-letter topic", "dev", opsFunction(`{"dead_letter_config":{"target_arn":"${aws_sns_topic.dlq.arn}"}}`), "aws_lambda_function.f", Pass, nil},
		{"dead-letter queue outside the environment", "dev", opsFunction(`{"dead_letter_config":{"target_arn":"arn:aws:sqs:us-east-1:111122223333:dlq"}}`), "aws_lambda_function.f", Fail, nil},
		{"dead-letter target not a queue", "dev", opsFunction(`{"dead_letter_config":{"target_arn":"${aws_kms_key.k.arn}"}}`), "aws_lambda_function.f", Fail, nil},
		{"no security groups", "dev", opsFunction(`{"vpc_config":{"subnet_ids":["${aws_subnet.a.id}"]}}`), "aws_lambda_function.f", Fail, nil},
		{"concurrency unreserved", "dev", opsFunction(`{"reserved_concurrent_executions":-1}`), "aws_lambda_function.f", Fail, nil},
	},
}

// opsRegionalDoc is a stack of the environment with a primary (us-east-1) and a DR
// (us-west-2, alias dr) provider.
func opsRegionalDoc(t *testing.T, name, env, resources string) *Stack {
	t.Helper()
	tags := `"default_tags":[{"tags":{"environment":"` + env + `","data-classification":"phi"}}]`
	s, err := ParseStackJSON(name, []byte(`{"provider":{"aws":[{"region":"us-east-1",`+tags+`},{"alias":"dr","region":"us-west-2",`+tags+`}]},"resource":{`+resources+`}}`))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestOpsRegions covers the rules that compare regions, with providers that set them.
func TestOpsRegions(t *testing.T) {
	const (
		bucketDR   = `"aws_s3_bucket":{"b":{},"dr":{"provider":"aws.dr"}}`
		detector   = `"aws_guardduty_detector":{"d":{"enable":true}}`
		detectorDR = `"aws_guardduty_detector":{"d":{"enable":true},"ddr":{"provider":"aws.dr","enable":true}}`
		recorder   = `"aws_config_configuration_recorder":{"c":{"name":"rec"}},"aws_config_configuration_recorder_status":{"s":{"name":"${aws_config_configuration_recorder.c.name}","is_enabled":true}}`
		recorderDR = `"aws_config_configuration_recorder":{"c":{"name":"rec","provider":"aws.dr"}},"aws_config_configuration_recorder_status":{"s":{"provider":"aws.dr","name":"${aws_config_configuration_recorder.c.name}","is_enabled":true}}`
		table      = `"aws_dynamodb_table":{"t":{"name":"appts"}},"aws_kms_key":{"k":{"enable_key_rotation":true}}`
		vaults     = `"aws_backup_vault":{"v":{"name":"v","kms_key_arn":"${aws_kms_key.k.arn}"},"dr":{"provider":"aws.dr","name":"dr"},"same":{"name":"same"}}`
		selection  = `"aws_backup_selection":{"s":{"name":"s","plan_id":"${aws_backup_plan.p.id}","resources":["${aws_dynamodb_table.t.arn}"]}}`
		selDR      = `"aws_backup_selection":{"s":{"provider":"aws.dr","name":"s","plan_id":"${aws_backup_plan.p.id}","resources":["${aws_dynamodb_table.t.arn}"]}}`
	)
	plan := func(copyTo string) string {
		c := ""
		if copyTo != "" {
			c = `,"copy_action":[{"destination_vault_arn":"${aws_backup_vault.` + copyTo + `.arn}","lifecycle":{"delete_after":35}}]`
		}
		return `"aws_backup_plan":{"p":{"name":"p","rule":[{"rule_name":"d","schedule":"cron(0 5 ? * * *)","target_vault_name":"${aws_backup_vault.v.name}","lifecycle":{"delete_after":35}` + c + `}]}}`
	}
	for _, c := range []struct {
		name, env, phase1, phase2 string
		rule                      *Rule
		target                    string
		want                      Status
	}{
		{"dev: detector in the primary region covers the primary bucket", "dev", bucketDR, detector, EnvThreatDetectionPresent, "aws_s3_bucket.b", Pass},
		{"dev: the DR bucket's region needs its own detector", "dev", bucketDR, detector, EnvThreatDetectionPresent, "aws_s3_bucket.dr", Fail},
		{"production: the DR region needs a detector for the primary bucket too", "production", bucketDR, detector, EnvThreatDetectionPresent, "aws_s3_bucket.b", Fail},
		{"production: both regions watched", "production", bucketDR, detectorDR, EnvThreatDetectionPresent, "aws_s3_bucket.b", Pass},
		{"production: both regions watched, DR bucket", "production", bucketDR, detectorDR, EnvThreatDetectionPresent, "aws_s3_bucket.dr", Pass},
		{"recorder in the primary region", "dev", bucketDR, recorder, EnvConfigRecorderPresent, "aws_s3_bucket.b", Pass},
		{"recorder only in the DR region", "dev", bucketDR, recorderDR, EnvConfigRecorderPresent, "aws_s3_bucket.b", Fail},
		{"production: copy to the DR vault", "production", table + "," + vaults, plan("dr") + "," + selection, BackupCrossRegionCopy, "aws_dynamodb_table.t", Pass},
		{"production: copy to a vault of the same region", "production", table + "," + vaults, plan("same") + "," + selection, BackupCrossRegionCopy, "aws_dynamodb_table.t", Fail},
		{"production: no copy", "production", table + "," + vaults, plan("") + "," + selection, BackupCrossRegionCopy, "aws_dynamodb_table.t", Fail},
		{"selection in the DR region does not back up a primary table", "dev", table + "," + vaults, plan("") + "," + selDR, BackupPHIStoreInPlan, "aws_dynamodb_table.t", Fail},
		{"selection across stacks in the same region", "dev", table + "," + vaults, plan("") + "," + selection, BackupPHIStoreInPlan, "aws_dynamodb_table.t", Pass},
		{"literal ARN with known region and account", "dev", table + "," + vaults, plan("") + `,"aws_backup_selection":{"s":{"name":"s","plan_id":"${aws_backup_plan.p.id}","resources":["arn:aws:dynamodb:us-east-1:*:table/appts"]}}`, BackupPHIStoreInPlan, "aws_dynamodb_table.t", Pass},
		{"literal ARN of the other region", "dev", table + "," + vaults, plan("") + `,"aws_backup_selection":{"s":{"name":"s","plan_id":"${aws_backup_plan.p.id}","resources":["arn:aws:dynamodb:us-west-2:*:table/appts"]}}`, BackupPHIStoreInPlan, "aws_dynamodb_table.t", Fail},
	} {
		t.Run(c.name, func(t *testing.T) {
			p1 := opsRegionalDoc(t, "phase1", c.env, c.phase1)
			p2 := opsRegionalDoc(t, "phase2", c.env, c.phase2)
			NewEnv(p1, p2)
			var got []Finding
			for _, st := range []*Stack{p1, p2} {
				for _, f := range Check(st, []*Rule{c.rule}) {
					if f.Resource.Address() == c.target && f.Resource.Stack == p1 {
						got = append(got, f)
					}
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d findings, want 1", len(got))
			}
			if got[0].Status != c.want {
				t.Fatalf("status %s (%s), want %s", got[0].Status, got[0].Detail, c.want)
			}
			if c.want == Fail && (got[0].Detail == "" || strings.Contains(got[0].Detail, "?0x")) {
				t.Errorf("detail %q must say what failed, without internal keys", got[0].Detail)
			}
		})
	}
}

// TestOpsSchedules covers the cron and rate parsing of backup and rotation schedules.
func TestOpsSchedules(t *testing.T) {
	for expr, want := range map[string]bool{
		"cron(0 5 ? * * *)": true, "cron(0 5 * * ? *)": true, "cron(0 */12 * * ? *)": true, "cron(30 1 ? * SUN-SAT *)": true,
		"cron(0 5 ? * 1-7 *)": true, "rate(1 day)": true, "rate(24 hours)": true, "rate(12 hours)": true, "rate(90 minutes)": true,
		"cron(0 5 ? * MON *)": false, "cron(0 5 ? * MON-FRI *)": false, "cron(0 5 1 * ? *)": false, "cron(0 5 */2 * ? *)": false,
		"cron(0 5 ? 1-6 * *)": false, "cron(0 5 ? * * 2027)": false, "cron(0 5 ? * 2#1 *)": false, "cron(0 5 L * ? *)": false,
		"rate(2 days)": false, "rate(25 hours)": false, "rate(0 hours)": false, "@daily": false, "cron(0 5 * *)": false,
	} {
		if got, detail := opsAtLeastDaily(expr); got != want {
			t.Errorf("opsAtLeastDaily(%q) = %v (%s), want %v", expr, got, detail, want)
		}
	}
	for expr, want := range map[string]bool{
		"rate(30 days)": true, "rate(90 days)": true, "rate(4 hours)": true, "cron(0 4 1 * ? *)": true, "cron(0 4 ? * SUN *)": true,
		"cron(0 4 1 */2 ? *)": true, "cron(0 4 1 1,3,5,7,9,11 ? *)": true,
		"rate(91 days)": false, "cron(0 4 1 */3 ? *)": false, "cron(0 4 1 JAN,JUL ? *)": false, "cron(0 4 1 * ? 2027)": false, "monthly": false,
	} {
		if got, detail := opsAtLeastEvery(expr, MaxRotationDays); got != want {
			t.Errorf("opsAtLeastEvery(%q) = %v (%s), want %v", expr, got, detail, want)
		}
	}
}

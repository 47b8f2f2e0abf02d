package compliance

import (
	"maps"
	"strings"
	"testing"
)

// doc builds a Terraform JSON document from resource snippets: "type.name": {attrs}.
func doc(t *testing.T, env string, resources map[string]string) *Stack {
	t.Helper()
	var b strings.Builder
	b.WriteString(`{"provider":{"aws":[{"default_tags":[{"tags":{"environment":"` + env + `","data-classification":"phi"}}]}]},"resource":{`)
	byType := map[string][]string{}
	for addr, attrs := range resources {
		typ, name, _ := strings.Cut(addr, ".")
		byType[typ] = append(byType[typ], `"`+name+`":`+attrs)
	}
	first := true
	for _, typ := range sortedKeys(byType) {
		if !first {
			b.WriteString(",")
		}
		first = false
		b.WriteString(`"` + typ + `":{` + strings.Join(byType[typ], ",") + `}`)
	}
	b.WriteString("}}")
	s, err := ParseStackJSON("test", []byte(b.String()))
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	return s
}

type ruleCase struct {
	name      string
	env       string
	resources map[string]string
	target    string // type.name checked
	want      Status
	// other holds the resources of a second stack ("other") of the same environment,
	// for rules that resolve references across stacks or need something to exist
	// somewhere in the environment.
	other map[string]string
}

const (
	bucketRef   = `"${aws_s3_bucket.b.id}"`
	tlsPolicy   = `"{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"`
	allowPolicy = `"{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"`
)

func TestRules(t *testing.T) {
	cases := maps.Clone(coreCases)
	for _, family := range []map[*Rule][]ruleCase{networkCases, iamCases, dataCases, opsCases, railwayCases} {
		for rule, rc := range family {
			cases[rule] = append(cases[rule], rc...)
		}
	}
	for _, rule := range HIPAAPack {
		if len(cases[rule]) == 0 {
			t.Errorf("rule %s has no test cases", rule.ID)
		}
	}
	for rule, rc := range cases {
		for _, c := range rc {
			t.Run(rule.ID+"/"+c.name, func(t *testing.T) {
				s := doc(t, c.env, c.resources)
				if c.other != nil {
					NewEnv(s, doc(t, c.env, c.other))
				}
				var got []Finding
				for _, f := range Check(s, []*Rule{rule}) {
					if f.Resource.Address() == c.target && f.Rule == rule {
						got = append(got, f)
					}
				}
				if len(got) != 1 {
					t.Fatalf("%d findings for %s, want 1", len(got), c.target)
				}
				if got[0].Status != c.want {
					t.Fatalf("status %s (%s), want %s", got[0].Status, got[0].Detail, c.want)
				}
				if c.want == Fail && got[0].Detail == "" {
					t.Error("a failure must say what failed")
				}
			})
		}
	}
}

// coreCases are the cases of the rules listed first in HIPAAPack.
var coreCases = map[*Rule][]ruleCase{
	S3KMSEncryption: {
		{"kms", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_kms_key.k": `{"enable_key_rotation":true}`, "aws_s3_bucket_server_side_encryption_configuration.e": `{"bucket":` + bucketRef + `,"rule":[{"apply_server_side_encryption_by_default":{"sse_algorithm":"aws:kms","kms_master_key_id":"${aws_kms_key.k.arn}"}}]}`}, "aws_s3_bucket.b", Pass, nil},
		{"sse-s3", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": `{"bucket":` + bucketRef + `,"rule":[{"apply_server_side_encryption_by_default":{"sse_algorithm":"AES256"}}]}`}, "aws_s3_bucket.b", Fail, nil},
		{"none", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
		{"suppressed on a store marked not PHI", "dev", map[string]string{"aws_s3_bucket.b": `{"//":{"hipaa_suppressions":{"s3-kms-encryption":"log delivery requires SSE-S3 on target"},"hipaa_not_phi":"S3 server access logs: request metadata only"}}`}, "aws_s3_bucket.b", Suppressed, nil},
	},
	S3Versioning: {
		{"enabled", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_versioning.v": `{"bucket":` + bucketRef + `,"versioning_configuration":{"status":"Enabled"}}`}, "aws_s3_bucket.b", Pass, nil},
		{"suspended", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_versioning.v": `{"bucket":` + bucketRef + `,"versioning_configuration":{"status":"Suspended"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"other bucket", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_versioning.v": `{"bucket":"${aws_s3_bucket.c.id}","versioning_configuration":{"status":"Enabled"}}`}, "aws_s3_bucket.b", Fail, nil},
	},
	S3PublicAccessBlock: {
		{"all four", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_public_access_block.p": `{"bucket":` + bucketRef + `,"block_public_acls":true,"block_public_policy":true,"ignore_public_acls":true,"restrict_public_buckets":true}`}, "aws_s3_bucket.b", Pass, nil},
		{"one off", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_public_access_block.p": `{"bucket":` + bucketRef + `,"block_public_acls":true,"block_public_policy":false,"ignore_public_acls":true,"restrict_public_buckets":true}`}, "aws_s3_bucket.b", Fail, nil},
		{"missing", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
	},
	S3TLSOnly: {
		{"deny", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_policy.p": `{"bucket":` + bucketRef + `,"policy":"{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"${aws_s3_bucket.b.arn}\",\"${aws_s3_bucket.b.arn}/*\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"}`}, "aws_s3_bucket.b", Pass, nil},
		{"deny without resource", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_policy.p": `{"bucket":` + bucketRef + `,"policy":` + tlsPolicy + `}`}, "aws_s3_bucket.b", Fail, nil},
		{"no deny", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_policy.p": `{"bucket":` + bucketRef + `,"policy":` + allowPolicy + `}`}, "aws_s3_bucket.b", Fail, nil},
		{"no policy", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
	},
	S3AccessLogging: {
		{"logged", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket.logs": `{}`, "aws_s3_bucket_logging.l": `{"bucket":` + bucketRef + `,"target_bucket":"${aws_s3_bucket.logs.id}"}`}, "aws_s3_bucket.b", Pass, nil},
		{"not logged", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
	},
	S3PHIDataEvents: {
		{"covered", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`, "aws_cloudtrail.t": `{"is_multi_region_trail":true,"event_selector":[{"read_write_type":"All","data_resource":[{"type":"AWS::S3::Object","values":["${aws_s3_bucket.b.arn}/"]}]}]}`}, "aws_s3_bucket.b", Pass, nil},
		{"all buckets", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`, "aws_cloudtrail.t": `{"is_multi_region_trail":true,"event_selector":[{"data_resource":[{"type":"AWS::S3::Object","values":["arn:aws:s3"]}]}]}`}, "aws_s3_bucket.b", Pass, nil},
		{"write only", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`, "aws_cloudtrail.t": `{"event_selector":[{"read_write_type":"WriteOnly","data_resource":[{"type":"AWS::S3::Object","values":["${aws_s3_bucket.b.arn}/"]}]}]}`}, "aws_s3_bucket.b", Fail, nil},
		{"other bucket", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`, "aws_cloudtrail.t": `{"event_selector":[{"data_resource":[{"type":"AWS::S3::Object","values":["${aws_s3_bucket.c.arn}/"]}]}]}`}, "aws_s3_bucket.b", Fail, nil},
		{"no trail", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"marked not phi", "dev", map[string]string{"aws_s3_bucket.b": `{"//":{"hipaa_not_phi":"S3 server access logs: request metadata only"}}`}, "aws_s3_bucket.b", NotApplicable, nil},
		{"phi by classification", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
		{"phi=false tag alone", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"false"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"short not-phi reason", "dev", map[string]string{"aws_s3_bucket.b": `{"//":{"hipaa_not_phi":"logs"}}`}, "aws_s3_bucket.b", Fail, nil},
	},
	S3PHILifecycleRetention: {
		{"after retention", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`,
			"aws_s3_bucket_object_lock_configuration.l": `{"bucket":` + bucketRef + `,"rule":{"default_retention":{"mode":"COMPLIANCE","days":2557}}}`,
			"aws_s3_bucket_lifecycle_configuration.c":   `{"bucket":` + bucketRef + `,"rule":[{"id":"x","status":"Enabled","noncurrent_version_expiration":[{"noncurrent_days":2557}]}]}`}, "aws_s3_bucket.b", Pass, nil},
		{"noncurrent too early", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`,
			"aws_s3_bucket_object_lock_configuration.l": `{"bucket":` + bucketRef + `,"rule":{"default_retention":{"mode":"COMPLIANCE","days":2557}}}`,
			"aws_s3_bucket_lifecycle_configuration.c":   `{"bucket":` + bucketRef + `,"rule":[{"id":"x","status":"Enabled","noncurrent_version_expiration":[{"noncurrent_days":90}]}]}`}, "aws_s3_bucket.b", Fail, nil},
		{"current expires in years", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`,
			"aws_s3_bucket_object_lock_configuration.l": `{"bucket":` + bucketRef + `,"rule":{"default_retention":{"mode":"GOVERNANCE","years":7}}}`,
			"aws_s3_bucket_lifecycle_configuration.c":   `{"bucket":` + bucketRef + `,"rule":[{"id":"x","status":"Enabled","expiration":[{"days":365}]}]}`}, "aws_s3_bucket.b", Fail, nil},
		{"disabled rule", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`,
			"aws_s3_bucket_object_lock_configuration.l": `{"bucket":` + bucketRef + `,"rule":{"default_retention":{"mode":"GOVERNANCE","days":30}}}`,
			"aws_s3_bucket_lifecycle_configuration.c":   `{"bucket":` + bucketRef + `,"rule":[{"id":"x","status":"Disabled","expiration":[{"days":1}]}]}`}, "aws_s3_bucket.b", Pass, nil},
		{"no lock, no lifecycle", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`}, "aws_s3_bucket.b", Pass, nil},
	},
	GuardDutyS3Protection: {
		{"s3 protection", "dev", map[string]string{"aws_guardduty_detector.d": `{"enable":true}`, "aws_guardduty_detector_feature.f": `{"detector_id":"${aws_guardduty_detector.d.id}","name":"S3_DATA_EVENTS","status":"ENABLED"}`}, "aws_guardduty_detector.d", Pass, nil},
		{"feature disabled", "dev", map[string]string{"aws_guardduty_detector.d": `{"enable":true}`, "aws_guardduty_detector_feature.f": `{"detector_id":"${aws_guardduty_detector.d.id}","name":"S3_DATA_EVENTS","status":"DISABLED"}`}, "aws_guardduty_detector.d", Fail, nil},
		{"detector disabled", "dev", map[string]string{"aws_guardduty_detector.d": `{"enable":false}`, "aws_guardduty_detector_feature.f": `{"detector_id":"${aws_guardduty_detector.d.id}","name":"S3_DATA_EVENTS","status":"ENABLED"}`}, "aws_guardduty_detector.d", Fail, nil},
		{"no feature", "dev", map[string]string{"aws_guardduty_detector.d": `{"enable":true}`}, "aws_guardduty_detector.d", Fail, nil},
	},
	S3Replication: {
		{"production phi configuration without rules", "production", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`, "aws_s3_bucket_replication_configuration.r": `{"bucket":` + bucketRef + `}`}, "aws_s3_bucket.b", Fail, nil},
		{"production phi not replicated", "production", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"dev phi", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`}, "aws_s3_bucket.b", NotApplicable, nil},
		{"production marked not phi", "production", map[string]string{"aws_s3_bucket.b": `{"//":{"hipaa_not_phi":"S3 server access logs: request metadata only"}}`}, "aws_s3_bucket.b", NotApplicable, nil},
		{"production phi by classification", "production", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
	},
	S3ObjectLock: {
		{"locked", "dev", map[string]string{"aws_s3_bucket.b": `{"object_lock_enabled":true,"tags":{"phi":"true"}}`, "aws_s3_bucket_object_lock_configuration.o": `{"bucket":` + bucketRef + `,"rule":{"default_retention":{"mode":"COMPLIANCE","days":2557}}}`}, "aws_s3_bucket.b", Pass, nil},
		{"not enabled", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"no default retention", "dev", map[string]string{"aws_s3_bucket.b": `{"object_lock_enabled":true,"tags":{"phi":"true"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"marked not phi", "dev", map[string]string{"aws_s3_bucket.b": `{"//":{"hipaa_not_phi":"S3 server access logs: request metadata only"}}`}, "aws_s3_bucket.b", NotApplicable, nil},
		{"phi by classification", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
		{"phi=false tag alone", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"false"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"short not-phi reason", "dev", map[string]string{"aws_s3_bucket.b": `{"//":{"hipaa_not_phi":"logs"}}`}, "aws_s3_bucket.b", Fail, nil},
	},
	KMSRotation: {
		{"rotates", "dev", map[string]string{"aws_kms_key.k": `{"enable_key_rotation":true}`}, "aws_kms_key.k", Pass, nil},
		{"off", "dev", map[string]string{"aws_kms_key.k": `{"enable_key_rotation":false}`}, "aws_kms_key.k", Fail, nil},
		{"unset", "dev", map[string]string{"aws_kms_key.k": `{}`}, "aws_kms_key.k", Fail, nil},
	},
	KMSDeletionWindow: {
		{"30", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":30}`}, "aws_kms_key.k", Pass, nil},
		{"7", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":7}`}, "aws_kms_key.k", Fail, nil},
	},
	LogsKMS: {
		{"key", "dev", map[string]string{"aws_kms_key.k": `{"enable_key_rotation":true}`, "aws_cloudwatch_log_group.g": `{"kms_key_id":"${aws_kms_key.k.arn}"}`}, "aws_cloudwatch_log_group.g", Pass, nil},
		{"no key", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{}`}, "aws_cloudwatch_log_group.g", Fail, nil},
	},
	LogsRetention: {
		{"a year", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"retention_in_days":365}`}, "aws_cloudwatch_log_group.g", Pass, nil},
		{"a month", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"retention_in_days":30}`}, "aws_cloudwatch_log_group.g", Fail, nil},
		{"forever", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{}`}, "aws_cloudwatch_log_group.g", Fail, nil},
	},
	CloudTrailHardened: {
		{"hardened", "dev", opsTrail(`{}`), "aws_cloudtrail.t", Pass, nil},
		{"no validation", "dev", opsTrail(`{"enable_log_file_validation":null}`), "aws_cloudtrail.t", Fail, nil},
		{"no kms", "dev", opsTrail(`{"kms_key_id":null}`), "aws_cloudtrail.t", Fail, nil},
		{"single region", "dev", opsTrail(`{"is_multi_region_trail":null}`), "aws_cloudtrail.t", Fail, nil},
		{"no cloudwatch", "dev", opsTrail(`{"cloud_watch_logs_group_arn":null}`), "aws_cloudtrail.t", Fail, nil},
	},
	DynamoDBPITR: {
		{"on", "dev", map[string]string{"aws_dynamodb_table.t": `{"point_in_time_recovery":{"enabled":true}}`}, "aws_dynamodb_table.t", Pass, nil},
		{"off", "dev", map[string]string{"aws_dynamodb_table.t": `{}`}, "aws_dynamodb_table.t", Fail, nil},
	},
	DynamoDBKMS: {
		{"cmk", "dev", map[string]string{"aws_kms_key.k": `{"enable_key_rotation":true}`, "aws_dynamodb_table.t": `{"server_side_encryption":{"enabled":true,"kms_key_arn":"${aws_kms_key.k.arn}"}}`}, "aws_dynamodb_table.t", Pass, nil},
		{"aws owned", "dev", map[string]string{"aws_dynamodb_table.t": `{"server_side_encryption":{"enabled":true}}`}, "aws_dynamodb_table.t", Fail, nil},
		{"none", "dev", map[string]string{"aws_dynamodb_table.t": `{}`}, "aws_dynamodb_table.t", Fail, nil},
	},
	DynamoDBCapacity: {
		{"on demand", "dev", map[string]string{"aws_dynamodb_table.t": `{"billing_mode":"PAY_PER_REQUEST"}`}, "aws_dynamodb_table.t", Pass, nil},
		{"autoscaled", "dev", map[string]string{"aws_dynamodb_table.t": `{"billing_mode":"PROVISIONED","name":"appts"}`,
			"aws_appautoscaling_target.r": `{"service_namespace":"dynamodb","resource_id":"table/${aws_dynamodb_table.t.name}","scalable_dimension":"dynamodb:table:ReadCapacityUnits","min_capacity":5,"max_capacity":100}`,
			"aws_appautoscaling_target.w": `{"service_namespace":"dynamodb","resource_id":"table/appts","scalable_dimension":"dynamodb:table:WriteCapacityUnits","min_capacity":5,"max_capacity":100}`,
			"aws_appautoscaling_policy.r": `{"service_namespace":"${aws_appautoscaling_target.r.service_namespace}","resource_id":"${aws_appautoscaling_target.r.resource_id}","scalable_dimension":"${aws_appautoscaling_target.r.scalable_dimension}","policy_type":"TargetTrackingScaling","target_tracking_scaling_policy_configuration":{"target_value":70}}`,
			"aws_appautoscaling_policy.w": `{"service_namespace":"dynamodb","resource_id":"table/appts","scalable_dimension":"dynamodb:table:WriteCapacityUnits","policy_type":"TargetTrackingScaling","target_tracking_scaling_policy_configuration":{"target_value":70}}`}, "aws_dynamodb_table.t", Pass, nil},
		{"provisioned fixed", "dev", map[string]string{"aws_dynamodb_table.t": `{"billing_mode":"PROVISIONED","name":"appts"}`}, "aws_dynamodb_table.t", Fail, nil},
	},
	LambdaHardened: {
		{"hardened", "dev", opsFunction(`{}`), "aws_lambda_function.f", Pass, nil},
		{"no vpc", "dev", opsFunction(`{"vpc_config":null}`), "aws_lambda_function.f", Fail, nil},
		{"no dlq", "dev", opsFunction(`{"dead_letter_config":null}`), "aws_lambda_function.f", Fail, nil},
		{"unbounded", "dev", opsFunction(`{"reserved_concurrent_executions":null}`), "aws_lambda_function.f", Fail, nil},
		{"untraced", "dev", opsFunction(`{"tracing_config":{"mode":"PassThrough"}}`), "aws_lambda_function.f", Fail, nil},
	},
	LambdaNoPublicPermission: {
		{"scoped", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"apigateway.amazonaws.com","source_arn":"${aws_apigatewayv2_api.a.execution_arn}/*/*"}`, "aws_apigatewayv2_api.a": `{}`}, "aws_lambda_permission.p", Pass, nil},
		{"scoped literal arn", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"events.amazonaws.com","source_arn":"arn:aws:events:us-east-1:111111111111:rule/nightly"}`}, "aws_lambda_permission.p", Pass, nil},
		{"anyone", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"*"}`}, "aws_lambda_permission.p", Fail, nil},
		{"anyone in the organization", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"*","principal_org_id":"o-abc"}`}, "aws_lambda_permission.p", Fail, nil},
		{"no principal", "dev", map[string]string{"aws_lambda_permission.p": `{}`}, "aws_lambda_permission.p", Fail, nil},
		{"any source", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"apigateway.amazonaws.com"}`}, "aws_lambda_permission.p", Fail, nil},
		{"source account only", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"apigateway.amazonaws.com","source_account":"111111111111"}`}, "aws_lambda_permission.p", Fail, nil},
		{"wildcard source", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"apigateway.amazonaws.com","source_arn":"arn:aws:execute-api:us-east-1:*:*/*/*"}`}, "aws_lambda_permission.p", Fail, nil},
		{"every api of the account", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"apigateway.amazonaws.com","source_arn":"arn:aws:execute-api:us-east-1:111111111111:*"}`}, "aws_lambda_permission.p", Fail, nil},
		{"bucket without account", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"s3.amazonaws.com","source_arn":"arn:aws:s3:::uploads"}`}, "aws_lambda_permission.p", Fail, nil},
		{"bucket with account", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"s3.amazonaws.com","source_arn":"arn:aws:s3:::uploads","source_account":"111111111111"}`}, "aws_lambda_permission.p", Pass, nil},
		{"unresolved source fails closed", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"sns.amazonaws.com","source_arn":"${var.topic}"}`}, "aws_lambda_permission.p", Fail, nil},
		{"public url", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"*","action":"lambda:InvokeFunctionUrl","function_url_auth_type":"NONE"}`}, "aws_lambda_permission.p", Fail, nil},
		{"role of the environment", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"${aws_iam_role.r.arn}"}`, "aws_iam_role.r": `{}`}, "aws_lambda_permission.p", Pass, nil},
		{"unresolved principal fails closed", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"${var.caller}"}`}, "aws_lambda_permission.p", Fail, nil},
		{"account without pinned accounts fails closed", "dev", map[string]string{"aws_lambda_permission.p": `{"principal":"111111111111"}`}, "aws_lambda_permission.p", Fail, nil},
	},
	APIGatewayStage: {
		{"logged and throttled", "dev", map[string]string{"aws_apigatewayv2_stage.s": `{"access_log_settings":{"destination_arn":"${aws_cloudwatch_log_group.g.arn}","format":"$context.requestId"},"default_route_settings":{"throttling_rate_limit":50,"throttling_burst_limit":100}}`, "aws_cloudwatch_log_group.g": `{}`}, "aws_apigatewayv2_stage.s", Pass, nil},
		{"no logs", "dev", map[string]string{"aws_apigatewayv2_stage.s": `{"default_route_settings":{"throttling_rate_limit":50,"throttling_burst_limit":100}}`}, "aws_apigatewayv2_stage.s", Fail, nil},
		{"no format", "dev", map[string]string{"aws_apigatewayv2_stage.s": `{"access_log_settings":{"destination_arn":"arn:aws:logs:us-east-1:111111111111:log-group:api"},"default_route_settings":{"throttling_rate_limit":50,"throttling_burst_limit":100}}`}, "aws_apigatewayv2_stage.s", Fail, nil},
		{"unresolved destination fails closed", "dev", map[string]string{"aws_apigatewayv2_stage.s": `{"access_log_settings":{"destination_arn":"${var.logs}","format":"f"},"default_route_settings":{"throttling_rate_limit":50,"throttling_burst_limit":100}}`}, "aws_apigatewayv2_stage.s", Fail, nil},
		{"no throttling", "dev", map[string]string{"aws_apigatewayv2_stage.s": `{"access_log_settings":{"destination_arn":"arn:aws:logs:us-east-1:111111111111:log-group:api","format":"f"}}`}, "aws_apigatewayv2_stage.s", Fail, nil},
		{"data trace", "dev", map[string]string{"aws_apigatewayv2_stage.s": `{"access_log_settings":{"destination_arn":"arn:aws:logs:us-east-1:111111111111:log-group:api","format":"f"},"default_route_settings":{"throttling_rate_limit":"50","throttling_burst_limit":"100"},"route_settings":[{"route_key":"$default","data_trace_enabled":true}]}`}, "aws_apigatewayv2_stage.s", Fail, nil},
		{"websocket without execution logs", "dev", map[string]string{"aws_apigatewayv2_stage.s": `{"api_id":"${aws_apigatewayv2_api.a.id}","access_log_settings":{"destination_arn":"arn:aws:logs:us-east-1:111111111111:log-group:api","format":"f"},"default_route_settings":{"throttling_rate_limit":50,"throttling_burst_limit":100}}`, "aws_apigatewayv2_api.a": `{"protocol_type":"WEBSOCKET"}`}, "aws_apigatewayv2_stage.s", Fail, nil},
		{"websocket with execution logs", "dev", map[string]string{"aws_apigatewayv2_stage.s": `{"api_id":"${aws_apigatewayv2_api.a.id}","access_log_settings":{"destination_arn":"arn:aws:logs:us-east-1:111111111111:log-group:api","format":"f"},"default_route_settings":{"throttling_rate_limit":50,"throttling_burst_limit":100,"logging_level":"ERROR"}}`, "aws_apigatewayv2_api.a": `{"protocol_type":"WEBSOCKET"}`}, "aws_apigatewayv2_stage.s", Pass, nil},
	},
	APIGatewayTLS: {
		{"tls 1.2", "dev", map[string]string{"aws_apigatewayv2_domain_name.d": `{"domain_name_configuration":{"security_policy":"TLS_1_2"}}`}, "aws_apigatewayv2_domain_name.d", Pass, nil},
		{"tls 1.0", "dev", map[string]string{"aws_api_gateway_domain_name.d": `{"security_policy":"TLS_1_0"}`}, "aws_api_gateway_domain_name.d", Fail, nil},
		{"rest default", "dev", map[string]string{"aws_api_gateway_domain_name.d": `{"domain_name":"api.example.org"}`}, "aws_api_gateway_domain_name.d", Fail, nil},
	},
	SecretsCMK: {
		{"cmk", "dev", map[string]string{"aws_kms_key.k": `{"enable_key_rotation":true}`, "aws_secretsmanager_secret.s": `{"kms_key_id":"${aws_kms_key.k.arn}"}`}, "aws_secretsmanager_secret.s", Pass, nil},
		{"aws managed", "dev", map[string]string{"aws_secretsmanager_secret.s": `{}`}, "aws_secretsmanager_secret.s", Fail, nil},
	},
	SecretsRotation: {
		{"rotated", "dev", opsRotation(`{}`), "aws_secretsmanager_secret.s", Pass, nil},
		{"static", "dev", map[string]string{"aws_secretsmanager_secret.s": `{}`}, "aws_secretsmanager_secret.s", Fail, nil},
	},
	MessagingKMS: {
		{"topic cmk", "dev", map[string]string{"aws_kms_key.k": `{"enable_key_rotation":true}`, "aws_sns_topic.t": `{"kms_master_key_id":"${aws_kms_key.k.arn}"}`}, "aws_sns_topic.t", Pass, nil},
		{"topic aws key", "dev", map[string]string{"aws_sns_topic.t": `{"kms_master_key_id":"alias/aws/sns"}`}, "aws_sns_topic.t", Fail, nil},
		{"queue unencrypted", "dev", map[string]string{"aws_sqs_queue.q": `{}`}, "aws_sqs_queue.q", Fail, nil},
	},
	IAMNoWildcardAction: {
		{"listed", "dev", map[string]string{"aws_iam_role_policy.p": `{"policy":"{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\"],\"Resource\":\"arn\"}]}"}`}, "aws_iam_role_policy.p", Pass, nil},
		{"star", "dev", map[string]string{"aws_iam_policy.p": `{"policy":"{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"}`}, "aws_iam_policy.p", Fail, nil},
		{"service star", "dev", map[string]string{"aws_iam_role_policy.p": `{"policy":"{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:*\"],\"Resource\":\"arn\"}]}"}`}, "aws_iam_role_policy.p", Fail, nil},
		{"deny star is fine", "dev", map[string]string{"aws_iam_policy.p": `{"policy":"{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"*\"}]}"}`}, "aws_iam_policy.p", Pass, nil},
	},
	IAMNoAdmin: {
		{"specific", "dev", map[string]string{"aws_iam_role_policy_attachment.a": `{"policy_arn":"arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"}`}, "aws_iam_role_policy_attachment.a", Pass, nil},
		{"admin", "dev", map[string]string{"aws_iam_role_policy_attachment.a": `{"policy_arn":"arn:aws:iam::aws:policy/AdministratorAccess"}`}, "aws_iam_role_policy_attachment.a", Fail, nil},
	},
	IAMNoUserInlinePolicy: {
		{"user policy", "dev", map[string]string{"aws_iam_user_policy.p": `{"user":"alice"}`}, "aws_iam_user_policy.p", Fail, nil},
	},
	VPCFlowLogs: {
		{"all traffic", "dev", map[string]string{"aws_vpc.v": `{}`, "aws_flow_log.f": `{"vpc_id":"${aws_vpc.v.id}","traffic_type":"ALL"}`}, "aws_vpc.v", Pass, nil},
		{"rejects only", "dev", map[string]string{"aws_vpc.v": `{}`, "aws_flow_log.f": `{"vpc_id":"${aws_vpc.v.id}","traffic_type":"REJECT"}`}, "aws_vpc.v", Fail, nil},
		{"none", "dev", map[string]string{"aws_vpc.v": `{}`}, "aws_vpc.v", Fail, nil},
	},
	VPCDefaultSecurityGroupClosed: {
		{"closed", "dev", map[string]string{"aws_vpc.v": `{}`, "aws_default_security_group.d": `{"vpc_id":"${aws_vpc.v.id}"}`}, "aws_vpc.v", Pass, nil},
		{"rules", "dev", map[string]string{"aws_vpc.v": `{}`, "aws_default_security_group.d": `{"vpc_id":"${aws_vpc.v.id}","ingress":[{"from_port":0}]}`}, "aws_vpc.v", Fail, nil},
		{"unmanaged", "dev", map[string]string{"aws_vpc.v": `{}`}, "aws_vpc.v", Fail, nil},
		{"rule on an own group", "dev", map[string]string{"aws_security_group.g": `{}`, "aws_vpc_security_group_egress_rule.r": `{"security_group_id":"${aws_security_group.g.id}","ip_protocol":"tcp","from_port":443,"to_port":443,"cidr_ipv4":"10.0.0.0/16"}`}, "aws_vpc_security_group_egress_rule.r", Pass, nil},
		{"rule opens the default group", "dev", map[string]string{"aws_default_security_group.d": `{"vpc_id":"${aws_vpc.v.id}"}`, "aws_vpc_security_group_ingress_rule.r": `{"security_group_id":"${aws_default_security_group.d.id}","ip_protocol":"-1","referenced_security_group_id":"${aws_default_security_group.d.id}"}`}, "aws_vpc_security_group_ingress_rule.r", Fail, nil},
		{"rule opens the vpc's default group", "dev", map[string]string{"aws_vpc.v": `{}`, "aws_security_group_rule.r": `{"type":"egress","security_group_id":"${aws_vpc.v.default_security_group_id}","protocol":"-1","from_port":0,"to_port":0,"cidr_blocks":["10.0.0.0/8"]}`}, "aws_security_group_rule.r", Fail, nil},
		{"rule on a literal group fails closed", "dev", map[string]string{"aws_security_group_rule.r": `{"type":"ingress","security_group_id":"sg-0abc","protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":["10.0.0.0/8"]}`}, "aws_security_group_rule.r", Fail, nil},
	},
	SubnetNoPublicIP: {
		{"private", "dev", map[string]string{"aws_subnet.s": `{"map_public_ip_on_launch":false}`}, "aws_subnet.s", Pass, nil},
		{"unset", "dev", map[string]string{"aws_subnet.s": `{}`}, "aws_subnet.s", Pass, nil},
		{"public ips", "dev", map[string]string{"aws_subnet.s": `{"map_public_ip_on_launch":true}`}, "aws_subnet.s", Fail, nil},
		{"public ips as a string", "dev", map[string]string{"aws_subnet.s": `{"map_public_ip_on_launch":"true"}`}, "aws_subnet.s", Fail, nil},
		{"ipv6 addresses", "dev", map[string]string{"aws_subnet.s": `{"assign_ipv6_address_on_creation":true}`}, "aws_subnet.s", Fail, nil},
		{"variable fails closed", "dev", map[string]string{"aws_subnet.s": `{"map_public_ip_on_launch":"${var.public}"}`}, "aws_subnet.s", Fail, nil},
		{"default subnet left as is", "dev", map[string]string{"aws_default_subnet.s": `{"availability_zone":"us-east-1a"}`}, "aws_default_subnet.s", Fail, nil},
		{"default subnet closed", "dev", map[string]string{"aws_default_subnet.s": `{"availability_zone":"us-east-1a","map_public_ip_on_launch":false}`}, "aws_default_subnet.s", Pass, nil},
	},
	CloudFrontHardened: {
		{"hardened", "dev", map[string]string{"aws_cloudfront_distribution.d": `{"viewer_certificate":{"minimum_protocol_version":"TLSv1.2_2021"},"web_acl_id":"w","logging_config":{"bucket":"b"}}`}, "aws_cloudfront_distribution.d", Pass, nil},
		{"old tls", "dev", map[string]string{"aws_cloudfront_distribution.d": `{"viewer_certificate":{"minimum_protocol_version":"TLSv1.2_2019"},"web_acl_id":"w","logging_config":{"bucket":"b"}}`}, "aws_cloudfront_distribution.d", Fail, nil},
		{"default certificate", "dev", map[string]string{"aws_cloudfront_distribution.d": `{"viewer_certificate":{"cloudfront_default_certificate":true,"minimum_protocol_version":"TLSv1.2_2021"},"web_acl_id":"w","logging_config":{"bucket":"b"}}`}, "aws_cloudfront_distribution.d", Fail, nil},
		{"no waf", "dev", map[string]string{"aws_cloudfront_distribution.d": `{"viewer_certificate":{"minimum_protocol_version":"TLSv1.2_2021"},"logging_config":{"bucket":"b"}}`}, "aws_cloudfront_distribution.d", Fail, nil},
		{"unresolved waf fails closed", "dev", map[string]string{"aws_cloudfront_distribution.d": `{"viewer_certificate":{"minimum_protocol_version":"TLSv1.2_2021"},"web_acl_id":"${var.acl}","logging_config":{"bucket":"b"}}`}, "aws_cloudfront_distribution.d", Fail, nil},
		{"no logging", "dev", map[string]string{"aws_cloudfront_distribution.d": `{"viewer_certificate":{"minimum_protocol_version":"TLSv1.2_2021"},"web_acl_id":"w"}`}, "aws_cloudfront_distribution.d", Fail, nil},
		{"v2 logs to a log group", "dev", cfV2("${aws_cloudfront_distribution.d.arn}", "ACCESS_LOGS", `"${aws_cloudwatch_log_delivery_source.s.name}"`, "${aws_cloudwatch_log_delivery_destination.t.arn}", "${aws_cloudwatch_log_group.g.arn}"), "aws_cloudfront_distribution.d", Pass, nil},
		{"v2 logs to a bucket", "dev", cfV2("${aws_cloudfront_distribution.d.arn}", "ACCESS_LOGS", `"${aws_cloudwatch_log_delivery_source.s.name}"`, "${aws_cloudwatch_log_delivery_destination.t.arn}", "${aws_s3_bucket.b.arn}"), "aws_cloudfront_distribution.d", Pass, nil},
		{"v2 source named by a literal", "dev", cfV2("${aws_cloudfront_distribution.d.arn}", "ACCESS_LOGS", `"src"`, "${aws_cloudwatch_log_delivery_destination.t.arn}", "${aws_cloudwatch_log_group.g.arn}"), "aws_cloudfront_distribution.d", Pass, nil},
		{"v2 source of another distribution", "dev", cfV2("${aws_cloudfront_distribution.other.arn}", "ACCESS_LOGS", `"${aws_cloudwatch_log_delivery_source.s.name}"`, "${aws_cloudwatch_log_delivery_destination.t.arn}", "${aws_cloudwatch_log_group.g.arn}"), "aws_cloudfront_distribution.d", Fail, nil},
		{"v2 source on the distribution's id", "dev", cfV2("${aws_cloudfront_distribution.d.id}", "ACCESS_LOGS", `"${aws_cloudwatch_log_delivery_source.s.name}"`, "${aws_cloudwatch_log_delivery_destination.t.arn}", "${aws_cloudwatch_log_group.g.arn}"), "aws_cloudfront_distribution.d", Fail, nil},
		{"v2 source arn from a variable fails closed", "dev", cfV2("${var.dist}", "ACCESS_LOGS", `"${aws_cloudwatch_log_delivery_source.s.name}"`, "${aws_cloudwatch_log_delivery_destination.t.arn}", "${aws_cloudwatch_log_group.g.arn}"), "aws_cloudfront_distribution.d", Fail, nil},
		{"v2 connection logs are not access logs", "dev", cfV2("${aws_cloudfront_distribution.d.arn}", "CONNECTION_LOGS", `"${aws_cloudwatch_log_delivery_source.s.name}"`, "${aws_cloudwatch_log_delivery_destination.t.arn}", "${aws_cloudwatch_log_group.g.arn}"), "aws_cloudfront_distribution.d", Fail, nil},
		{"v2 source never delivered", "dev", cfV2("${aws_cloudfront_distribution.d.arn}", "ACCESS_LOGS", `"another-source"`, "${aws_cloudwatch_log_delivery_destination.t.arn}", "${aws_cloudwatch_log_group.g.arn}"), "aws_cloudfront_distribution.d", Fail, nil},
		{"v2 destination from a variable fails closed", "dev", cfV2("${aws_cloudfront_distribution.d.arn}", "ACCESS_LOGS", `"${aws_cloudwatch_log_delivery_source.s.name}"`, "${var.destination}", "${aws_cloudwatch_log_group.g.arn}"), "aws_cloudfront_distribution.d", Fail, nil},
		{"v2 destination resource from a variable fails closed", "dev", cfV2("${aws_cloudfront_distribution.d.arn}", "ACCESS_LOGS", `"${aws_cloudwatch_log_delivery_source.s.name}"`, "${aws_cloudwatch_log_delivery_destination.t.arn}", "${var.group}"), "aws_cloudfront_distribution.d", Fail, nil},
		{"v2 destination resource is not a log store", "dev", cfV2("${aws_cloudfront_distribution.d.arn}", "ACCESS_LOGS", `"${aws_cloudwatch_log_delivery_source.s.name}"`, "${aws_cloudwatch_log_delivery_destination.t.arn}", "${aws_sns_topic.x.arn}"), "aws_cloudfront_distribution.d", Fail, nil},
	},
	CloudFrontGeoRestriction: {
		{"restricted", "dev", map[string]string{"aws_cloudfront_distribution.d": `{"tags":{"geo-allow":"US GB IE"},"restrictions":{"geo_restriction":{"restriction_type":"whitelist"}}}`}, "aws_cloudfront_distribution.d", Pass, nil},
		{"declared but open", "dev", map[string]string{"aws_cloudfront_distribution.d": `{"tags":{"geo-allow":"US"},"restrictions":{"geo_restriction":{"restriction_type":"none"}}}`}, "aws_cloudfront_distribution.d", Fail, nil},
		{"not declared", "dev", map[string]string{"aws_cloudfront_distribution.d": `{}`}, "aws_cloudfront_distribution.d", NotApplicable, nil},
	},
	WAFLogging: {
		{"logged", "dev", map[string]string{"aws_wafv2_web_acl.w": `{}`, "aws_wafv2_web_acl_logging_configuration.l": `{"resource_arn":"${aws_wafv2_web_acl.w.arn}","log_destination_configs":["${aws_cloudwatch_log_group.l.arn}"]}`}, "aws_wafv2_web_acl.w", Pass, nil},
		{"not logged", "dev", map[string]string{"aws_wafv2_web_acl.w": `{}`}, "aws_wafv2_web_acl.w", Fail, nil},
		{"no destination", "dev", map[string]string{"aws_wafv2_web_acl.w": `{}`, "aws_wafv2_web_acl_logging_configuration.l": `{"resource_arn":"${aws_wafv2_web_acl.w.arn}"}`}, "aws_wafv2_web_acl.w", Fail, nil},
		{"blocked requests kept", "dev", map[string]string{"aws_wafv2_web_acl.w": `{}`, "aws_wafv2_web_acl_logging_configuration.l": `{"resource_arn":"${aws_wafv2_web_acl.w.arn}","log_destination_configs":["d"],"logging_filter":{"default_behavior":"DROP","filter":[{"behavior":"KEEP","requirement":"MEETS_ANY","condition":[{"action_condition":{"action":"BLOCK"}}]}]}}`}, "aws_wafv2_web_acl.w", Pass, nil},
		{"filtered to nothing", "dev", map[string]string{"aws_wafv2_web_acl.w": `{}`, "aws_wafv2_web_acl_logging_configuration.l": `{"resource_arn":"${aws_wafv2_web_acl.w.arn}","log_destination_configs":["d"],"logging_filter":{"default_behavior":"DROP","filter":[{"behavior":"DROP","requirement":"MEETS_ANY","condition":[{"action_condition":{"action":"ALLOW"}}]}]}}`}, "aws_wafv2_web_acl.w", Fail, nil},
	},
	NeonHistoryRetention: {
		{"a day", "dev", map[string]string{"neon_project.p": `{"history_retention_seconds":86400}`}, "neon_project.p", Pass, nil},
		{"an hour", "dev", map[string]string{"neon_project.p": `{"history_retention_seconds":3600}`}, "neon_project.p", Fail, nil},
		{"unset", "dev", map[string]string{"neon_project.p": `{}`}, "neon_project.p", Fail, nil},
	},
	NeonProductionAccess: {
		{"protected", "production", map[string]string{"neon_project.p": `{"allowed_ips":["${aws_eip.a.public_ip}"]}`, "neon_branch.b": `{"project_id":"${neon_project.p.id}","protected":"yes"}`,
			"neon_endpoint.e": `{"project_id":"${neon_project.p.id}","branch_id":"${neon_branch.b.id}"}`}, "neon_project.p", Pass, nil},
		{"unprotected", "production", map[string]string{"neon_project.p": `{"allowed_ips":["1.2.3.4"]}`, "neon_branch.b": `{"project_id":"${neon_project.p.id}","protected":"no"}`}, "neon_project.p", Fail, nil},
		{"no branch", "production", map[string]string{"neon_project.p": `{}`}, "neon_project.p", Fail, nil},
		{"endpoint on an unprotected branch", "production", map[string]string{"neon_project.p": `{}`, "neon_branch.b": `{"project_id":"${neon_project.p.id}","protected":"yes"}`, "neon_branch.c": `{"project_id":"${neon_project.p.id}","protected":"no"}`,
			"neon_endpoint.e": `{"project_id":"${neon_project.p.id}","branch_id":"${neon_branch.c.id}"}`}, "neon_project.p", Fail, nil},
		{"endpoint on the default branch", "production", map[string]string{"neon_project.p": `{}`, "neon_branch.b": `{"project_id":"${neon_project.p.id}","protected":"yes"}`,
			"neon_endpoint.e": `{"project_id":"${neon_project.p.id}","branch_id":"${neon_project.p.default_branch_id}"}`}, "neon_project.p", Fail, nil},
		{"endpoint on an unresolved branch fails closed", "production", map[string]string{"neon_project.p": `{}`, "neon_branch.b": `{"project_id":"${neon_project.p.id}","protected":"yes"}`,
			"neon_endpoint.e": `{"project_id":"${neon_project.p.id}","branch_id":"${var.branch}"}`}, "neon_project.p", Fail, nil},
		{"dev", "dev", map[string]string{"neon_project.p": `{}`}, "neon_project.p", NotApplicable, nil},
	},
	TagsDataClassification: {
		{"default tags", "dev", map[string]string{"aws_sqs_queue.q": `{}`}, "aws_sqs_queue.q", Pass, nil},
		{"neon", "dev", map[string]string{"neon_project.p": `{}`}, "neon_project.p", NotApplicable, nil},
	},
}

func TestTagsRuleWithoutDefaultTags(t *testing.T) {
	s, _ := ParseStackJSON("t", []byte(`{"resource":{"aws_sqs_queue":{"q":{}, "r":{"tags":{"data-classification":"phi"}}}}}`))
	got := map[string]Status{}
	for _, f := range Check(s, []*Rule{TagsDataClassification}) {
		got[f.Resource.Name] = f.Status
	}
	if got["q"] != Fail || got["r"] != Pass {
		t.Fatalf("got %v, want q fail and r pass", got)
	}
}

func TestShortOrUnknownSuppressionIsAnError(t *testing.T) {
	s, _ := ParseStackJSON("t", []byte(`{"resource":{"aws_kms_key":{"k":{"//":{"hipaa_suppressions":{"kms-rotation":"legacy","no-such-rule":"a reason long enough to count"}}}}}}`))
	findings := Check(s, HIPAAPack)
	var blocking []string
	for _, f := range Blocking(findings) {
		blocking = append(blocking, f.String())
	}
	joined := strings.Join(blocking, "\n")
	for _, want := range []string{
		`[kms-rotation] t/aws_kms_key.k: automatic key rotation is off`, // a short reason does not suppress
		`[suppression-reason] t/aws_kms_key.k: a suppression is not justified (suppression of kms-rotation has the reason "legacy", under 20 characters)`,
		`suppression names "no-such-rule", which is not a rule of the pack`,
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("missing %q in:\n%s", want, joined)
		}
	}
}

func TestFindingMessageIsActionable(t *testing.T) {
	s, _ := ParseStackJSON("phase9", []byte(`{"resource":{"aws_s3_bucket":{"b":{"//":{"metadata":{"path":"phase9/Docs/Bucket"}}}}}}`))
	var msg string
	for _, f := range Blocking(Check(s, []*Rule{S3Versioning})) {
		msg = f.String()
	}
	for _, want := range []string{"[s3-versioning]", "phase9/aws_s3_bucket.b (phase9/Docs/Bucket)", "versioning is not enabled", "Why:", "Controls: HIPAA 164.312(c)(1)", "Fix:", `compliance.Suppress(resource, "s3-versioning"`} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
}

func TestReportCountsPerControl(t *testing.T) {
	s := doc(t, "dev", map[string]string{
		"aws_kms_key.a":      `{"enable_key_rotation":true}`,
		"aws_kms_key.b":      `{}`,
		"aws_kms_key.c":      `{"//":{"hipaa_suppressions":{"kms-rotation":"<script>alert(1)</script> imported key material"}}}`,
		"aws_s3_bucket.logs": `{"//":{"hipaa_not_phi":"S3 server access logs: request metadata only"}}`,
	})
	pack := []*Rule{KMSRotation, S3ObjectLock}
	md, js, html, err := Report("test", pack, Check(s, pack))
	if err != nil {
		t.Fatal(err)
	}
	mds := string(md)
	for _, want := range []string{
		"4 checks: **1 pass**, **1 fail** (1 blocking errors, 0 warnings), **1 suppressed**, 1 not applicable.",
		"- `kms-rotation` on 1 resource(s): <script>alert(1)</script> imported key material",
		"- S3 server access logs: request metadata only\n  - test/aws_s3_bucket.logs",
		"| 164.312(a)(2)(iv) | 1 | 1 | 1 | 1 | 0 |",
		"| kms-rotation | error | 164.312(a)(2)(iv) | automatic key rotation is off | 1 | 1 | 1 | 0 |",
	} {
		if !strings.Contains(mds, want) {
			t.Errorf("markdown lacks %q:\n%s", want, mds)
		}
	}
	// The summary comes before the per-control table, and failures before passes.
	if strings.Index(mds, "## Summary") > strings.Index(mds, "## Per HIPAA") || strings.Index(mds, "`aws_kms_key.b` | fail") > strings.Index(mds, "`aws_kms_key.a` | pass") {
		t.Errorf("summary or failures are not first:\n%s", mds)
	}
	for _, want := range []string{`"status": "fail"`, `"resource": "aws_kms_key.b"`, `"blocking": 1`, `"not_phi": [`} {
		if !strings.Contains(string(js), want) {
			t.Errorf("json lacks %q:\n%s", want, js)
		}
	}
	h := string(html)
	for _, want := range []string{"<!DOCTYPE html>", "<style>", "&lt;script&gt;alert(1)&lt;/script&gt; imported key material", "request metadata only"} {
		if !strings.Contains(h, want) {
			t.Errorf("html lacks %q", want)
		}
	}
	// Self-contained: no external asset, no script, and reason text escaped.
	for _, bad := range []string{"<script>", "<link", "src=", "http://", "https://", "@import"} {
		if strings.Contains(h, bad) {
			t.Errorf("html contains %q: it must be one self-contained file", bad)
		}
	}
}

// cfV2 is a hardened distribution d (TLS, WAF, no logging_config) whose access logs go
// through standard logging v2: a delivery source "src" on sourceArn of logType, a
// delivery naming sourceName and destArn, and a destination t on target. The document
// also holds another distribution, a log group g, a bucket b and a topic x.
func cfV2(sourceArn, logType, sourceName, destArn, target string) map[string]string {
	return map[string]string{
		"aws_cloudfront_distribution.d":             `{"viewer_certificate":{"minimum_protocol_version":"TLSv1.2_2021"},"web_acl_id":"w"}`,
		"aws_cloudfront_distribution.other":         `{}`,
		"aws_cloudwatch_log_group.g":                `{}`,
		"aws_s3_bucket.b":                           `{}`,
		"aws_sns_topic.x":                           `{}`,
		"aws_cloudwatch_log_delivery_source.s":      `{"name":"src","log_type":"` + logType + `","resource_arn":"` + sourceArn + `"}`,
		"aws_cloudwatch_log_delivery_destination.t": `{"delivery_destination_configuration":[{"destination_resource_arn":"` + target + `"}]}`,
		"aws_cloudwatch_log_delivery.l":             `{"delivery_source_name":` + sourceName + `,"delivery_destination_arn":"` + destArn + `"}`,
	}
}

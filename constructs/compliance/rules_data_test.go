package compliance

import (
	"strings"
	"testing"
)

// Fixtures of the data-protection cases.
const (
	dKey        = `{"enable_key_rotation":true}`
	dKeyNoRot   = `{}`
	dNotPHI     = `{"//":{"hipaa_not_phi":"S3 server access logs: request metadata only"}}`
	dPHIBucket  = `{"tags":{"phi":"true"}}`
	dLockedPHI  = `{"object_lock_enabled":true,"tags":{"phi":"true"}}`
	dKeep       = `{"lifecycle":{"prevent_destroy":true}}`
	dTableRef   = `"table/${aws_dynamodb_table.t.name}"`
	dMultiTrail = `"is_multi_region_trail":true`
)

// dSSE is a bucket encryption configuration of b with the algorithm and key given.
func dSSE(alg, key string) string {
	k := ""
	if key != "" {
		k = `,"kms_master_key_id":"` + key + `"`
	}
	return `{"bucket":` + bucketRef + `,"rule":[{"apply_server_side_encryption_by_default":{"sse_algorithm":"` + alg + `"` + k + `}}]}`
}

// dLock is an Object Lock configuration of b with a default retention.
func dLock(retention string) string {
	return `{"bucket":` + bucketRef + `,"rule":{"default_retention":` + retention + `}}`
}

// dLifecycle is a lifecycle configuration of b with one rule.
func dLifecycle(rule string) string {
	return `{"bucket":` + bucketRef + `,"rule":[` + rule + `]}`
}

// dReplication is a replication configuration of b with the rules given.
func dReplication(rules ...string) string {
	return `{"bucket":` + bucketRef + `,"role":"${aws_iam_role.r.arn}","rule":[` + strings.Join(rules, ",") + `]}`
}

// dReplRule is an enabled, whole-bucket replication rule to the bucket dst, with extra
// attributes.
func dReplRule(dst, extra string) string {
	return `{"id":"dr","status":"Enabled","filter":{"prefix":""},"destination":{"bucket":"${aws_s3_bucket.` + dst + `.arn}","encryption_configuration":{"replica_kms_key_id":"${aws_kms_key.dr.arn}"}},"source_selection_criteria":{"sse_kms_encrypted_objects":{"status":"Enabled"}}` + extra + `}`
}

// dTrail is a trail with one basic selector on the values given.
func dTrail(rw string, values ...string) string {
	return `{` + dMultiTrail + `,"event_selector":[{"read_write_type":"` + rw + `","data_resource":[{"type":"AWS::S3::Object","values":["` + strings.Join(values, `","`) + `"]}]}]}`
}

// dAdvanced is a trail with advanced selectors, each a list of field selectors.
func dAdvanced(selectors ...string) string {
	var sel []string
	for _, s := range selectors {
		sel = append(sel, `{"name":"s","field_selector":[{"field":"eventCategory","equals":["Data"]},{"field":"resources.type","equals":["AWS::S3::Object"]}`+s+`]}`)
	}
	return `{` + dMultiTrail + `,"advanced_event_selector":[` + strings.Join(sel, ",") + `]}`
}

// dScaling is a DynamoDB scalable target and its target-tracking policy, as two entries
// named name of the resources map.
func dScaling(m map[string]string, name, resourceID, dimension string) map[string]string {
	m["aws_appautoscaling_target."+name] = `{"service_namespace":"dynamodb","resource_id":` + resourceID + `,"scalable_dimension":"` + dimension + `","min_capacity":5,"max_capacity":100}`
	m["aws_appautoscaling_policy."+name] = `{"service_namespace":"dynamodb","resource_id":"${aws_appautoscaling_target.` + name + `.resource_id}","scalable_dimension":"${aws_appautoscaling_target.` + name + `.scalable_dimension}","policy_type":"TargetTrackingScaling","target_tracking_scaling_policy_configuration":{"target_value":70,"predefined_metric_specification":{"predefined_metric_type":"DynamoDBReadCapacityUtilization"}}}`
	return m
}

// dProvisioned is a provisioned table "appts" (with the GSIs given) autoscaled on the table's
// reads and writes; extra entries are added.
func dProvisioned(gsis string, extra map[string]string) map[string]string {
	m := map[string]string{"aws_dynamodb_table.t": `{"billing_mode":"PROVISIONED","name":"appts","global_secondary_index":[` + gsis + `]}`}
	dScaling(m, "r", dTableRef, "dynamodb:table:ReadCapacityUnits")
	dScaling(m, "w", `"table/appts"`, "dynamodb:table:WriteCapacityUnits")
	for k, v := range extra {
		m[k] = v
	}
	return m
}

// dataCases are the rule cases of pack_data.go and of the data-protection rules of the
// core list (run by TestRules).
var dataCases = map[*Rule][]ruleCase{
	S3KMSEncryption: {
		{"dsse with a rotating key", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_kms_key.k": dKey, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms:dsse", "${aws_kms_key.k.arn}")}, "aws_s3_bucket.b", Pass, nil},
		{"key through an alias", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_kms_key.k": dKey, "aws_kms_alias.a": `{"target_key_id":"${aws_kms_key.k.key_id}"}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${aws_kms_alias.a.arn}")}, "aws_s3_bucket.b", Pass, nil},
		{"key of another stack", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${aws_kms_key.k.arn}")}, "aws_s3_bucket.b", Pass, map[string]string{"aws_kms_key.k": dKey}},
		{"inline configuration", "dev", map[string]string{"aws_s3_bucket.b": `{"server_side_encryption_configuration":{"rule":{"apply_server_side_encryption_by_default":{"sse_algorithm":"aws:kms","kms_master_key_id":"${aws_kms_key.k.arn}"}}}}`, "aws_kms_key.k": dKey}, "aws_s3_bucket.b", Pass, nil},
		{"aws-managed key", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "alias/aws/s3")}, "aws_s3_bucket.b", Fail, nil},
		{"aws:kms without a key", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "")}, "aws_s3_bucket.b", Fail, nil},
		{"key without rotation", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_kms_key.k": dKeyNoRot, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${aws_kms_key.k.arn}")}, "aws_s3_bucket.b", Fail, nil},
		{"literal key arn", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "arn:aws:kms:us-east-1:111122223333:key/abc")}, "aws_s3_bucket.b", Fail, nil},
		{"key from a data source", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${data.aws_kms_key.k.arn}")}, "aws_s3_bucket.b", Fail, nil},
		{"algorithm from a variable", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_kms_key.k": dKey, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("${var.alg}", "${aws_kms_key.k.arn}")}, "aws_s3_bucket.b", Fail, nil},
		{"a second configuration with SSE-S3", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_kms_key.k": dKey, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${aws_kms_key.k.arn}"), "aws_s3_bucket_server_side_encryption_configuration.f": dSSE("AES256", "")}, "aws_s3_bucket.b", Fail, nil},
		{"suppression refused on a PHI store", "dev", map[string]string{"aws_s3_bucket.b": `{"//":{"hipaa_suppressions":{"s3-kms-encryption":"log delivery requires SSE-S3 on target"}}}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("AES256", "")}, "aws_s3_bucket.b", Fail, nil},
	},
	S3Versioning: {
		{"inline versioning", "dev", map[string]string{"aws_s3_bucket.b": `{"versioning":{"enabled":true}}`}, "aws_s3_bucket.b", Pass, nil},
		{"inline versioning off", "dev", map[string]string{"aws_s3_bucket.b": `{"versioning":{"enabled":false}}`}, "aws_s3_bucket.b", Fail, nil},
		{"versioning in another stack", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Pass, map[string]string{"aws_s3_bucket_versioning.v": `{"bucket":` + bucketRef + `,"versioning_configuration":{"status":"Enabled"}}`}},
		{"status from a variable", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_versioning.v": `{"bucket":` + bucketRef + `,"versioning_configuration":{"status":"${var.status}"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"a second resource suspends it", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_versioning.v": `{"bucket":` + bucketRef + `,"versioning_configuration":{"status":"Enabled"}}`, "aws_s3_bucket_versioning.w": `{"bucket":` + bucketRef + `,"versioning_configuration":{"status":"Suspended"}}`}, "aws_s3_bucket.b", Fail, nil},
	},
	S3PublicAccessBlock: {
		{"account level, all four", "dev", map[string]string{"aws_s3_account_public_access_block.a": `{"block_public_acls":true,"block_public_policy":"true","ignore_public_acls":true,"restrict_public_buckets":true}`}, "aws_s3_account_public_access_block.a", Pass, nil},
		{"account level, one off", "dev", map[string]string{"aws_s3_account_public_access_block.a": `{"block_public_acls":true,"block_public_policy":true,"ignore_public_acls":true,"restrict_public_buckets":false}`}, "aws_s3_account_public_access_block.a", Fail, nil},
		{"account level, one unset", "dev", map[string]string{"aws_s3_account_public_access_block.a": `{"block_public_acls":true,"block_public_policy":true,"ignore_public_acls":true}`}, "aws_s3_account_public_access_block.a", Fail, nil},
		{"bucket setting from a variable", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_public_access_block.p": `{"bucket":` + bucketRef + `,"block_public_acls":"${var.x}","block_public_policy":true,"ignore_public_acls":true,"restrict_public_buckets":true}`}, "aws_s3_bucket.b", Fail, nil},
	},
	S3AccessLogging: {
		{"literal name of a bucket of the environment", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_logging.l": `{"bucket":` + bucketRef + `,"target_bucket":"hh-logs"}`}, "aws_s3_bucket.b", Pass, map[string]string{"aws_s3_bucket.logs": `{"bucket":"hh-logs"}`}},
		{"inline logging", "dev", map[string]string{"aws_s3_bucket.b": `{"logging":{"target_bucket":"${aws_s3_bucket.logs.id}"}}`, "aws_s3_bucket.logs": `{}`}, "aws_s3_bucket.b", Pass, nil},
		{"target from a variable", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_logging.l": `{"bucket":` + bucketRef + `,"target_bucket":"${var.log_bucket}"}`}, "aws_s3_bucket.b", Fail, nil},
		{"unknown literal target", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_logging.l": `{"bucket":` + bucketRef + `,"target_bucket":"someone-elses-bucket"}`}, "aws_s3_bucket.b", Fail, nil},
		{"logs into itself", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_logging.l": `{"bucket":` + bucketRef + `,"target_bucket":` + bucketRef + `}`}, "aws_s3_bucket.b", Fail, nil},
	},
	S3Replication: {
		{"regions unknown (cannot verify)", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{"provider":"aws.dr"}`, "aws_s3_bucket_replication_configuration.r": dReplication(dReplRule("dr", ""))}, "aws_s3_bucket.b", Fail, nil},
		{"all rules disabled", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), `"Enabled","filter"`, `"Disabled","filter"`, 1))}, "aws_s3_bucket.b", Fail, nil},
		{"prefix filter", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), `"prefix":""`, `"prefix":"scans/"`, 1))}, "aws_s3_bucket.b", Fail, nil},
		{"tag filter", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), `"filter":{"prefix":""}`, `"filter":{"tag":{"key":"dr","value":"yes"}}`, 1))}, "aws_s3_bucket.b", Fail, nil},
		{"and filter", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), `"filter":{"prefix":""}`, `"filter":{"and":{"prefix":"","tags":{"dr":"yes"}}}`, 1))}, "aws_s3_bucket.b", Fail, nil},
		{"legacy rule prefix", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), `"filter":{"prefix":""}`, `"prefix":"a/"`, 1))}, "aws_s3_bucket.b", Fail, nil},
		{"destination not a bucket of the environment", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), "${aws_s3_bucket.dr.arn}", "arn:aws:s3:::elsewhere", 1))}, "aws_s3_bucket.b", Fail, nil},
		{"destination is itself", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket_replication_configuration.r": dReplication(dReplRule("b", ""))}, "aws_s3_bucket.b", Fail, nil},
		{"staging", "staging", map[string]string{"aws_s3_bucket.b": dPHIBucket}, "aws_s3_bucket.b", NotApplicable, nil},
	},
	S3ReplicaEncryption: {
		{"encrypted replicas", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_kms_key.dr": dKey, "aws_s3_bucket_replication_configuration.r": dReplication(dReplRule("dr", ""))}, "aws_s3_bucket.b", Pass, nil},
		{"kms objects not selected", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_kms_key.dr": dKey, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), `"sse_kms_encrypted_objects":{"status":"Enabled"}`, `"sse_kms_encrypted_objects":{"status":"Disabled"}`, 1))}, "aws_s3_bucket.b", Fail, nil},
		{"no source selection criteria", "dev", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_kms_key.dr": dKey, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), `,"source_selection_criteria":{"sse_kms_encrypted_objects":{"status":"Enabled"}}`, ``, 1))}, "aws_s3_bucket.b", Fail, nil},
		{"no replica key", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), `,"encryption_configuration":{"replica_kms_key_id":"${aws_kms_key.dr.arn}"}`, ``, 1))}, "aws_s3_bucket.b", Fail, nil},
		{"aws-managed replica key", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), "${aws_kms_key.dr.arn}", "alias/aws/s3", 1))}, "aws_s3_bucket.b", Fail, nil},
		{"replica key from a variable", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), "${aws_kms_key.dr.arn}", "${var.key}", 1))}, "aws_s3_bucket.b", Fail, nil},
		{"inline replication, encrypted", "production", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"},"replication_configuration":{"role":"r","rules":[{"status":"Enabled","destination":{"bucket":"${aws_s3_bucket.dr.arn}","replica_kms_key_id":"${aws_kms_key.dr.arn}"},"source_selection_criteria":{"sse_kms_encrypted_objects":{"enabled":true}}}]}}`, "aws_s3_bucket.dr": `{}`, "aws_kms_key.dr": dKey}, "aws_s3_bucket.b", Pass, nil},
		{"inline replication, kms objects skipped", "production", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"},"replication_configuration":{"role":"r","rules":[{"status":"Enabled","destination":{"bucket":"${aws_s3_bucket.dr.arn}","replica_kms_key_id":"${aws_kms_key.dr.arn}"}}]}}`, "aws_s3_bucket.dr": `{}`, "aws_kms_key.dr": dKey}, "aws_s3_bucket.b", Fail, nil},
		{"suppression refused on a PHI store", "production", map[string]string{"aws_s3_bucket.b": `{"//":{"hipaa_suppressions":{"s3-replica-encryption":"the replica bucket encrypts by default anyway"}}}`, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), "${aws_kms_key.dr.arn}", "alias/aws/s3", 1))}, "aws_s3_bucket.b", Fail, nil},
		{"no replication", "production", map[string]string{"aws_s3_bucket.b": dPHIBucket}, "aws_s3_bucket.b", NotApplicable, nil},
		{"not phi", "production", map[string]string{"aws_s3_bucket.b": dNotPHI, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(strings.Replace(dReplRule("dr", ""), "${aws_kms_key.dr.arn}", "alias/aws/s3", 1))}, "aws_s3_bucket.b", NotApplicable, nil},
	},
	S3ObjectLock: {
		{"compliance in production", "production", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"COMPLIANCE","days":2557}`)}, "aws_s3_bucket.b", Pass, nil},
		{"governance in production", "production", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"GOVERNANCE","days":2557}`)}, "aws_s3_bucket.b", Fail, nil},
		{"governance in staging", "staging", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"GOVERNANCE","days":2557}`)}, "aws_s3_bucket.b", Pass, nil},
		{"days under the floor", "dev", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"COMPLIANCE","days":2556}`)}, "aws_s3_bucket.b", Fail, nil},
		{"seven years is 2555 days, under the floor", "dev", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"COMPLIANCE","years":7}`)}, "aws_s3_bucket.b", Fail, nil},
		{"eight years", "dev", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"COMPLIANCE","years":8}`)}, "aws_s3_bucket.b", Pass, nil},
		{"days as a string", "dev", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"COMPLIANCE","days":"2557"}`)}, "aws_s3_bucket.b", Pass, nil},
		{"days from a variable", "dev", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"COMPLIANCE","days":"${var.days}"}`)}, "aws_s3_bucket.b", Fail, nil},
		{"mode from a variable", "dev", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"${var.mode}","days":2557}`)}, "aws_s3_bucket.b", Fail, nil},
		{"neither days nor years", "dev", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"COMPLIANCE"}`)}, "aws_s3_bucket.b", Fail, nil},
		{"a second, shorter configuration", "dev", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"COMPLIANCE","days":2557}`), "aws_s3_bucket_object_lock_configuration.p": dLock(`{"mode":"COMPLIANCE","days":30}`)}, "aws_s3_bucket.b", Fail, nil},
		{"inline configuration", "production", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"},"object_lock_configuration":{"object_lock_enabled":"Enabled","rule":{"default_retention":{"mode":"COMPLIANCE","days":2557}}}}`}, "aws_s3_bucket.b", Pass, nil},
		{"not phi, enabled without a default retention", "dev", map[string]string{"aws_s3_bucket.b": `{"object_lock_enabled":true,"//":{"hipaa_not_phi":"the audit trail, not patient records"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"not phi, enabled with a default retention", "dev", map[string]string{"aws_s3_bucket.b": `{"object_lock_enabled":true,"//":{"hipaa_not_phi":"the audit trail, not patient records"}}`, "aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"GOVERNANCE","days":2192}`)}, "aws_s3_bucket.b", Pass, nil},
		{"lock configuration in another stack", "production", map[string]string{"aws_s3_bucket.b": dLockedPHI}, "aws_s3_bucket.b", Pass, map[string]string{"aws_s3_bucket_object_lock_configuration.o": dLock(`{"mode":"COMPLIANCE","days":2557}`)}},
	},
	S3PHIDataEvents: {
		{"trail in another stack", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Pass, map[string]string{"aws_cloudtrail.t": dTrail("All", "${aws_s3_bucket.b.arn}/")}},
		{"read and write selectors", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": `{` + dMultiTrail + `,"event_selector":[{"read_write_type":"ReadOnly","data_resource":[{"type":"AWS::S3::Object","values":["${aws_s3_bucket.b.arn}/"]}]},{"read_write_type":"WriteOnly","data_resource":[{"type":"AWS::S3::Object","values":["${aws_s3_bucket.b.arn}/"]}]}]}`}, "aws_s3_bucket.b", Pass, nil},
		{"read only", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": dTrail("ReadOnly", "${aws_s3_bucket.b.arn}/")}, "aws_s3_bucket.b", Fail, nil},
		{"literal arn of the bucket", "dev", map[string]string{"aws_s3_bucket.b": `{"bucket":"hh-docs"}`, "aws_cloudtrail.t": dTrail("All", "arn:aws:s3:::hh-docs/")}, "aws_s3_bucket.b", Pass, nil},
		{"a prefix only", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": dTrail("All", "${aws_s3_bucket.b.arn}/scans/")}, "aws_s3_bucket.b", Fail, nil},
		{"value from a variable", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": dTrail("All", "${var.bucket_arn}/")}, "aws_s3_bucket.b", Fail, nil},
		{"the bucket's id, not its arn", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": dTrail("All", "${aws_s3_bucket.b.id}/")}, "aws_s3_bucket.b", Fail, nil},
		{"trail logging off", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": strings.Replace(dTrail("All", "${aws_s3_bucket.b.arn}/"), "{", `{"enable_logging":false,`, 1)}, "aws_s3_bucket.b", Fail, nil},
		{"single-region trail, regions unknown", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": strings.Replace(dTrail("All", "${aws_s3_bucket.b.arn}/"), dMultiTrail, `"is_multi_region_trail":false`, 1)}, "aws_s3_bucket.b", Fail, nil},
		{"advanced selector", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": dAdvanced(`,{"field":"resources.ARN","starts_with":["${aws_s3_bucket.b.arn}/"]}`)}, "aws_s3_bucket.b", Pass, nil},
		{"advanced selector on every bucket", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": dAdvanced(``)}, "aws_s3_bucket.b", Pass, nil},
		{"advanced selector, reads only", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": dAdvanced(`,{"field":"resources.ARN","starts_with":["${aws_s3_bucket.b.arn}/"]},{"field":"readOnly","equals":["true"]}`)}, "aws_s3_bucket.b", Fail, nil},
		{"advanced selectors, reads and writes", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": dAdvanced(`,{"field":"readOnly","equals":["true"]}`, `,{"field":"readOnly","equals":["false"]}`)}, "aws_s3_bucket.b", Pass, nil},
		{"advanced selector on another bucket", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket.c": `{}`, "aws_cloudtrail.t": dAdvanced(`,{"field":"resources.ARN","starts_with":["${aws_s3_bucket.c.arn}/"]}`)}, "aws_s3_bucket.b", Fail, nil},
		{"advanced selector excludes the bucket", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": dAdvanced(`,{"field":"resources.ARN","not_starts_with":["${aws_s3_bucket.b.arn}/"]}`)}, "aws_s3_bucket.b", Fail, nil},
		{"advanced selector narrowed to some events", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": dAdvanced(`,{"field":"eventName","equals":["PutObject"]}`)}, "aws_s3_bucket.b", Fail, nil},
		{"advanced selector on management events", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_cloudtrail.t": strings.Replace(dAdvanced(``), `"equals":["Data"]`, `"equals":["Management"]`, 1)}, "aws_s3_bucket.b", Fail, nil},
	},
	S3PHILifecycleRetention: {
		{"expiration on a date", "dev", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","expiration":{"date":"2031-01-01T00:00:00Z"}}`)}, "aws_s3_bucket.b", Fail, nil},
		{"expiration under the data floor without a lock", "dev", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","expiration":{"days":365}}`)}, "aws_s3_bucket.b", Fail, nil},
		{"noncurrent under a lock in years", "dev", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_object_lock_configuration.l": dLock(`{"mode":"COMPLIANCE","years":8}`), "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","noncurrent_version_expiration":{"noncurrent_days":2557}}`)}, "aws_s3_bucket.b", Fail, nil},
		{"expired delete markers and multipart uploads", "dev", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","expiration":{"expired_object_delete_marker":true},"abort_incomplete_multipart_upload":{"days_after_initiation":7}}`)}, "aws_s3_bucket.b", Pass, nil},
		{"days from a variable", "dev", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","expiration":{"days":"${var.days}"}}`)}, "aws_s3_bucket.b", Fail, nil},
		{"status from a variable", "dev", map[string]string{"aws_s3_bucket.b": dPHIBucket, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"${var.on}","noncurrent_version_expiration":{"noncurrent_days":2557}}`)}, "aws_s3_bucket.b", Fail, nil},
		{"inline lifecycle rule", "dev", map[string]string{"aws_s3_bucket.b": `{"tags":{"phi":"true"},"lifecycle_rule":[{"enabled":true,"noncurrent_version_expiration":{"days":30}}]}`}, "aws_s3_bucket.b", Fail, nil},
		{"configuration in another stack", "dev", map[string]string{"aws_s3_bucket.b": dPHIBucket}, "aws_s3_bucket.b", Fail, map[string]string{"aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","expiration":{"days":90}}`)}},
		{"not phi", "dev", map[string]string{"aws_s3_bucket.b": dNotPHI, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","expiration":{"days":90}}`)}, "aws_s3_bucket.b", NotApplicable, nil},
	},
	S3VersionLifecycle: {
		{"noncurrent versions expire", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_versioning.v": `{"bucket":` + bucketRef + `,"versioning_configuration":{"status":"Enabled"}}`, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","filter":{"prefix":""},"noncurrent_version_expiration":{"noncurrent_days":2557}}`)}, "aws_s3_bucket.b", Pass, nil},
		{"object lock implies versioning", "dev", map[string]string{"aws_s3_bucket.b": dLockedPHI, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","noncurrent_version_expiration":{"noncurrent_days":2557}}`)}, "aws_s3_bucket.b", Pass, nil},
		{"versioned without lifecycle", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_versioning.v": `{"bucket":` + bucketRef + `,"versioning_configuration":{"status":"Enabled"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"suspended versioning keeps versions", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_versioning.v": `{"bucket":` + bucketRef + `,"versioning_configuration":{"status":"Suspended"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"transition only", "dev", map[string]string{"aws_s3_bucket.b": `{"versioning":{"enabled":true}}`, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","noncurrent_version_transition":{"noncurrent_days":90,"storage_class":"GLACIER_IR"}}`)}, "aws_s3_bucket.b", Fail, nil},
		{"prefix only", "dev", map[string]string{"aws_s3_bucket.b": `{"versioning":{"enabled":true}}`, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","filter":{"prefix":"tmp/"},"noncurrent_version_expiration":{"noncurrent_days":30}}`)}, "aws_s3_bucket.b", Fail, nil},
		{"size filter", "dev", map[string]string{"aws_s3_bucket.b": `{"versioning":{"enabled":true}}`, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","filter":{"object_size_greater_than":1048576},"noncurrent_version_expiration":{"noncurrent_days":30}}`)}, "aws_s3_bucket.b", Fail, nil},
		{"disabled rule", "dev", map[string]string{"aws_s3_bucket.b": `{"versioning":{"enabled":true}}`, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Disabled","noncurrent_version_expiration":{"noncurrent_days":30}}`)}, "aws_s3_bucket.b", Fail, nil},
		{"days from a variable", "dev", map[string]string{"aws_s3_bucket.b": `{"versioning":{"enabled":true}}`, "aws_s3_bucket_lifecycle_configuration.c": dLifecycle(`{"id":"x","status":"Enabled","noncurrent_version_expiration":{"noncurrent_days":"${var.d}"}}`)}, "aws_s3_bucket.b", Fail, nil},
		{"versioning status from a variable", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_versioning.v": `{"bucket":` + bucketRef + `,"versioning_configuration":{"status":"${var.s}"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"not versioned", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", NotApplicable, nil},
	},
	S3ACLDisabled: {
		{"owner enforced", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_ownership_controls.o": `{"bucket":` + bucketRef + `,"rule":{"object_ownership":"BucketOwnerEnforced"}}`}, "aws_s3_bucket.b", Pass, nil},
		{"no ownership controls", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
		{"owner preferred", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_ownership_controls.o": `{"bucket":` + bucketRef + `,"rule":[{"object_ownership":"BucketOwnerPreferred"}]}`}, "aws_s3_bucket.b", Fail, nil},
		{"an acl resource on the bucket", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_ownership_controls.o": `{"bucket":` + bucketRef + `,"rule":{"object_ownership":"BucketOwnerEnforced"}}`, "aws_s3_bucket_acl.a": `{"bucket":` + bucketRef + `,"acl":"private"}`}, "aws_s3_bucket.b", Fail, nil},
		{"the acl resource itself", "dev", map[string]string{"aws_s3_bucket_acl.a": `{"bucket":"${var.b}","acl":"public-read"}`}, "aws_s3_bucket_acl.a", Fail, nil},
		{"an access control policy", "dev", map[string]string{"aws_s3_bucket_acl.a": `{"bucket":` + bucketRef + `,"access_control_policy":{"grant":[{"permission":"READ"}]}}`}, "aws_s3_bucket_acl.a", Fail, nil},
		{"deprecated acl argument", "dev", map[string]string{"aws_s3_bucket.b": `{"acl":"private"}`, "aws_s3_bucket_ownership_controls.o": `{"bucket":` + bucketRef + `,"rule":{"object_ownership":"BucketOwnerEnforced"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"deprecated grant argument", "dev", map[string]string{"aws_s3_bucket.b": `{"grant":[{"type":"Group","permissions":["READ"],"uri":"http://acs.amazonaws.com/groups/global/AllUsers"}]}`, "aws_s3_bucket_ownership_controls.o": `{"bucket":` + bucketRef + `,"rule":{"object_ownership":"BucketOwnerEnforced"}}`}, "aws_s3_bucket.b", Fail, nil},
	},
	S3ForceDestroy: {
		{"phi, unset", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Pass, nil},
		{"phi, false", "dev", map[string]string{"aws_s3_bucket.b": `{"force_destroy":false}`}, "aws_s3_bucket.b", Pass, nil},
		{"phi, true", "dev", map[string]string{"aws_s3_bucket.b": `{"force_destroy":true}`}, "aws_s3_bucket.b", Fail, nil},
		{"phi, \"true\"", "dev", map[string]string{"aws_s3_bucket.b": `{"force_destroy":"true"}`}, "aws_s3_bucket.b", Fail, nil},
		{"phi, from a variable", "dev", map[string]string{"aws_s3_bucket.b": `{"force_destroy":"${var.fd}"}`}, "aws_s3_bucket.b", Fail, nil},
		{"trail bucket, not phi", "dev", map[string]string{"aws_s3_bucket.b": `{"force_destroy":true,"//":{"hipaa_not_phi":"the audit trail, not patient records"}}`}, "aws_s3_bucket.b", Fail, map[string]string{"aws_cloudtrail.t": `{"s3_bucket_name":"${aws_s3_bucket.b.bucket}"}`}},
		{"config bucket, not phi", "dev", map[string]string{"aws_s3_bucket.b": `{"force_destroy":true,"//":{"hipaa_not_phi":"AWS Config history, not patient records"}}`, "aws_config_delivery_channel.c": `{"s3_bucket_name":"${aws_s3_bucket.b.id}"}`}, "aws_s3_bucket.b", Fail, nil},
		{"access-log bucket, not phi", "dev", map[string]string{"aws_s3_bucket.b": `{"force_destroy":true,"//":{"hipaa_not_phi":"S3 server access logs: request metadata only"}}`, "aws_s3_bucket.c": `{}`, "aws_s3_bucket_logging.l": `{"bucket":"${aws_s3_bucket.c.id}","target_bucket":` + bucketRef + `}`}, "aws_s3_bucket.b", Fail, nil},
		{"audit by name, not phi", "dev", map[string]string{"aws_s3_bucket.b": `{"bucket":"hh-dev-audit","force_destroy":true,"//":{"hipaa_not_phi":"the audit trail, not patient records"}}`}, "aws_s3_bucket.b", Fail, nil},
		{"neither phi nor audit", "dev", map[string]string{"aws_s3_bucket.b": `{"bucket":"hh-dev-scratch","force_destroy":true,"//":{"hipaa_not_phi":"build artefacts, no patient data"}}`}, "aws_s3_bucket.b", NotApplicable, nil},
	},
	DataStorePreventDestroy: {
		{"phi bucket kept", "dev", map[string]string{"aws_s3_bucket.b": dKeep}, "aws_s3_bucket.b", Pass, nil},
		{"phi bucket", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Fail, nil},
		{"prevent_destroy false", "dev", map[string]string{"aws_s3_bucket.b": `{"lifecycle":{"prevent_destroy":false}}`}, "aws_s3_bucket.b", Fail, nil},
		{"table", "dev", map[string]string{"aws_dynamodb_table.t": `{}`}, "aws_dynamodb_table.t", Fail, nil},
		{"neon project", "dev", map[string]string{"neon_project.p": `{}`}, "neon_project.p", Fail, nil},
		{"neon project kept", "dev", map[string]string{"neon_project.p": dKeep}, "neon_project.p", Pass, nil},
		{"backup vault", "dev", map[string]string{"aws_backup_vault.v": `{}`}, "aws_backup_vault.v", Fail, nil},
		{"replica of a phi table", "dev", map[string]string{"aws_dynamodb_table.t": `{}`, "aws_dynamodb_table_replica.r": `{"global_table_arn":"${aws_dynamodb_table.t.arn}"}`}, "aws_dynamodb_table_replica.r", Fail, nil},
		{"replica of an unknown table", "dev", map[string]string{"aws_dynamodb_table_replica.r": `{"global_table_arn":"${var.table}"}`}, "aws_dynamodb_table_replica.r", Fail, nil},
		{"replica of a table marked not phi", "dev", map[string]string{"aws_dynamodb_table.t": `{"//":{"hipaa_not_phi":"Terraform lock table, no patient data"}}`, "aws_dynamodb_table_replica.r": `{"global_table_arn":"${aws_dynamodb_table.t.arn}"}`}, "aws_dynamodb_table_replica.r", NotApplicable, nil},
		{"audit bucket, not phi", "dev", map[string]string{"aws_s3_bucket.b": `{"//":{"hipaa_not_phi":"the audit trail, not patient records"}}`, "aws_cloudtrail.t": `{"s3_bucket_name":"${aws_s3_bucket.b.id}"}`}, "aws_s3_bucket.b", Fail, nil},
		{"neither phi nor audit", "dev", map[string]string{"aws_s3_bucket.b": `{"bucket":"hh-scratch","//":{"hipaa_not_phi":"build artefacts, no patient data"}}`}, "aws_s3_bucket.b", NotApplicable, nil},
	},
	KMSRotation: {
		{"yearly", "dev", map[string]string{"aws_kms_key.k": `{"enable_key_rotation":true,"rotation_period_in_days":365}`}, "aws_kms_key.k", Pass, nil},
		{"\"true\"", "dev", map[string]string{"aws_kms_key.k": `{"enable_key_rotation":"true"}`}, "aws_kms_key.k", Pass, nil},
		{"every seven years", "dev", map[string]string{"aws_kms_key.k": `{"enable_key_rotation":true,"rotation_period_in_days":2560}`}, "aws_kms_key.k", Fail, nil},
		{"period from a variable", "dev", map[string]string{"aws_kms_key.k": `{"enable_key_rotation":true,"rotation_period_in_days":"${var.p}"}`}, "aws_kms_key.k", Fail, nil},
		{"signing key", "dev", map[string]string{"aws_kms_key.k": `{"key_usage":"SIGN_VERIFY","customer_master_key_spec":"ECC_NIST_P256"}`}, "aws_kms_key.k", NotApplicable, nil},
	},
	KMSKeyPreventDestroy: {
		{"kept", "dev", map[string]string{"aws_kms_key.k": dKeep}, "aws_kms_key.k", Pass, nil},
		{"key", "dev", map[string]string{"aws_kms_key.k": `{}`}, "aws_kms_key.k", Fail, nil},
		{"replica key", "dev", map[string]string{"aws_kms_replica_key.k": `{}`}, "aws_kms_replica_key.k", Fail, nil},
	},
	KMSDeletionWindow: {
		{"unset (30)", "dev", map[string]string{"aws_kms_key.k": `{}`}, "aws_kms_key.k", Pass, nil},
		{"from a variable", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":"${var.w}"}`}, "aws_kms_key.k", Fail, nil},
		{"key of patient data: the error rule's", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":7}`, "aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${aws_kms_key.k.arn}")}, "aws_kms_key.k", NotApplicable, nil},
	},
	KMSPHIKeyDeletionWindow: {
		{"bucket key, 30", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":30}`, "aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${aws_kms_key.k.arn}")}, "aws_kms_key.k", Pass, nil},
		{"bucket key, 7", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":7}`, "aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${aws_kms_key.k.arn}")}, "aws_kms_key.k", Fail, nil},
		{"through an alias", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":7}`, "aws_kms_alias.a": `{"target_key_id":"${aws_kms_key.k.key_id}"}`, "aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${aws_kms_alias.a.arn}")}, "aws_kms_key.k", Fail, nil},
		{"table key in another stack", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":"7"}`}, "aws_kms_key.k", Fail, map[string]string{"aws_dynamodb_table.t": `{"server_side_encryption":{"enabled":true,"kms_key_arn":"${aws_kms_key.k.arn}"}}`}},
		{"replica key of a replication rule", "production", map[string]string{"aws_kms_key.dr": `{"deletion_window_in_days":7}`, "aws_s3_bucket.b": `{}`, "aws_s3_bucket.dr": `{}`, "aws_s3_bucket_replication_configuration.r": dReplication(dReplRule("dr", ""))}, "aws_kms_key.dr", Fail, nil},
		{"backup vault key", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":10}`, "aws_backup_vault.v": `{"kms_key_arn":"${aws_kms_key.k.arn}"}`}, "aws_kms_key.k", Fail, nil},
		{"from a variable", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":"${var.w}"}`, "aws_s3_bucket.b": `{}`, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${aws_kms_key.k.arn}")}, "aws_kms_key.k", Fail, nil},
		{"key of a bucket marked not phi", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":7}`, "aws_s3_bucket.b": dNotPHI, "aws_s3_bucket_server_side_encryption_configuration.e": dSSE("aws:kms", "${aws_kms_key.k.arn}")}, "aws_kms_key.k", NotApplicable, nil},
		{"key of a queue", "dev", map[string]string{"aws_kms_key.k": `{"deletion_window_in_days":7}`, "aws_sqs_queue.q": `{"kms_master_key_id":"${aws_kms_key.k.arn}"}`}, "aws_kms_key.k", NotApplicable, nil},
	},
	AuditLogPreventDestroy: {
		{"trail's log group", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"name":"/hh/trail","retention_in_days":731}`}, "aws_cloudwatch_log_group.g", Fail, map[string]string{"aws_cloudtrail.t": `{"cloud_watch_logs_group_arn":"${aws_cloudwatch_log_group.g.arn}:*"}`}},
		{"trail's log group kept", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"lifecycle":{"prevent_destroy":true}}`, "aws_cloudtrail.t": `{"cloud_watch_logs_group_arn":"${aws_cloudwatch_log_group.g.arn}:*"}`}, "aws_cloudwatch_log_group.g", Pass, nil},
		{"named cloudtrail", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"name":"/aws/cloudtrail/hh-dev"}`}, "aws_cloudwatch_log_group.g", Fail, nil},
		{"named audit", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"name_prefix":"hh-Audit-"}`}, "aws_cloudwatch_log_group.g", Fail, nil},
		{"kept for the audit floor", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"name":"/hh/events","retention_in_days":2192}`}, "aws_cloudwatch_log_group.g", Fail, nil},
		{"operational log", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"name":"/aws/lambda/hh-dev-auth","retention_in_days":731}`}, "aws_cloudwatch_log_group.g", NotApplicable, nil},
	},
	SecretPreventDestroy: {
		{"kept", "dev", map[string]string{"aws_secretsmanager_secret.s": dKeep}, "aws_secretsmanager_secret.s", Pass, nil},
		{"secret", "dev", map[string]string{"aws_secretsmanager_secret.s": `{"recovery_window_in_days":30}`}, "aws_secretsmanager_secret.s", Fail, nil},
	},
	DynamoDBDeletionProtection: {
		{"protected", "dev", map[string]string{"aws_dynamodb_table.t": `{"deletion_protection_enabled":true}`}, "aws_dynamodb_table.t", Pass, nil},
		{"unset", "dev", map[string]string{"aws_dynamodb_table.t": `{}`}, "aws_dynamodb_table.t", Fail, nil},
		{"\"false\"", "dev", map[string]string{"aws_dynamodb_table.t": `{"deletion_protection_enabled":"false"}`}, "aws_dynamodb_table.t", Fail, nil},
		{"from a variable", "dev", map[string]string{"aws_dynamodb_table.t": `{"deletion_protection_enabled":"${var.p}"}`}, "aws_dynamodb_table.t", Fail, nil},
		{"phi=false tag alone", "dev", map[string]string{"aws_dynamodb_table.t": `{"tags":{"phi":"false"}}`}, "aws_dynamodb_table.t", Fail, nil},
		{"replica of a phi table", "dev", map[string]string{"aws_dynamodb_table.t": `{"deletion_protection_enabled":true}`, "aws_dynamodb_table_replica.r": `{"global_table_arn":"${aws_dynamodb_table.t.arn}"}`}, "aws_dynamodb_table_replica.r", Fail, nil},
		{"marked not phi", "dev", map[string]string{"aws_dynamodb_table.t": `{"//":{"hipaa_not_phi":"Terraform lock table, no patient data"}}`}, "aws_dynamodb_table.t", NotApplicable, nil},
	},
	DynamoDBPITR: {
		{"enabled false", "dev", map[string]string{"aws_dynamodb_table.t": `{"point_in_time_recovery":{"enabled":false}}`}, "aws_dynamodb_table.t", Fail, nil},
		{"enabled \"true\"", "dev", map[string]string{"aws_dynamodb_table.t": `{"point_in_time_recovery":[{"enabled":"true"}]}`}, "aws_dynamodb_table.t", Pass, nil},
		{"shortened recovery period", "dev", map[string]string{"aws_dynamodb_table.t": `{"point_in_time_recovery":{"enabled":true,"recovery_period_in_days":7}}`}, "aws_dynamodb_table.t", Fail, nil},
		{"recovery period from a variable", "dev", map[string]string{"aws_dynamodb_table.t": `{"point_in_time_recovery":{"enabled":true,"recovery_period_in_days":"${var.d}"}}`}, "aws_dynamodb_table.t", Fail, nil},
		{"inline replica without recovery", "dev", map[string]string{"aws_dynamodb_table.t": `{"point_in_time_recovery":{"enabled":true},"replica":[{"region_name":"us-west-2"}]}`}, "aws_dynamodb_table.t", Fail, nil},
		{"inline replica with recovery", "dev", map[string]string{"aws_dynamodb_table.t": `{"point_in_time_recovery":{"enabled":true},"replica":[{"region_name":"us-west-2","point_in_time_recovery":true}]}`}, "aws_dynamodb_table.t", Pass, nil},
		{"replica resource", "dev", map[string]string{"aws_dynamodb_table_replica.r": `{"point_in_time_recovery":true}`}, "aws_dynamodb_table_replica.r", Pass, nil},
		{"replica resource without recovery", "dev", map[string]string{"aws_dynamodb_table_replica.r": `{}`}, "aws_dynamodb_table_replica.r", Fail, nil},
	},
	DynamoDBKMS: {
		{"aws-managed key", "dev", map[string]string{"aws_dynamodb_table.t": `{"server_side_encryption":{"enabled":true,"kms_key_arn":"alias/aws/dynamodb"}}`}, "aws_dynamodb_table.t", Fail, nil},
		{"encryption disabled", "dev", map[string]string{"aws_kms_key.k": dKey, "aws_dynamodb_table.t": `{"server_side_encryption":{"enabled":false,"kms_key_arn":"${aws_kms_key.k.arn}"}}`}, "aws_dynamodb_table.t", Fail, nil},
		{"key from a data source", "dev", map[string]string{"aws_dynamodb_table.t": `{"server_side_encryption":{"enabled":true,"kms_key_arn":"${data.aws_kms_key.k.arn}"}}`}, "aws_dynamodb_table.t", Fail, nil},
		{"inline replica without a key", "dev", map[string]string{"aws_kms_key.k": dKey, "aws_dynamodb_table.t": `{"server_side_encryption":{"enabled":true,"kms_key_arn":"${aws_kms_key.k.arn}"},"replica":[{"region_name":"us-west-2"}]}`}, "aws_dynamodb_table.t", Fail, nil},
		{"inline replica with a key", "dev", map[string]string{"aws_kms_key.k": dKey, "aws_kms_key.dr": dKey, "aws_dynamodb_table.t": `{"server_side_encryption":{"enabled":true,"kms_key_arn":"${aws_kms_key.k.arn}"},"replica":[{"region_name":"us-west-2","kms_key_arn":"${aws_kms_key.dr.arn}"}]}`}, "aws_dynamodb_table.t", Pass, nil},
		{"replica resource with a key", "dev", map[string]string{"aws_kms_key.dr": dKey, "aws_dynamodb_table_replica.r": `{"kms_key_arn":"${aws_kms_key.dr.arn}"}`}, "aws_dynamodb_table_replica.r", Pass, nil},
		{"replica resource without a key", "dev", map[string]string{"aws_dynamodb_table_replica.r": `{}`}, "aws_dynamodb_table_replica.r", Fail, nil},
		{"suppression refused on a PHI table", "dev", map[string]string{"aws_dynamodb_table.t": `{"//":{"hipaa_suppressions":{"dynamodb-kms":"the AWS-owned key is good enough here"}}}`}, "aws_dynamodb_table.t", Fail, nil},
		{"suppressed on a table marked not PHI", "dev", map[string]string{"aws_dynamodb_table.t": `{"//":{"hipaa_suppressions":{"dynamodb-kms":"Terraform lock table holds lock ids only"},"hipaa_not_phi":"Terraform lock table, no patient data"}}`}, "aws_dynamodb_table.t", Suppressed, nil},
	},
	DynamoDBCapacity: {
		{"billing mode unset (provisioned), not scaled", "dev", map[string]string{"aws_dynamodb_table.t": `{"name":"appts"}`}, "aws_dynamodb_table.t", Fail, nil},
		{"billing mode from a variable", "dev", map[string]string{"aws_dynamodb_table.t": `{"name":"appts","billing_mode":"${var.mode}"}`}, "aws_dynamodb_table.t", Fail, nil},
		{"reads only", "dev", dScaling(map[string]string{"aws_dynamodb_table.t": `{"billing_mode":"PROVISIONED","name":"appts"}`}, "r", dTableRef, "dynamodb:table:ReadCapacityUnits"), "aws_dynamodb_table.t", Fail, nil},
		{"table and index scaled", "dev", dScaling(dScaling(dProvisioned(`{"name":"by_patient"}`, nil), "ir", `"table/appts/index/by_patient"`, "dynamodb:index:ReadCapacityUnits"), "iw", `"table/${aws_dynamodb_table.t.name}/index/by_patient"`, "dynamodb:index:WriteCapacityUnits"), "aws_dynamodb_table.t", Pass, nil},
		{"index not scaled", "dev", dProvisioned(`{"name":"by_patient"}`, nil), "aws_dynamodb_table.t", Fail, nil},
		{"index writes not scaled", "dev", dScaling(dProvisioned(`{"name":"by_patient"}`, nil), "ir", `"table/appts/index/by_patient"`, "dynamodb:index:ReadCapacityUnits"), "aws_dynamodb_table.t", Fail, nil},
		{"index name from a variable", "dev", dProvisioned(`{"name":"${var.gsi}"}`, nil), "aws_dynamodb_table.t", Fail, nil},
		{"target cannot scale", "dev", dProvisioned(``, map[string]string{"aws_appautoscaling_target.w": `{"service_namespace":"dynamodb","resource_id":"table/appts","scalable_dimension":"dynamodb:table:WriteCapacityUnits","min_capacity":5,"max_capacity":5}`}), "aws_dynamodb_table.t", Fail, nil},
		{"no policy", "dev", func() map[string]string {
			m := dProvisioned(``, nil)
			delete(m, "aws_appautoscaling_policy.w")
			return m
		}(), "aws_dynamodb_table.t", Fail, nil},
		{"step scaling policy", "dev", dProvisioned(``, map[string]string{"aws_appautoscaling_policy.w": `{"service_namespace":"dynamodb","resource_id":"table/appts","scalable_dimension":"dynamodb:table:WriteCapacityUnits","policy_type":"StepScaling"}`}), "aws_dynamodb_table.t", Fail, nil},
		{"resource id from a variable", "dev", dProvisioned(``, map[string]string{"aws_appautoscaling_target.w": `{"service_namespace":"dynamodb","resource_id":"table/${var.name}","scalable_dimension":"dynamodb:table:WriteCapacityUnits","min_capacity":5,"max_capacity":100}`}), "aws_dynamodb_table.t", Fail, nil},
		{"targets of another table", "dev", dScaling(dScaling(map[string]string{"aws_dynamodb_table.t": `{"billing_mode":"PROVISIONED","name":"appts"}`, "aws_dynamodb_table.u": `{"billing_mode":"PROVISIONED","name":"other"}`}, "r", `"table/${aws_dynamodb_table.u.name}"`, "dynamodb:table:ReadCapacityUnits"), "w", `"table/other"`, "dynamodb:table:WriteCapacityUnits"), "aws_dynamodb_table.t", Fail, nil},
		{"scaling in another stack", "dev", map[string]string{"aws_dynamodb_table.t": `{"billing_mode":"PROVISIONED","name":"appts"}`}, "aws_dynamodb_table.t", Pass, dScaling(dScaling(map[string]string{}, "r", `"table/appts"`, "dynamodb:table:ReadCapacityUnits"), "w", dTableRef, "dynamodb:table:WriteCapacityUnits")},
	},
	LogsKMS: {
		{"key without rotation", "dev", map[string]string{"aws_kms_key.k": dKeyNoRot, "aws_cloudwatch_log_group.g": `{"kms_key_id":"${aws_kms_key.k.arn}"}`}, "aws_cloudwatch_log_group.g", Fail, nil},
		{"literal key arn", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"kms_key_id":"arn:aws:kms:us-east-1:111122223333:key/abc"}`}, "aws_cloudwatch_log_group.g", Fail, nil},
		{"key of another stack", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"kms_key_id":"${aws_kms_key.k.arn}"}`}, "aws_cloudwatch_log_group.g", Pass, map[string]string{"aws_kms_key.k": dKey}},
	},
	LogsRetention: {
		{"audit log at the audit floor", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"name":"/aws/cloudtrail/hh","retention_in_days":2192}`}, "aws_cloudwatch_log_group.g", Pass, nil},
		{"audit log under the audit floor", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"name":"/aws/cloudtrail/hh","retention_in_days":731}`}, "aws_cloudwatch_log_group.g", Fail, nil},
		{"trail's log group under the audit floor", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"name":"/hh/trail","retention_in_days":365}`, "aws_cloudtrail.t": `{"cloud_watch_logs_group_arn":"${aws_cloudwatch_log_group.g.arn}:*"}`}, "aws_cloudwatch_log_group.g", Fail, nil},
		{"days as a string", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"retention_in_days":"365"}`}, "aws_cloudwatch_log_group.g", Pass, nil},
		{"from a variable", "dev", map[string]string{"aws_cloudwatch_log_group.g": `{"retention_in_days":"${var.days}"}`}, "aws_cloudwatch_log_group.g", Fail, nil},
	},
	SecretsCMK: {
		{"aws-managed key", "dev", map[string]string{"aws_secretsmanager_secret.s": `{"kms_key_id":"alias/aws/secretsmanager"}`}, "aws_secretsmanager_secret.s", Fail, nil},
		{"key from a variable", "dev", map[string]string{"aws_secretsmanager_secret.s": `{"kms_key_id":"${var.key}"}`}, "aws_secretsmanager_secret.s", Fail, nil},
		{"key through an alias", "dev", map[string]string{"aws_kms_key.k": dKey, "aws_kms_alias.a": `{"target_key_id":"${aws_kms_key.k.key_id}"}`, "aws_secretsmanager_secret.s": `{"kms_key_id":"${aws_kms_alias.a.arn}"}`}, "aws_secretsmanager_secret.s", Pass, nil},
	},
	MessagingKMS: {
		{"queue with a key", "dev", map[string]string{"aws_kms_key.k": dKey, "aws_sqs_queue.q": `{"kms_master_key_id":"${aws_kms_key.k.arn}"}`}, "aws_sqs_queue.q", Pass, nil},
		{"queue with SSE-SQS", "dev", map[string]string{"aws_sqs_queue.q": `{"sqs_managed_sse_enabled":true}`}, "aws_sqs_queue.q", Fail, nil},
		{"queue with the aws-managed key", "dev", map[string]string{"aws_sqs_queue.q": `{"kms_master_key_id":"alias/aws/sqs"}`}, "aws_sqs_queue.q", Fail, nil},
		{"topic with the aws-managed key arn", "dev", map[string]string{"aws_sns_topic.t": `{"kms_master_key_id":"arn:aws:kms:us-east-1:111122223333:alias/aws/sns"}`}, "aws_sns_topic.t", Fail, nil},
		{"topic key without rotation", "dev", map[string]string{"aws_kms_key.k": dKeyNoRot, "aws_sns_topic.t": `{"kms_master_key_id":"${aws_kms_key.k.arn}"}`}, "aws_sns_topic.t", Fail, nil},
	},
	TagsDataClassification: {
		{"resource tag overrides", "dev", map[string]string{"aws_sqs_queue.q": `{"tags":{"data-classification":"public"}}`}, "aws_sqs_queue.q", Pass, nil},
		{"unknown value", "dev", map[string]string{"aws_sqs_queue.q": `{"tags":{"data-classification":"PHI"}}`}, "aws_sqs_queue.q", Fail, nil},
		{"made-up value", "dev", map[string]string{"aws_sqs_queue.q": `{"tags":{"data-classification":"secret"}}`}, "aws_sqs_queue.q", Fail, nil},
		{"from a variable", "dev", map[string]string{"aws_sqs_queue.q": `{"tags":{"data-classification":"${var.c}"}}`}, "aws_sqs_queue.q", Fail, nil},
	},
}

// dEnv parses stacks given as Terraform JSON into one environment.
func dEnv(t *testing.T, docs ...string) []*Stack {
	t.Helper()
	var stacks []*Stack
	for i, d := range docs {
		s, err := ParseStackJSON([]string{"phase1", "phase2", "phase3"}[i], []byte(d))
		if err != nil {
			t.Fatal(err)
		}
		stacks = append(stacks, s)
	}
	NewEnv(stacks...)
	return stacks
}

// dProviders is a provider block: the primary region and a "dr" alias.
func dProviders(env, primary, dr string) string {
	tags := `"default_tags":[{"tags":{"environment":"` + env + `","data-classification":"phi"}}]`
	return `"provider":{"aws":[{"region":"` + primary + `",` + tags + `},{"alias":"dr","region":"` + dr + `",` + tags + `}]}`
}

// dStatus runs one rule on the stacks and returns its status and detail on addr.
func dStatus(t *testing.T, rule *Rule, stacks []*Stack, addr string) (Status, string) {
	t.Helper()
	for _, f := range CheckEnv(stacks[0].Env(), []*Rule{rule}) {
		if f.Resource.Address() == addr && f.Stack == stacks[0].Name {
			return f.Status, f.Detail
		}
	}
	t.Fatalf("no finding of %s on %s", rule.ID, addr)
	return "", ""
}

// TestS3ReplicationRegions resolves the destination bucket and its provider's region.
func TestS3ReplicationRegions(t *testing.T) {
	repl := func(rule string) string {
		return `"aws_s3_bucket_replication_configuration":{"r":` + dReplication(rule) + `}`
	}
	for _, c := range []struct {
		name      string
		docs      []string
		want      Status
		inDetail  string
		primaryDR [2]string
	}{
		{"to the DR region", []string{`{` + dProviders("production", "us-east-1", "us-west-2") + `,"resource":{"aws_s3_bucket":{"b":{},"dr":{"provider":"aws.dr"}},` + repl(dReplRule("dr", "")) + `}}`}, Pass, "", [2]string{}},
		{"whole bucket, empty filter", []string{`{` + dProviders("production", "us-east-1", "us-west-2") + `,"resource":{"aws_s3_bucket":{"b":{},"dr":{"provider":"aws.dr"}},` + repl(strings.Replace(dReplRule("dr", ""), `"filter":{"prefix":""}`, `"filter":{}`, 1)) + `}}`}, Pass, "", [2]string{}},
		{"same region", []string{`{` + dProviders("production", "us-east-1", "us-east-1") + `,"resource":{"aws_s3_bucket":{"b":{},"dr":{"provider":"aws.dr"}},` + repl(dReplRule("dr", "")) + `}}`}, Fail, "same region", [2]string{}},
		{"same provider", []string{`{` + dProviders("production", "us-east-1", "us-west-2") + `,"resource":{"aws_s3_bucket":{"b":{},"dr":{}},` + repl(dReplRule("dr", "")) + `}}`}, Fail, "same region", [2]string{}},
		{"one disabled rule, one good rule", []string{`{` + dProviders("production", "us-east-1", "us-west-2") + `,"resource":{"aws_s3_bucket":{"b":{},"dr":{"provider":"aws.dr"}},` + repl(strings.Replace(dReplRule("dr", ""), `"Enabled","filter"`, `"Disabled","filter"`, 1)+`,`+dReplRule("dr", "")) + `}}`}, Pass, "", [2]string{}},
		{"destination in another stack, other region", []string{
			`{` + dProviders("production", "us-east-1", "us-west-2") + `,"resource":{"aws_s3_bucket":{"b":{}},` + repl(dReplRule("dr", "")) + `}}`,
			`{` + dProviders("production", "us-west-2", "us-east-1") + `,"resource":{"aws_s3_bucket":{"dr":{}}}}`}, Pass, "", [2]string{}},
		{"destination in another stack, same region", []string{
			`{` + dProviders("production", "us-east-1", "us-west-2") + `,"resource":{"aws_s3_bucket":{"b":{}},` + repl(dReplRule("dr", "")) + `}}`,
			`{` + dProviders("production", "us-east-1", "us-west-2") + `,"resource":{"aws_s3_bucket":{"dr":{}}}}`}, Fail, "same region", [2]string{}},
		{"inline replication rules", []string{`{` + dProviders("production", "us-east-1", "us-west-2") + `,"resource":{"aws_s3_bucket":{"b":{"replication_configuration":{"role":"r","rules":[{"status":"Enabled","prefix":"","destination":{"bucket":"${aws_s3_bucket.dr.arn}"}}]}},"dr":{"provider":"aws.dr"}}}}`}, Pass, "", [2]string{}},
		{"unknown provider alias", []string{`{` + dProviders("production", "us-east-1", "us-west-2") + `,"resource":{"aws_s3_bucket":{"b":{},"dr":{"provider":"aws.elsewhere"}},` + repl(dReplRule("dr", "")) + `}}`}, Fail, "cannot verify the regions", [2]string{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			stacks := dEnv(t, c.docs...)
			got, detail := dStatus(t, S3Replication, stacks, "aws_s3_bucket.b")
			if got != c.want || !strings.Contains(detail, c.inDetail) {
				t.Fatalf("got %s (%s), want %s containing %q", got, detail, c.want, c.inDetail)
			}
		})
	}
}

// TestS3DataEventsAcrossStacks: a trail of another stack that reads the bucket's ARN
// through terraform_remote_state (the synthesized form), and single-region trails.
func TestS3DataEventsAcrossStacks(t *testing.T) {
	phase1 := `{"terraform":{"backend":{"s3":{"key":"production/phase1.tfstate"}}},` + dProviders("production", "us-east-1", "us-west-2") + `,
		"resource":{"aws_s3_bucket":{"b":{},"dr":{"provider":"aws.dr"}}},
		"output":{"cross-stack-output-aws_s3_bucketbarn":{"value":"${aws_s3_bucket.b.arn}"},"cross-stack-output-aws_s3_bucketdrarn":{"value":"${aws_s3_bucket.dr.arn}"}}}`
	trail := func(multi bool, value string) string {
		return `{` + dProviders("production", "us-east-1", "us-west-2") + `,
		"data":{"terraform_remote_state":{"cross-stack-reference-input-phase1":{"backend":"s3","config":{"key":"production/phase1.tfstate"}}}},
		"resource":{"aws_cloudtrail":{"t":{"is_multi_region_trail":` + map[bool]string{true: "true", false: "false"}[multi] + `,"event_selector":[{"read_write_type":"All","data_resource":[{"type":"AWS::S3::Object","values":["` + value + `"]}]}]}}}}`
	}
	remote := func(out string) string {
		return "${data.terraform_remote_state.cross-stack-reference-input-phase1.outputs." + out + "}/"
	}
	for _, c := range []struct {
		name, trail, bucket string
		want                Status
	}{
		{"through remote state", trail(true, remote("cross-stack-output-aws_s3_bucketbarn")), "aws_s3_bucket.b", Pass},
		{"unknown output", trail(true, remote("nope")), "aws_s3_bucket.b", Fail},
		{"single-region trail, same region", trail(false, remote("cross-stack-output-aws_s3_bucketbarn")), "aws_s3_bucket.b", Pass},
		{"single-region trail, bucket in the DR region", trail(false, remote("cross-stack-output-aws_s3_bucketdrarn")), "aws_s3_bucket.dr", Fail},
		{"multi-region trail, bucket in the DR region", trail(true, remote("cross-stack-output-aws_s3_bucketdrarn")), "aws_s3_bucket.dr", Pass},
	} {
		t.Run(c.name, func(t *testing.T) {
			stacks := dEnv(t, phase1, c.trail)
			if got, detail := dStatus(t, S3PHIDataEvents, stacks, c.bucket); got != c.want {
				t.Fatalf("got %s (%s), want %s", got, detail, c.want)
			}
		})
	}
}

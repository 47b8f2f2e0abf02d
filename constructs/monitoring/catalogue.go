package monitoring

import (
	"fmt"
	"sort"
	"strings"

	"github.com/aws/jsii-runtime-go"

	"github.com/healthhub/platform-infra/constructs/naming"
)

// The catalogue: one template per kind of resource, each returning the AlarmSpecs of
// one resource. Every alarm of every phase comes from one of them, and Add creates them
// all; Catalogue lists one spec per ID (with "<placeholders>" for the resource), which
// the README's alarm table is rendered from.

// Comparison operators.
const (
	gt = "GreaterThanThreshold"
	lt = "LessThanThreshold"
)

// PlatformDegradedID is the composite alarm that pages once when users are affected,
// whatever the number of symptoms (PlatformDegraded).
const PlatformDegradedID = "platform-degraded"

// Kinds, in the catalogue's order.
var Kinds = []string{"platform", "api", "function", "queue", "rotation", "table", "distribution", "waf", "certificate", "canary", "slo", "replication", "security", "cost"}

// APIAlarms watches the shared HTTP API stage: server errors (a symptom users see: it
// pages through platform-degraded) and p95 latency.
func APIAlarms(names naming.Namer, apiID *string, stage string) []AlarmSpec {
	d := []Dim{{"ApiId", apiID}, {"Stage", jsii.String(stage)}}
	return []AlarmSpec{
		{ID: "api-5xx", Kind: "api", Subject: stage, Name: names.Name("api-5xx"), Construct: "AlarmApi5xx", Severity: Critical, Via: PlatformDegradedID,
			Summary: "5xx responses of the shared API stage",
			Runbook: "More than 5 server errors in 5 minutes on the shared API: check the gateway function's logs and errors",
			Metric:  &Metric{Namespace: "AWS/ApiGateway", Name: "5xx", Dims: d, Stat: "Sum"},
			Period:  300, EvaluationPeriods: 1, Threshold: 5, Comparison: gt, TreatMissingData: "notBreaching"},
		{ID: "api-latency-p95", Kind: "api", Subject: stage, Name: names.Name("api-latency-p95"), Construct: "AlarmApiLatencyP95", Severity: Warning,
			Summary: "p95 latency (ms) of the shared API stage",
			Runbook: "API p95 latency above 200 ms over 5 minutes: check database load and function duration",
			Metric:  &Metric{Namespace: "AWS/ApiGateway", Name: "Latency", Dims: d, Stat: "p95"},
			Period:  300, EvaluationPeriods: 1, Threshold: 200, Comparison: gt, TreatMissingData: "notBreaching"},
	}
}

// FunctionRef is a service function: its service name, and references to its function
// name, log group and dead-letter queue.
type FunctionRef struct {
	Service                       string
	Name, LogGroupName, QueueName *string
}

// ColdStartPattern selects the REPORT record of an invocation that initialized a new
// execution environment, in Lambda's JSON log format (compute.NewFunction's):
// {"type":"platform.report","record":{"metrics":{"initDurationMs":...}}}. Lambda writes
// it at the INFO system log level.
const ColdStartPattern = `{ $.type = "platform.report" && $.record.metrics.initDurationMs > 0 }`

// ColdStartNamespace is where the cold-start metric filters publish, one metric per
// service ("gateway"), in milliseconds.
func ColdStartNamespace(envName string) string { return "HealthHub/" + envName + "/ColdStarts" }

// FunctionAlarms watches a service function: errors (a symptom: pages through
// platform-degraded), throttles, cold starts over 1 s (a metric filter on its log
// group's REPORT records) and its dead-letter queue.
func FunctionAlarms(names naming.Namer, coldStartNamespace string, f FunctionRef) []AlarmSpec {
	svc, id := f.Service, naming.Pascal(f.Service)
	logGroup := names.LogGroup("/aws/lambda", svc)
	d := []Dim{{"FunctionName", f.Name}}
	specs := []AlarmSpec{
		{ID: "function-errors", Kind: "function", Subject: svc, Name: names.Name(svc, "errors"), Construct: "Alarm" + id + "Errors", Severity: Critical, Via: PlatformDegradedID,
			Summary: "errors of a service function (" + svc + ")",
			Runbook: fmt.Sprintf("The %s function failed more than 10 times in 5 minutes: read its errors in %s and its X-Ray traces; roll back if a deploy started it", svc, logGroup),
			Metric:  &Metric{Namespace: "AWS/Lambda", Name: "Errors", Dims: d, Stat: "Sum"},
			Period:  300, EvaluationPeriods: 1, Threshold: 10, Comparison: gt, TreatMissingData: "notBreaching"},
		{ID: "function-throttles", Kind: "function", Subject: svc, Name: names.Name(svc, "throttles"), Construct: "Alarm" + id + "Throttles", Severity: Warning,
			Summary: "throttled invocations of a service function (" + svc + ")",
			Runbook: fmt.Sprintf("The %s function was throttled: its reserved concurrency is exhausted; raise services.%s.reservedConcurrency or find the burst in its Invocations", svc, svc),
			Metric:  &Metric{Namespace: "AWS/Lambda", Name: "Throttles", Dims: d, Stat: "Sum"},
			Period:  300, EvaluationPeriods: 1, Threshold: 0, Comparison: gt, TreatMissingData: "notBreaching"},
		{ID: "function-cold-starts", Kind: "function", Subject: svc, Name: names.Name(svc, "cold-starts"), Construct: "Alarm" + id + "ColdStarts", Severity: Warning,
			Summary: "Init Duration (ms) of the REPORT records in a service function's log group (" + svc + "), a metric filter",
			Runbook: fmt.Sprintf("A cold start of the %s function took longer than 1 s (the Init Duration of its REPORT records in %s): look at the package size and the code run at init, or raise services.%s.provisionedConcurrency", svc, logGroup, svc),
			Metric:  &Metric{Namespace: coldStartNamespace, Name: svc, Stat: "Maximum"},
			Period:  300, EvaluationPeriods: 1, Threshold: 1000, Comparison: gt, TreatMissingData: "notBreaching",
			Filter: &MetricFilter{Construct: "ColdStartFilter" + id, Name: names.Name(svc, "cold-starts"), LogGroupName: f.LogGroupName,
				Pattern: ColdStartPattern, Value: "$.record.metrics.initDurationMs", Unit: "Milliseconds"}},
	}
	return append(specs, QueueAlarms(names, "Alarm"+id+"DeadLetters", svc, f.QueueName)...)
}

// QueueAlarms watches a dead-letter queue of owner (a function): any message waiting
// pages (a failed asynchronous invocation is lost work until it is replayed).
func QueueAlarms(names naming.Namer, construct, owner string, queueName *string) []AlarmSpec {
	return []AlarmSpec{
		{ID: "queue-dlq-messages", Kind: "queue", Subject: owner, Name: names.Name(owner, "dlq-messages"), Construct: construct, Severity: Critical,
			Summary: "messages visible in a dead-letter queue (" + owner + ")",
			Runbook: fmt.Sprintf("Messages are waiting in the %s dead-letter queue: failed asynchronous invocations need replay; read one (sqs receive-message), fix the cause, then redrive them", owner),
			Metric:  &Metric{Namespace: "AWS/SQS", Name: "ApproximateNumberOfMessagesVisible", Dims: []Dim{{"QueueName", queueName}}, Stat: "Maximum"},
			Period:  300, EvaluationPeriods: 1, Threshold: 0, Comparison: gt, TreatMissingData: "notBreaching"},
	}
}

// RotationAlarms watches a secret-rotation function (rotator, "rotate-postgres"): any
// error pages (a secret kept its value), and so does its dead-letter queue.
func RotationAlarms(names naming.Namer, rotator string, functionName, queueName *string) []AlarmSpec {
	return append([]AlarmSpec{
		{ID: "rotation-failed", Kind: "rotation", Subject: rotator, Name: names.Name(rotator, "errors"), Construct: "AlarmErrors", Severity: Critical,
			Summary: "errors of a secret-rotation function (" + rotator + ")",
			Runbook: fmt.Sprintf("A rotation failed: the %s function returned an error in the last 5 minutes, so a secret kept its current value "+
				"(a rotation left half done stays in AWSPENDING). Read the log group %s, fix the cause, then retry with `aws secretsmanager rotate-secret`",
				rotator, names.LogGroup("/aws/lambda", rotator)),
			Metric: &Metric{Namespace: "AWS/Lambda", Name: "Errors", Dims: []Dim{{"FunctionName", functionName}}, Stat: "Sum"},
			Period: 300, EvaluationPeriods: 1, Threshold: 0, Comparison: gt, TreatMissingData: "notBreaching"},
	}, QueueAlarms(names, "AlarmDeadLetters", rotator, queueName)...)
}

// TableAlarms watches a DynamoDB table: throttled reads and writes and system errors
// page; with provisioned capacity (maxCapacity, the autoscaling maximum, above 0),
// consumption above 80% of that maximum for 15 minutes warns before throttling starts.
func TableAlarms(names naming.Namer, table string, tableName *string, maxCapacity int) []AlarmSpec {
	id := naming.Pascal(table)
	d := []Dim{{"TableName", tableName}}
	var specs []AlarmSpec
	for _, m := range []struct{ id, metric, what string }{
		{"ReadThrottles", "ReadThrottleEvents", "reads were throttled: capacity is exhausted (check autoscaling limits and hot keys)"},
		{"WriteThrottles", "WriteThrottleEvents", "writes were throttled: bookings may be lost (check autoscaling limits and hot keys)"},
		{"SystemErrors", "SystemErrors", "DynamoDB returned internal errors: check the AWS Health Dashboard and retry behaviour"},
	} {
		specs = append(specs, AlarmSpec{
			ID: "table-" + kebab(m.id), Kind: "table", Subject: table, Name: names.Name(table, strings.ToLower(m.id)), Construct: "Alarm" + id + m.id, Severity: Critical,
			Summary: m.metric + " of a DynamoDB table (" + table + ")",
			Runbook: fmt.Sprintf("The %s table: %s", table, m.what),
			Metric:  &Metric{Namespace: "AWS/DynamoDB", Name: m.metric, Dims: d, Stat: "Sum"},
			Period:  300, EvaluationPeriods: 1, Threshold: 0, Comparison: gt, TreatMissingData: "notBreaching",
		})
	}
	if maxCapacity <= 0 {
		return specs
	}
	for _, m := range []struct{ id, metric string }{{"read", "ConsumedReadCapacityUnits"}, {"write", "ConsumedWriteCapacityUnits"}} {
		specs = append(specs, AlarmSpec{
			ID: "table-" + m.id + "-capacity-near-max", Kind: "table", Subject: table, Name: names.Name(table, m.id+"-capacity-near-max"),
			Construct: "Alarm" + id + naming.Pascal(m.id) + "CapacityNearMax", Severity: Warning,
			Summary: fmt.Sprintf("%s of a provisioned table (%s) as %% of its autoscaling maximum", m.metric, table),
			Runbook: fmt.Sprintf("The %s table has used more than 80%% of its autoscaling maximum (%d %s units) for 15 minutes: throttling comes next; raise tables.%s.scaling.max or find the hot key", table, maxCapacity, m.id, table),
			Math: &Math{Expression: fmt.Sprintf("100 * used / 300 / %d", maxCapacity), Label: "% of the autoscaling maximum",
				Queries: []Query{{ID: "used", Metric: Metric{Namespace: "AWS/DynamoDB", Name: m.metric, Dims: d, Stat: "Sum", Period: 300}}}},
			EvaluationPeriods: 3, DatapointsToAlarm: 3, Threshold: 80, Comparison: gt, TreatMissingData: "notBreaching",
		})
	}
	return specs
}

// DistributionAlarms watches a CloudFront distribution (its metrics live in us-east-1):
// more than 1% of requests failing with 5xx is a symptom users see (pages through
// platform-degraded). id ("Frontend") and name ("frontend") name the alarm; what says
// what the distribution serves.
func DistributionAlarms(names naming.Namer, id, name, what string, distributionID *string) []AlarmSpec {
	return []AlarmSpec{
		{ID: "distribution-5xx-rate", Kind: "distribution", Subject: name, Name: names.Name(name, "edge-5xx-rate"), Construct: "Alarm" + id + "Edge5xx", Severity: Critical, Via: PlatformDegradedID,
			Summary: "5xxErrorRate (%) of a CloudFront distribution (" + name + ")",
			Runbook: "More than 1% of requests to " + what + " failed with 5xx at CloudFront over 5 minutes: check the origin (S3 or the API) and the WAF",
			Metric:  &Metric{Namespace: "AWS/CloudFront", Name: "5xxErrorRate", Dims: []Dim{{"DistributionId", distributionID}, {"Region", jsii.String("Global")}}, Stat: "Average"},
			Period:  300, EvaluationPeriods: 1, Threshold: 1, Comparison: gt, TreatMissingData: "notBreaching"},
	}
}

// WAFAlarms watches the edge's web ACL: a spike of blocked requests warns.
func WAFAlarms(names naming.Namer, webACLName *string) []AlarmSpec {
	return []AlarmSpec{
		{ID: "waf-blocked-spike", Kind: "waf", Subject: "edge", Name: names.Name("waf-blocked-spike"), Construct: "AlarmWafBlockedSpike", Severity: Warning,
			Summary: "requests the edge's WAF blocked",
			Runbook: "The WAF blocked more than 1000 requests in 5 minutes: an attack or a misconfigured client; read the aws-waf-logs group",
			Metric:  &Metric{Namespace: "AWS/WAFV2", Name: "BlockedRequests", Dims: []Dim{{"WebACL", webACLName}, {"Rule", jsii.String("ALL")}}, Stat: "Sum"},
			Period:  300, EvaluationPeriods: 1, Threshold: 1000, Comparison: gt, TreatMissingData: "notBreaching"},
	}
}

// CertificateAlarms watches an ACM certificate (CloudFront's, in us-east-1): fewer than
// 30 days to expiry warns. ACM publishes DaysToExpiry daily for an issued certificate;
// no data alarms too (the certificate is not issued, or gone).
func CertificateAlarms(names naming.Namer, domains string, certificateArn *string) []AlarmSpec {
	return []AlarmSpec{
		{ID: "certificate-expiry", Kind: "certificate", Subject: "edge", Name: names.Name("certificate-expiry"), Construct: "AlarmCertificateExpiry", Severity: Warning,
			Summary: "ACM DaysToExpiry of the edge's certificate (us-east-1)",
			Runbook: "The edge's certificate (" + domains + ") expires within 30 days, or is not issued: ACM renews a DNS-validated certificate by itself, so renewal is stuck; " +
				"check that its validation CNAME records still exist (output certificate_validation_records) and its renewal status in ACM (us-east-1)",
			Metric: &Metric{Namespace: "AWS/CertificateManager", Name: "DaysToExpiry", Dims: []Dim{{"CertificateArn", certificateArn}}, Stat: "Minimum"},
			Period: 86400, EvaluationPeriods: 1, Threshold: 30, Comparison: lt, TreatMissingData: "breaching"},
	}
}

// ReplicationAlarms watches S3 replication to the disaster-recovery region: a failed
// operation pages, latency beyond Replication Time Control's 15 minutes warns. prefix
// starts the alarms' names ("hh-prod-documents"); what is what replicates ("Medical
// documents"); replica names the destination for the runbook ("DR bucket").
func ReplicationAlarms(prefix, what, replica string, source, destination *string, ruleID string) []AlarmSpec {
	d := []Dim{{"SourceBucket", source}, {"DestinationBucket", destination}, {"RuleId", jsii.String(ruleID)}}
	return []AlarmSpec{
		{ID: "replication-failed", Kind: "replication", Subject: prefix, Name: prefix + "-replication-failed", Construct: "AlarmReplicationFailures", Severity: Critical,
			Summary: "OperationsFailedReplication of a bucket replicated to the DR region",
			Runbook: what + " failed to replicate to the DR region: check the replication role, both keys and the " + replica,
			Metric:  &Metric{Namespace: "AWS/S3", Name: "OperationsFailedReplication", Dims: d, Stat: "Sum"},
			Period:  300, EvaluationPeriods: 1, Threshold: 0, Comparison: gt, TreatMissingData: "notBreaching"},
		{ID: "replication-latency", Kind: "replication", Subject: prefix, Name: prefix + "-replication-latency", Construct: "AlarmReplicationLatency", Severity: Warning,
			Summary: "ReplicationLatency (s) of a bucket replicated to the DR region",
			Runbook: "Replication to the DR region (" + what + ") is slower than the 15-minute Replication Time Control objective: check the replication metrics and the AWS Health Dashboard",
			Metric:  &Metric{Namespace: "AWS/S3", Name: "ReplicationLatency", Dims: d, Stat: "Maximum"},
			Period:  300, EvaluationPeriods: 1, Threshold: 900, Comparison: gt, TreatMissingData: "notBreaching"},
	}
}

// SecurityAlarm is a metric filter on the audit trail's log group and its alarm.
type SecurityAlarm struct {
	// Name is the alarm's name after "<prefix>-security-" and, in PascalCase, the metric's.
	Name    string
	Pattern string
	// Description says what happened and what to do.
	Description string
	// Threshold: the alarm fires when more events than this arrive in 5 minutes.
	Threshold float64
	Severity  Severity
}

// SecurityAlarms are the CIS AWS Foundations monitoring controls (section 4) that HIPAA
// 164.308(a)(1)(ii)(D) information system activity review and 164.308(a)(6) incident
// response rely on. Use of the root user, a change to the trail, a key disabled or
// scheduled for deletion and a console sign-in without MFA page; changes the deploy
// pipeline makes every day (IAM and bucket policies) and denied calls warn.
var SecurityAlarms = []SecurityAlarm{
	{Name: "root-account-use", Threshold: 0, Severity: Critical,
		Pattern:     `{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`,
		Description: "The root user was used: confirm who and why at once; root must not be used for daily work"},
	{Name: "iam-policy-changes", Threshold: 0, Severity: Warning,
		Pattern:     `{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = SetDefaultPolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) || ($.eventName = PutRolePermissionsBoundary) || ($.eventName = DeleteRolePermissionsBoundary) }`,
		Description: "An IAM policy changed: confirm it came from the deploy pipeline"},
	{Name: "cloudtrail-changes", Threshold: 0, Severity: Critical,
		Pattern:     `{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) || ($.eventName = PutEventSelectors) }`,
		Description: "The CloudTrail configuration changed: the audit trail may be incomplete; confirm it came from the deploy pipeline"},
	{Name: "kms-key-disabled-or-deleted", Threshold: 0, Severity: Critical,
		Pattern:     `{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }`,
		Description: "A KMS key was disabled or scheduled for deletion: data under it becomes unreadable; cancel the deletion (kms cancel-key-deletion) unless it is planned"},
	{Name: "unauthorized-api-calls", Threshold: 5, Severity: Warning,
		Pattern:     `{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }`,
		Description: "More than 5 API calls were denied in 5 minutes: a misconfigured role or someone probing; find the principal in the trail"},
	{Name: "console-signin-without-mfa", Threshold: 0, Severity: Critical,
		Pattern:     `{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }`,
		Description: "Someone signed in to the console without MFA: require MFA for that user"},
	{Name: "s3-bucket-policy-changes", Threshold: 0, Severity: Warning,
		Pattern:     `{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication) || ($.eventName = PutBucketPublicAccessBlock) || ($.eventName = DeleteBucketPublicAccessBlock)) }`,
		Description: "An S3 bucket policy, ACL, lifecycle or replication changed: confirm it came from the deploy pipeline"},
}

// SecurityMetricNamespace is where the security metric filters publish.
func SecurityMetricNamespace(envName string) string { return "HealthHub/" + envName + "/Security" }

// TrailAlarms watches the audit trail's log group (trailLogGroup) with a metric filter
// and an alarm per SecurityAlarm.
func TrailAlarms(names naming.Namer, namespace string, trailLogGroup *string) []AlarmSpec {
	specs := make([]AlarmSpec, 0, len(SecurityAlarms))
	for _, a := range SecurityAlarms {
		id := naming.Pascal(a.Name)
		specs = append(specs, AlarmSpec{
			ID: "security-" + a.Name, Kind: "security", Subject: a.Name, Name: names.Name("security", a.Name), Construct: "SecurityAlarm" + id, Severity: a.Severity,
			Summary: "CloudTrail events matching the " + a.Name + " filter (CIS AWS Foundations 4)",
			Runbook: a.Description,
			Metric:  &Metric{Namespace: namespace, Name: id, Stat: "Sum"},
			Period:  300, EvaluationPeriods: 1, Threshold: a.Threshold, Comparison: gt, TreatMissingData: "notBreaching",
			Filter: &MetricFilter{Construct: "Filter" + id, Name: names.Name("security", a.Name), LogGroupName: trailLogGroup,
				Pattern: a.Pattern, Value: "1", Unit: "Count"},
		})
	}
	return specs
}

// CanaryNamespace is where CloudWatch Synthetics publishes canary metrics.
const CanaryNamespace = "CloudWatchSynthetics"

// CanaryAlarms watches an uptime canary (label "web" or "api"): two runs in a row
// failing is a symptom users see (pages through platform-degraded). A canary that stops
// reporting alarms too: an uptime nobody measures is not uptime.
func CanaryAlarms(names naming.Namer, label, canaryName, what string, intervalMinutes int) []AlarmSpec {
	return []AlarmSpec{
		{ID: "canary-failed", Kind: "canary", Subject: canaryName, Name: names.Name(label, "canary-failed"), Construct: "Alarm" + naming.Pascal(label) + "CanaryFailed", Severity: Critical, Via: PlatformDegradedID,
			Summary: "SuccessPercent of an uptime canary (" + label + ")",
			Runbook: fmt.Sprintf("Two runs in a row of the %s canary failed, or it stopped running: %s is down for patients as CloudFront serves it; "+
				"open the failed run in the Synthetics console (screenshot, HAR and log are in the canary artifact bucket) and check the origin behind it", canaryName, what),
			Metric: &Metric{Namespace: CanaryNamespace, Name: "SuccessPercent", Dims: []Dim{{"CanaryName", jsii.String(canaryName)}}, Stat: "Average"},
			Period: intervalMinutes * 60, EvaluationPeriods: 2, DatapointsToAlarm: 2, Threshold: 100, Comparison: lt, TreatMissingData: "breaching"},
	}
}

// PlatformDegraded is the composite alarm that pages once when users are affected: it is
// in ALARM while any alarm whose Via is PlatformDegradedID (the API's 5xx, the
// canaries, CloudFront's 5xx rates, the services' errors, an SLO's fast burn) is. Those
// alarms e-mail their own details to the warning route; this one pages.
func PlatformDegraded(names naming.Namer, members []AlarmSpec) AlarmSpec {
	var via []string
	for _, m := range members {
		if m.Via == PlatformDegradedID {
			via = append(via, m.Name)
		}
	}
	sort.Strings(via)
	return AlarmSpec{
		ID: PlatformDegradedID, Kind: "platform", Subject: "platform", Name: names.Name(PlatformDegradedID), Construct: "AlarmPlatformDegraded", Severity: Critical,
		Summary: "any alarm that pages through platform-degraded (symptoms users see)",
		Runbook: "Patients are affected: the API's 5xx, an uptime canary, a CloudFront 5xx rate, a service's errors or an SLO's fast burn is in ALARM " +
			"(this message names which; each e-mailed its details to the warning topic). Open the SRE dashboard " + names.Name("sre") +
			", start from the first alarm that fired and declare an incident; this alarm pages once for all of them",
		Composite: &Composite{Rule: AnyOf(via...)},
	}
}

// kebab turns "ReadThrottles" into "read-throttles".
func kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('-')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

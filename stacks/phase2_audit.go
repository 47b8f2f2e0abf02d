package stacks

import (
	"fmt"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatcheventrule"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatcheventtarget"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/configconfigrule"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/configconfigurationrecorder"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/configconfigurationrecorderstatus"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/configdeliverychannel"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamservicelinkedrole"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/monitoring"
	"github.com/healthhub/platform-infra/constructs/naming"
)

// ConfigRule is an AWS managed Config rule and the HIPAA Security Rule controls it
// evidences.
type ConfigRule struct {
	// Name is appended to "<prefix>-hipaa-".
	Name string
	// Identifier is the AWS managed rule's source identifier.
	Identifier string
	// Controls are 45 CFR 164 sections.
	Controls []string
	// Parameters are the rule's input parameters (values set per environment by
	// ConfigRules).
	Parameters map[string]string
	// DocumentsBucketOnly scopes the rule to the documents bucket (rules that only
	// patient-data buckets must pass, such as Object Lock and replication).
	DocumentsBucketOnly bool
	// AccessLogBucketsFail marks rules that S3 server-access-log buckets fail by design
	// (SSE-S3, no logging of themselves): Config still reports them, but their
	// NON_COMPLIANT results on those buckets do not page anyone.
	AccessLogBucketsFail bool
}

// ConfigRules are the managed rules that watch the controls phases 1 and 2 implement
// (the subset of AWS's "Operational Best Practices for HIPAA Security" conformance pack
// that applies to these resources). Production adds replication of the documents bucket.
func ConfigRules(production bool, logDays int) []ConfigRule {
	rules := []ConfigRule{
		{Name: "cloudtrail-enabled", Identifier: "CLOUD_TRAIL_ENABLED", Controls: []string{"164.312(b)"}},
		{Name: "cloudtrail-multi-region", Identifier: "MULTI_REGION_CLOUD_TRAIL_ENABLED", Controls: []string{"164.312(b)", "164.308(a)(1)(ii)(D)"}},
		{Name: "cloudtrail-encrypted", Identifier: "CLOUD_TRAIL_ENCRYPTION_ENABLED", Controls: []string{"164.312(a)(2)(iv)", "164.312(e)(2)(ii)"}},
		{Name: "cloudtrail-log-validation", Identifier: "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", Controls: []string{"164.312(c)(1)", "164.312(c)(2)"}},
		{Name: "cloudtrail-cloudwatch-logs", Identifier: "CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED", Controls: []string{"164.308(a)(1)(ii)(D)", "164.312(b)"}},
		{Name: "cloudtrail-s3-data-events", Identifier: "CLOUDTRAIL_S3_DATAEVENTS_ENABLED", Controls: []string{"164.312(b)"}},
		{Name: "guardduty-enabled", Identifier: "GUARDDUTY_ENABLED_CENTRALIZED", Controls: []string{"164.308(a)(1)(ii)(D)", "164.308(a)(6)(ii)"}},
		{Name: "s3-tls-only", Identifier: "S3_BUCKET_SSL_REQUESTS_ONLY", Controls: []string{"164.312(e)(1)", "164.312(e)(2)(i)"}},
		{Name: "s3-kms-default-encryption", Identifier: "S3_DEFAULT_ENCRYPTION_KMS", Controls: []string{"164.312(a)(2)(iv)", "164.312(e)(2)(ii)"}, AccessLogBucketsFail: true},
		{Name: "s3-public-read-prohibited", Identifier: "S3_BUCKET_PUBLIC_READ_PROHIBITED", Controls: []string{"164.308(a)(3)(i)", "164.312(a)(1)"}},
		{Name: "s3-public-write-prohibited", Identifier: "S3_BUCKET_PUBLIC_WRITE_PROHIBITED", Controls: []string{"164.308(a)(3)(i)", "164.312(a)(1)"}},
		{Name: "s3-versioning", Identifier: "S3_BUCKET_VERSIONING_ENABLED", Controls: []string{"164.308(a)(7)(ii)(A)", "164.312(c)(1)"}},
		{Name: "s3-access-logging", Identifier: "S3_BUCKET_LOGGING_ENABLED", Controls: []string{"164.312(b)"}, AccessLogBucketsFail: true},
		{Name: "s3-documents-object-lock", Identifier: "S3_BUCKET_DEFAULT_LOCK_ENABLED", Controls: []string{"164.312(c)(1)", "164.316(b)(2)(i)"}, DocumentsBucketOnly: true},
		{Name: "kms-rotation", Identifier: "CMK_BACKING_KEY_ROTATION_ENABLED", Controls: []string{"164.312(a)(2)(iv)"}},
		{Name: "kms-not-scheduled-for-deletion", Identifier: "KMS_CMK_NOT_SCHEDULED_FOR_DELETION", Controls: []string{"164.308(a)(7)(ii)(A)", "164.312(a)(2)(iv)"}},
		{Name: "log-groups-encrypted", Identifier: "CLOUDWATCH_LOG_GROUP_ENCRYPTED", Controls: []string{"164.312(a)(2)(iv)"}},
		{Name: "log-groups-retention", Identifier: "CW_LOGGROUP_RETENTION_PERIOD_CHECK", Controls: []string{"164.312(b)", "164.316(b)(2)(i)"},
			Parameters: map[string]string{"MinRetentionTime": fmt.Sprint(logDays)}},
		{Name: "lambda-inside-vpc", Identifier: "LAMBDA_INSIDE_VPC", Controls: []string{"164.312(e)(1)"}},
		{Name: "lambda-not-public", Identifier: "LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED", Controls: []string{"164.308(a)(3)(i)", "164.312(a)(1)"}},
		{Name: "secrets-cmk", Identifier: "SECRETSMANAGER_USING_CMK", Controls: []string{"164.312(a)(2)(iv)"}},
		// Every secret the product creates rotates (phase 4's rotation functions): Config
		// reports one without rotation, one whose last scheduled rotation failed, and one
		// not rotated within 90 days.
		{Name: "secrets-rotation-enabled", Identifier: "SECRETSMANAGER_ROTATION_ENABLED_CHECK", Controls: []string{"164.308(a)(5)(ii)(D)", "164.312(d)"},
			Parameters: map[string]string{"maximumAllowedRotationFrequency": "90"}},
		{Name: "secrets-rotation-succeeded", Identifier: "SECRETSMANAGER_SCHEDULED_ROTATION_SUCCESS_CHECK", Controls: []string{"164.308(a)(5)(ii)(D)", "164.312(d)"}},
		{Name: "secrets-rotated-within-period", Identifier: "SECRETSMANAGER_SECRET_PERIODIC_ROTATION", Controls: []string{"164.308(a)(5)(ii)(D)", "164.312(d)"},
			Parameters: map[string]string{"maxDaysSinceRotation": "90"}},
		{Name: "sns-kms", Identifier: "SNS_ENCRYPTED_KMS", Controls: []string{"164.312(a)(2)(iv)", "164.312(e)(2)(ii)"}},
		{Name: "vpc-flow-logs", Identifier: "VPC_FLOW_LOGS_ENABLED", Controls: []string{"164.312(b)"}},
		{Name: "vpc-default-sg-closed", Identifier: "VPC_DEFAULT_SECURITY_GROUP_CLOSED", Controls: []string{"164.312(e)(1)"}},
		{Name: "root-no-access-keys", Identifier: "IAM_ROOT_ACCESS_KEY_CHECK", Controls: []string{"164.308(a)(3)(ii)(A)", "164.312(a)(1)"}},
		{Name: "root-mfa", Identifier: "ROOT_ACCOUNT_MFA_ENABLED", Controls: []string{"164.312(d)"}},
		{Name: "console-mfa", Identifier: "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", Controls: []string{"164.312(d)"}},
		{Name: "iam-no-admin-policies", Identifier: "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS", Controls: []string{"164.308(a)(3)(i)", "164.308(a)(4)(ii)(B)"}},
		{Name: "iam-users-no-policies", Identifier: "IAM_USER_NO_POLICIES_CHECK", Controls: []string{"164.308(a)(4)(ii)(B)"}},
	}
	if production {
		rules = append(rules, ConfigRule{Name: "s3-documents-replication", Identifier: "S3_BUCKET_REPLICATION_ENABLED",
			Controls: []string{"164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)"}, DocumentsBucketOnly: true})
	}
	return rules
}

// configRecorder records every supported resource (global ones included: this is the
// primary region) to the audit bucket, and evaluates the HIPAA managed rules.
func (p *Phase2) configRecorder() error {
	st, names := p.Stack, p.Names
	// AWS Config's service-linked role: AWS maintains its read-only permissions.
	slr := iamservicelinkedrole.NewIamServiceLinkedRole(st, jsii.String("ConfigServiceLinkedRole"), &iamservicelinkedrole.IamServiceLinkedRoleConfig{
		AwsServiceName: jsii.String("config.amazonaws.com"),
	})
	recorder := configconfigurationrecorder.NewConfigConfigurationRecorder(st, jsii.String("ConfigRecorder"), &configconfigurationrecorder.ConfigConfigurationRecorderConfig{
		Name: jsii.String(names.Name("config")), RoleArn: slr.Arn(),
		RecordingGroup: &configconfigurationrecorder.ConfigConfigurationRecorderRecordingGroup{
			AllSupported: jsii.Bool(true), IncludeGlobalResourceTypes: jsii.Bool(true),
		},
	})
	channel := configdeliverychannel.NewConfigDeliveryChannel(st, jsii.String("ConfigDeliveryChannel"), &configdeliverychannel.ConfigDeliveryChannelConfig{
		Name: jsii.String(names.Name("config")), S3BucketName: p.Audit.Name(), S3KeyPrefix: jsii.String("config"),
		S3KmsKeyArn: p.AuditKey.Arn(),
		SnapshotDeliveryProperties: &configdeliverychannel.ConfigDeliveryChannelSnapshotDeliveryProperties{
			DeliveryFrequency: jsii.String("TwentyFour_Hours"),
		},
		DependsOn: &[]cdktf.ITerraformDependable{recorder, p.Audit.Policy},
	})
	configconfigurationrecorderstatus.NewConfigConfigurationRecorderStatus(st, jsii.String("ConfigRecorderStatus"), &configconfigurationrecorderstatus.ConfigConfigurationRecorderStatusConfig{
		Name: recorder.Name(), IsEnabled: jsii.Bool(true),
		DependsOn: &[]cdktf.ITerraformDependable{channel},
	})
	for _, r := range ConfigRules(p.Env.IsProduction(), p.Env.Retention.LogDays) {
		cfg := &configconfigrule.ConfigConfigRuleConfig{
			Name:        jsii.String(names.Name("hipaa", r.Name)),
			Description: jsii.String("HIPAA " + strings.Join(r.Controls, ", ") + ": AWS managed rule " + r.Identifier),
			Source: &configconfigrule.ConfigConfigRuleSource{
				Owner: jsii.String("AWS"), SourceIdentifier: jsii.String(r.Identifier),
			},
			DependsOn: &[]cdktf.ITerraformDependable{recorder},
		}
		if len(r.Parameters) > 0 {
			cfg.InputParameters = jsii.String(mustJSON(r.Parameters))
		}
		if r.DocumentsBucketOnly {
			cfg.Scope = &configconfigrule.ConfigConfigRuleScope{
				ComplianceResourceTypes: jsii.Strings("AWS::S3::Bucket"), ComplianceResourceId: p.Documents.Name(),
			}
		}
		configconfigrule.NewConfigConfigRule(st, jsii.String("ConfigRule"+naming.Pascal(r.Name)), cfg)
	}
	return nil
}

// SecurityAlarm is a metric filter on the trail's log group and its alarm (the
// catalogue's data: monitoring.SecurityAlarms).
type SecurityAlarm = monitoring.SecurityAlarm

// SecurityAlarms are the CIS AWS Foundations monitoring controls the trail feeds.
var SecurityAlarms = monitoring.SecurityAlarms

// SecurityMetricNamespace is where the security metric filters publish.
func SecurityMetricNamespace(envName string) string {
	return monitoring.SecurityMetricNamespace(envName)
}

// alarms creates the catalogue's alarms of phase 2: its services, the trail's security
// events (a metric filter per SecurityAlarm on the trail's log group) and, in
// production, the documents' replication to the DR region; to phase 1's routes.
func (p *Phase2) alarms() error {
	var specs []monitoring.AlarmSpec
	for _, svc := range lambdaServices(p.Env, Phase2Services) {
		specs = append(specs, functionAlarms(p.Names, p.Env, p.Functions[svc])...)
	}
	specs = append(specs, monitoring.TrailAlarms(p.Names, SecurityMetricNamespace(p.Env.Name), p.TrailLogGroup.Name())...)
	if p.DRDocuments != nil {
		specs = append(specs, monitoring.ReplicationAlarms(p.Names.Name("documents"), "Medical documents", "DR bucket",
			p.Documents.Name(), p.DRDocuments.Name(), "disaster-recovery")...)
	}
	built, err := monitoring.Add(p.Stack, p.Phase1.Routes, routed(p.Env, specs), monitoring.AddOptions{})
	p.Alarms = monitoring.Specs(built)
	return err
}

// findingRules forward GuardDuty findings of medium severity and above to phase 1's
// critical route (a security incident is answered at once, 164.308(a)(6)), and HIPAA
// Config rules turning NON_COMPLIANT to its warning route (a drift to correct in working
// hours). The access-log buckets' known, suppressed exceptions (SSE-S3, not logged to
// themselves) are not forwarded.
func (p *Phase2) findingRules() {
	var logRules []string
	for _, r := range ConfigRules(p.Env.IsProduction(), p.Env.Retention.LogDays) {
		if r.AccessLogBucketsFail {
			logRules = append(logRules, p.Names.Name("hipaa", r.Name))
		}
	}
	logBuckets := []string{p.Names.BucketName(accessLogsBucket), StateLogBucketName(p.Env)}
	rules := []struct {
		id, name, description string
		route                 *monitoring.AlertTopic
		pattern               map[string]any
	}{
		{"GuardDutyFindings", "guardduty-findings", "GuardDuty findings of severity 4 (medium) or higher go to the alert topic", p.Phase1.Routes.Critical,
			map[string]any{"source": []string{"aws.guardduty"}, "detail-type": []string{"GuardDuty Finding"},
				"detail": map[string]any{"severity": []any{map[string]any{"numeric": []any{">=", 4}}}}}},
		{"ConfigNonCompliance", "config-noncompliance", "A HIPAA Config rule found a NON_COMPLIANT resource", p.Phase1.Routes.Warning,
			map[string]any{"source": []string{"aws.config"}, "detail-type": []string{"Config Rules Compliance Change"},
				"detail": map[string]any{"messageType": []string{"ComplianceChangeNotification"},
					"configRuleName":      []any{map[string]any{"prefix": p.Names.Name("hipaa", "")}},
					"newEvaluationResult": map[string]any{"complianceType": []string{"NON_COMPLIANT"}},
					"$or": []any{
						map[string]any{"configRuleName": []any{map[string]any{"anything-but": logRules}}},
						map[string]any{"resourceId": []any{map[string]any{"anything-but": logBuckets}}},
					}}}},
	}
	for _, r := range rules {
		rule := cloudwatcheventrule.NewCloudwatchEventRule(p.Stack, jsii.String(r.id+"Rule"), &cloudwatcheventrule.CloudwatchEventRuleConfig{
			Name: jsii.String(p.Names.Name(r.name)), Description: jsii.String(r.description),
			EventPattern: jsii.String(mustJSON(r.pattern)),
		})
		cloudwatcheventtarget.NewCloudwatchEventTarget(p.Stack, jsii.String(r.id+"Target"), &cloudwatcheventtarget.CloudwatchEventTargetConfig{
			Rule: rule.Name(), TargetId: jsii.String("alert-topic"), Arn: r.route.Arn(),
		})
	}
}

// dashboard shows phase 2's health: the provider and records functions, security events
// from the trail and, in production, replication to the DR region.
func (p *Phase2) dashboard() {
	region := p.Env.AWS.Region
	widgets := functionWidgets(region, 0, p.Functions, lambdaServices(p.Env, Phase2Services))
	ns := SecurityMetricNamespace(p.Env.Name)
	var security [][]any
	for _, a := range SecurityAlarms {
		security = append(security, []any{ns, naming.Pascal(a.Name)})
	}
	widgets = append(widgets, metricWidget(region, "Security events (CloudTrail metric filters)", 12, 6, security, "Sum"))
	if p.DRDocuments != nil {
		dims := []any{"SourceBucket", *p.Documents.Name(), "DestinationBucket", *p.DRDocuments.Name(), "RuleId", "disaster-recovery"}
		widgets = append(widgets,
			metricWidget(region, "DR replication latency (s)", 0, 12, [][]any{append([]any{"AWS/S3", "ReplicationLatency"}, dims...)}, "Maximum"),
			metricWidget(region, "DR replication failures", 12, 12, [][]any{append([]any{"AWS/S3", "OperationsFailedReplication"}, dims...)}, "Sum"),
		)
	}
	newDashboard(p.Stack, p.Names.Name("phase2-health"), widgets)
}

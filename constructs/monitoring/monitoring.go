// Package monitoring holds the alert topic, alarms that always notify on both alarm and
// recovery, and dashboards.
package monitoring

import (
	"fmt"
	"sort"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchmetricalarm"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopic"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopicpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopicsubscription"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/security"
)

// TopicProps configures the alert topic.
type TopicProps struct {
	// Name of the topic. Required.
	Name string
	// Key encrypts messages; its policy must let CloudWatch and EventBridge use it
	// (security.CloudWatchAlarmsUse, security.EventBridgeUse). Required.
	Key *security.Key
	// Emails are subscribed; each address must confirm. Required.
	Emails []string
	// AccountID is the only account whose alarms may publish. Required.
	AccountID string
	// Provider creates the topic in another provider configuration's region (an alarm
	// notifies topics of its own region only). Default: the stack's.
	Provider cdktf.TerraformProvider
}

// AlertTopic is the encrypted SNS topic every alarm notifies; EventBridge rules of the
// account may publish to it too (security findings).
type AlertTopic struct {
	Scope constructs.Construct
	Topic snstopic.SnsTopic
}

// NewAlertTopic creates the topic, its policy and the e-mail subscriptions.
func NewAlertTopic(scope constructs.Construct, id string, props TopicProps) (*AlertTopic, error) {
	if props.Name == "" || props.Key == nil || len(props.Emails) == 0 || props.AccountID == "" {
		return nil, fmt.Errorf("monitoring.NewAlertTopic %s: Name, Key, Emails and AccountID are required", id)
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	t := snstopic.NewSnsTopic(c, jsii.String("Topic"), &snstopic.SnsTopicConfig{
		Name: jsii.String(props.Name), KmsMasterKeyId: props.Key.Arn(), Provider: props.Provider,
	})
	snstopicpolicy.NewSnsTopicPolicy(c, jsii.String("Policy"), &snstopicpolicy.SnsTopicPolicyConfig{
		Arn: t.Arn(), Provider: props.Provider,
		Policy: jsii.String(iam.Policy(
			iam.DenyInsecureTransport("sns:Publish", *t.Arn()),
			iam.Statement{Sid: "CloudWatchAlarmsPublish", Effect: "Allow",
				Principal: &iam.Principal{Service: iam.Strings{"cloudwatch.amazonaws.com"}},
				Action:    iam.Strings{"sns:Publish"}, Resource: iam.Strings{*t.Arn()},
				Condition: iam.Conditions{"StringEquals": {"aws:SourceAccount": {props.AccountID}}}},
			iam.Statement{Sid: "EventBridgeRulesPublish", Effect: "Allow",
				Principal: &iam.Principal{Service: iam.Strings{"events.amazonaws.com"}},
				Action:    iam.Strings{"sns:Publish"}, Resource: iam.Strings{*t.Arn()},
				Condition: iam.Conditions{"StringEquals": {"aws:SourceAccount": {props.AccountID}}}},
		).JSON()),
	})
	for i, e := range props.Emails {
		snstopicsubscription.NewSnsTopicSubscription(c, jsii.String(fmt.Sprintf("Email%d", i)), &snstopicsubscription.SnsTopicSubscriptionConfig{
			TopicArn: t.Arn(), Protocol: jsii.String("email"), Endpoint: jsii.String(e), Provider: props.Provider,
		})
	}
	return &AlertTopic{Scope: c, Topic: t}, nil
}

// Arn is the topic's ARN (a Terraform reference).
func (a *AlertTopic) Arn() *string { return a.Topic.Arn() }

// Severity is put in the alarm's description and name.
type Severity string

// Severities.
const (
	Critical Severity = "critical"
	Warning  Severity = "warning"
)

// AlarmProps describes one alarm.
type AlarmProps struct {
	// Name of the alarm. Required.
	Name string
	// Description says what is wrong and what to do. Required.
	Description string
	Severity    Severity
	Namespace   string
	Metric      string
	Dimensions  map[string]*string
	// Statistic ("Sum", "Maximum") or ExtendedStatistic ("p95"); exactly one.
	Statistic         string
	ExtendedStatistic string
	// Threshold is compared with GreaterThanThreshold.
	Threshold float64
	// PeriodSeconds of each evaluation. Default: 300.
	PeriodSeconds float64
	// Provider creates the alarm in another provider configuration's region, where the
	// metric lives (CloudFront's in us-east-1); topic must be in that region. Default:
	// the stack's.
	Provider cdktf.TerraformProvider
}

// NewAlarm creates an alarm that notifies the topic on ALARM and on OK. Missing data is
// not breaching (a function with no traffic is healthy).
func NewAlarm(scope constructs.Construct, id string, topic *AlertTopic, p AlarmProps) cloudwatchmetricalarm.CloudwatchMetricAlarm {
	period := p.PeriodSeconds
	if period == 0 {
		period = 300
	}
	cfg := &cloudwatchmetricalarm.CloudwatchMetricAlarmConfig{
		AlarmName:          jsii.String(p.Name),
		AlarmDescription:   jsii.String(fmt.Sprintf("[%s] %s", p.Severity, p.Description)),
		Namespace:          jsii.String(p.Namespace),
		MetricName:         jsii.String(p.Metric),
		Dimensions:         sortedDims(p.Dimensions),
		Period:             jsii.Number(period),
		EvaluationPeriods:  jsii.Number(1),
		Threshold:          jsii.Number(p.Threshold),
		ComparisonOperator: jsii.String("GreaterThanThreshold"),
		TreatMissingData:   jsii.String("notBreaching"),
		AlarmActions:       &[]*string{topic.Arn()},
		OkActions:          &[]*string{topic.Arn()},
		Provider:           p.Provider,
	}
	if p.ExtendedStatistic != "" {
		cfg.ExtendedStatistic = jsii.String(p.ExtendedStatistic)
	} else {
		cfg.Statistic = jsii.String(p.Statistic)
	}
	return cloudwatchmetricalarm.NewCloudwatchMetricAlarm(scope, jsii.String(id), cfg)
}

func sortedDims(d map[string]*string) *map[string]*string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make(map[string]*string, len(d))
	for _, k := range keys {
		out[k] = d[k]
	}
	return &out
}

// Package monitoring is the platform's one mechanism for alarms: the alarm catalogue
// (catalogue.go: every alarm of every phase as data, AlarmSpec, built by per-resource
// templates), the routes alarms notify (a critical topic that pages and a warning topic
// that e-mails, each told on ALARM and on OK), composite alarms, SLO burn-rate alarms
// (slo.go), the uptime canaries (canary.go), the cost budget (budget.go) and the
// dashboards built from the catalogue (dashboard.go).
//
// Routing decision table (Routes.For):
//
//	severity   Via (a composite pages for it)   alarm_actions / ok_actions
//	critical   none                             critical topic (pager and e-mail)
//	critical   "platform-degraded"              warning topic (e-mail, the details); the
//	                                            composite pages once for all of them
//	warning    none                             warning topic (e-mail)
//	input      the composite it feeds           none: a composite alarm notifies
package monitoring

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopic"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopicpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopicsubscription"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/security"
)

// Services that publish to an alert topic besides CloudWatch alarms and EventBridge
// rules (always allowed): AWS Budgets and Cost Anomaly Detection.
const (
	BudgetsPrincipal    = "budgets.amazonaws.com"
	CostAlertsPrincipal = "costalerts.amazonaws.com"
)

// TopicProps configures an alert topic.
type TopicProps struct {
	// Name of the topic. Required.
	Name string
	// Key encrypts messages; its policy must let every publisher use it
	// (security.CloudWatchAlarmsUse, security.EventBridgeUse, PublisherKeyUse for
	// Publishers). Required.
	Key *security.Key
	// Emails are subscribed; each address must confirm. Required.
	Emails []string
	// AccountID is the only account whose alarms, rules, budgets and anomaly monitors
	// may publish. Required.
	AccountID string
	// Publishers are further AWS service principals allowed to publish, from AccountID
	// only (BudgetsPrincipal, CostAlertsPrincipal). Default: none.
	Publishers []string
	// Provider creates the topic in another provider configuration's region (an alarm
	// notifies topics of its own region only). Default: the stack's.
	Provider cdktf.TerraformProvider
}

// AlertTopic is an encrypted SNS topic alarms notify; EventBridge rules of the account
// may publish to it too (security findings).
type AlertTopic struct {
	Scope constructs.Construct
	Topic snstopic.SnsTopic
}

// NewAlertTopic creates the topic, its policy and the e-mail subscriptions.
func NewAlertTopic(scope constructs.Construct, id string, props TopicProps) (*AlertTopic, error) {
	if props.Name == "" || props.Key == nil || len(props.Emails) == 0 || props.AccountID == "" {
		return nil, fmt.Errorf("monitoring.NewAlertTopic %s: Name, Key, Emails and AccountID are required", id)
	}
	for _, p := range props.Publishers {
		if !security.IsServicePrincipal(p) {
			return nil, fmt.Errorf("monitoring.NewAlertTopic %s: Publishers %q: not an AWS service principal", id, p)
		}
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	t := snstopic.NewSnsTopic(c, jsii.String("Topic"), &snstopic.SnsTopicConfig{
		Name: jsii.String(props.Name), KmsMasterKeyId: props.Key.Arn(), Provider: props.Provider,
	})
	fromAccount := iam.Conditions{"StringEquals": {"aws:SourceAccount": {props.AccountID}}}
	statements := []iam.Statement{
		iam.DenyInsecureTransport("sns:Publish", *t.Arn()),
		{Sid: "CloudWatchAlarmsPublish", Effect: "Allow",
			Principal: &iam.Principal{Service: iam.Strings{"cloudwatch.amazonaws.com"}},
			Action:    iam.Strings{"sns:Publish"}, Resource: iam.Strings{*t.Arn()}, Condition: fromAccount},
		{Sid: "EventBridgeRulesPublish", Effect: "Allow",
			Principal: &iam.Principal{Service: iam.Strings{"events.amazonaws.com"}},
			Action:    iam.Strings{"sns:Publish"}, Resource: iam.Strings{*t.Arn()}, Condition: fromAccount},
	}
	for _, p := range props.Publishers {
		statements = append(statements, iam.Statement{
			Sid: publisherSid(p), Effect: "Allow", Principal: &iam.Principal{Service: iam.Strings{p}},
			Action: iam.Strings{"sns:Publish"}, Resource: iam.Strings{*t.Arn()}, Condition: fromAccount,
		})
	}
	snstopicpolicy.NewSnsTopicPolicy(c, jsii.String("Policy"), &snstopicpolicy.SnsTopicPolicyConfig{
		Arn: t.Arn(), Provider: props.Provider, Policy: jsii.String(iam.Policy(statements...).JSON()),
	})
	for i, e := range props.Emails {
		snstopicsubscription.NewSnsTopicSubscription(c, jsii.String(fmt.Sprintf("Email%d", i)), &snstopicsubscription.SnsTopicSubscriptionConfig{
			TopicArn: t.Arn(), Protocol: jsii.String("email"), Endpoint: jsii.String(e), Provider: props.Provider,
		})
	}
	return &AlertTopic{Scope: c, Topic: t}, nil
}

// publisherSid names a publisher's statement: "BudgetsPublish", "CostalertsPublish".
func publisherSid(principal string) string {
	name := principal
	for i, r := range principal {
		if r == '.' {
			name = principal[:i]
			break
		}
	}
	return string(name[0]-'a'+'A') + name[1:] + "Publish"
}

// PublisherKeyUse lets a publishing service of the account (BudgetsPrincipal,
// CostAlertsPrincipal) encrypt messages to a topic under the key.
func PublisherKeyUse(principal, accountID string) security.ServiceUse {
	return security.ServiceUse{
		Principal:  principal,
		Actions:    []string{"kms:Decrypt", "kms:GenerateDataKey*"},
		Conditions: iam.Conditions{"StringEquals": {"aws:SourceAccount": {accountID}}},
	}
}

// Arn is the topic's ARN (a Terraform reference).
func (a *AlertTopic) Arn() *string { return a.Topic.Arn() }

// PagerDeliveryPolicy retries a page for about 50 minutes (SNS's default for HTTPS is
// three tries in a minute): 3 at once, 2 a second apart, then exponential back-off to a
// minute.
const PagerDeliveryPolicy = `{"healthyRetryPolicy":{"minDelayTarget":1,"maxDelayTarget":60,"numRetries":50,"numNoDelayRetries":3,` +
	`"numMinDelayRetries":2,"numMaxDelayRetries":35,"backoffFunction":"exponential"},"throttlePolicy":{"maxReceivesPerSecond":10}}`

// SubscribePager subscribes the on-call pager to the topic: an HTTPS endpoint (a
// PagerDuty CloudWatch integration URL) that confirms the subscription itself. endpoint
// must be the secret_string of an aws_secretsmanager_secret_version data source (never
// a literal: the URL carries the integration key): the AWS provider marks that
// attribute sensitive, so Terraform marks the endpoint sensitive too and a plan never
// prints it.
//
// provider is the provider configuration of the topic's region, of the subscription's
// stack (nil: the stack's default).
func SubscribePager(scope constructs.Construct, id string, topic *AlertTopic, endpoint *string, provider cdktf.TerraformProvider) snstopicsubscription.SnsTopicSubscription {
	return snstopicsubscription.NewSnsTopicSubscription(scope, jsii.String(id), &snstopicsubscription.SnsTopicSubscriptionConfig{
		TopicArn: topic.Arn(), Protocol: jsii.String("https"),
		Endpoint:             endpoint,
		EndpointAutoConfirms: jsii.Bool(true),
		DeliveryPolicy:       jsii.String(PagerDeliveryPolicy),
		Provider:             provider,
	})
}

// Routes are the topics an alarm notifies, by severity. Critical pages (the pager and
// e-mail); Warning e-mails. Both may be the same topic (the bootstrap stack has one).
type Routes struct {
	Critical, Warning *AlertTopic
}

// For is the topic an alarm of the spec notifies on ALARM and OK, or nil for an input
// of a composite alarm (see the package's routing table).
func (r Routes) For(s AlarmSpec) *AlertTopic {
	switch {
	case s.Severity == Input:
		return nil
	case s.Severity == Critical && s.Via == "":
		return r.Critical
	default:
		return r.Warning
	}
}

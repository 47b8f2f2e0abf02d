package edge

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudfrontdistribution"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchlogdelivery"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchlogdeliverydestination"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchlogdeliverysource"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchlogresourcepolicy"

	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/logs"
	"github.com/healthhub/platform-infra/constructs/security"
)

// AccessLogFields are the fields of the CloudFront access log records (standard logging
// v2): every field CloudFront offers except cs(Cookie), which carries the patient's
// session cookies. The Authorization header is never an access-log field.
var AccessLogFields = []string{
	"date", "time", "x-edge-location", "sc-bytes", "c-ip", "cs-method", "cs(Host)", "cs-uri-stem",
	"sc-status", "cs(Referer)", "cs(User-Agent)", "cs-uri-query", "x-edge-result-type",
	"x-edge-request-id", "x-host-header", "cs-protocol", "cs-bytes", "time-taken", "x-forwarded-for",
	"ssl-protocol", "ssl-cipher", "x-edge-response-result-type", "cs-protocol-version", "fle-status",
	"fle-encrypted-fields", "c-port", "time-to-first-byte", "x-edge-detailed-result-type",
	"sc-content-type", "sc-content-len", "sc-range-start", "sc-range-end",
}

// newLogging creates, in us-east-1, the key of the edge's logs, the WAF log group
// (WAF requires the "aws-waf-logs-" prefix), the CloudFront access log group (under
// /aws/vendedlogs/, the namespace of logs AWS services deliver), the resource policy
// that lets the log delivery service write to both, and the web ACL's logging.
func (e *Edge) newLogging() error {
	p := e.props
	key, err := security.NewKey(e.Scope, "LogsKey", security.KeyProps{
		Alias:       p.Names.Alias("edge-logs"),
		Description: "Encrypts the edge's WAF and CloudFront access logs (" + EdgeRegion + ")",
		AccountID:   p.AccountID, Partition: p.Partition,
		Services: []security.ServiceUse{security.LogsServiceUse(p.Partition, EdgeRegion, p.AccountID)},
		Provider: p.EdgeProvider,
	})
	if err != nil {
		return err
	}
	e.LogsKey = key
	if e.WAFLogGroup, err = logs.NewGroup(e.Scope, "WafLogGroup", logs.GroupProps{
		Name: "aws-waf-logs-" + p.Names.Name("edge"), Key: key, RetentionDays: p.LogRetentionDays, Provider: p.EdgeProvider,
	}); err != nil {
		return err
	}
	if e.AccessLogGroup, err = logs.NewGroup(e.Scope, "AccessLogGroup", logs.GroupProps{
		Name: p.Names.LogGroup("/aws/vendedlogs/cloudfront", "edge"), Key: key, RetentionDays: p.LogRetentionDays, Provider: p.EdgeProvider,
	}); err != nil {
		return err
	}
	cloudwatchlogresourcepolicy.NewCloudwatchLogResourcePolicy(e.Scope, jsii.String("LogDeliveryPolicy"), &cloudwatchlogresourcepolicy.CloudwatchLogResourcePolicyConfig{
		PolicyName: jsii.String(p.Names.Name("edge-log-delivery")),
		PolicyDocument: jsii.String(iam.Policy(iam.Statement{
			Sid: "LogDeliveryWritesEdgeLogs", Effect: "Allow",
			Principal: &iam.Principal{Service: iam.Strings{"delivery.logs.amazonaws.com"}},
			Action:    iam.Strings{"logs:CreateLogStream", "logs:PutLogEvents"},
			Resource:  iam.Strings{*e.WAFLogGroup.Arn() + ":log-stream:*", *e.AccessLogGroup.Arn() + ":log-stream:*"},
			Condition: iam.Conditions{
				"StringEquals": {"aws:SourceAccount": {p.AccountID}},
				"ArnLike":      {"aws:SourceArn": {fmt.Sprintf("arn:%s:logs:%s:%s:*", p.Partition, EdgeRegion, p.AccountID)}},
			},
		}).JSON()),
		Provider: p.EdgeProvider,
	})
	e.newWAFLogging()
	return nil
}

// newAccessLogDelivery sends both distributions' access logs to the access log group
// through CloudFront standard logging v2 (CloudWatch vended logs). The legacy
// logging_config writes to an S3 bucket through ACLs, which the platform's buckets
// disable (BucketOwnerEnforced).
func (e *Edge) newAccessLogDelivery() error {
	p := e.props
	dest := cloudwatchlogdeliverydestination.NewCloudwatchLogDeliveryDestination(e.Scope, jsii.String("AccessLogDestination"), &cloudwatchlogdeliverydestination.CloudwatchLogDeliveryDestinationConfig{
		Name:         jsii.String(p.Names.Name("edge-access-logs")),
		OutputFormat: jsii.String("json"),
		DeliveryDestinationConfiguration: []*cloudwatchlogdeliverydestination.CloudwatchLogDeliveryDestinationDeliveryDestinationConfiguration{{
			DestinationResourceArn: e.AccessLogGroup.Arn(),
		}},
		Provider: p.EdgeProvider,
	})
	for _, d := range []struct {
		id, name string
		dist     cloudfrontdistribution.CloudfrontDistribution
	}{{"Frontend", "frontend", e.Frontend}, {"API", "api", e.API}} {
		src := cloudwatchlogdeliverysource.NewCloudwatchLogDeliverySource(e.Scope, jsii.String(d.id+"AccessLogSource"), &cloudwatchlogdeliverysource.CloudwatchLogDeliverySourceConfig{
			Name:        jsii.String(p.Names.Name(d.name, "access-logs")),
			LogType:     jsii.String("ACCESS_LOGS"),
			ResourceArn: d.dist.Arn(),
			Provider:    p.EdgeProvider,
		})
		cloudwatchlogdelivery.NewCloudwatchLogDelivery(e.Scope, jsii.String(d.id+"AccessLogDelivery"), &cloudwatchlogdelivery.CloudwatchLogDeliveryConfig{
			DeliverySourceName:     src.Name(),
			DeliveryDestinationArn: dest.Arn(),
			RecordFields:           jsii.Strings(AccessLogFields...),
			Provider:               p.EdgeProvider,
		})
	}
	return nil
}

// Package logs holds CloudWatch log groups that are encrypted with a customer-managed
// key and keep their events for a bounded, configured period.
package logs

import (
	"fmt"
	"slices"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/security"
)

// GroupProps configures a log group.
type GroupProps struct {
	// Name of the log group, e.g. "/aws/lambda/hh-dev-auth". Required.
	Name string
	// Key encrypts the log events; its policy must let CloudWatch Logs use it (see
	// security.LogsServiceUse). Required.
	Key *security.Key
	// RetentionDays is one of config.CloudWatchRetentionDays. Required: never "forever"
	// by accident, never shorter than the configured floor.
	RetentionDays int
	// Provider creates the group through another provider configuration, e.g. the
	// us-east-1 alias of the edge (WAF and CloudFront logs of CLOUDFRONT scope live
	// there). Default: the stack's provider.
	Provider cdktf.TerraformProvider
}

// NewGroup creates the log group with lifecycle.prevent_destroy: its events (audit
// records for six years, in the CloudTrail group) are kept for the retention period, and
// neither `cdktf destroy` nor a rename may delete them earlier. Retiring a group is a
// deliberate act: remove it from state (`terraform state rm`) and let retention expire.
func NewGroup(scope constructs.Construct, id string, props GroupProps) (cloudwatchloggroup.CloudwatchLogGroup, error) {
	switch {
	case props.Name == "":
		return nil, fmt.Errorf("logs.NewGroup %s: Name: is required", id)
	case props.Key == nil:
		return nil, fmt.Errorf("logs.NewGroup %s: Key: is required (log events may carry PHI)", id)
	case !slices.Contains(config.CloudWatchRetentionDays, props.RetentionDays):
		return nil, fmt.Errorf("logs.NewGroup %s: RetentionDays %d: must be a CloudWatch retention value", id, props.RetentionDays)
	}
	return cloudwatchloggroup.NewCloudwatchLogGroup(scope, jsii.String(id), &cloudwatchloggroup.CloudwatchLogGroupConfig{
		Name:            jsii.String(props.Name),
		KmsKeyId:        props.Key.Arn(),
		RetentionInDays: jsii.Number(float64(props.RetentionDays)),
		Lifecycle:       &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)},
		Provider:        props.Provider,
	}), nil
}

// Package compliance holds the product's HIPAA guardrails. This file is the
// suppression mechanism: a finding of a rule on a resource can be suppressed only with a
// written reason, and the suppression is data on the resource itself, synthesized into
// the Terraform JSON (under the resource's "//" comment key) so that the standalone check
// command and the audit report see exactly what synthesis saw.
package compliance

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// MetadataKey is the key under a resource's "//" object that holds its suppressions:
// {"//": {"hipaa_suppressions": {"<rule id>": "<reason>"}}}.
const MetadataKey = "hipaa_suppressions"

// MinReasonLength is the shortest accepted reason. A shorter one is reported as an
// error-level finding of its own, so it cannot silence anything.
const MinReasonLength = 20

// Suppress records that ruleID does not apply to resource, and why. The reason is read
// by auditors: say what compensates for the missing control.
func Suppress(resource cdktf.TerraformResource, ruleID, reason string) {
	resource.AddOverride(jsii.String("//."+MetadataKey+"."+ruleID), jsii.String(reason))
}

// NotPHI records that a data store of a PHI environment holds no patient data, and why
// (for example: "S3 server access logs: request metadata only"). Without it every data
// store of an environment classified phi is in PHI scope. The reason is shown in the
// audit report; one under MinReasonLength characters is an error and leaves the store in
// scope.
func NotPHI(resource cdktf.TerraformResource, reason string) {
	resource.AddOverride(jsii.String("//."+NotPHIKey), jsii.String(reason))
}

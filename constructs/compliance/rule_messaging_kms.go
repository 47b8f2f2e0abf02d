package compliance

// MessagingKMS: SNS topics and SQS queues encrypt with a customer-managed, rotating key of
// the environment (SSE-SQS and AWS-managed keys are not one).
var MessagingKMS = &Rule{
	ID: "messaging-kms", Controls: []string{"164.312(a)(2)(iv)", "164.312(e)(2)(ii)"}, Level: Error,
	Types:             []string{"aws_sns_topic", "aws_sqs_queue"},
	PHIUnsuppressible: true,
	Problem:           "the topic or queue is not encrypted with a customer-managed key",
	Why:               "messages and failed events can carry PHI; SSE-SQS and the aws/sns and aws/sqs keys cannot be restricted to the services that should read them.",
	Fix:               "set kms_master_key_id to a rotating aws_kms_key of the environment (and leave sqs_managed_sse_enabled unset)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if v := r.Attrs["sqs_managed_sse_enabled"]; truthy(v) {
			return Fail, "sqs_managed_sse_enabled is true: SSE-SQS uses a key owned by SQS, not a customer-managed key"
		}
		return s.managedKeyVerdict("kms_master_key_id", r.Attrs["kms_master_key_id"])
	},
}

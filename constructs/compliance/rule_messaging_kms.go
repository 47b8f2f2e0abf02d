package compliance

// MessagingKMS: SNS topics and SQS queues encrypt with a customer-managed key.
var MessagingKMS = &Rule{
	ID: "messaging-kms", Controls: []string{"164.312(a)(2)(iv)", "164.312(e)(2)(ii)"}, Level: Error,
	Types:   []string{"aws_sns_topic", "aws_sqs_queue"},
	Problem: "the topic or queue is not encrypted with a customer-managed key",
	Why:     "messages and failed events can carry PHI.",
	Fix:     "set kms_master_key_id to a customer-managed key",
	Check: func(s *Stack, r *Resource) (Status, string) {
		k := str(r.Attrs["kms_master_key_id"])
		return verdict(k != "" && k != "alias/aws/sns" && k != "alias/aws/sqs", "kms_master_key_id %q", k)
	},
}

package compliance

import "fmt"

// DynamoDBKMS: tables and their replicas encrypt with a customer-managed, rotating key of
// the environment. Without server_side_encryption DynamoDB uses an AWS-owned key; enabled
// without kms_key_arn, the AWS-managed aws/dynamodb key.
var DynamoDBKMS = &Rule{
	ID: "dynamodb-kms", Controls: []string{"164.312(a)(2)(iv)"}, Level: Error,
	Types:             []string{"aws_dynamodb_table", "aws_dynamodb_table_replica"},
	PHIUnsuppressible: true,
	Problem:           "the table (or a replica) is not encrypted with a customer-managed key",
	Why:               "PHI at rest must be encrypted under keys the organisation controls; AWS-owned and AWS-managed keys cannot be restricted or audited per key.",
	Fix:               "add server_side_encryption { enabled = true, kms_key_arn = <rotating key> } and a kms_key_arn (a key of the replica's region) on every replica",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if r.Type == "aws_dynamodb_table_replica" {
			return s.managedKeyVerdict("kms_key_arn", r.Attrs["kms_key_arn"])
		}
		sse := dig(r.Attrs, "server_side_encryption", 0)
		if sse == nil {
			return Fail, "no server_side_encryption block: DynamoDB uses an AWS-owned key"
		}
		if !truthy(dig(sse, "enabled")) {
			return Fail, fmt.Sprintf("server_side_encryption.enabled is %v: DynamoDB uses an AWS-owned key", dig(sse, "enabled"))
		}
		if st, detail := s.managedKeyVerdict("server_side_encryption.kms_key_arn", dig(sse, "kms_key_arn")); st != Pass {
			return st, detail
		}
		for i, rep := range list(r.Attrs["replica"]) {
			if st, detail := s.managedKeyVerdict(fmt.Sprintf("replica %q (#%d) kms_key_arn", str(dig(rep, "region_name")), i), dig(rep, "kms_key_arn")); st != Pass {
				return st, detail
			}
		}
		return Pass, ""
	},
}

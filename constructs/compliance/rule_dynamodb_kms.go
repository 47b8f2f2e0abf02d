package compliance

// DynamoDBKMS: tables encrypt with a customer-managed key.
var DynamoDBKMS = &Rule{
	ID: "dynamodb-kms", Controls: []string{"164.312(a)(2)(iv)"}, Level: Error,
	Types:   []string{"aws_dynamodb_table"},
	Problem: "the table is not encrypted with a customer-managed key",
	Why:     "PHI at rest must be encrypted under keys the organisation controls.",
	Fix:     "add server_side_encryption { enabled = true, kms_key_arn = <key> }",
	Check: func(s *Stack, r *Resource) (Status, string) {
		sse := dig(r.Attrs, "server_side_encryption", 0)
		return verdict(truthy(dig(sse, "enabled")) && str(dig(sse, "kms_key_arn")) != "", "server_side_encryption without a kms_key_arn")
	},
}

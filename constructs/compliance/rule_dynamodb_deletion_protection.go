package compliance

// DynamoDBDeletionProtection: tables (and replicas) of patient data refuse DeleteTable.
var DynamoDBDeletionProtection = &Rule{
	ID: "dynamodb-deletion-protection", Controls: []string{"164.308(a)(7)(ii)(A)", "164.316(b)(2)(i)"}, Level: Error,
	Types:   []string{"aws_dynamodb_table", "aws_dynamodb_table_replica"},
	Problem: "a table of patient data can be deleted",
	Why:     "prevent_destroy only stops Terraform; deletion protection also stops a console click, a script or a compromised role from dropping the records.",
	Fix:     "set deletion_protection_enabled = true",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !storeHoldsPHI(s, r) {
			return NotApplicable, ""
		}
		return verdict(truthy(r.Attrs["deletion_protection_enabled"]), "deletion_protection_enabled is %v, not true, on a table of patient data of this PHI environment", r.Attrs["deletion_protection_enabled"])
	},
}

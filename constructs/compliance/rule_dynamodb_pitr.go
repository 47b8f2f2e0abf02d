package compliance

// DynamoDBPITR: tables have point-in-time recovery.
var DynamoDBPITR = &Rule{
	ID: "dynamodb-pitr", Controls: []string{"164.308(a)(7)(ii)(A)"}, Level: Error,
	Types:   []string{"aws_dynamodb_table"},
	Problem: "point-in-time recovery is off",
	Why:     "a table of records must be restorable to any second of the last 35 days.",
	Fix:     "add point_in_time_recovery { enabled = true }",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return verdict(truthy(dig(r.Attrs, "point_in_time_recovery", 0, "enabled")), "point_in_time_recovery.enabled is not true")
	},
}

package compliance

// DynamoDBCapacity: tables are on-demand or autoscaled.
var DynamoDBCapacity = &Rule{
	ID: "dynamodb-capacity", Controls: []string{"164.308(a)(7)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_dynamodb_table"},
	Problem: "a provisioned table has no autoscaling",
	Why:     "throttled writes lose clinical events; capacity must follow load (emergency mode operation).",
	Fix:     "use billing_mode PAY_PER_REQUEST or add aws_appautoscaling_target for the table",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if str(r.Attrs["billing_mode"]) == "PAY_PER_REQUEST" {
			return Pass, ""
		}
		for _, t := range s.OfType("aws_appautoscaling_target") {
			if id := str(t.Attrs["resource_id"]); id != "" && (containsRef(id, r) || id == "table/"+str(r.Attrs["name"])) {
				return Pass, ""
			}
		}
		return Fail, "billing_mode " + str(r.Attrs["billing_mode"]) + " and no aws_appautoscaling_target for the table"
	},
}

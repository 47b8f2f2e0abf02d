package compliance

import "fmt"

// DynamoDBPITR: tables and their replicas have point-in-time recovery over the full 35
// days.
var DynamoDBPITR = &Rule{
	ID: "dynamodb-pitr", Controls: []string{"164.308(a)(7)(ii)(A)"}, Level: Error,
	Types:   []string{"aws_dynamodb_table", "aws_dynamodb_table_replica"},
	Problem: "point-in-time recovery is off or shortened",
	Why:     "a table of records must be restorable to any second of the last 35 days.",
	Fix:     "add point_in_time_recovery { enabled = true } (leave recovery_period_in_days unset or 35), and point_in_time_recovery = true on every replica",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if r.Type == "aws_dynamodb_table_replica" {
			return verdict(truthy(r.Attrs["point_in_time_recovery"]), "point_in_time_recovery is %v, not true", r.Attrs["point_in_time_recovery"])
		}
		pitr := dig(r.Attrs, "point_in_time_recovery", 0)
		if pitr == nil {
			return Fail, "no point_in_time_recovery block (off by default)"
		}
		if !truthy(dig(pitr, "enabled")) {
			return Fail, fmt.Sprintf("point_in_time_recovery.enabled is %v, not true", dig(pitr, "enabled"))
		}
		if v := dig(pitr, "recovery_period_in_days"); v != nil {
			if d, ok := dataNum(v); !ok {
				return unresolved("point_in_time_recovery.recovery_period_in_days", v)
			} else if d < 35 {
				return Fail, fmt.Sprintf("point_in_time_recovery.recovery_period_in_days = %v, under 35", d)
			}
		}
		for i, rep := range list(r.Attrs["replica"]) {
			if !truthy(dig(rep, "point_in_time_recovery")) {
				return Fail, fmt.Sprintf("replica %q (#%d) point_in_time_recovery is not true", str(dig(rep, "region_name")), i)
			}
		}
		return Pass, ""
	},
}

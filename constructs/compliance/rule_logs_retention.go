package compliance

// MinLogRetentionDays is the product's floor for every log group (config.FloorLogDays).
const MinLogRetentionDays = 365

// LogsRetention: log groups keep events for at least the floor, and not forever by accident.
var LogsRetention = &Rule{
	ID: "logs-retention", Controls: []string{"164.312(b)", "164.316(b)(2)(i)"}, Level: Error,
	Types:   []string{"aws_cloudwatch_log_group"},
	Problem: "the log group's retention is unset or under the floor",
	Why:     "audit evidence must exist for the retention period, and unbounded retention is unmanaged data.",
	Fix:     "set retention_in_days to the configured retention (at least 365)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		d := num(r.Attrs["retention_in_days"])
		return verdict(d >= MinLogRetentionDays, "retention_in_days = %v", r.Attrs["retention_in_days"])
	},
}

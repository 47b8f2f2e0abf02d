package compliance

import "fmt"

// MinLogRetentionDays is the product's floor for every log group (config.FloorLogDays).
const MinLogRetentionDays = 365

// MinAuditLogRetentionDays is the floor for audit logs: six years, HIPAA 164.316(b)(2)(i)
// (config.FloorAuditLogDays, duplicated because this package must not import config).
const MinAuditLogRetentionDays = 2192

// LogsRetention: log groups keep events for at least the floor (the audit floor for
// audit logs), and not forever by accident.
var LogsRetention = &Rule{
	ID: "logs-retention", Controls: []string{"164.312(b)", "164.316(b)(2)(i)"}, Level: Error,
	Types:   []string{"aws_cloudwatch_log_group"},
	Problem: "the log group's retention is unset or under the floor",
	Why:     "audit evidence must exist for the retention period (six years for audit records), and unbounded retention is unmanaged data.",
	Fix:     fmt.Sprintf("set retention_in_days to the configured retention (at least %d; at least %d for trail and audit log groups)", MinLogRetentionDays, MinAuditLogRetentionDays),
	Check: func(s *Stack, r *Resource) (Status, string) {
		v := r.Attrs["retention_in_days"]
		if v == nil {
			return Fail, "retention_in_days is not set: events are kept forever"
		}
		d, ok := dataNum(v)
		if !ok {
			return unresolved("retention_in_days", v)
		}
		if why := auditLogGroupDesignated(s, r); why != "" {
			return verdict(d >= MinAuditLogRetentionDays, "retention_in_days = %v on an audit log group (%s), under the audit floor of %d", d, why, MinAuditLogRetentionDays)
		}
		return verdict(d >= MinLogRetentionDays, "retention_in_days = %v, under the floor of %d", d, MinLogRetentionDays)
	},
}

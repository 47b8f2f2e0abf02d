package compliance

import (
	"fmt"
	"strings"
)

// AuditLogPreventDestroy: every CloudWatch Logs group of audit records carries
// lifecycle.prevent_destroy.
var AuditLogPreventDestroy = &Rule{
	ID: "audit-log-prevent-destroy", Controls: []string{"164.312(b)", "164.316(b)(2)(i)"}, Level: Error,
	Types:   []string{"aws_cloudwatch_log_group"},
	Problem: "the log group of audit records can be destroyed by a Terraform plan",
	Why:     "deleting a log group deletes every event in it: the audit evidence that must be kept six years would be gone with one plan.",
	Fix:     "set lifecycle { prevent_destroy = true } on the audit log group (logs.NewGroup)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		why := auditLogGroup(s, r)
		if why == "" {
			return NotApplicable, ""
		}
		return verdict(PreventsDestroy(r), "lifecycle.prevent_destroy is not true on a log group of audit records (%s)", why)
	},
}

// auditLogGroup says why the log group holds audit records ("" when it does not): it is
// designated so (auditLogGroupDesignated), or it keeps events for the audit floor.
func auditLogGroup(s *Stack, r *Resource) string {
	if why := auditLogGroupDesignated(s, r); why != "" {
		return why
	}
	if d, ok := dataNum(r.Attrs["retention_in_days"]); ok && d >= MinAuditLogRetentionDays {
		return fmt.Sprintf("retention_in_days %v is at least the audit floor of %d", d, MinAuditLogRetentionDays)
	}
	return ""
}

// auditLogGroupDesignated says why the log group is an audit log by what it is, not by
// how long it keeps events: a trail delivers to it (cloud_watch_logs_group_arn), or its
// name says cloudtrail or audit.
func auditLogGroupDesignated(s *Stack, r *Resource) string {
	for _, t := range s.AllOfType("aws_cloudtrail") {
		if g, ok := t.Stack.ResolvesTo(t.Attrs["cloud_watch_logs_group_arn"], "aws_cloudwatch_log_group"); ok && g == r {
			return t.Stack.Name + "/" + t.Address() + " delivers to it"
		}
	}
	name := strings.ToLower(str(r.Attrs["name"]) + " " + str(r.Attrs["name_prefix"]))
	for _, word := range []string{"cloudtrail", "audit"} {
		if strings.Contains(name, word) {
			return fmt.Sprintf("its name contains %q", word)
		}
	}
	return ""
}

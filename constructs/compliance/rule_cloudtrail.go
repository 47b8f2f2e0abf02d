package compliance

import (
	"fmt"
	"strings"
)

// CloudTrailHardened: a trail logs every region's management events (reads and writes,
// global services included), validates and encrypts its log files with a key of this
// environment, delivers them to a bucket of this environment and to CloudWatch Logs for
// the security alarms, and is switched on.
var CloudTrailHardened = &Rule{
	ID: "cloudtrail-hardened", Controls: []string{"164.312(b)", "164.312(c)(2)", "164.308(a)(1)(ii)(D)"}, Level: Error,
	Types:   []string{"aws_cloudtrail"},
	Problem: "the trail is switched off, misses management events, regions or global services, or lacks log file validation, a customer-managed KMS key or CloudWatch delivery",
	Why:     "the audit trail must be complete, tamper-evident, encrypted with a key the environment controls and watched; a trail that is off or narrowed records nothing an investigation can use.",
	Fix:     "keep enable_logging, include_global_service_events and is_multi_region_trail true, log management events (event_selector include_management_events with read_write_type All and no exclusions, or an advanced selector eventCategory = Management), set enable_log_file_validation, kms_key_id to a rotating key of this environment, s3_bucket_name to a bucket of this environment, cloud_watch_logs_group_arn and cloud_watch_logs_role_arn",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var missing []string
		if opsDisabled(r.Attrs, "enable_logging") {
			missing = append(missing, "enable_logging is false (the trail records nothing)")
		}
		if ok, detail := opsTrailManagement(r); !ok {
			missing = append(missing, detail)
		}
		if !truthy(r.Attrs["is_multi_region_trail"]) {
			missing = append(missing, "is_multi_region_trail is not true")
		}
		if opsDisabled(r.Attrs, "include_global_service_events") {
			missing = append(missing, "include_global_service_events is false (IAM and STS events are lost)")
		}
		if !truthy(r.Attrs["enable_log_file_validation"]) {
			missing = append(missing, "enable_log_file_validation is not true")
		}
		if ok, detail := s.ManagedKey(r.Attrs["kms_key_id"]); !ok {
			missing = append(missing, "kms_key_id: "+detail)
		}
		if _, ok := s.ResolvesTo(r.Attrs["s3_bucket_name"], "aws_s3_bucket"); !ok {
			_, detail := unresolved("the trail's bucket (s3_bucket_name)", r.Attrs["s3_bucket_name"])
			missing = append(missing, detail)
		}
		if v := r.Attrs["cloud_watch_logs_group_arn"]; str(v) == "" {
			missing = append(missing, "no cloud_watch_logs_group_arn (no CloudWatch delivery)")
		} else if _, ok := s.ResolvesTo(v, "aws_cloudwatch_log_group"); !ok {
			_, detail := unresolved("cloud_watch_logs_group_arn", v)
			missing = append(missing, detail)
		}
		if v := r.Attrs["cloud_watch_logs_role_arn"]; str(v) == "" {
			missing = append(missing, "no cloud_watch_logs_role_arn (CloudTrail cannot deliver to CloudWatch Logs)")
		} else if _, ok := s.ResolvesTo(v, "aws_iam_role"); !ok {
			_, detail := unresolved("cloud_watch_logs_role_arn", v)
			missing = append(missing, detail)
		}
		return verdict(len(missing) == 0, "%s", strings.Join(missing, "; "))
	},
}

// opsTrailManagement reports whether a trail records every management event, read and
// write, of every event source. With neither event_selector nor advanced_event_selector
// CloudTrail records all management events.
func opsTrailManagement(r *Resource) (bool, string) {
	basic := list(r.Attrs["event_selector"])
	advanced := list(r.Attrs["advanced_event_selector"])
	if len(basic) == 0 && len(advanced) == 0 {
		return true, ""
	}
	var why []string
	for i, sel := range basic {
		m, _ := sel.(map[string]any)
		switch {
		case opsDisabled(m, "include_management_events"):
			why = append(why, fmt.Sprintf("event_selector %d: include_management_events is false", i))
		case str(dig(sel, "read_write_type")) != "" && str(dig(sel, "read_write_type")) != "All":
			why = append(why, fmt.Sprintf("event_selector %d: read_write_type %s records only part of the management events", i, str(dig(sel, "read_write_type"))))
		case len(list(dig(sel, "exclude_management_event_sources"))) > 0:
			why = append(why, fmt.Sprintf("event_selector %d: exclude_management_event_sources %v drops events (KMS or RDS Data API use of PHI)", i, dig(sel, "exclude_management_event_sources")))
		default:
			return true, ""
		}
	}
	for i, sel := range advanced {
		isMgmt, narrowed := false, false
		for _, fs := range list(dig(sel, "field_selector")) {
			if str(dig(fs, "field")) == "eventCategory" {
				for _, v := range list(dig(fs, "equals")) {
					isMgmt = isMgmt || str(v) == "Management"
				}
				continue
			}
			narrowed = true
		}
		switch {
		case isMgmt && narrowed:
			why = append(why, fmt.Sprintf("advanced_event_selector %d (%s): the Management selector is narrowed by another field (readOnly or eventSource)", i, str(dig(sel, "name"))))
		case isMgmt:
			return true, ""
		}
	}
	if len(why) == 0 {
		why = append(why, "no advanced_event_selector has eventCategory = Management")
	}
	return false, "management events not fully recorded: " + strings.Join(why, "; ")
}

package compliance

import "fmt"

// S3PHILifecycleRetention: lifecycle rules never remove a version of patient data before
// its retention ends: the Object Lock default retention, and never under the records
// floor.
var S3PHILifecycleRetention = &Rule{
	ID: "s3-phi-lifecycle-retention", Controls: []string{"164.316(b)(2)(i)", "164.312(c)(1)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "a lifecycle rule expires current or noncurrent versions of patient data before their retention ends",
	Why:     "medical records are kept for the whole retention period; an earlier expiry (by age or on a fixed date) contradicts the lock and the records policy.",
	Fix:     fmt.Sprintf("set expiration days and noncurrent_version_expiration noncurrent_days to at least the default retention (and at least %d days), never an expiration date, or remove them; expired_object_delete_marker and abort_incomplete_multipart_upload are fine", MinDataRetentionDays),
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsPHI(r) {
			return NotApplicable, ""
		}
		retention := float64(MinDataRetentionDays)
		for _, ret := range s3LockRetentions(s, r) {
			if d, detail := s3LockDays(ret.retention); detail == "" {
				retention = max(retention, d)
			}
		}
		for _, lr := range s3LifecycleRules(s, r) {
			if !lr.enabled {
				continue
			}
			if lr.detail != "" {
				return Fail, lr.from + ": " + lr.detail
			}
			if v := dig(lr.rule, "expiration", 0, "date"); v != nil && str(v) != "" {
				return Fail, fmt.Sprintf("%s expires current objects on the date %v, whatever their age", lr.from, v)
			}
			for _, e := range []struct {
				what string
				v    any
			}{
				{"current objects", dig(lr.rule, "expiration", 0, "days")},
				{"noncurrent versions", dig(lr.rule, "noncurrent_version_expiration", 0, lr.noncurrentKey)},
			} {
				if e.v == nil {
					continue
				}
				d, ok := dataNum(e.v)
				if !ok {
					return unresolved(lr.from+" expiry days of "+e.what, e.v)
				}
				if d > 0 && d < retention {
					return Fail, fmt.Sprintf("%s expires %s after %v days, retention is %v days", lr.from, e.what, d, retention)
				}
			}
		}
		return Pass, ""
	},
}

// s3LifecycleRule is one lifecycle rule of a bucket, from an
// aws_s3_bucket_lifecycle_configuration or the deprecated inline lifecycle_rule.
type s3LifecycleRule struct {
	from    string
	rule    any
	enabled bool
	// detail is set when the rule's status cannot be read (it then counts as enabled).
	detail string
	// noncurrentKey is the attribute of noncurrent_version_expiration holding the days.
	noncurrentKey string
}

func s3LifecycleRules(s *Stack, r *Resource) []s3LifecycleRule {
	var out []s3LifecycleRule
	for _, lc := range s.Attached("aws_s3_bucket_lifecycle_configuration", "bucket", r) {
		for i, rule := range list(lc.Attrs["rule"]) {
			lr := s3LifecycleRule{from: fmt.Sprintf("%s rule %q", lc.Address(), str(dig(rule, "id"))), rule: rule, noncurrentKey: "noncurrent_days"}
			if str(dig(rule, "id")) == "" {
				lr.from = fmt.Sprintf("%s rule #%d", lc.Address(), i)
			}
			switch status := dig(rule, "status"); str(status) {
			case "Enabled":
				lr.enabled = true
			case "Disabled":
			default:
				lr.enabled = true
				_, lr.detail = unresolved("the rule's status", status)
			}
			out = append(out, lr)
		}
	}
	for i, rule := range list(r.Attrs["lifecycle_rule"]) {
		lr := s3LifecycleRule{from: fmt.Sprintf("%s lifecycle_rule #%d", r.Address(), i), rule: rule, noncurrentKey: "days"}
		switch v := dig(rule, "enabled"); {
		case truthy(v):
			lr.enabled = true
		case v == false || v == "false":
		default:
			lr.enabled = true
			_, lr.detail = unresolved("lifecycle_rule.enabled", v)
		}
		out = append(out, lr)
	}
	return out
}

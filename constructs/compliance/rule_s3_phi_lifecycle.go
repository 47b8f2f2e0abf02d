package compliance

import "fmt"

// S3PHILifecycleRetention: lifecycle rules never remove a version of patient data before
// its Object Lock retention ends.
var S3PHILifecycleRetention = &Rule{
	ID: "s3-phi-lifecycle-retention", Controls: []string{"164.316(b)(2)(i)", "164.312(c)(1)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "a lifecycle rule expires current or noncurrent versions of patient data before the Object Lock retention ends",
	Why:     "medical records are kept for the whole retention period; a shorter expiry contradicts the lock and the records policy.",
	Fix:     "set expiration days and noncurrent_version_expiration noncurrent_days to at least the default retention, or remove them",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !HoldsPHI(r) {
			return NotApplicable, ""
		}
		var lockDays float64
		for _, c := range s.Attached("aws_s3_bucket_object_lock_configuration", "bucket", r) {
			ret := dig(c.Attrs, "rule", 0, "default_retention", 0)
			lockDays = max(num(dig(ret, "days")), num(dig(ret, "years"))*365)
		}
		if lockDays == 0 {
			return NotApplicable, ""
		}
		for _, lc := range s.Attached("aws_s3_bucket_lifecycle_configuration", "bucket", r) {
			for _, rule := range list(lc.Attrs["rule"]) {
				if str(dig(rule, "status")) != "Enabled" {
					continue
				}
				if d := num(dig(rule, "expiration", 0, "days")); d > 0 && d < lockDays {
					return Fail, fmt.Sprintf("rule %q expires current objects after %v days, retention is %v", str(dig(rule, "id")), d, lockDays)
				}
				if d := num(dig(rule, "noncurrent_version_expiration", 0, "noncurrent_days")); d > 0 && d < lockDays {
					return Fail, fmt.Sprintf("rule %q expires noncurrent versions after %v days, retention is %v", str(dig(rule, "id")), d, lockDays)
				}
			}
		}
		return Pass, ""
	},
}

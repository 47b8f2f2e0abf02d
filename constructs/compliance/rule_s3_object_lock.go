package compliance

import (
	"fmt"
	"strconv"
)

// MinDataRetentionDays is the product's floor for medical records: seven years
// (config.FloorDataDays, duplicated because this package must not import config).
const MinDataRetentionDays = 2557

// S3ObjectLock: buckets of patient records lock every object, by default, for the
// records' retention period, in COMPLIANCE mode in production; and no bucket turns
// Object Lock on without a default retention (a lock that locks nothing).
var S3ObjectLock = &Rule{
	ID: "s3-object-lock", Controls: []string{"164.312(c)(1)", "164.316(b)(2)(i)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "the bucket's Object Lock does not keep every object for the records' retention period",
	Why:     "records must not be deleted or altered before their legal retention (seven years) ends; GOVERNANCE mode can be bypassed by anyone granted s3:BypassGovernanceRetention, and Object Lock without a default retention locks nothing.",
	Fix:     fmt.Sprintf("create the bucket with object_lock_enabled and an aws_s3_bucket_object_lock_configuration whose default_retention keeps objects at least %d days (days, or years x 365), mode COMPLIANCE in production (storage.NewBucket with Object Lock from config)", MinDataRetentionDays),
	Check: func(s *Stack, r *Resource) (Status, string) {
		enabled := truthy(r.Attrs["object_lock_enabled"]) || str(dig(r.Attrs, "object_lock_configuration", 0, "object_lock_enabled")) == "Enabled"
		rets := s3LockRetentions(s, r)
		if !s.IsPHI(r) {
			switch {
			case !enabled:
				return NotApplicable, ""
			case len(rets) == 0:
				return Fail, "object_lock_enabled is true but no aws_s3_bucket_object_lock_configuration sets a default retention: new objects are not locked"
			}
			return Pass, ""
		}
		if !enabled {
			return Fail, "object_lock_enabled is not true on a bucket of patient data of this PHI environment"
		}
		if len(rets) == 0 {
			return Fail, "no aws_s3_bucket_object_lock_configuration with a default retention"
		}
		for _, ret := range rets {
			mode := str(dig(ret.retention, "mode"))
			switch {
			case mode == "COMPLIANCE":
			case mode == "GOVERNANCE" && s.IsProduction():
				return Fail, fmt.Sprintf("%s: default retention mode GOVERNANCE in production (COMPLIANCE required: GOVERNANCE can be bypassed)", ret.from)
			case mode == "GOVERNANCE":
			default:
				_, detail := unresolved(ret.from+" default_retention.mode", dig(ret.retention, "mode"))
				return Fail, detail
			}
			days, detail := s3LockDays(ret.retention)
			if detail != "" {
				return Fail, ret.from + ": " + detail
			}
			if days < MinDataRetentionDays {
				return Fail, fmt.Sprintf("%s: default retention is %v days, under the records floor of %d days", ret.from, days, MinDataRetentionDays)
			}
		}
		return Pass, ""
	},
}

// s3LockRetention is one default_retention block and where it was found.
type s3LockRetention struct {
	from      string
	retention any
}

// s3LockRetentions lists the default retentions that apply to the bucket: from each
// aws_s3_bucket_object_lock_configuration of the environment attached to it, and from
// the deprecated inline object_lock_configuration block.
func s3LockRetentions(s *Stack, r *Resource) []s3LockRetention {
	var out []s3LockRetention
	for _, c := range s.Attached("aws_s3_bucket_object_lock_configuration", "bucket", r) {
		if ret := dig(c.Attrs, "rule", 0, "default_retention", 0); ret != nil {
			out = append(out, s3LockRetention{c.Address(), ret})
		}
	}
	if ret := dig(r.Attrs, "object_lock_configuration", 0, "rule", 0, "default_retention", 0); ret != nil {
		out = append(out, s3LockRetention{r.Address() + " object_lock_configuration", ret})
	}
	return out
}

// s3LockDays is a default retention in days (years count 365 days). The detail is set
// when it cannot be read (neither days nor years, or not a number).
func s3LockDays(ret any) (float64, string) {
	if v := dig(ret, "days"); v != nil {
		d, ok := dataNum(v)
		if !ok {
			_, detail := unresolved("default_retention.days", v)
			return 0, detail
		}
		return d, ""
	}
	if v := dig(ret, "years"); v != nil {
		y, ok := dataNum(v)
		if !ok {
			_, detail := unresolved("default_retention.years", v)
			return 0, detail
		}
		return y * 365, ""
	}
	return 0, "default_retention sets neither days nor years"
}

// dataNum reads a numeric attribute: a JSON number or a numeric string. ok is false for
// anything else (a reference, a function call, a word): callers fail closed.
func dataNum(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case int:
		return float64(x), true
	case string:
		f, err := strconv.ParseFloat(x, 64)
		return f, err == nil
	}
	return 0, false
}

package compliance

import "fmt"

// S3VersionLifecycle: a versioned bucket has an enabled lifecycle rule, over the whole
// bucket, that expires noncurrent versions (AWS Config s3-version-lifecycle-policy-check).
// Expiring them too early is s3-phi-lifecycle-retention's concern.
var S3VersionLifecycle = &Rule{
	ID: "s3-version-lifecycle", Controls: []string{"164.310(d)(2)(i)", "164.316(b)(2)(i)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "the versioned bucket has no enabled lifecycle rule expiring noncurrent versions across the whole bucket",
	Why:     "without one, every overwritten or deleted object is kept forever: data, possibly PHI, outlives its retention with no disposal decision.",
	Fix:     "add an aws_s3_bucket_lifecycle_configuration rule (status Enabled, no prefix, tag or size filter) with noncurrent_version_expiration noncurrent_days at or after the retention (storage.NewBucket does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if v, detail := s3Versioned(s, r); detail != "" {
			return Fail, detail
		} else if !v {
			return NotApplicable, ""
		}
		var notes []string
		for _, lr := range s3LifecycleRules(s, r) {
			if !lr.enabled || lr.detail != "" {
				if lr.detail != "" {
					notes = append(notes, lr.from+": "+lr.detail)
				}
				continue
			}
			v := dig(lr.rule, "noncurrent_version_expiration", 0, lr.noncurrentKey)
			if v == nil {
				continue
			}
			if d, ok := dataNum(v); !ok || d <= 0 {
				notes = append(notes, fmt.Sprintf("%s: noncurrent expiration %q is not a positive number of days", lr.from, fmt.Sprint(v)))
				continue
			}
			if whole, why := s3WholeBucketFilter(lr.rule); !whole {
				notes = append(notes, lr.from+": "+why)
				continue
			}
			return Pass, ""
		}
		if len(notes) > 0 {
			return Fail, fmt.Sprintf("no enabled whole-bucket rule expires noncurrent versions (%v)", notes)
		}
		return Fail, "no enabled lifecycle rule expires noncurrent versions"
	},
}

// s3Versioned reports whether the bucket keeps versions: versioning Enabled or
// Suspended (suspended buckets keep the versions they have), inline versioning, or
// Object Lock (which forces versioning on). The detail is set when a status cannot be
// read.
func s3Versioned(s *Stack, r *Resource) (bool, string) {
	if truthy(r.Attrs["object_lock_enabled"]) || truthy(dig(r.Attrs, "versioning", 0, "enabled")) {
		return true, ""
	}
	for _, v := range s.Attached("aws_s3_bucket_versioning", "bucket", r) {
		switch st := dig(v.Attrs, "versioning_configuration", 0, "status"); str(st) {
		case "Enabled", "Suspended":
			return true, ""
		case "Disabled":
		default:
			_, detail := unresolved(v.Address()+" versioning_configuration.status", st)
			return false, detail
		}
	}
	return false, ""
}

// s3WholeBucketFilter reports whether a lifecycle or replication rule applies to every
// object of the bucket: no prefix, tag, and-block or object-size filter. why says what
// narrows it (or what cannot be read).
func s3WholeBucketFilter(rule any) (bool, string) {
	if p := dig(rule, "prefix"); p != nil && str(p) != "" {
		return false, fmt.Sprintf("applies only to the prefix %q", fmt.Sprint(p))
	}
	if t, ok := dig(rule, "tags").(map[string]any); ok && len(t) > 0 {
		return false, "applies only to objects with given tags"
	}
	f := dig(rule, "filter", 0)
	if f == nil {
		return true, ""
	}
	fm, ok := f.(map[string]any)
	if !ok {
		_, detail := unresolved("the rule's filter", f)
		return false, detail
	}
	for k, v := range fm {
		switch k {
		case "prefix":
			if str(v) != "" || (v != nil && !isString(v)) {
				return false, fmt.Sprintf("filter applies only to the prefix %q", fmt.Sprint(v))
			}
		case "and":
			if a, ok := dig(v, 0).(map[string]any); ok {
				if whole, why := s3WholeBucketFilter(map[string]any{"filter": a}); !whole {
					return false, "filter.and: " + why
				}
			} else if v != nil {
				_, detail := unresolved("filter.and", v)
				return false, detail
			}
		case "tags":
			if t, ok := v.(map[string]any); ok && len(t) == 0 {
				continue
			}
			if v != nil {
				return false, "filter applies only to objects with given tags"
			}
		default: // tag, object_size_greater_than, object_size_less_than, ...
			if v != nil && !(isEmptyBlock(v)) {
				return false, fmt.Sprintf("filter narrows the rule by %s", k)
			}
		}
	}
	return true, ""
}

func isString(v any) bool { _, ok := v.(string); return ok }

// isEmptyBlock reports an empty object or an empty list (an unset block as rendered).
func isEmptyBlock(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		return len(x) == 0
	case []any:
		return len(x) == 0
	}
	return false
}

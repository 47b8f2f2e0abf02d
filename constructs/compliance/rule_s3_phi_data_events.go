package compliance

import (
	"fmt"
	"slices"
	"strings"
)

// S3PHIDataEvents: every read and every write of a patient-data object is recorded by a
// trail somewhere in the environment (basic event selectors or advanced ones).
var S3PHIDataEvents = &Rule{
	ID: "s3-phi-data-events", Controls: []string{"164.312(b)", "164.308(a)(1)(ii)(D)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "no logging CloudTrail trail of the environment records S3 data events, both reads and writes, on this bucket of patient data",
	Why:     "audit controls must show who read or changed each medical document; management events do not include object access.",
	Fix:     "add \"<bucket arn>/\" to an aws_cloudtrail event_selector data_resource of type AWS::S3::Object with read_write_type All (or an advanced_event_selector on eventCategory Data, resources.type AWS::S3::Object, resources.ARN starts_with the bucket ARN, without readOnly), on a multi-region trail or one in the bucket's region",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsPHI(r) {
			return NotApplicable, ""
		}
		var reads, writes bool
		var notes []string
		for _, trail := range s.AllOfType("aws_cloudtrail") {
			if why := trailCoversRegion(trail, r); why != "" {
				notes = append(notes, why)
				continue
			}
			for _, sel := range list(trail.Attrs["event_selector"]) {
				rd, wr, note := eventSelectorCovers(trail, sel, r)
				reads, writes = reads || rd, writes || wr
				if note != "" {
					notes = append(notes, note)
				}
			}
			for _, sel := range list(trail.Attrs["advanced_event_selector"]) {
				rd, wr, note := advancedSelectorCovers(trail, sel, r)
				reads, writes = reads || rd, writes || wr
				if note != "" {
					notes = append(notes, note)
				}
			}
		}
		if reads && writes {
			return Pass, ""
		}
		missing := "reads and writes"
		switch {
		case reads:
			missing = "writes"
		case writes:
			missing = "reads"
		}
		detail := "no trail of the environment records its object " + missing
		if len(notes) > 0 {
			detail += " (" + strings.Join(notes, "; ") + ")"
		}
		return Fail, detail
	},
}

// trailCoversRegion says why the trail cannot see the bucket's data events ("" when it
// can): it does not log, or it is a single-region trail of another (or unknown) region.
func trailCoversRegion(trail, bucket *Resource) string {
	name := trail.Stack.Name + "/" + trail.Address()
	if v, ok := trail.Attrs["enable_logging"]; ok && !truthy(v) {
		if v == false || v == "false" {
			return name + " has enable_logging false"
		}
		_, detail := unresolved(name+" enable_logging", v)
		return detail
	}
	if truthy(trail.Attrs["is_multi_region_trail"]) {
		return ""
	}
	tr, br := trail.Stack.Region(trail), bucket.Stack.Region(bucket)
	if tr == "" || tr != br {
		return fmt.Sprintf("%s is a single-region trail in %q, the bucket is in %q", name, tr, br)
	}
	return ""
}

// eventSelectorCovers reads a basic event_selector: which of reads and writes of the
// bucket's objects it records.
func eventSelectorCovers(trail *Resource, sel any, bucket *Resource) (reads, writes bool, note string) {
	covered := false
	for _, dr := range list(dig(sel, "data_resource")) {
		if str(dig(dr, "type")) != "AWS::S3::Object" {
			continue
		}
		for _, v := range list(dig(dr, "values")) {
			if ok, why := s3ObjectARNCovers(trail.Stack, v, bucket); ok {
				covered = true
			} else if why != "" {
				note = why
			}
		}
	}
	if !covered {
		return false, false, note
	}
	switch rw := dig(sel, "read_write_type"); str(rw) {
	case "", "All":
		if rw != nil && !isString(rw) {
			_, note = unresolved("read_write_type", rw)
			return false, false, note
		}
		return true, true, ""
	case "ReadOnly":
		return true, false, ""
	case "WriteOnly":
		return false, true, ""
	default:
		_, note = unresolved("read_write_type", rw)
		return false, false, note
	}
}

// advancedSelectorCovers reads an advanced_event_selector. It counts only when every
// field selector is understood: eventCategory equals Data, resources.type equals
// AWS::S3::Object, resources.ARN (if any) starts_with the bucket's ARN, eventSource (if
// any) equals s3.amazonaws.com, readOnly (if any) equals true or false. Anything that
// narrows it further (eventName, not_*, ends_with) makes it not count.
func advancedSelectorCovers(trail *Resource, sel any, bucket *Resource) (reads, writes bool, note string) {
	var category, s3type, arnOK bool
	arnSeen := false
	reads, writes = true, true
	for _, fs := range list(dig(sel, "field_selector")) {
		field := str(dig(fs, "field"))
		for _, k := range []string{"not_equals", "not_starts_with", "not_ends_with", "ends_with"} {
			if len(list(dig(fs, k))) > 0 {
				return false, false, fmt.Sprintf("advanced selector %q of %s narrows %s with %s", str(dig(sel, "name")), trail.Address(), field, k)
			}
		}
		equals := list(dig(fs, "equals"))
		switch field {
		case "eventCategory":
			category = len(equals) == 1 && equals[0] == "Data"
		case "resources.type":
			s3type = slices.Contains(equals, any("AWS::S3::Object"))
		case "resources.ARN":
			arnSeen = true
			for _, v := range list(dig(fs, "starts_with")) {
				if ok, why := s3ObjectARNCovers(trail.Stack, v, bucket); ok {
					arnOK = true
				} else if why != "" {
					note = why
				}
			}
		case "eventSource":
			if len(equals) != 1 || equals[0] != "s3.amazonaws.com" {
				return false, false, fmt.Sprintf("advanced selector of %s narrows eventSource", trail.Address())
			}
		case "readOnly":
			switch {
			case len(equals) == 1 && fmt.Sprint(equals[0]) == "true":
				writes = false
			case len(equals) == 1 && fmt.Sprint(equals[0]) == "false":
				reads = false
			default:
				return false, false, fmt.Sprintf("cannot verify readOnly %v of an advanced selector of %s", equals, trail.Address())
			}
		default:
			return false, false, fmt.Sprintf("advanced selector of %s narrows by %s", trail.Address(), field)
		}
	}
	if !category || !s3type || (arnSeen && !arnOK) {
		return false, false, note
	}
	return reads, writes, ""
}

// s3ObjectARNCovers reports whether a data-resource value (or resources.ARN prefix)
// covers every object of the bucket: all buckets ("arn:aws:s3", "arn:aws:s3:::"), the
// bucket's ARN by reference (in this stack or across stacks) followed by "" or "/", or the
// literal ARN of the bucket's literal name. why is set for a value it cannot resolve.
func s3ObjectARNCovers(s *Stack, v any, bucket *Resource) (bool, string) {
	val := str(v)
	switch val {
	case "arn:aws:s3", "arn:aws:s3:::", "arn:aws:s3:::/":
		return true, ""
	}
	if !isRef(val) {
		name := str(bucket.Attrs["bucket"])
		return name != "" && (val == "arn:aws:s3:::"+name || val == "arn:aws:s3:::"+name+"/"), ""
	}
	end := strings.Index(val, "}")
	suffix := val[end+1:]
	t, ok := s.Resolve(val[:end+1])
	if !ok {
		_, why := unresolved("the data resource", val)
		return false, why
	}
	if t.Resource != bucket || t.Attr != "arn" {
		return false, ""
	}
	if suffix != "" && suffix != "/" {
		return false, fmt.Sprintf("%q covers only part of the bucket", val)
	}
	return true, ""
}

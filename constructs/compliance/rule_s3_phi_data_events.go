package compliance

import "strings"

// S3PHIDataEvents: every read and write of a patient-data object is recorded by a trail.
var S3PHIDataEvents = &Rule{
	ID: "s3-phi-data-events", Controls: []string{"164.312(b)", "164.308(a)(1)(ii)(D)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "no CloudTrail trail in the stack records S3 data events (reads and writes) on this bucket of patient data",
	Why:     "audit controls must show who read or changed each medical document; management events do not include object access.",
	Fix:     "add \"<bucket arn>/\" to an aws_cloudtrail event_selector data_resource of type AWS::S3::Object with read_write_type All",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !HoldsPHI(r) {
			return NotApplicable, ""
		}
		for _, trail := range s.OfType("aws_cloudtrail") {
			for _, sel := range list(trail.Attrs["event_selector"]) {
				if rw := str(dig(sel, "read_write_type")); rw != "" && rw != "All" {
					continue
				}
				for _, dr := range list(dig(sel, "data_resource")) {
					if str(dig(dr, "type")) != "AWS::S3::Object" {
						continue
					}
					for _, v := range list(dig(dr, "values")) {
						if strings.HasPrefix(str(v), r.Ref()) || str(v) == "arn:aws:s3" {
							return Pass, ""
						}
					}
				}
			}
		}
		return Fail, "no trail's data events (read and write) cover it"
	},
}

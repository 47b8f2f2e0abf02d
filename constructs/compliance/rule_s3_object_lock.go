package compliance

// S3ObjectLock: buckets of patient records lock objects for the retention period.
var S3ObjectLock = &Rule{
	ID: "s3-object-lock", Controls: []string{"164.312(c)(1)", "164.316(b)(2)(i)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "a bucket of patient records has no Object Lock default retention",
	Why:     "records must not be deleted or altered before their legal retention ends.",
	Fix:     "create the bucket with object_lock_enabled and an aws_s3_bucket_object_lock_configuration with a default retention",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !HoldsPHI(r) {
			return NotApplicable, ""
		}
		if !truthy(r.Attrs["object_lock_enabled"]) {
			return Fail, "object_lock_enabled is not true"
		}
		for _, c := range s.Attached("aws_s3_bucket_object_lock_configuration", "bucket", r) {
			if dig(c.Attrs, "rule", 0, "default_retention", 0) != nil {
				return Pass, ""
			}
		}
		return Fail, "no aws_s3_bucket_object_lock_configuration with a default retention"
	},
}

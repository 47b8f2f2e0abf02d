package compliance

// S3AccessLogging: server access logs record every request.
var S3AccessLogging = &Rule{
	ID: "s3-access-logging", Controls: []string{"164.312(b)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "server access logging is not enabled",
	Why:     "every access to stored records must be recorded for audit.",
	Fix:     "add an aws_s3_bucket_logging to an access-log bucket (storage.NewBucket requires one)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return verdict(len(s.Attached("aws_s3_bucket_logging", "bucket", r)) > 0, "no aws_s3_bucket_logging")
	},
}

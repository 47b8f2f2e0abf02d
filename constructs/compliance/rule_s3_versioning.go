package compliance

// S3Versioning: buckets keep every version of every object.
var S3Versioning = &Rule{
	ID: "s3-versioning", Controls: []string{"164.312(c)(1)", "164.308(a)(7)(ii)(A)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "versioning is not enabled",
	Why:     "overwritten or deleted records must stay recoverable (integrity, backup).",
	Fix:     "add an aws_s3_bucket_versioning with status Enabled (storage.NewBucket does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		for _, v := range s.Attached("aws_s3_bucket_versioning", "bucket", r) {
			if str(dig(v.Attrs, "versioning_configuration", 0, "status")) == "Enabled" {
				return Pass, ""
			}
		}
		return Fail, "no aws_s3_bucket_versioning with status Enabled"
	},
}

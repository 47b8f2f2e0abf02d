package compliance

// S3Versioning: buckets keep every version of every object.
var S3Versioning = &Rule{
	ID: "s3-versioning", Controls: []string{"164.312(c)(1)", "164.308(a)(7)(ii)(A)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "versioning is not enabled",
	Why:     "overwritten or deleted records must stay recoverable (integrity, backup).",
	Fix:     "add an aws_s3_bucket_versioning with status Enabled (storage.NewBucket does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		vs := s.Attached("aws_s3_bucket_versioning", "bucket", r)
		for _, v := range vs {
			// Every versioning resource of the bucket must say Enabled: two that disagree
			// leave the outcome to apply order.
			if st := dig(v.Attrs, "versioning_configuration", 0, "status"); str(st) != "Enabled" {
				if isRef(st) {
					return unresolved(v.Address()+" versioning_configuration.status", st)
				}
				return Fail, v.Address() + ": versioning_configuration.status is " + str(st) + ", not Enabled"
			}
		}
		if len(vs) > 0 || truthy(dig(r.Attrs, "versioning", 0, "enabled")) {
			return Pass, ""
		}
		return Fail, "no aws_s3_bucket_versioning with status Enabled"
	},
}

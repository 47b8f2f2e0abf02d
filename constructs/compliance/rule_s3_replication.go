package compliance

// S3Replication: in production, buckets of patient data replicate to the DR region.
var S3Replication = &Rule{
	ID: "s3-replication", Controls: []string{"164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "a production bucket of patient data is not replicated to the disaster-recovery region",
	Why:     "the contingency plan needs an exact copy of PHI that survives the loss of a region.",
	Fix:     "add an aws_s3_bucket_replication_configuration to a bucket in the DR region",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsProduction() || !HoldsPHI(r) {
			return NotApplicable, ""
		}
		return verdict(len(s.Attached("aws_s3_bucket_replication_configuration", "bucket", r)) > 0, "no aws_s3_bucket_replication_configuration")
	},
}

package compliance

// S3PublicAccessBlock: all four public-access-block settings are on.
var S3PublicAccessBlock = &Rule{
	ID: "s3-public-access-block", Controls: []string{"164.312(a)(1)", "164.308(a)(4)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "public access is not fully blocked",
	Why:     "a public ACL or policy would expose PHI to anyone on the internet.",
	Fix:     "add an aws_s3_bucket_public_access_block with all four settings true (storage.NewBucket does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		for _, p := range s.Attached("aws_s3_bucket_public_access_block", "bucket", r) {
			if truthy(p.Attrs["block_public_acls"]) && truthy(p.Attrs["block_public_policy"]) &&
				truthy(p.Attrs["ignore_public_acls"]) && truthy(p.Attrs["restrict_public_buckets"]) {
				return Pass, ""
			}
		}
		return Fail, "no aws_s3_bucket_public_access_block with all four settings true"
	},
}

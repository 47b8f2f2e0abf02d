package compliance

// S3TLSOnly: the bucket policy denies requests over plain HTTP.
var S3TLSOnly = &Rule{
	ID: "s3-tls-only", Controls: []string{"164.312(e)(1)", "164.312(e)(2)(i)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "the bucket policy does not deny insecure transport",
	Why:     "PHI in transit must be encrypted; S3 accepts HTTP unless the policy refuses it.",
	Fix:     "add a bucket policy statement denying s3:* when aws:SecureTransport is false (storage.NewBucket does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		for _, p := range s.Attached("aws_s3_bucket_policy", "bucket", r) {
			if policyDeniesInsecureTransport(str(p.Attrs["policy"])) {
				return Pass, ""
			}
		}
		return Fail, "no aws_s3_bucket_policy with a Deny on aws:SecureTransport false"
	},
}

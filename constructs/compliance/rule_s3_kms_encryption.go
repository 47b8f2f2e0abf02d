package compliance

// S3KMSEncryption: buckets encrypt by default with a customer-managed KMS key.
var S3KMSEncryption = &Rule{
	ID: "s3-kms-encryption", Controls: []string{"164.312(a)(2)(iv)", "164.312(e)(2)(ii)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "the bucket is not encrypted by default with a customer-managed KMS key",
	Why:     "PHI at rest must be encrypted under keys the organisation controls, rotates and audits.",
	Fix:     "build the bucket with storage.NewBucket (SSE-KMS with the bucket's key, bucket keys on)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		for _, c := range s.Attached("aws_s3_bucket_server_side_encryption_configuration", "bucket", r) {
			for _, rule := range list(c.Attrs["rule"]) {
				d := dig(rule, "apply_server_side_encryption_by_default", 0)
				if str(dig(d, "sse_algorithm")) == "aws:kms" && isRef(dig(d, "kms_master_key_id")) {
					return Pass, ""
				}
			}
		}
		return Fail, "no aws_s3_bucket_server_side_encryption_configuration with sse_algorithm aws:kms and a key"
	},
}

package compliance

import "fmt"

// S3KMSEncryption: buckets encrypt by default with a customer-managed, rotating KMS key
// of the environment (SSE-KMS or DSSE-KMS). SSE-S3 (AES256) and AWS-managed keys fail;
// on a store of patient data the finding cannot be suppressed.
var S3KMSEncryption = &Rule{
	ID: "s3-kms-encryption", Controls: []string{"164.312(a)(2)(iv)", "164.312(e)(2)(ii)"}, Level: Error,
	Types:             []string{"aws_s3_bucket"},
	PHIUnsuppressible: true,
	Problem:           "the bucket is not encrypted by default with a customer-managed KMS key",
	Why:               "PHI at rest must be encrypted under keys the organisation controls, rotates and audits; SSE-S3 and AWS-managed keys have policies nobody can restrict.",
	Fix:               "build the bucket with storage.NewBucket (SSE-KMS with the bucket's key, bucket keys on): sse_algorithm aws:kms (or aws:kms:dsse) and kms_master_key_id a rotating aws_kms_key of the environment",
	Check: func(s *Stack, r *Resource) (Status, string) {
		type sseRule struct {
			from  string
			rule  any
			stack *Stack
		}
		var rules []sseRule
		for _, c := range s.Attached("aws_s3_bucket_server_side_encryption_configuration", "bucket", r) {
			for _, rule := range list(c.Attrs["rule"]) {
				rules = append(rules, sseRule{c.Address(), rule, c.Stack})
			}
		}
		for _, rule := range list(dig(r.Attrs, "server_side_encryption_configuration", 0, "rule")) {
			rules = append(rules, sseRule{r.Address() + " server_side_encryption_configuration", rule, r.Stack})
		}
		if len(rules) == 0 {
			return Fail, "no aws_s3_bucket_server_side_encryption_configuration (S3 would use SSE-S3, an AWS-owned key)"
		}
		for _, sr := range rules {
			d := dig(sr.rule, "apply_server_side_encryption_by_default", 0)
			switch alg := dig(d, "sse_algorithm"); str(alg) {
			case "aws:kms", "aws:kms:dsse":
				if st, detail := sr.stack.managedKeyVerdict("kms_master_key_id", dig(d, "kms_master_key_id")); st != Pass {
					return Fail, sr.from + ": " + detail
				}
			case "AES256":
				return Fail, sr.from + ": sse_algorithm AES256 (SSE-S3, an AWS-owned key)"
			default:
				_, detail := unresolved(fmt.Sprintf("%s sse_algorithm", sr.from), alg)
				return Fail, detail
			}
		}
		return Pass, ""
	},
}

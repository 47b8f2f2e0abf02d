package compliance

import "slices"

// DataStorePreventDestroy: every data store of patient data (S3 bucket, DynamoDB table
// and replica, Neon project, Backup vault, any other store type) and every bucket of
// audit records carries lifecycle.prevent_destroy.
var DataStorePreventDestroy = &Rule{
	ID: "data-store-prevent-destroy", Controls: []string{"164.308(a)(7)(ii)(A)", "164.316(b)(2)(i)", "164.310(d)(2)(iv)"}, Level: Error,
	Types:   append(slices.Clone(DataStoreTypes), "aws_dynamodb_table_replica"),
	Problem: "a store of patient data or audit records can be destroyed by a Terraform plan",
	Why:     "a rename, a replacement or a stray destroy would delete records that must be kept and recoverable; prevent_destroy makes Terraform refuse the plan.",
	Fix:     "set lifecycle { prevent_destroy = true } (storage.NewBucket, database.New and the table constructs do)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		why := ""
		switch {
		case storeHoldsPHI(s, r):
			why = "a store of patient data of this PHI environment"
		case r.Type == "aws_s3_bucket" && s3AuditBucket(s, r) != "":
			why = "a bucket of audit records (" + s3AuditBucket(s, r) + ")"
		default:
			return NotApplicable, ""
		}
		return verdict(PreventsDestroy(r), "lifecycle.prevent_destroy is not true on %s", why)
	},
}

// storeHoldsPHI is IsPHI, extended to DynamoDB replicas: a replica holds what its table
// holds; a replica whose table cannot be resolved holds PHI when the environment is
// classified phi (fail closed).
func storeHoldsPHI(s *Stack, r *Resource) bool {
	if r.Type != "aws_dynamodb_table_replica" {
		return s.IsPHI(r)
	}
	if t, ok := s.ResolvesTo(r.Attrs["global_table_arn"], "aws_dynamodb_table"); ok {
		return t.Stack.IsPHI(t)
	}
	return s.Classification(r) == "phi"
}

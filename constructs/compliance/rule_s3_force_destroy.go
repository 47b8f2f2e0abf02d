package compliance

import (
	"fmt"
	"strings"
)

// S3ForceDestroy: no bucket of patient data or of audit records can be deleted with its
// objects by Terraform.
var S3ForceDestroy = &Rule{
	ID: "s3-force-destroy", Controls: []string{"164.308(a)(7)(ii)(A)", "164.316(b)(2)(i)", "164.312(b)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "force_destroy lets Terraform delete the bucket of patient data or audit records together with every object in it",
	Why:     "one destroy or replacement would erase records that must be kept for their retention period.",
	Fix:     "remove force_destroy (or set it false) on buckets of PHI, audit trails, Config history and access logs",
	Check: func(s *Stack, r *Resource) (Status, string) {
		phi, audit := s.IsPHI(r), s3AuditBucket(s, r)
		if !phi && audit == "" {
			return NotApplicable, ""
		}
		what := "patient data"
		if !phi {
			what = "audit records (" + audit + ")"
		}
		switch v := r.Attrs["force_destroy"]; {
		case v == nil || v == false || v == "false":
			return Pass, ""
		case truthy(v):
			return Fail, "force_destroy is true on a bucket of " + what
		default:
			return unresolved("force_destroy of a bucket of "+what, v)
		}
	},
}

// s3AuditBucket says why the bucket holds audit records ("" when it does not): a trail
// or the AWS Config delivery channel writes to it, server access logs are delivered to
// it, or its name says audit or cloudtrail.
func s3AuditBucket(s *Stack, r *Resource) string {
	for _, w := range []struct{ typ, attr, what string }{
		{"aws_cloudtrail", "s3_bucket_name", "CloudTrail delivers to it"},
		{"aws_config_delivery_channel", "s3_bucket_name", "AWS Config delivers to it"},
		{"aws_s3_bucket_logging", "target_bucket", "S3 server access logs are delivered to it"},
	} {
		for _, x := range s.AllOfType(w.typ) {
			v := x.Attrs[w.attr]
			if t, ok := x.Stack.ResolvesTo(v, "aws_s3_bucket"); (ok && t == r) || (!ok && s3BucketNamed(s, str(v)) == r) {
				return w.what
			}
		}
	}
	name := strings.ToLower(str(r.Attrs["bucket"]) + " " + str(r.Attrs["bucket_prefix"]))
	for _, word := range []string{"audit", "cloudtrail"} {
		if strings.Contains(name, word) {
			return fmt.Sprintf("its name contains %q", word)
		}
	}
	return ""
}

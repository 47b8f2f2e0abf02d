package compliance

import "fmt"

// S3ACLDisabled: access to buckets is decided by policies only. Every bucket enforces
// bucket-owner ownership (which disables ACLs), and no ACL is declared: no
// aws_s3_bucket_acl, no deprecated acl or grant argument on the bucket.
var S3ACLDisabled = &Rule{
	ID: "s3-acl-disabled", Controls: []string{"164.312(a)(1)", "164.308(a)(4)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_s3_bucket", "aws_s3_bucket_acl"},
	Problem: "access to the bucket can be granted by ACL",
	Why:     "an ACL grant (public-read, authenticated-read, another account) bypasses the reviewed bucket and IAM policies; with ownership BucketOwnerEnforced S3 ignores and refuses ACLs.",
	Fix:     "add an aws_s3_bucket_ownership_controls with rule.object_ownership BucketOwnerEnforced (storage.NewBucket does) and remove every aws_s3_bucket_acl and the bucket's acl/grant arguments",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if r.Type == "aws_s3_bucket_acl" {
			what := "an access_control_policy"
			if acl := str(r.Attrs["acl"]); acl != "" {
				what = fmt.Sprintf("the canned ACL %q", acl)
			}
			return Fail, fmt.Sprintf("%s declares %s for %s", r.Address(), what, str(r.Attrs["bucket"]))
		}
		if acl := r.Attrs["acl"]; acl != nil && str(acl) != "" {
			return Fail, fmt.Sprintf("the deprecated acl argument is set (%q)", fmt.Sprint(acl))
		}
		if len(list(r.Attrs["grant"])) > 0 {
			return Fail, "the deprecated grant argument is set"
		}
		if acl := s.Attached("aws_s3_bucket_acl", "bucket", r); len(acl) > 0 {
			return Fail, acl[0].Stack.Name + "/" + acl[0].Address() + " sets an ACL on it"
		}
		oc := s.Attached("aws_s3_bucket_ownership_controls", "bucket", r)
		if len(oc) == 0 {
			return Fail, "no aws_s3_bucket_ownership_controls (object_ownership BucketOwnerEnforced)"
		}
		for _, c := range oc {
			if o := dig(c.Attrs, "rule", 0, "object_ownership"); str(o) != "BucketOwnerEnforced" {
				return Fail, fmt.Sprintf("%s: object_ownership is %q, not BucketOwnerEnforced: ACLs stay in force", c.Address(), fmt.Sprint(o))
			}
		}
		return Pass, ""
	},
}

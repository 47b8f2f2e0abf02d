package compliance

import "strings"

// S3PublicAccessBlock: all four public-access-block settings are on, for every bucket,
// and on the account-level block when the environment manages one.
var S3PublicAccessBlock = &Rule{
	ID: "s3-public-access-block", Controls: []string{"164.312(a)(1)", "164.308(a)(4)"}, Level: Error,
	Types:   []string{"aws_s3_bucket", "aws_s3_account_public_access_block"},
	Problem: "public access is not fully blocked",
	Why:     "a public ACL or policy would expose PHI to anyone on the internet.",
	Fix:     "add an aws_s3_bucket_public_access_block with all four settings true (storage.NewBucket does); an aws_s3_account_public_access_block must also set all four true",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if r.Type == "aws_s3_account_public_access_block" {
			if off := s3PublicAccessSettingsOff(r); len(off) > 0 {
				return Fail, "the account-level block does not set " + strings.Join(off, ", ") + " to true"
			}
			return Pass, ""
		}
		blocks := s.Attached("aws_s3_bucket_public_access_block", "bucket", r)
		for _, p := range blocks {
			if len(s3PublicAccessSettingsOff(p)) == 0 {
				return Pass, ""
			}
		}
		if len(blocks) > 0 {
			return Fail, blocks[0].Address() + " does not set " + strings.Join(s3PublicAccessSettingsOff(blocks[0]), ", ") + " to true"
		}
		return Fail, "no aws_s3_bucket_public_access_block with all four settings true"
	},
}

func s3PublicAccessSettingsOff(r *Resource) []string {
	var off []string
	for _, k := range []string{"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"} {
		if !truthy(r.Attrs[k]) {
			off = append(off, k)
		}
	}
	return off
}

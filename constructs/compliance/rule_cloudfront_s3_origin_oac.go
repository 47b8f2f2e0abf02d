package compliance

import (
	"fmt"
	"strings"
)

// CloudFrontS3OriginOAC: an S3 origin is a private bucket read through origin access
// control, never a legacy origin access identity or a public website endpoint.
var CloudFrontS3OriginOAC = &Rule{
	ID: "cloudfront-s3-origin-oac", Controls: []string{"164.312(a)(1)", "164.312(e)(1)"}, Level: Error,
	Types:   []string{"aws_cloudfront_distribution"},
	Problem: "an S3 origin is not read through origin access control",
	Why: "without origin access control the bucket must be public (a website endpoint or a custom origin on the bucket's domain), or rely " +
		"on a legacy origin access identity, which does not sign requests and cannot read SSE-KMS objects; anyone could then bypass the " +
		"edge's TLS, WAF and logging.",
	Fix: "set origin_access_control_id to an aws_cloudfront_origin_access_control (signing_behavior always, origin type s3), drop " +
		"s3_origin_config.origin_access_identity, and keep the bucket private with a policy granting cloudfront.amazonaws.com for this distribution",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		for i, o := range list(r.Attrs["origin"]) {
			where := fmt.Sprintf("origin[%d] (%s)", i, str(dig(o, "origin_id")))
			if _, ok := o.(map[string]any); !ok {
				problems = append(problems, fmt.Sprintf("%s: cannot read the origin %q", where, fmt.Sprint(o)))
				continue
			}
			domain := str(dig(o, "domain_name"))
			custom := dig(o, "custom_origin_config", 0) != nil
			vpc := dig(o, "vpc_origin_config", 0) != nil
			if oai := str(dig(o, "s3_origin_config", 0, "origin_access_identity")); oai != "" {
				problems = append(problems, fmt.Sprintf("%s: legacy origin access identity %q", where, oai))
			}
			switch kind := netS3Domain(s, domain); {
			case kind == "unresolved" && custom:
				_, d := unresolved(where+" domain_name is not a public S3 bucket or website", domain)
				problems = append(problems, d)
			case kind == "website":
				problems = append(problems, fmt.Sprintf("%s: %s is a public S3 website endpoint", where, domain))
			case kind == "bucket" && custom:
				problems = append(problems, fmt.Sprintf("%s: the S3 bucket %s is a custom origin, which only works when the bucket is public", where, domain))
			case !custom && !vpc:
				oac := dig(o, "origin_access_control_id")
				switch {
				case str(oac) == "":
					problems = append(problems, fmt.Sprintf("%s: an S3 origin without origin_access_control_id", where))
				case isRef(oac):
					if _, ok := s.ResolvesTo(oac, "aws_cloudfront_origin_access_control"); !ok {
						_, d := unresolved(where+" origin_access_control_id", oac)
						problems = append(problems, d)
					}
				}
			}
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

// netS3Domain says whether an origin domain is an S3 website endpoint, an S3 bucket
// endpoint, or neither, from its literal form or the attribute it references
// ("unresolved" for a reference it cannot follow).
func netS3Domain(s *Stack, domain string) string {
	if strings.Contains(domain, "${") {
		t, ok := s.Resolve(domain)
		if !ok || t.Resource.Data && t.Resource.Type != "aws_s3_bucket" {
			return "unresolved"
		}
		switch {
		case strings.HasPrefix(t.Attr, "website_"):
			return "website"
		case t.Resource.Type == "aws_s3_bucket" && strings.HasSuffix(t.Attr, "domain_name"):
			return "bucket"
		}
		return ""
	}
	d := strings.ToLower(domain)
	switch {
	case strings.Contains(d, ".s3-website"):
		return "website"
	case strings.HasSuffix(d, ".amazonaws.com") && (strings.Contains(d, ".s3.") || strings.Contains(d, ".s3-")):
		return "bucket"
	}
	return ""
}

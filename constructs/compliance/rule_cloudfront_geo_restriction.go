package compliance

// CloudFrontGeoRestriction: when a distribution declares allowed countries (tag
// geo-allow), it restricts viewers to them.
var CloudFrontGeoRestriction = &Rule{
	ID: "cloudfront-geo-restriction", Controls: []string{"164.312(a)(1)"}, Level: Warning,
	Types:   []string{"aws_cloudfront_distribution"},
	Problem: "the distribution declares allowed countries but does not restrict viewers",
	Why:     "the platform serves patients only where it is licensed to.",
	Fix:     "set restrictions.geo_restriction to a whitelist of the declared countries",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if str(dig(r.Attrs, "tags", "geo-allow")) == "" {
			return NotApplicable, ""
		}
		t := str(dig(r.Attrs, "restrictions", 0, "geo_restriction", 0, "restriction_type"))
		return verdict(t == "whitelist", "restriction_type %q", t)
	},
}

package compliance

import "slices"

// ModernCloudFrontTLS are the viewer policies accepted (TLSv1.2_2021 or newer).
var ModernCloudFrontTLS = []string{"TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"}

// CloudFrontHardened: distributions use modern TLS, a WAF and access logs.
var CloudFrontHardened = &Rule{
	ID: "cloudfront-hardened", Controls: []string{"164.312(e)(1)", "164.312(b)", "164.308(a)(1)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_cloudfront_distribution"},
	Problem: "the distribution is missing TLSv1.2_2021+, a WAF web ACL or access logging",
	Why: "the patient-facing edge must refuse old TLS, filter attacks and record requests. The default *.cloudfront.net certificate always " +
		"accepts TLSv1, whatever minimum_protocol_version says.",
	Fix: "use an ACM certificate (acm_certificate_arn, ssl_support_method sni-only) with viewer_certificate.minimum_protocol_version TLSv1.2_2021 or newer, " +
		"set web_acl_id to a web ACL of the environment and logging_config",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var missing []string
		vc := dig(r.Attrs, "viewer_certificate", 0)
		switch {
		case truthy(dig(vc, "cloudfront_default_certificate")):
			missing = append(missing, "a certificate of its own (cloudfront_default_certificate = true accepts TLSv1)")
		case !slices.Contains(ModernCloudFrontTLS, str(dig(vc, "minimum_protocol_version"))):
			missing = append(missing, "minimum_protocol_version TLSv1.2_2021+")
		}
		acl := r.Attrs["web_acl_id"]
		switch {
		case str(acl) == "":
			missing = append(missing, "web_acl_id")
		case isRef(acl):
			if _, ok := s.ResolvesTo(acl, "aws_wafv2_web_acl", "aws_waf_web_acl"); !ok {
				_, d := unresolved("web_acl_id", acl)
				missing = append(missing, d)
			}
		}
		if str(dig(r.Attrs, "logging_config", 0, "bucket")) == "" {
			missing = append(missing, "logging_config")
		}
		return verdict(len(missing) == 0, "missing %v", missing)
	},
}

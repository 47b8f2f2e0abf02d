package compliance

import "slices"

// ModernCloudFrontTLS are the viewer policies accepted (TLSv1.2_2021 or newer).
var ModernCloudFrontTLS = []string{"TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"}

// CloudFrontHardened: distributions use modern TLS, a WAF and access logs.
var CloudFrontHardened = &Rule{
	ID: "cloudfront-hardened", Controls: []string{"164.312(e)(1)", "164.312(b)", "164.308(a)(1)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_cloudfront_distribution"},
	Problem: "the distribution is missing TLSv1.2_2021+, a WAF web ACL or access logging",
	Why:     "the patient-facing edge must refuse old TLS, filter attacks and record requests.",
	Fix:     "set viewer_certificate.minimum_protocol_version, web_acl_id and logging_config",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var missing []string
		if !slices.Contains(ModernCloudFrontTLS, str(dig(r.Attrs, "viewer_certificate", 0, "minimum_protocol_version"))) {
			missing = append(missing, "minimum_protocol_version TLSv1.2_2021+")
		}
		if str(r.Attrs["web_acl_id"]) == "" {
			missing = append(missing, "web_acl_id")
		}
		if dig(r.Attrs, "logging_config", 0) == nil {
			missing = append(missing, "logging_config")
		}
		return verdict(len(missing) == 0, "missing %v", missing)
	},
}

package compliance

import (
	"fmt"
	"slices"
	"strings"
)

// ModernCloudFrontTLS are the viewer policies accepted (TLSv1.2_2021 or newer).
var ModernCloudFrontTLS = []string{"TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"}

// CloudFrontHardened: distributions use modern TLS, a WAF and access logs.
//
// Access logs are either the legacy logging_config (an S3 bucket written through ACLs)
// or standard logging v2: an aws_cloudwatch_log_delivery whose source
// (aws_cloudwatch_log_delivery_source, log_type ACCESS_LOGS) references this
// distribution's ARN and whose destination (aws_cloudwatch_log_delivery_destination)
// references a log group or bucket of the environment. A delivery that cannot be traced
// that way does not count.
var CloudFrontHardened = &Rule{
	ID: "cloudfront-hardened", Controls: []string{"164.312(e)(1)", "164.312(b)", "164.308(a)(1)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_cloudfront_distribution"},
	Problem: "the distribution is missing TLSv1.2_2021+, a WAF web ACL or access logging",
	Why: "the patient-facing edge must refuse old TLS, filter attacks and record requests. The default *.cloudfront.net certificate always " +
		"accepts TLSv1, whatever minimum_protocol_version says.",
	Fix: "use an ACM certificate (acm_certificate_arn, ssl_support_method sni-only) with viewer_certificate.minimum_protocol_version TLSv1.2_2021 or newer, " +
		"set web_acl_id to a web ACL of the environment, and log access: standard logging v2 (an aws_cloudwatch_log_delivery_source of log_type " +
		"ACCESS_LOGS on the distribution's arn, delivered to a log group or bucket of the environment) or logging_config",
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
			if why := cloudFrontV2Logging(s, r); why != "" {
				missing = append(missing, "access logging: no logging_config, and "+why)
			}
		}
		return verdict(len(missing) == 0, "missing %v", missing)
	},
}

// cloudFrontV2Logging returns "" when a standard logging v2 delivery carries the
// distribution's access logs to a log group or bucket of the environment, else why not.
func cloudFrontV2Logging(s *Stack, dist *Resource) string {
	var sources []*Resource
	var problems []string
	for _, src := range s.AllOfType("aws_cloudwatch_log_delivery_source") {
		t, ok := src.Stack.Resolve(src.Attrs["resource_arn"])
		if !ok || t.Resource != dist {
			continue
		}
		switch {
		case t.Attr != "arn":
			problems = append(problems, fmt.Sprintf("%s: resource_arn references the distribution's %q, not its arn", src.Address(), t.Attr))
		case strings.ToUpper(str(src.Attrs["log_type"])) != "ACCESS_LOGS":
			problems = append(problems, fmt.Sprintf("%s: log_type %q (want ACCESS_LOGS)", src.Address(), str(src.Attrs["log_type"])))
		default:
			sources = append(sources, src)
		}
	}
	if len(sources) == 0 {
		return strings.Join(append(problems, "no aws_cloudwatch_log_delivery_source of log_type ACCESS_LOGS references the distribution's arn"), "; ")
	}
	for _, d := range s.AllOfType("aws_cloudwatch_log_delivery") {
		if !slices.Contains(sources, v2DeliverySource(d, sources)) {
			continue
		}
		dest, ok := d.Stack.ResolvesTo(d.Attrs["delivery_destination_arn"], "aws_cloudwatch_log_delivery_destination")
		if !ok {
			_, why := unresolved(d.Address()+" delivery_destination_arn", d.Attrs["delivery_destination_arn"])
			problems = append(problems, why)
			continue
		}
		target := dig(dest.Attrs, "delivery_destination_configuration", 0, "destination_resource_arn")
		if t, ok := dest.Stack.Resolve(target); !ok || t.Resource.Data || t.Attr != "arn" ||
			t.Resource.Type != "aws_cloudwatch_log_group" && t.Resource.Type != "aws_s3_bucket" {
			problems = append(problems, fmt.Sprintf("%s: cannot verify that destination_resource_arn %q is the arn of a log group or bucket of this environment", dest.Address(), fmt.Sprint(target)))
			continue
		}
		return ""
	}
	return strings.Join(append(problems, "no aws_cloudwatch_log_delivery carries its access log source to a log group or bucket"), "; ")
}

// v2DeliverySource is the source among sources that a delivery names: by reference
// (${aws_cloudwatch_log_delivery_source.x.name}) or by the literal name of a source whose
// own name is that literal. Nil when neither.
func v2DeliverySource(d *Resource, sources []*Resource) *Resource {
	name := d.Attrs["delivery_source_name"]
	if isRef(name) {
		if src, ok := d.Stack.ResolvesTo(name, "aws_cloudwatch_log_delivery_source"); ok {
			return src
		}
		return nil
	}
	for _, src := range sources {
		if n := str(src.Attrs["name"]); n != "" && !isRef(n) && n == str(name) {
			return src
		}
	}
	return nil
}

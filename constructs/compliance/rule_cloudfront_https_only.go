package compliance

import (
	"fmt"
	"strings"
)

// CloudFrontHTTPSOnly: viewers and origins are reached over TLS 1.2 only.
var CloudFrontHTTPSOnly = &Rule{
	ID: "cloudfront-https-only", Controls: []string{"164.312(e)(1)", "164.312(e)(2)(ii)"}, Level: Error,
	Types:   []string{"aws_cloudfront_distribution", "aws_cloudfront_vpc_origin"},
	Problem: "the distribution serves viewers or reaches an origin over plain HTTP or TLS older than 1.2",
	Why: "PHI must be encrypted on both legs: viewer to edge (every cache behavior) and edge to origin. http-only and match-viewer send " +
		"requests to the origin in clear text; SSLv3, TLSv1 and TLSv1.1 are broken.",
	Fix: "set viewer_protocol_policy redirect-to-https or https-only on default_cache_behavior and every ordered_cache_behavior; on every custom " +
		"origin set origin_protocol_policy https-only and origin_ssl_protocols [\"TLSv1.2\"]",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		if r.Type == "aws_cloudfront_vpc_origin" {
			cfg := dig(r.Attrs, "vpc_origin_endpoint_config", 0)
			problems = append(problems, netOriginProtocol("vpc_origin_endpoint_config", str(dig(cfg, "origin_protocol_policy")), dig(cfg, "origin_ssl_protocols", 0, "items"))...)
			return verdict(len(problems) == 0, "%s", netJoin(problems))
		}
		problems = append(problems, netViewerPolicy("default_cache_behavior", dig(r.Attrs, "default_cache_behavior", 0))...)
		for i, b := range list(r.Attrs["ordered_cache_behavior"]) {
			problems = append(problems, netViewerPolicy(fmt.Sprintf("ordered_cache_behavior[%d] (%s)", i, str(dig(b, "path_pattern"))), b)...)
		}
		for i, o := range list(r.Attrs["origin"]) {
			where := fmt.Sprintf("origin[%d] (%s)", i, str(dig(o, "origin_id")))
			if _, ok := o.(map[string]any); !ok {
				problems = append(problems, fmt.Sprintf("%s: cannot read the origin %q", where, fmt.Sprint(o)))
				continue
			}
			if c := dig(o, "custom_origin_config", 0); c != nil {
				problems = append(problems, netOriginProtocol(where, str(dig(c, "origin_protocol_policy")), dig(c, "origin_ssl_protocols"))...)
			}
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

func netViewerPolicy(where string, b any) []string {
	p := str(dig(b, "viewer_protocol_policy"))
	switch p {
	case "redirect-to-https", "https-only":
		return nil
	case "allow-all":
		return []string{where + ": viewer_protocol_policy allow-all serves HTTP"}
	case "":
		return []string{where + ": no viewer_protocol_policy"}
	}
	return []string{fmt.Sprintf("%s: cannot verify viewer_protocol_policy %q", where, p)}
}

func netOriginProtocol(where, policy string, protocols any) []string {
	var out []string
	switch policy {
	case "https-only":
	case "http-only", "match-viewer":
		out = append(out, fmt.Sprintf("%s: origin_protocol_policy %s sends requests to the origin over HTTP", where, policy))
	default:
		out = append(out, fmt.Sprintf("%s: cannot verify origin_protocol_policy %q", where, policy))
	}
	ps := list(protocols)
	if len(ps) == 0 {
		out = append(out, where+": no origin_ssl_protocols")
	}
	for _, p := range ps {
		switch v := str(p); {
		case v == "TLSv1.2" || v == "TLSv1.3":
		case v == "SSLv3" || v == "TLSv1" || v == "TLSv1.1":
			out = append(out, fmt.Sprintf("%s: origin_ssl_protocols allows %s", where, v))
		default:
			out = append(out, fmt.Sprintf("%s: cannot verify origin_ssl_protocols entry %q", where, strings.TrimSpace(fmt.Sprint(p))))
		}
	}
	return out
}

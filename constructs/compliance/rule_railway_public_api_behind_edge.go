package compliance

import (
	"fmt"
	"strings"
)

// RailwayPublicAPIBehindEdge: a Railway service reachable from the internet is reached
// through the edge (phase 3: CloudFront behind the WAF), not around it. For each public
// entry point of a service:
//
//	entry point              passes when
//	railway_service_domain,  a CloudFront distribution of the environment has it as an origin
//	railway_custom_domain    (domain_name references the domain, or equals the custom domain), sends
//	                         OriginVerifyHeader with a value that is a reference (never a literal),
//	                         and has a web ACL; and the service has a sensitive railway_variable
//	                         OriginVerifyVariable whose value is a reference, so that it can refuse
//	                         requests that did not come through the edge
//	railway_tcp_proxy        never: a raw public port no HTTP edge can front
var RailwayPublicAPIBehindEdge = &Rule{
	ID: "railway-public-api-behind-edge", Controls: []string{"164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"}, Level: Error,
	Types:   []string{"railway_service_domain", "railway_custom_domain", "railway_tcp_proxy"},
	Problem: "a service on Railway is reachable from the internet around the edge",
	Why: "every request to the API passes the WAF (managed rule sets, rate limit per client IP, geo restriction) and CloudFront's TLS " +
		"policy; a Railway domain is public, so a service that does not require the edge's origin-verification header serves anyone " +
		"who finds its address.",
	Fix: "make the domain the origin of the API distribution of phase 3 with the " + OriginVerifyHeader + " header (a reference to the " +
		"origin-verification secret) and a web ACL, give the service the same value as the sensitive variable " + OriginVerifyVariable +
		" and refuse requests without it; reach internal services over Railway's private network (<service>.railway.internal) with no " +
		"public domain; never use a TCP proxy",
	Check: func(s *Stack, r *Resource) (Status, string) {
		name := railwayName(s, r)
		if r.Type == "railway_tcp_proxy" {
			return Fail, fmt.Sprintf("service %q has a TCP proxy: port %v is public with no edge in front", name, r.Attrs["application_port"])
		}
		var problems []string
		if !railwayBehindDistribution(s, r) {
			problems = append(problems, fmt.Sprintf("no CloudFront distribution of this environment has the domain of service %q as an origin sending %s (a reference) behind a web ACL: requests reach it around the WAF", name, OriginVerifyHeader))
		}
		if !railwayRequiresOriginHeader(s, r) {
			problems = append(problems, fmt.Sprintf("service %q has no sensitive variable %s holding a reference: it cannot refuse requests that bypass the edge", name, OriginVerifyVariable))
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

// railwayBehindDistribution reports whether a distribution of the environment fronts the
// domain resource d with the origin-verification header and a web ACL.
func railwayBehindDistribution(s *Stack, d *Resource) bool {
	for _, dist := range s.AllOfType("aws_cloudfront_distribution") {
		if str(dist.Attrs["web_acl_id"]) == "" {
			continue
		}
		for _, o := range list(dist.Attrs["origin"]) {
			if !railwayOriginIs(dist.Stack, dig(o, "domain_name"), d) {
				continue
			}
			for _, h := range list(dig(o, "custom_header")) {
				if strings.EqualFold(str(dig(h, "name")), OriginVerifyHeader) && dig(h, "value") != nil && !isLiteral(dig(h, "value")) {
					return true
				}
			}
		}
	}
	return false
}

// railwayOriginIs reports whether an origin's domain_name is the domain of d: a
// reference to its domain attribute, or (a custom domain) the same literal name.
func railwayOriginIs(s *Stack, v any, d *Resource) bool {
	if t, ok := s.Resolve(v); ok {
		return t.Resource == d && (t.Attr == "domain" || t.Attr == "")
	}
	return d.Type == "railway_custom_domain" && isLiteral(v) && str(v) != "" && strings.EqualFold(str(v), str(d.Attrs["domain"]))
}

// railwayRequiresOriginHeader reports whether the domain's service has the sensitive
// variable OriginVerifyVariable set from a reference.
func railwayRequiresOriginHeader(s *Stack, d *Resource) bool {
	svc, ok := railwayService(s, d)
	if !ok {
		return false
	}
	for _, v := range s.AllOfType("railway_variable") {
		if str(v.Attrs["name"]) != OriginVerifyVariable || isLiteral(v.Attrs["value"]) {
			continue
		}
		if other, ok := railwayService(v.Stack, v); ok && other == svc {
			return true
		}
	}
	return false
}

package compliance

import (
	"fmt"
	"strings"
)

// netModernELBPolicies are the prefixes of the ELB security policies that accept TLS 1.2
// and newer only (TLS13-1-2*, TLS13-1-3*, TLS-1-2*, FS-1-2*, with their FIPS and PQ variants).
var netModernELBPolicies = []string{"ELBSecurityPolicy-TLS13-1-2", "ELBSecurityPolicy-TLS13-1-3", "ELBSecurityPolicy-TLS-1-2", "ELBSecurityPolicy-FS-1-2"}

// LBListenerTLS: load balancer listeners carry traffic over TLS 1.2+ only; an HTTP
// listener only redirects to HTTPS.
var LBListenerTLS = &Rule{
	ID: "lb-listener-tls", Controls: []string{"164.312(e)(1)", "164.312(e)(2)(ii)"}, Level: Error,
	Types:   []string{"aws_lb_listener", "aws_alb_listener"},
	Problem: "the listener carries traffic in clear text or accepts TLS older than 1.2",
	Why: "PHI in transit must be encrypted: an HTTP listener that forwards (by default or through a listener rule) serves patients in " +
		"clear text, and ELBSecurityPolicy-2016-08 (the API default) still accepts TLS 1.0. A TCP or UDP listener cannot be verified to carry TLS.",
	Fix: "make HTTP listeners redirect to HTTPS (redirect.protocol = HTTPS, status_code HTTP_301) or return a fixed response, with no forwarding " +
		"listener rule; set ssl_policy = ELBSecurityPolicy-TLS13-1-2-2021-06 on HTTPS and TLS listeners; use TLS rather than TCP on NLBs, or " +
		"suppress with the reason the backend terminates TLS",
	Check: func(s *Stack, r *Resource) (Status, string) {
		proto := r.Attrs["protocol"]
		if isRef(proto) {
			return unresolved("the listener protocol", proto)
		}
		switch p := strings.ToUpper(str(proto)); p {
		case "", "HTTP":
			var problems []string
			for i, a := range list(r.Attrs["default_action"]) {
				if d := netPlainAction(a); d != "" {
					problems = append(problems, fmt.Sprintf("default_action[%d] %s", i, d))
				}
			}
			if len(list(r.Attrs["default_action"])) == 0 {
				problems = append(problems, "no default_action")
			}
			for _, typ := range []string{"aws_lb_listener_rule", "aws_alb_listener_rule"} {
				for _, lr := range s.Attached(typ, "listener_arn", r) {
					for i, a := range list(lr.Attrs["action"]) {
						if d := netPlainAction(a); d != "" {
							problems = append(problems, fmt.Sprintf("%s action[%d] %s", lr.Address(), i, d))
						}
					}
				}
			}
			if len(problems) > 0 {
				return Fail, "HTTP listener: " + netJoin(problems)
			}
			return Pass, ""
		case "HTTPS", "TLS":
			pol := str(r.Attrs["ssl_policy"])
			for _, m := range netModernELBPolicies {
				if strings.HasPrefix(pol, m) {
					return Pass, ""
				}
			}
			if pol == "" {
				return Fail, p + " listener without ssl_policy (the API default ELBSecurityPolicy-2016-08 accepts TLS 1.0)"
			}
			return Fail, fmt.Sprintf("%s listener ssl_policy %q accepts TLS older than 1.2", p, pol)
		case "GENEVE":
			return NotApplicable, "" // a Gateway Load Balancer tunnels packets to appliances; it terminates nothing
		default:
			return Fail, fmt.Sprintf("cannot verify a %s listener carries encrypted traffic", p)
		}
	},
}

// netPlainAction describes an action of an HTTP listener that serves content over HTTP.
func netPlainAction(a any) string {
	switch t := str(dig(a, "type")); t {
	case "redirect":
		if p := str(dig(a, "redirect", 0, "protocol")); p != "HTTPS" {
			return fmt.Sprintf("redirects to protocol %q, not HTTPS", p)
		}
		return ""
	case "fixed-response":
		return ""
	default:
		return fmt.Sprintf("is %q over HTTP", t)
	}
}

package compliance

import "fmt"

// SGInternetEgressJustified: egress to the internet on any other port is an exception
// that must be written down.
var SGInternetEgressJustified = &Rule{
	ID: "sg-internet-egress-justified", Controls: []string{"164.312(e)(1)", "164.308(a)(1)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_egress_rule"},
	Problem: "the security group lets traffic out to the internet without a recorded reason",
	Why: "AWS services are reached through the VPC's endpoints; an open route to any address on 443 lets a compromised function send PHI " +
		"to any server, and an auditor must see which outside API needs it.",
	Fix: "reach AWS services through VPC endpoints and restrict egress to the VPC; a function that must call an outside API gets its own " +
		"security group whose egress rule is suppressed with a reason naming the API (host and purpose)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		applies := false
		for _, rule := range netSGRules(s, r) {
			if !rule.egress {
				continue
			}
			applies = true
			if sensitive, _ := netSensitiveEgress(rule.ports); sensitive || !rule.ports.known {
				continue // sg-no-internet-egress-sensitive-ports reports it
			}
			for _, p := range rule.peers {
				switch p.kind {
				case netPeerInternet:
					problems = append(problems, fmt.Sprintf("%s: egress to %s on %s", rule.where, p.desc, rule.ports.label))
				case netPeerUnknown:
					problems = append(problems, fmt.Sprintf("%s: cannot verify the destination %s of egress on %s is not the internet", rule.where, p.desc, rule.ports.label))
				}
			}
		}
		if !applies {
			if r.Type == "aws_security_group" {
				return Pass, ""
			}
			return NotApplicable, ""
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

package compliance

import "fmt"

// SGNoInternetEgressSensitivePorts: no security group lets traffic out to the internet
// on a database port or on every port.
var SGNoInternetEgressSensitivePorts = &Rule{
	ID: "sg-no-internet-egress-sensitive-ports", Controls: []string{"164.312(e)(1)", "164.312(a)(1)", "164.308(a)(1)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_egress_rule"},
	Problem: "the security group lets traffic out to the internet on a database port or on every port",
	Why: "egress to any address on a database port, or on all ports, is how stolen data leaves: a compromised function could copy PHI " +
		"into a database an attacker runs anywhere. Suppressing sg-internet-egress-justified for an outside API does not cover this.",
	Fix: "send database traffic to the VPC (a VPC endpoint or PrivateLink, e.g. Neon Private Networking) or to the provider's listed /32 addresses, and open only the ports a function needs",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		applies := false
		for _, rule := range netSGRules(s, r) {
			if !rule.egress {
				continue
			}
			applies = true
			sensitive, detail := netSensitiveEgress(rule.ports)
			for _, p := range rule.peers {
				switch {
				case p.kind == netPeerInternet && !rule.ports.known:
					problems = append(problems, fmt.Sprintf("%s: egress to %s on %s: cannot verify it excludes database ports", rule.where, p.desc, rule.ports.label))
				case p.kind == netPeerInternet && sensitive:
					problems = append(problems, fmt.Sprintf("%s: egress to %s on %s", rule.where, p.desc, detail))
				case p.kind == netPeerUnknown && (sensitive || !rule.ports.known):
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

// netSensitiveEgress reports whether a port range is all ports or includes a database port.
func netSensitiveEgress(np netPorts) (bool, string) {
	if np.all {
		return true, np.label
	}
	if db := np.includes(NetDatabasePorts); len(db) > 0 {
		return true, fmt.Sprintf("%s, database port %v", np.label, db)
	}
	return false, ""
}

package compliance

import "fmt"

// SGNoInternetIngress: no security group accepts traffic from the internet, on any port.
var SGNoInternetIngress = &Rule{
	ID: "sg-no-internet-ingress", Controls: []string{"164.312(a)(1)", "164.312(e)(1)", "164.308(a)(1)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_security_group", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule"},
	Problem: "the security group accepts traffic from the internet",
	Why: "nothing in the platform's VPC is meant to be reached from the internet: public entry goes through API Gateway and CloudFront; " +
		"an open port (above all SSH, RDP or a database) on a workload that reaches PHI is the first thing scanned and attacked.",
	Fix: "allow ingress only from other security groups or the VPC's own blocks; a source prefix list must be an aws_ec2_managed_prefix_list of the environment whose entries can be read",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		applies := false
		for _, rule := range netSGRules(s, r) {
			if rule.egress {
				continue
			}
			applies = true
			for _, p := range rule.peers {
				switch p.kind {
				case netPeerInternet:
					problems = append(problems, fmt.Sprintf("%s: ingress from %s on %s%s", rule.where, p.desc, rule.ports.label, netNamedPorts(rule.ports)))
				case netPeerAWSService:
					problems = append(problems, fmt.Sprintf("%s: ingress from %s, public AWS address ranges, on %s", rule.where, p.desc, rule.ports.label))
				case netPeerUnknown:
					problems = append(problems, fmt.Sprintf("%s: cannot verify the source %s is not the internet", rule.where, p.desc))
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

// netNamedPorts names the administration and database ports a range opens.
func netNamedPorts(np netPorts) string {
	if !np.known {
		return ""
	}
	if np.all {
		return " (includes SSH 22, RDP 3389 and every database port)"
	}
	named := np.includes(append(append([]int{}, netAdminPorts...), NetDatabasePorts...))
	if len(named) == 0 {
		return ""
	}
	if len(named) > 4 {
		named = append(named[:4], "...")
	}
	return fmt.Sprintf(" (includes %v)", named)
}

package compliance

// VPCDefaultSecurityGroupClosed: the default security group allows nothing.
var VPCDefaultSecurityGroupClosed = &Rule{
	ID: "vpc-default-sg-closed", Controls: []string{"164.312(e)(1)", "164.312(a)(1)"}, Level: Error,
	Types:   []string{"aws_vpc"},
	Problem: "the default security group is not managed without rules",
	Why:     "the default group allows all traffic between members; anything launched without a group would get it.",
	Fix:     "add an aws_default_security_group for the VPC with no ingress or egress (network.New does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		for _, g := range s.Attached("aws_default_security_group", "vpc_id", r) {
			if len(list(g.Attrs["ingress"])) == 0 && len(list(g.Attrs["egress"])) == 0 {
				return Pass, ""
			}
			return Fail, "the default security group has rules"
		}
		return Fail, "no aws_default_security_group for the VPC"
	},
}

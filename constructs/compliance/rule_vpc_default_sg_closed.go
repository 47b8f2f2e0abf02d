package compliance

import "fmt"

// VPCDefaultSecurityGroupClosed: the default security group allows nothing, inline or
// through a separate rule resource.
var VPCDefaultSecurityGroupClosed = &Rule{
	ID: "vpc-default-sg-closed", Controls: []string{"164.312(e)(1)", "164.312(a)(1)"}, Level: Error,
	Types:   []string{"aws_vpc", "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"},
	Problem: "the default security group is not managed without rules, or a rule resource opens it",
	Why:     "the default group allows all traffic between members; anything launched without a group would get it.",
	Fix: "add an aws_default_security_group for the VPC with no ingress or egress (network.New does), and attach rule resources only to " +
		"aws_security_group resources of the environment",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if r.Type != "aws_vpc" {
			return netRuleTargetsDefaultGroup(s, r)
		}
		for _, g := range s.Attached("aws_default_security_group", "vpc_id", r) {
			if len(list(g.Attrs["ingress"])) == 0 && len(list(g.Attrs["egress"])) == 0 {
				return Pass, ""
			}
			return Fail, "the default security group " + g.Address() + " has inline rules"
		}
		return Fail, "no aws_default_security_group for the VPC"
	},
}

// netRuleTargetsDefaultGroup checks the group a separate rule resource attaches to: an
// aws_security_group of the environment passes; the default group (its
// aws_default_security_group or ${aws_vpc.x.default_security_group_id}) fails, and so
// does a group the rule cannot resolve (a literal sg- id or a data source may be a
// VPC's default group).
func netRuleTargetsDefaultGroup(s *Stack, r *Resource) (Status, string) {
	v := r.Attrs["security_group_id"]
	t, ok := netWholeRef(s, v)
	switch {
	case !ok || t.Resource.Data:
		return unresolved("the security group the rule opens is not a VPC's default group", v)
	case t.Resource.Type == "aws_default_security_group":
		return Fail, fmt.Sprintf("the rule opens the default security group %s", t.Resource.Address())
	case t.Resource.Type == "aws_vpc" && t.Attr == "default_security_group_id":
		return Fail, fmt.Sprintf("the rule opens the default security group of %s", t.Resource.Address())
	case t.Resource.Type == "aws_security_group" && t.Attr == "id":
		return Pass, ""
	}
	return Fail, fmt.Sprintf("security_group_id %q is not the id of an aws_security_group", str(v))
}

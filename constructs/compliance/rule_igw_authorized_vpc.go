package compliance

import "fmt"

// IGWAuthorizedVPC: an internet gateway is attached only to a VPC of this environment
// that has a declared public tier.
var IGWAuthorizedVPC = &Rule{
	ID: "igw-authorized-vpc", Controls: []string{"164.312(e)(1)", "164.312(a)(1)"}, Level: Error,
	Types:   []string{"aws_internet_gateway", "aws_internet_gateway_attachment"},
	Problem: "an internet gateway is attached to a VPC that is not authorized to have one",
	Why: "an internet gateway is the VPC's door to the internet; it is authorized only on a VPC of this environment whose design has a " +
		"public tier (a subnet tagged tier = public, or hosting the NAT gateway). A gateway on any other VPC is an unreviewed path to PHI.",
	Fix: "attach internet gateways only to the environment's VPC (network.New), tag its public subnets tier = public, and remove gateways from VPCs without a public tier",
	Check: func(s *Stack, r *Resource) (Status, string) {
		v, ok := r.Attrs["vpc_id"]
		if !ok || v == nil || v == "" {
			return NotApplicable, "" // a detached gateway routes nothing; its attachment is checked on its own
		}
		t, resolved := netWholeRef(s, v)
		if !resolved || t.Resource.Data || t.Resource.Type != "aws_vpc" {
			return unresolved("the internet gateway's VPC is a VPC of this environment", v)
		}
		for _, sub := range s.AllOfType("aws_subnet") {
			if vpc, ok := sub.Stack.ResolvesTo(sub.Attrs["vpc_id"], "aws_vpc"); ok && vpc == t.Resource && netIsPublicSubnet(s, sub) {
				return Pass, ""
			}
		}
		return Fail, fmt.Sprintf("%s has no public subnet (tagged tier = public or hosting a NAT gateway)", t.Resource.Address())
	},
}

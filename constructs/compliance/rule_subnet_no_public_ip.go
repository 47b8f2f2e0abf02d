package compliance

// SubnetNoPublicIP: subnets never give what is launched in them a public address,
// IPv4 or IPv6.
var SubnetNoPublicIP = &Rule{
	ID: "subnet-no-public-ip", Controls: []string{"164.312(e)(1)"}, Level: Error,
	Types:   []string{"aws_subnet", "aws_default_subnet"},
	Problem: "the subnet assigns public addresses on launch",
	Why: "a workload with a public address is reachable from the internet; an auto-assigned IPv6 address is globally routable too. " +
		"A default subnet assigns public IPv4 addresses unless told otherwise.",
	Fix: "set map_public_ip_on_launch = false (and leave assign_ipv6_address_on_creation false); NAT and load balancers get their addresses explicitly",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		v, set := r.Attrs["map_public_ip_on_launch"]
		switch {
		case isRef(v):
			return unresolved("map_public_ip_on_launch is false", v)
		case truthy(v):
			problems = append(problems, "map_public_ip_on_launch = true")
		case (!set || v == nil) && r.Type == "aws_default_subnet":
			problems = append(problems, "map_public_ip_on_launch is not set, and a default subnet assigns public IPv4 addresses")
		}
		if v6 := r.Attrs["assign_ipv6_address_on_creation"]; isRef(v6) {
			return unresolved("assign_ipv6_address_on_creation is false", v6)
		} else if truthy(v6) {
			problems = append(problems, "assign_ipv6_address_on_creation = true")
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

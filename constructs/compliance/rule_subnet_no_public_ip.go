package compliance

// SubnetNoPublicIP: subnets never give instances public addresses.
var SubnetNoPublicIP = &Rule{
	ID: "subnet-no-public-ip", Controls: []string{"164.312(e)(1)"}, Level: Error,
	Types:   []string{"aws_subnet"},
	Problem: "the subnet assigns public IPs on launch",
	Why:     "a workload with a public address is reachable from the internet.",
	Fix:     "set map_public_ip_on_launch = false",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return verdict(!truthy(r.Attrs["map_public_ip_on_launch"]), "map_public_ip_on_launch = true")
	},
}

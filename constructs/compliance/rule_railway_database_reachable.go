package compliance

import "fmt"

// RailwayDatabaseReachable: a Railway service never runs in an environment whose Neon
// project is private (block_public_connections = yes, reached over AWS PrivateLink):
// Railway is outside the VPC and cannot reach a PrivateLink endpoint, and admitting it
// would mean opening the database's public path, undoing the private connectivity that
// staging and production require. Where the project is public, the rule also requires
// every Neon project of the environment to admit connections only from listed addresses
// (neon-ip-allowlist checks how narrow they are).
var RailwayDatabaseReachable = &Rule{
	ID: "railway-database-reachable", Controls: []string{"164.312(e)(1)", "164.312(a)(1)"}, Level: Error,
	Types:   []string{"railway_service"},
	Problem: "a service runs on Railway in an environment whose database is private or open to every address",
	Why: "Railway reaches Neon over the internet: where the database accepts only PrivateLink the service cannot connect, and " +
		"the fix must never be to open the public path; where it is public, only the allow-listed egress addresses may connect.",
	Fix: "run the service on Lambda in environments with network.privateDatabase; elsewhere list Railway's static egress " +
		"addresses (railway.egressIps) in the Neon allow-list",
	Check: func(s *Stack, r *Resource) (Status, string) {
		projects := s.AllOfType("neon_project")
		var problems []string
		for _, p := range projects {
			switch {
			case str(p.Attrs["block_public_connections"]) == "yes":
				problems = append(problems, fmt.Sprintf("%s blocks public connections (PrivateLink only): Railway cannot reach it", p.Address()))
			case len(list(p.Attrs["allowed_ips"])) == 0:
				problems = append(problems, fmt.Sprintf("%s has no IP allow-list: Railway's egress addresses are not how it is reached", p.Address()))
			}
		}
		return verdict(len(problems) == 0, "service %q: %s", str(r.Attrs["name"]), netJoin(problems))
	},
}

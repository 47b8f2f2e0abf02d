package compliance

// NeonProductionAccess: in production the project allows only listed IPs, and the
// application's branch is protected.
var NeonProductionAccess = &Rule{
	ID: "neon-production-access", Controls: []string{"164.312(a)(1)", "164.312(e)(1)", "164.308(a)(7)(ii)(A)"}, Level: Error,
	Types:   []string{"neon_project"},
	Problem: "a production project accepts connections from any IP, or has no protected branch",
	Why:     "the PHI database must be reachable only from the platform's egress and its branch shielded from deletion and reset.",
	Fix:     "set allowed_ips to the NAT egress addresses and protect the branch (database.New does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsProduction() {
			return NotApplicable, ""
		}
		if len(list(r.Attrs["allowed_ips"])) == 0 {
			return Fail, "allowed_ips is empty"
		}
		for _, b := range s.Attached("neon_branch", "project_id", r) {
			if str(b.Attrs["protected"]) == "yes" {
				return Pass, ""
			}
		}
		return Fail, "no neon_branch of the project with protected = yes"
	},
}

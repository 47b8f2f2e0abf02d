package compliance

import "fmt"

// NeonProductionAccess: in production the application's compute runs on a protected
// branch. (The IP allow-list is checked in every environment by neon-ip-allowlist.)
var NeonProductionAccess = &Rule{
	ID: "neon-production-access", Controls: []string{"164.312(a)(1)", "164.308(a)(7)(ii)(A)"}, Level: Error,
	Types:   []string{"neon_project"},
	Problem: "a production project has no protected branch, or serves an endpoint from an unprotected branch",
	Why:     "the PHI database's branch must be shielded from deletion and reset, and the allow-list must cover it.",
	Fix:     "run every neon_endpoint on a neon_branch with protected = yes (database.New does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsProduction() {
			return NotApplicable, ""
		}
		protected := 0
		for _, b := range s.Attached("neon_branch", "project_id", r) {
			if str(b.Attrs["protected"]) == "yes" {
				protected++
			}
		}
		var problems []string
		if protected == 0 {
			problems = append(problems, "no neon_branch of the project with protected = yes")
		}
		for _, e := range s.Attached("neon_endpoint", "project_id", r) {
			t, ok := netWholeRef(e.Stack, e.Attrs["branch_id"])
			switch {
			case ok && t.Resource == r:
				problems = append(problems, fmt.Sprintf("%s runs on the project's default branch, which cannot be protected through the provider", e.Address()))
			case !ok || t.Resource.Type != "neon_branch":
				_, d := unresolved(e.Address()+" runs on a protected branch", e.Attrs["branch_id"])
				problems = append(problems, d)
			case str(t.Resource.Attrs["protected"]) != "yes":
				problems = append(problems, fmt.Sprintf("%s runs on %s, which is not protected", e.Address(), t.Resource.Address()))
			}
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

package compliance

// RailwayPHIBAA: in an environment whose data classification is phi, no service runs on
// Railway unless its project records a business associate agreement with Railway
// (DeclareBAA, from config railway.baaInPlace). A service whose environment's
// classification cannot be read, or whose project cannot be resolved, fails.
var RailwayPHIBAA = &Rule{
	ID: "railway-phi-baa", Controls: []string{"164.308(b)(1)", "164.314(a)(1)"}, Level: Error,
	Types:   []string{"railway_service"},
	Problem: "a service runs on Railway in a PHI environment without a business associate agreement with Railway",
	Why: "a covered entity may let a business associate create, receive, keep or transmit PHI only under a written agreement; " +
		"a service on Railway processes patient data on Railway's machines.",
	Fix: "sign the BAA with Railway and set railway.baaInPlace to true in config (the stacks record it on the project with " +
		"compliance.DeclareBAA), or run the service on Lambda (services.<name>.runtime lambda)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		switch c := s.Classification(r); c {
		case "phi":
		case "":
			return Fail, "cannot verify the environment's data classification: no data-classification tag on the stack's AWS provider nor on any stack of the environment"
		default:
			return NotApplicable, ""
		}
		project, ok := s.ResolvesTo(r.Attrs["project_id"], "railway_project")
		if !ok {
			return unresolved("the service's project (railway_project) and its BAA declaration", r.Attrs["project_id"])
		}
		baa := str(dig(project.Attrs, "//", BAAKey))
		return verdict(baa == "true", "service %q: its project %s declares %s = %q (no business associate agreement with Railway)", str(r.Attrs["name"]), project.Address(), BAAKey, baa)
	},
}

package compliance

import "regexp"

var wildcardActionRE = regexp.MustCompile(`^(\*|[A-Za-z0-9-]+:\*)$`)

// IAMNoWildcardAction: identity policies never allow "*" or "<service>:*".
var IAMNoWildcardAction = &Rule{
	ID: "iam-no-wildcard-action", Controls: []string{"164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)", "164.312(a)(1)"}, Level: Error,
	Types:   []string{"aws_iam_policy", "aws_iam_role_policy", "aws_iam_group_policy"},
	Problem: "an Allow statement grants every action of a service, or every action",
	Why:     "least privilege: a role reaching PHI may do only what its service needs.",
	Fix:     "list the actions (security.Role.Grant rejects wildcards)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		for _, st := range policyStatements(str(r.Attrs["policy"])) {
			if st.Effect != "Allow" {
				continue
			}
			for _, a := range st.Action {
				if wildcardActionRE.MatchString(a) {
					return Fail, "statement " + st.Sid + " allows " + a
				}
			}
		}
		return Pass, ""
	},
}

package compliance

import "slices"

// IAMGroupHasUsers: every IAM group has at least one user. A warning, not an error: an
// empty group grants nothing to anyone today; the risk is a standing permission set
// that a later one-line membership activates without the review its policies had.
var IAMGroupHasUsers = &Rule{
	ID: "iam-group-has-users", Controls: []string{"164.308(a)(4)(ii)(C)"}, Level: Warning,
	Types:   []string{"aws_iam_group"},
	Problem: "the IAM group has no users",
	Why:     "an unused group keeps permissions that nobody reviews and that a later membership silently grants.",
	Fix:     "remove the group, or add its members in the same change",
	Check: func(s *Stack, r *Resource) (Status, string) {
		for _, m := range s.AllOfType("aws_iam_group_membership") {
			if m.Stack.names(m.Attrs["group"], r) && len(list(m.Attrs["users"])) > 0 {
				return Pass, ""
			}
		}
		for _, m := range s.AllOfType("aws_iam_user_group_membership") {
			if slices.ContainsFunc(list(m.Attrs["groups"]), func(g any) bool { return m.Stack.names(g, r) }) {
				return Pass, ""
			}
		}
		return Fail, "no membership names group " + str(r.Attrs["name"])
	},
}

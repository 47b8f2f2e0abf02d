package compliance

import "slices"

// IAMUserGroupMembership: every IAM user belongs to at least one group, through
// aws_iam_user_group_membership (user) or aws_iam_group_membership (users), naming the
// user by reference or by its literal name. A membership the pack cannot resolve does
// not count for the user.
var IAMUserGroupMembership = &Rule{
	ID: "iam-user-group-membership", Controls: []string{"164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_iam_user"},
	Problem: "the IAM user belongs to no group",
	Why:     "a user's access must come from a reviewed group (job function), not from grants made to the person.",
	Fix:     "add the user to a group with aws_iam_user_group_membership, or remove the user (people sign in through the identity provider)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		for _, m := range s.AllOfType("aws_iam_user_group_membership") {
			if m.Stack.names(m.Attrs["user"], r) && len(list(m.Attrs["groups"])) > 0 {
				return Pass, ""
			}
		}
		for _, m := range s.AllOfType("aws_iam_group_membership") {
			if slices.ContainsFunc(list(m.Attrs["users"]), func(u any) bool { return m.Stack.names(u, r) }) {
				return Pass, ""
			}
		}
		return Fail, "no aws_iam_user_group_membership or aws_iam_group_membership names user " + str(r.Attrs["name"])
	},
}

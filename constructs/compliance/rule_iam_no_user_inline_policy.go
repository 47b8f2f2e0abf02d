package compliance

// IAMNoUserInlinePolicy: users get permissions through roles and groups only.
var IAMNoUserInlinePolicy = &Rule{
	ID: "iam-no-user-inline-policy", Controls: []string{"164.308(a)(4)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_iam_user_policy"},
	Problem: "an inline policy is attached to an IAM user",
	Why:     "access must be granted through reviewable roles and groups, not per person.",
	Fix:     "use a role (workloads) or a group (people)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return Fail, "aws_iam_user_policy on " + str(r.Attrs["user"])
	},
}

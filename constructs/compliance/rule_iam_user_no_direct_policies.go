package compliance

import "fmt"

// IAMUserNoDirectPolicies: no managed policy is attached to an IAM user directly
// (aws_iam_user_policy_attachment, aws_iam_policy_attachment with users, or a non-empty
// aws_iam_user_policy_attachments_exclusive). Inline user policies are
// iam-no-user-inline-policy's.
var IAMUserNoDirectPolicies = &Rule{
	ID: "iam-user-no-direct-policies", Controls: []string{"164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_iam_user_policy_attachment", "aws_iam_policy_attachment", "aws_iam_user_policy_attachments_exclusive"},
	Problem: "a managed policy is attached directly to an IAM user",
	Why:     "access must be granted through reviewable roles and groups, so that it is reviewed and revoked per job function, not per person.",
	Fix:     "attach the policy to a group the user belongs to (people) or to a role (workloads)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		switch r.Type {
		case "aws_iam_policy_attachment":
			users := r.Attrs["users"]
			if users == nil || len(list(users)) == 0 {
				return NotApplicable, ""
			}
			return Fail, fmt.Sprintf("%v attached to users %v", r.Attrs["policy_arn"], users)
		case "aws_iam_user_policy_attachments_exclusive":
			arns := r.Attrs["policy_arns"]
			if !isRef(arns) && len(list(arns)) == 0 {
				return Pass, "" // an empty exclusive list removes every attachment
			}
			return Fail, fmt.Sprintf("%v attached to user %v", arns, r.Attrs["user_name"])
		}
		return Fail, fmt.Sprintf("%v attached to user %v", r.Attrs["policy_arn"], r.Attrs["user"])
	},
}

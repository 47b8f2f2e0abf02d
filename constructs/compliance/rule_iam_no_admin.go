package compliance

import "strings"

// IAMNoAdmin: no role, user or group gets AdministratorAccess or IAMFullAccess.
var IAMNoAdmin = &Rule{
	ID: "iam-no-admin", Controls: []string{"164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment"},
	Problem: "an administrator managed policy is attached",
	Why:     "administrator access bypasses every other control over PHI.",
	Fix:     "grant the specific actions instead",
	Check: func(s *Stack, r *Resource) (Status, string) {
		arn := str(r.Attrs["policy_arn"])
		for _, bad := range []string{":policy/AdministratorAccess", ":policy/IAMFullAccess", ":policy/PowerUserAccess"} {
			if strings.HasSuffix(arn, bad) {
				return Fail, arn
			}
		}
		return Pass, ""
	},
}

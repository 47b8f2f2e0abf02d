package compliance

import "fmt"

// IAMNoLongLivedCredentials: the application's Terraform creates no long-lived IAM user
// credential: access keys, console passwords (login profiles), service-specific
// credentials (CodeCommit, Keyspaces) or signing certificates. An error, not a warning:
// Terraform cannot rotate a key (it lives until the resource is replaced, against the
// 90-day rotation of access-keys-rotated), nobody's MFA can be enforced on it, and the
// secret lands in Terraform state. People sign in through the identity provider and
// assume roles; workloads use their roles' temporary credentials.
var IAMNoLongLivedCredentials = &Rule{
	ID: "iam-no-long-lived-credentials", Controls: []string{"164.308(a)(5)(ii)(D)", "164.312(a)(2)(i)", "164.312(d)"}, Level: Error,
	Types:   []string{"aws_iam_access_key", "aws_iam_user_login_profile", "aws_iam_service_specific_credential", "aws_iam_signing_certificate"},
	Problem: "a long-lived IAM user credential (access key, console password, service credential or signing certificate) is created",
	Why:     "a static credential is not rotated, not bound to MFA, and its secret is stored in Terraform state; a leak gives lasting access to PHI.",
	Fix:     "use a role: workloads get temporary credentials from their role, people sign in through the identity provider (IAM Identity Center)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		user := r.Attrs["user"]
		if user == nil {
			user = r.Attrs["user_name"]
		}
		return Fail, fmt.Sprintf("%s for user %v", r.Type, user)
	},
}

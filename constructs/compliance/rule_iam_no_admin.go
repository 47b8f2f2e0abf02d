package compliance

import (
	"fmt"
	"regexp"
	"strings"
)

// awsManagedPolicyRE matches an AWS-managed policy ARN in any partition (aws, aws-cn,
// aws-us-gov, ...) and captures its path and name.
var awsManagedPolicyRE = regexp.MustCompile(`^arn:aws[a-z-]*:iam::aws:policy/((?:[^/]+/)*)([^/]+)$`)

// DeniedManagedPolicies are AWS-managed policies that no role, user or group of the
// platform may hold, with why. Any other AWS-managed policy whose name ends in
// "FullAccess" is denied too (every action of a service on every resource).
var DeniedManagedPolicies = map[string]string{
	"AdministratorAccess":                "every action on every resource",
	"PowerUserAccess":                    "every action but IAM management, on every resource: every PHI store and key",
	"IAMFullAccess":                      "can grant itself anything",
	"ReadOnlyAccess":                     "reads every object, item, log and parameter of the account",
	"ViewOnlyAccess":                     "lists every resource of the account",
	"SecretsManagerReadWrite":            "reads every secret of the account",
	"AmazonS3ReadOnlyAccess":             "reads every object of every bucket",
	"AmazonDynamoDBReadOnlyAccess":       "reads every item of every table",
	"CloudWatchLogsReadOnlyAccess":       "reads every log of the account",
	"AWSKeyManagementServicePowerUser":   "manages every key of the account",
	"job-function/SystemAdministrator":   "broad administration of compute, network and logs",
	"job-function/DatabaseAdministrator": "administration of every database, snapshot and its data",
	"job-function/NetworkAdministrator":  "administration of every network path to PHI",
	"job-function/DataScientist":         "reads data stores across the account",
}

// IAMNoAdmin: no role, user or group holds an administrator, full-access or
// account-wide read AWS-managed policy, through any attachment form; a policy ARN the
// pack cannot read is a finding (a customer-managed policy of the environment is read
// by the document rules instead).
var IAMNoAdmin = &Rule{
	ID: "iam-no-admin", Controls: []string{"164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)"}, Level: Error,
	Types: []string{"aws_iam_role_policy_attachment", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment", "aws_iam_policy_attachment",
		"aws_iam_role_policy_attachments_exclusive", "aws_iam_user_policy_attachments_exclusive", "aws_iam_group_policy_attachments_exclusive", "aws_iam_role"},
	Problem: "an administrator, full-access or account-wide managed policy is attached, or an attached policy cannot be read",
	Why:     "administrator or service-wide access bypasses every other control over PHI; a policy the pack cannot read cannot be shown to be least privilege.",
	Fix:     "grant the specific actions instead (security.Role.Grant), or attach a customer-managed aws_iam_policy of this environment",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var arns []any
		switch {
		case r.Type == "aws_iam_role":
			if r.Attrs["managed_policy_arns"] == nil {
				return NotApplicable, ""
			}
			arns = list(r.Attrs["managed_policy_arns"])
			if isRef(r.Attrs["managed_policy_arns"]) {
				return unresolved("managed_policy_arns", r.Attrs["managed_policy_arns"])
			}
		case strings.HasSuffix(r.Type, "_exclusive"):
			if isRef(r.Attrs["policy_arns"]) {
				return unresolved("policy_arns", r.Attrs["policy_arns"])
			}
			arns = list(r.Attrs["policy_arns"])
		default:
			arns = []any{r.Attrs["policy_arn"]}
		}
		var fails []string
		for _, a := range arns {
			if d := s.attachedPolicyProblem(a); d != "" {
				fails = append(fails, d)
			}
		}
		return verdict(len(fails) == 0, "%s", strings.Join(fails, "; "))
	},
}

// attachedPolicyProblem says why an attached policy ARN is not acceptable, or "".
func (s *Stack) attachedPolicyProblem(v any) string {
	arn, ok := v.(string)
	if !ok || arn == "" {
		return fmt.Sprintf("cannot verify the policy ARN %v", v)
	}
	if isRef(arn) {
		if s.envPolicyARN(arn) {
			return "" // its document is inspected by the document rules
		}
		return s.refProblem("the attached policy", arn) + " (only an aws_iam_policy of this environment can be inspected)"
	}
	m := awsManagedPolicyRE.FindStringSubmatch(arn)
	if m == nil {
		if name := strings.TrimPrefix(arn[strings.LastIndex(arn, ":")+1:], "policy/"); s.envPolicyNamed(name) {
			return ""
		}
		return fmt.Sprintf("cannot verify %s: not an AWS-managed policy, nor an aws_iam_policy of this environment", arn)
	}
	full := m[1] + m[2]
	if why, ok := DeniedManagedPolicies[full]; ok {
		return fmt.Sprintf("%s (%s)", arn, why)
	}
	if strings.HasPrefix(m[2], "AdministratorAccess") || strings.HasSuffix(m[2], "FullAccess") {
		return fmt.Sprintf("%s (every action of a service on every resource)", arn)
	}
	return ""
}

// envPolicyNamed reports whether an aws_iam_policy of the environment has this literal
// path and name ("hh-prod-service-boundary", or "team/hh-prod-x" with a path).
func (s *Stack) envPolicyNamed(pathName string) bool {
	for _, p := range s.AllOfType("aws_iam_policy") {
		name := str(p.Attrs["name"])
		if name == "" || isRef(name) {
			continue
		}
		path := strings.Trim(str(p.Attrs["path"]), "/")
		if path != "" {
			path += "/"
		}
		if pathName == path+name {
			return true
		}
	}
	return false
}

// envPolicyARN reports whether v is a reference to the ARN of an aws_iam_policy of the
// environment (directly or through another stack's output).
func (s *Stack) envPolicyARN(v string) bool {
	t, ok := s.Resolve(v)
	return ok && plainRef(v) && !t.Resource.Data && t.Resource.Type == "aws_iam_policy" && t.Attr == "arn"
}

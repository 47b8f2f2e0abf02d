package compliance

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// ComputePrincipals are the service principals whose roles run code the platform (or
// an attacker who changed that code) controls: a function, a task, an instance, a
// workflow, a build or a job can call any API its role allows; so can a workload outside
// AWS through IAM Roles Anywhere (a service on Railway). Their roles must carry a
// permissions boundary, the ceiling no later grant can pass. CloudWatch Synthetics
// canaries run as Lambda functions (their role trusts lambda.amazonaws.com). Roles
// federated with an OpenID Connect provider (CI jobs, cluster pods) run code too and
// are held to the same (computeTrust); SAML federation signs in people, not code.
//
// Delivery roles that run no customer code (VPC flow logs, S3 replication, CloudTrail to
// CloudWatch Logs, Config) are left out: what they do is fixed by the service, and
// their own policies are read by the document rules. If one carries a boundary anyway,
// the boundary must still resolve.
var ComputePrincipals = []string{
	"lambda", "edgelambda", "ecs-tasks", "ec2", "states", "codebuild", "glue", "sagemaker",
	"tasks.apprunner", "pods.eks", "emr-serverless", "rolesanywhere",
}

// regionLabelRE matches a region label inside a service principal ("states.us-east-1").
var regionLabelRE = regexp.MustCompile(`\.[a-z]{2}(-[a-z]+)+-\d$`)

// computePrincipal reports whether a service principal runs customer code.
func computePrincipal(p string) bool {
	svc := strings.TrimSuffix(strings.TrimSuffix(p, ".amazonaws.com.cn"), ".amazonaws.com")
	svc = regionLabelRE.ReplaceAllString(svc, "")
	return slices.Contains(ComputePrincipals, svc)
}

// IAMServiceRoleBoundary: a role that a compute service can assume has a permissions
// boundary, and the boundary is an aws_iam_policy of this environment (so the document
// rules read it). A boundary that cannot be resolved fails; so does an unreadable trust
// policy (the rule cannot tell who may assume the role).
var IAMServiceRoleBoundary = &Rule{
	ID: "iam-service-role-boundary", Controls: []string{"164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)", "164.312(a)(1)"}, Level: Error,
	Types:   []string{"aws_iam_role"},
	Problem: "a role that runs code has no permissions boundary of this environment",
	Why:     "the boundary is the ceiling of what any grant can give a service's code; without it one wide grant reaches every PHI store.",
	Fix:     "set permissions_boundary to the environment's boundary policy (security.NewRole requires BoundaryArn)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		compute, err := s.computeTrust(r)
		if err != nil {
			return Fail, "assume_role_policy: " + err.Error()
		}
		b := r.Attrs["permissions_boundary"]
		if b == nil || b == "" {
			if compute == "" {
				return NotApplicable, ""
			}
			return Fail, fmt.Sprintf("%s can assume the role and it has no permissions_boundary", compute)
		}
		if d := s.boundaryProblem(str(b)); d != "" {
			return Fail, d
		}
		return Pass, ""
	},
}

// computeTrust returns the first compute principal the trust policy allows, or "".
func (s *Stack) computeTrust(r *Resource) (string, error) {
	sts, err := s.readPolicy(r.Attrs["assume_role_policy"])
	if err != nil {
		return "", err
	}
	for _, st := range sts {
		if st.Effect != "Allow" {
			continue
		}
		vals, err := principalValues(st.Principal)
		if err != nil {
			return "", err
		}
		for _, tv := range vals {
			if tv[0] == "Service" && computePrincipal(tv[1]) {
				return tv[1], nil
			}
			if tv[0] == "Federated" && s.oidcFederation(tv[1]) {
				return "the workloads of " + tv[1], nil
			}
		}
	}
	return "", nil
}

// oidcFederation reports whether a Federated principal is (or may be) an OpenID Connect
// provider, whose tokens are workloads' (a CI job, a pod), not people's: anything but a
// SAML provider, including a reference the pack cannot resolve (fail closed).
func (s *Stack) oidcFederation(fed string) bool {
	if isRef(fed) {
		p, ok := s.ResolvesTo(fed, "aws_iam_openid_connect_provider", "aws_iam_saml_provider")
		return !ok || p.Type == "aws_iam_openid_connect_provider"
	}
	return !strings.Contains(fed, ":saml-provider/")
}

// boundaryProblem says why a permissions_boundary value is not a policy of this
// environment, or "".
func (s *Stack) boundaryProblem(b string) string {
	if isRef(b) {
		if s.envPolicyARN(b) {
			return ""
		}
		return s.refProblem("the permissions boundary", b)
	}
	if awsManagedPolicyRE.MatchString(b) {
		return fmt.Sprintf("the permissions boundary %s is an AWS-managed policy, not the environment's boundary", b)
	}
	if i := strings.Index(b, ":policy/"); i >= 0 && s.envPolicyNamed(b[i+len(":policy/"):]) {
		return ""
	}
	return fmt.Sprintf("cannot verify the permissions boundary %q: not an aws_iam_policy of this environment", b)
}

package compliance

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// LambdaNoPublicPermission: invoke permissions name a principal of this account, or an
// AWS service restricted to one source.
var LambdaNoPublicPermission = &Rule{
	ID: "lambda-no-public-permission", Controls: []string{"164.312(a)(1)"}, Level: Error,
	Types:   []string{"aws_lambda_permission"},
	Problem: "the function can be invoked by any principal, another account, or any resource of a service",
	Why: "an open invoke permission lets anyone run code that reaches PHI. A service principal without a source_arn lets any resource of " +
		"that service, in any account, invoke the function (source_account alone still admits every API, bucket or topic of the account, " +
		"including unauthenticated test ones); function_url_auth_type NONE makes a public URL.",
	Fix: "name the service principal and set source_arn to the one resource that invokes (api.HTTPAPI.AddLambdaRoute does), or a role of this account; never principal \"*\" or function_url_auth_type NONE",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		if str(r.Attrs["function_url_auth_type"]) == "NONE" {
			problems = append(problems, "function_url_auth_type NONE (a public function URL)")
		}
		p := r.Attrs["principal"]
		ps := str(p)
		switch {
		case ps == "":
			problems = append(problems, "no principal")
		case ps == "*":
			problems = append(problems, `principal "*" (anyone)`)
		case isRef(ps):
			t, ok := netWholeRef(s, ps)
			if !ok || t.Resource.Data || t.Resource.Type != "aws_iam_role" || t.Attr != "arn" {
				_, d := unresolved("the principal is a role of this environment", p)
				problems = append(problems, d)
			}
		case strings.HasSuffix(ps, ".amazonaws.com") || strings.HasSuffix(ps, ".amazonaws.com.cn"):
			if d := netSourceArnProblem(s, r); d != "" {
				problems = append(problems, d)
			}
		default:
			acct := netAccountOf(ps)
			allowed := netAllowedAccounts(s)
			switch {
			case acct == "":
				problems = append(problems, fmt.Sprintf("principal %q is not a service, an account or an IAM ARN", ps))
			case len(allowed) == 0:
				problems = append(problems, fmt.Sprintf("cannot verify principal %q is this environment's account: no provider sets allowed_account_ids", ps))
			case !slices.Contains(allowed, acct):
				problems = append(problems, fmt.Sprintf("principal %q is another account (this environment is %v)", ps, allowed))
			}
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

var netAccountRE = regexp.MustCompile(`^(\d{12})$|^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):`)

// netAccountOf extracts the account of an account-id or IAM/STS ARN principal.
func netAccountOf(p string) string {
	m := netAccountRE.FindStringSubmatch(p)
	if m == nil {
		return ""
	}
	return m[1] + m[2]
}

// netAllowedAccounts lists the account ids the environment's AWS providers are pinned to.
func netAllowedAccounts(s *Stack) []string {
	var out []string
	for _, st := range s.Env().Stacks {
		for k, p := range st.providers {
			if k != "aws" && !strings.HasPrefix(k, "aws.") {
				continue
			}
			for _, a := range list(p["allowed_account_ids"]) {
				if id := str(a); id != "" && !slices.Contains(out, id) {
					out = append(out, id)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// netSourceArnProblem checks a service principal's source_arn: set, and naming one
// resource (a reference of this environment, or a literal ARN without a wildcard in its
// service, account or resource id).
func netSourceArnProblem(s *Stack, r *Resource) string {
	p := str(r.Attrs["principal"])
	sa := r.Attrs["source_arn"]
	ss := str(sa)
	switch {
	case ss == "":
		return fmt.Sprintf("service principal %s without source_arn: any %s resource, of any account, may invoke", p, strings.Split(p, ".")[0])
	case isRef(ss):
		t, ok := s.Resolve(ss)
		if !ok {
			_, d := unresolved("the source_arn names a resource of this environment", sa)
			return d
		}
		rest := ss[strings.Index(ss, "}")+1:]
		if rest != "" && !strings.HasPrefix(rest, "/") {
			return fmt.Sprintf("cannot verify source_arn %q: %s is followed by %q", ss, t.Resource.Address(), rest)
		}
		return ""
	case ss == "*":
		return `source_arn "*"`
	}
	parts := strings.SplitN(ss, ":", 6)
	if len(parts) < 6 || parts[0] != "arn" {
		return fmt.Sprintf("source_arn %q is not an ARN", ss)
	}
	switch {
	case strings.Contains(parts[2], "*") || strings.Contains(parts[3], "*") || strings.Contains(parts[4], "*"):
		return fmt.Sprintf("source_arn %q has a wildcard service, region or account", ss)
	case strings.HasPrefix(parts[5], "*"):
		return fmt.Sprintf("source_arn %q matches every resource", ss)
	case parts[4] == "" && str(r.Attrs["source_account"]) == "":
		return fmt.Sprintf("source_arn %q names no account (an S3 bucket name can be taken by another account): set source_account", ss)
	}
	return ""
}

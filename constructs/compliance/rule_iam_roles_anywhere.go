package compliance

import (
	"fmt"
	"slices"
	"strings"
)

// RolesAnywherePrincipal is IAM Roles Anywhere's service principal.
const RolesAnywherePrincipal = "rolesanywhere.amazonaws.com"

// MaxRolesAnywhereSessionSeconds is the longest session a Roles Anywhere profile may give.
const MaxRolesAnywhereSessionSeconds = 3600

// IAMRolesAnywhereTrust: a workload outside AWS (a service on Railway) gets AWS
// credentials only from a certificate that is short-lived, issued by a CA of this
// environment, and names that workload.
//
// A role trusted by rolesanywhere.amazonaws.com must, in each such trust statement,
//   - pin aws:SourceArn (ArnEquals, ArnLike or StringEquals; no IfExists) to trust anchors
//     of the environment, each on an AWS Private CA of the environment
//     (source_type AWS_ACM_PCA) in SHORT_LIVED_CERTIFICATE mode: a certificate bundle
//     could be any CA's, and a long-lived certificate needs revocation that nothing here
//     checks;
//   - pin aws:PrincipalTag/x509Subject/CN with StringEquals to literal names (no wildcard):
//     otherwise any certificate of the CA (another service's) assumes the role.
//
// A profile (aws_rolesanywhere_profile) gives sessions of at most one hour.
//
// A literal trust anchor ARN, a variable or an unresolvable reference fails: the rule
// cannot see what CA is behind it.
var IAMRolesAnywhereTrust = &Rule{
	ID: "iam-roles-anywhere-trust", Controls: []string{"164.312(d)", "164.312(a)(1)", "164.308(a)(4)(ii)(B)", "164.308(a)(5)(ii)(D)"}, Level: Error,
	Types:   []string{"aws_iam_role", "aws_rolesanywhere_profile"},
	Problem: "a workload outside AWS can get the role's credentials with a certificate that is long-lived, from an unknown CA, or not its own",
	Why:     "the certificate is the workload's only credential: it must expire within days, come from the environment's own CA, and open only the role of the workload it names.",
	Fix:     "trust rolesanywhere.amazonaws.com with ArnEquals aws:SourceArn = the trust anchor (AWS_ACM_PCA on a SHORT_LIVED_CERTIFICATE CA of the environment) and StringEquals aws:PrincipalTag/x509Subject/CN = the workload's name (workload.NewIdentity); profiles of at most 3600 seconds",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if r.Type == "aws_rolesanywhere_profile" {
			d := r.Attrs["duration_seconds"]
			switch {
			case d == nil:
				return Pass, "" // the service's default: 3600 seconds
			case isRef(d) || num(d) == 0:
				return unresolved("duration_seconds", d)
			}
			return verdict(num(d) <= MaxRolesAnywhereSessionSeconds, "duration_seconds %v is longer than %d (one hour)", d, MaxRolesAnywhereSessionSeconds)
		}
		return s.trustVerdict(r, func(st statement, vals [][2]string) (bool, []string) {
			if !slices.ContainsFunc(vals, func(tv [2]string) bool { return tv[0] == "Service" && strings.EqualFold(tv[1], RolesAnywherePrincipal) }) {
				return false, nil
			}
			var problems []string
			for _, d := range []string{s.rolesAnywhereSourceProblem(st), rolesAnywhereSubjectProblem(st)} {
				if d != "" {
					problems = append(problems, ": "+d)
				}
			}
			return true, problems
		})
	},
}

// rolesAnywhereSourceProblem says why the statement's aws:SourceArn does not pin it to
// short-lived trust anchors of the environment, or "".
func (s *Stack) rolesAnywhereSourceProblem(st statement) string {
	var tried []string
	for _, op := range sortedKeys(st.Condition) {
		set, base, ifExists := conditionOperator(op)
		for key, v := range st.Condition[op] {
			if !strings.EqualFold(key, "aws:SourceArn") {
				continue
			}
			if set != "" || ifExists || (base != "ArnEquals" && base != "ArnLike" && base != "StringEquals") {
				tried = append(tried, fmt.Sprintf("%s aws:SourceArn does not pin the trust anchor", op))
				continue
			}
			anchors, err := policyStrings(v)
			if err != nil || len(anchors) == 0 {
				tried = append(tried, fmt.Sprintf("%s aws:SourceArn: no value", op))
				continue
			}
			var bad []string
			for _, a := range anchors {
				if d := s.shortLivedAnchorProblem(a); d != "" {
					bad = append(bad, d)
				}
			}
			if len(bad) == 0 {
				return ""
			}
			tried = append(tried, strings.Join(bad, "; "))
		}
	}
	if len(tried) == 0 {
		return "no aws:SourceArn condition names the trust anchor: a certificate of any trust anchor of the account assumes the role"
	}
	return strings.Join(tried, "; ")
}

// shortLivedAnchorProblem says why the value is not a trust anchor of the environment on
// a short-lived Private CA of the environment, or "".
func (s *Stack) shortLivedAnchorProblem(v string) string {
	anchor, ok := s.ResolvesTo(v, "aws_rolesanywhere_trust_anchor")
	if !ok {
		_, d := unresolved("the trust anchor", v)
		return d
	}
	st := anchor.Stack
	if st == nil {
		st = s
	}
	typ := str(dig(anchor.Attrs, "source", 0, "source_type"))
	if typ != "AWS_ACM_PCA" {
		return fmt.Sprintf("trust anchor %s has source_type %q: only AWS_ACM_PCA (a Private CA of the environment) can be proven short-lived", anchor.Address(), typ)
	}
	caRef := dig(anchor.Attrs, "source", 0, "source_data", 0, "acm_pca_arn")
	ca, ok := st.ResolvesTo(caRef, "aws_acmpca_certificate_authority")
	if !ok {
		_, d := unresolved("the trust anchor's certificate authority", caRef)
		return d
	}
	if mode := str(ca.Attrs["usage_mode"]); mode != "SHORT_LIVED_CERTIFICATE" {
		return fmt.Sprintf("trust anchor %s is on %s, whose usage_mode is %q: its certificates may live for years and no revocation is checked (want SHORT_LIVED_CERTIFICATE, at most seven days)", anchor.Address(), ca.Address(), mode)
	}
	return ""
}

// rolesAnywhereSubjectProblem says why the statement does not pin the certificate's
// subject CN to literal names, or "".
func rolesAnywhereSubjectProblem(st statement) string {
	for _, op := range sortedKeys(st.Condition) {
		set, base, ifExists := conditionOperator(op)
		if set != "" || ifExists || base != "StringEquals" {
			continue
		}
		for key, v := range st.Condition[op] {
			if !strings.EqualFold(key, "aws:PrincipalTag/x509Subject/CN") {
				continue
			}
			names, err := policyStrings(v)
			if err != nil || len(names) == 0 {
				return "aws:PrincipalTag/x509Subject/CN has no value"
			}
			for _, n := range names {
				if n == "" || strings.ContainsAny(n, "*?$") {
					return fmt.Sprintf("aws:PrincipalTag/x509Subject/CN %q is not one literal workload name", n)
				}
			}
			return ""
		}
	}
	return "no StringEquals aws:PrincipalTag/x509Subject/CN names the workload: any certificate of the trust anchor (another service's) assumes the role"
}

package compliance

import (
	"fmt"
	"strings"
)

// IAMRoleTrust: a role's trust policy lets in only named principals. An Allow to
// Principal "*" or {"AWS": "*"} (also inside a list, also NotPrincipal) needs a
// condition of NarrowingConditionKeys that pins the caller; a web-identity (OIDC)
// federation needs a condition on the provider's sub claim (cognito-identity: aud, the
// identity pool) — without it every GitHub repository, every pod of the cluster or every
// user of the identity provider can assume the role. SAML providers of the account are
// trusted as they are (the IdP authenticates the workforce). An unreadable trust policy
// fails.
var IAMRoleTrust = &Rule{
	ID: "iam-role-trust-narrowed", Controls: []string{"164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.312(d)"}, Level: Error,
	Types:   []string{"aws_iam_role"},
	Problem: "the role's trust policy lets anyone (or any user of an identity provider) assume the role",
	Why:     "whoever assumes the role gets its access to PHI; a trust must name the account, organization, principal or workload.",
	Fix:     "trust a named principal or service, or add a condition pinning aws:PrincipalAccount / aws:PrincipalOrgID / aws:PrincipalArn (web identity: the token's sub)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		sts, err := s.readPolicy(r.Attrs["assume_role_policy"])
		if err != nil {
			return Fail, "assume_role_policy: " + err.Error()
		}
		var fails []string
		for _, st := range sts {
			if st.Effect != "Allow" {
				continue
			}
			public, why, err := s.publicPrincipal(st)
			if err != nil {
				fails = append(fails, st.label()+": "+err.Error())
				continue
			}
			if public {
				if _, none := s.narrowingCondition(st, NarrowingConditionKeys); none != "" {
					fails = append(fails, fmt.Sprintf("%s trusts %s: %s", st.label(), why, none))
				}
				continue
			}
			vals, _ := principalValues(st.Principal)
			for _, tv := range vals {
				if tv[0] != "Federated" {
					continue
				}
				if d := s.federatedTrustProblem(st, tv[1]); d != "" {
					fails = append(fails, st.label()+": "+d)
				}
			}
		}
		return verdict(len(fails) == 0, "%s", strings.Join(fails, "; "))
	},
}

// federatedTrustProblem says why a Federated principal's trust is too wide, or "".
func (s *Stack) federatedTrustProblem(st statement, fed string) string {
	host := fed
	if isRef(fed) {
		p, ok := s.ResolvesTo(fed, "aws_iam_openid_connect_provider", "aws_iam_saml_provider")
		if !ok || !plainRef(fed) {
			_, d := unresolved("the federated principal", fed)
			return d
		}
		if p.Type == "aws_iam_saml_provider" {
			return ""
		}
		host = str(p.Attrs["url"])
		if host == "" || isRef(host) {
			return fmt.Sprintf("cannot verify the OIDC provider %s: its url %q is not literal", p.Address(), host)
		}
	}
	switch {
	case strings.Contains(host, ":saml-provider/"):
		return ""
	case strings.Contains(host, ":oidc-provider/"):
		host = host[strings.Index(host, ":oidc-provider/")+len(":oidc-provider/"):]
	}
	host = strings.TrimPrefix(strings.TrimPrefix(host, "https://"), "http://")
	claim := host + ":sub"
	if host == "cognito-identity.amazonaws.com" {
		claim = host + ":aud"
	}
	for _, op := range sortedKeys(st.Condition) {
		set, base, ifExists := conditionOperator(op)
		if set != "" && set != "ForAnyValue" || ifExists || (base != "StringEquals" && base != "StringLike") {
			continue
		}
		for key, v := range st.Condition[op] {
			if !strings.EqualFold(key, claim) {
				continue
			}
			if vals, err := policyStrings(v); err == nil && len(vals) > 0 && subClaimsNarrow(vals) {
				return ""
			}
		}
	}
	return fmt.Sprintf("trusts the identity provider %s without a StringEquals/StringLike condition on %s naming the workload", fed, claim)
}

// subClaimsNarrow reports whether every value names a workload: exact, or a wildcard
// after a literal owner/repository ("repo:org/app:*").
func subClaimsNarrow(vals []string) bool {
	for _, v := range vals {
		if strings.Contains(v, "${") {
			return false
		}
		i := strings.IndexAny(v, "*?")
		if i < 0 {
			continue
		}
		if !strings.Contains(strings.TrimPrefix(v[:i], "repo:"), "/") {
			return false
		}
	}
	return true
}

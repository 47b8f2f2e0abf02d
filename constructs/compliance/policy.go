package compliance

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// statement is one IAM policy statement, normalized: every element that IAM accepts as
// a string or a list of strings is a list here.
type statement struct {
	Sid    string
	Effect string
	// Action and NotAction, Resource and NotResource as written (tokens included).
	Action, NotAction     []string
	Resource, NotResource []string
	// Principal and NotPrincipal as written: "*" or a map of type to string or list.
	Principal, NotPrincipal any
	// Condition maps an operator ("StringEquals", "ForAnyValue:StringLike",
	// "BoolIfExists") to condition keys and their value (a string, bool or list).
	Condition map[string]map[string]any
}

// policyStatements parses an IAM policy, normalizing single strings to lists. It returns
// nil for a document it cannot parse; rules that must fail closed use readPolicy.
func policyStatements(policy string) []statement {
	sts, err := parsePolicy(policy)
	if err != nil {
		return nil
	}
	return sts
}

// parsePolicy parses IAM policy JSON. "Statement" may be one object or a list; Effect
// must be Allow or Deny (IAM is case-sensitive here); every list element must be a
// string. An error says why the document is not a policy the pack can read.
func parsePolicy(policy string) ([]statement, error) {
	var doc map[string]any
	if err := json.Unmarshal([]byte(policy), &doc); err != nil {
		return nil, fmt.Errorf("the policy is not valid JSON (%v)", err)
	}
	raw, ok := doc["Statement"]
	if !ok {
		return nil, errors.New("the policy has no Statement")
	}
	var out []statement
	for i, r := range list(raw) {
		m, ok := r.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("statement %d is not an object", i)
		}
		st := statement{Sid: str(m["Sid"]), Effect: str(m["Effect"]), Principal: m["Principal"], NotPrincipal: m["NotPrincipal"]}
		if st.Effect != "Allow" && st.Effect != "Deny" {
			return nil, fmt.Errorf("statement %s has Effect %q (IAM accepts exactly Allow or Deny)", st.name(i), fmt.Sprint(m["Effect"]))
		}
		for key, dst := range map[string]*[]string{"Action": &st.Action, "NotAction": &st.NotAction, "Resource": &st.Resource, "NotResource": &st.NotResource} {
			vals, err := policyStrings(m[key])
			if err != nil {
				return nil, fmt.Errorf("statement %s: %s %v", st.name(i), key, err)
			}
			*dst = vals
		}
		if len(st.Action) == 0 && len(st.NotAction) == 0 {
			return nil, fmt.Errorf("statement %s has neither Action nor NotAction", st.name(i))
		}
		if c, ok := m["Condition"]; ok && c != nil {
			cm, ok := c.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("statement %s: Condition is not an object", st.name(i))
			}
			st.Condition = map[string]map[string]any{}
			for op, kv := range cm {
				kvm, ok := kv.(map[string]any)
				if !ok {
					return nil, fmt.Errorf("statement %s: Condition %s is not an object", st.name(i), op)
				}
				st.Condition[op] = kvm
			}
		}
		out = append(out, st)
	}
	return out, nil
}

// name identifies a statement in a finding: its Sid, else its position.
func (st statement) name(i int) string {
	if st.Sid != "" {
		return fmt.Sprintf("%q", st.Sid)
	}
	return fmt.Sprintf("#%d", i+1)
}

// label is name without the position (for statements already parsed).
func (st statement) label() string {
	if st.Sid != "" {
		return fmt.Sprintf("statement %q", st.Sid)
	}
	return "a statement without Sid"
}

func policyStrings(v any) ([]string, error) {
	var out []string
	for _, x := range list(v) {
		s, ok := x.(string)
		if !ok {
			return nil, fmt.Errorf("holds %v, not a string", x)
		}
		out = append(out, s)
	}
	return out, nil
}

func policyDeniesInsecureTransport(policy string) bool {
	for _, st := range policyStatements(policy) {
		if st.Effect == "Deny" && str(dig(st.Condition["Bool"], "aws:SecureTransport")) == "false" {
			return true
		}
	}
	return false
}

func containsRef(s string, r *Resource) bool { return strings.Contains(s, r.Ref()) }

// policyAttrs are the attributes that hold a policy document, so that a reference to
// one of them ("${aws_iam_policy.p.policy}") is followed to the document it names.
var policyAttrs = []string{"policy", "assume_role_policy", "policy_document", "access_policies", "access_policy"}

// readPolicy reads a policy attribute the way Terraform will: JSON text (Terraform
// tokens inside values stay as written and are judged by the rules), a reference to an
// aws_iam_policy_document data source (evaluated from its blocks), or a reference to a
// policy attribute of another resource of the environment. Anything else — a variable,
// a function call such as jsonencode(...), an unknown resource, text that is not a
// policy — is an error saying why the document cannot be verified.
func (s *Stack) readPolicy(v any) ([]statement, error) {
	return s.readPolicyDepth(v, 0)
}

func (s *Stack) readPolicyDepth(v any, depth int) ([]statement, error) {
	if depth > 8 {
		return nil, errors.New("cannot verify the policy: references nest too deeply")
	}
	text, ok := v.(string)
	switch {
	case v == nil || (ok && strings.TrimSpace(text) == ""):
		return nil, errors.New("no policy document is set")
	case !ok:
		return nil, fmt.Errorf("cannot verify the policy: it is %T, not JSON text", v)
	}
	if strings.HasPrefix(text, "${") {
		if end := tokenEnd(text, 0); end == len(text) {
			return s.readPolicyRef(text, depth)
		}
	}
	sts, err := parsePolicy(text)
	if err != nil {
		if strings.Contains(text, "${") && !strings.HasPrefix(strings.TrimSpace(text), "{") {
			return nil, fmt.Errorf("cannot verify the policy %q: it is a Terraform expression, not a literal document", clipPolicy(text))
		}
		return nil, fmt.Errorf("cannot verify the policy: %v", err)
	}
	return sts, nil
}

func (s *Stack) readPolicyRef(ref string, depth int) ([]statement, error) {
	t, ok := s.Resolve(ref)
	if !ok {
		_, detail := unresolved("the policy", ref)
		return nil, errors.New(detail)
	}
	r := t.Resource
	switch {
	case r.Data && r.Type == "aws_iam_policy_document" && (t.Attr == "json" || t.Attr == "minified_json"):
		return r.Stack.evalPolicyDocument(r, depth)
	case !r.Data && slices.Contains(policyAttrs, t.Attr):
		sts, err := r.Stack.readPolicyDepth(r.Attrs[t.Attr], depth+1)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", r.Address(), t.Attr, err)
		}
		return sts, nil
	}
	return nil, fmt.Errorf("cannot verify the policy %q: %s.%s is not a policy document the pack can read", ref, r.Address(), t.Attr)
}

// evalPolicyDocument renders an aws_iam_policy_document data source as the provider
// does: source documents first, then its own statements, then override documents, a
// later statement replacing an earlier one with the same Sid.
func (s *Stack) evalPolicyDocument(d *Resource, depth int) ([]statement, error) {
	if _, ok := d.Attrs["dynamic"]; ok {
		return nil, fmt.Errorf("cannot verify %s: its statements are generated by a dynamic block", d.Address())
	}
	var out []statement
	merge := func(sts []statement) {
		for _, st := range sts {
			if st.Sid != "" {
				if i := slices.IndexFunc(out, func(o statement) bool { return o.Sid == st.Sid }); i >= 0 {
					out[i] = st
					continue
				}
			}
			out = append(out, st)
		}
	}
	readDocs := func(key string) error {
		for _, src := range list(d.Attrs[key]) {
			sts, err := s.readPolicyDepth(src, depth+1)
			if err != nil {
				return fmt.Errorf("%s %s: %w", d.Address(), key, err)
			}
			merge(sts)
		}
		return nil
	}
	for _, key := range []string{"source_json", "source_policy_documents"} {
		if err := readDocs(key); err != nil {
			return nil, err
		}
	}
	var own []statement
	blocks := d.Attrs["statement"]
	if isRef(blocks) {
		return nil, fmt.Errorf("cannot verify %s: its statements are the expression %q", d.Address(), str(blocks))
	}
	for i, b := range list(blocks) {
		m, ok := b.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("cannot verify %s: statement %d is not a block", d.Address(), i)
		}
		st := statement{Sid: str(m["sid"]), Effect: str(m["effect"])}
		if st.Effect == "" {
			st.Effect = "Allow" // the provider's default
		}
		if st.Effect != "Allow" && st.Effect != "Deny" {
			return nil, fmt.Errorf("cannot verify %s: statement %s has effect %q", d.Address(), st.name(i), st.Effect)
		}
		for key, dst := range map[string]*[]string{"actions": &st.Action, "not_actions": &st.NotAction, "resources": &st.Resource, "not_resources": &st.NotResource} {
			vals, err := policyStrings(m[key])
			if err != nil {
				return nil, fmt.Errorf("cannot verify %s: statement %s %s %v", d.Address(), st.name(i), key, err)
			}
			*dst = vals
		}
		var err error
		if st.Principal, err = docPrincipals(m["principals"]); err != nil {
			return nil, fmt.Errorf("cannot verify %s: statement %s principals: %v", d.Address(), st.name(i), err)
		}
		if st.NotPrincipal, err = docPrincipals(m["not_principals"]); err != nil {
			return nil, fmt.Errorf("cannot verify %s: statement %s not_principals: %v", d.Address(), st.name(i), err)
		}
		for _, c := range list(m["condition"]) {
			cm, _ := c.(map[string]any)
			test, variable := str(cm["test"]), str(cm["variable"])
			if test == "" || variable == "" || isRef(test) || isRef(variable) {
				return nil, fmt.Errorf("cannot verify %s: statement %s has a condition without a literal test and variable", d.Address(), st.name(i))
			}
			if st.Condition == nil {
				st.Condition = map[string]map[string]any{}
			}
			if st.Condition[test] == nil {
				st.Condition[test] = map[string]any{}
			}
			st.Condition[test][variable] = cm["values"]
		}
		own = append(own, st)
	}
	merge(own)
	for _, key := range []string{"override_json", "override_policy_documents"} {
		if err := readDocs(key); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// docPrincipals renders principals blocks ({type, identifiers}) as a policy Principal.
func docPrincipals(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	out := map[string]any{}
	for _, b := range list(v) {
		m, ok := b.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%v is not a block", b)
		}
		typ := str(m["type"])
		ids, err := policyStrings(m["identifiers"])
		if err != nil {
			return nil, err
		}
		if typ == "*" {
			return "*", nil
		}
		prev, _ := out[typ].([]any)
		for _, id := range ids {
			prev = append(prev, id)
		}
		out[typ] = prev
	}
	return out, nil
}

// tokenEnd returns the index just after the Terraform token ("${...}") that starts at
// i, or -1 when it is not closed.
func tokenEnd(s string, i int) int {
	depth := 0
	inQuote := false
	for j := i; j < len(s); j++ {
		c := s[j]
		switch {
		case inQuote:
			if c == '\\' {
				j++
			} else if c == '"' {
				inQuote = false
			}
		case c == '"':
			inQuote = true
		case c == '{':
			depth++
		case c == '}':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

// tfTokens lists the Terraform tokens inside a value, in order.
func tfTokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "${")
		if j < 0 {
			break
		}
		start := i + j
		end := tokenEnd(s, start)
		if end < 0 {
			out = append(out, s[start:])
			break
		}
		out = append(out, s[start:end])
		i = end
	}
	return out
}

// safeRefAttrRE are the attributes of a resource whose value is an identifier (never a
// wildcard): a reference to one of them names that one resource.
var safeRefAttrRE = regexp.MustCompile(`^(arn|id|name|bucket|key_id|function_name|unique_id|account_id|partition|region|dns_suffix|url|execution_arn|qualified_arn|invoke_arn|repository_url|[a-z_]*_arn|[a-z_]*_id)$`)

// safeDataSources are data sources whose attributes are identifiers of this account.
var safeDataSources = []string{"aws_caller_identity", "aws_partition", "aws_region"}

// substituteTokens replaces each Terraform token of v that names an identifier of the
// environment (a resource's ARN, id or name; the account, partition or region) by
// repl(target), and reports the first token it cannot resolve that way.
func (s *Stack) substituteTokens(v string, repl func(Target) string) (string, string) {
	out := v
	for _, tok := range tfTokens(v) {
		t, ok := s.Resolve(tok)
		if !ok || !plainRef(tok) {
			return out, tok
		}
		if t.Resource.Data && !slices.Contains(safeDataSources, t.Resource.Type) || !safeRefAttrRE.MatchString(t.Attr) {
			return out, tok
		}
		out = strings.Replace(out, tok, repl(t), 1)
	}
	return out, ""
}

// plainRef reports whether a token is a bare reference ("${aws_s3_bucket.b.arn}" or a
// terraform_remote_state output), not an expression built from one.
func plainRef(tok string) bool {
	if remoteRE.FindString(tok) == tok {
		return true
	}
	m := refRE.FindStringSubmatch(tok)
	return m != nil && m[5] == "}" && len(m[0]) == len(tok)
}

// opaqueToken returns the first token of v that does not name an identifier of the
// environment ("" when every token does, or there is none).
func (s *Stack) opaqueToken(v string) string {
	_, bad := s.substituteTokens(v, func(Target) string { return "X" })
	return bad
}

// iamWildMatch matches an IAM pattern (* and ?) against a value, ignoring case (IAM action
// names are case-insensitive).
func iamWildMatch(pattern, value string) bool {
	p, v := strings.ToLower(pattern), strings.ToLower(value)
	pi, vi, star, mark := 0, 0, -1, 0
	for vi < len(v) {
		switch {
		case pi < len(p) && (p[pi] == '?' || p[pi] == v[vi]):
			pi++
			vi++
		case pi < len(p) && p[pi] == '*':
			star, mark = pi, vi
			pi++
		case star >= 0:
			pi = star + 1
			mark++
			vi = mark
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}

func hasIAMWildcard(s string) bool { return strings.ContainsAny(s, "*?") }

// principalValues lists the principals of a Principal element as type:value pairs
// ("*" for the bare wildcard, "AWS:*", "Service:lambda.amazonaws.com"), or an error for
// a shape IAM does not accept.
func principalValues(p any) ([][2]string, error) {
	switch x := p.(type) {
	case nil:
		return nil, nil
	case string:
		if x != "*" {
			return nil, fmt.Errorf("principal %q is neither \"*\" nor a map of principal types", x)
		}
		return [][2]string{{"*", "*"}}, nil
	case map[string]any:
		var out [][2]string
		for _, typ := range sortedKeys(x) {
			vals, err := policyStrings(x[typ])
			if err != nil {
				return nil, fmt.Errorf("principal %s %v", typ, err)
			}
			for _, v := range vals {
				out = append(out, [2]string{typ, v})
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("principal %v is neither \"*\" nor a map", p)
}

// publicPrincipal reports whether an Allow statement applies to anyone: Principal "*",
// any principal type with the value "*" ({"AWS": "*"}, also inside a list), or a
// NotPrincipal (Allow with NotPrincipal grants everyone but the few named). It also
// returns a principal that is a token the pack cannot resolve (which could be "*").
func (s *Stack) publicPrincipal(st statement) (public bool, why string, err error) {
	if st.NotPrincipal != nil {
		return true, "NotPrincipal (every principal not listed)", nil
	}
	vals, err := principalValues(st.Principal)
	if err != nil {
		return false, "", err
	}
	for _, tv := range vals {
		if tv[1] == "*" {
			if tv[0] == "*" {
				return true, `Principal "*"`, nil
			}
			return true, fmt.Sprintf(`Principal {%q: "*"}`, tv[0]), nil
		}
		if bad := s.opaqueToken(tv[1]); bad != "" {
			return false, "", fmt.Errorf("cannot verify principal %s %q: %s is not an identifier of this environment", tv[0], tv[1], bad)
		}
	}
	return false, "", nil
}

// NarrowingConditionKeys are the condition keys that pin who may use a grant to this
// account, organization, a named principal, or a named source (lower case: IAM condition
// keys are case-insensitive). A grant to "*" with one of them, under a positive
// operator and with concrete values, reaches only what the key names.
//
// Left out on purpose: sts:ExternalId (AWS documents that it is not a secret; it
// separates third-party customers, it does not keep strangers out of a "*" trust),
// aws:SourceIp (an address is not an identity: NAT and proxy addresses are shared, and a
// range like 0.0.0.0/0 narrows nothing), aws:PrincipalServiceName and
// aws:PrincipalIsAWSService (any customer's use of the service matches), and
// aws:ResourceAccount (it pins the resource, not the caller).
var NarrowingConditionKeys = map[string]string{
	"aws:principalaccount":  "the caller's account",
	"aws:principalorgid":    "the caller's organization",
	"aws:principalorgpaths": "the caller's organizational unit (multivalued: ForAnyValue)",
	"aws:principalarn":      "the calling principal",
	"aws:sourceaccount":     "the account of the resource on whose behalf a service calls",
	"aws:sourcearn":         "the resource on whose behalf a service calls",
	"aws:sourceowner":       "the account of the source (older SNS/SES form of SourceAccount)",
	"aws:sourceorgid":       "the organization of the source",
	"aws:sourceorgpaths":    "the organizational unit of the source (multivalued: ForAnyValue)",
	"aws:sourcevpce":        "the VPC endpoint the request comes through",
	"aws:sourcevpc":         "the VPC the request comes from (through an endpoint)",
	"kms:calleraccount":     "the caller's account (KMS key policies)",
}

// accountLikeKeys must hold exact identifiers: no wildcard narrows them.
var accountLikeKeys = []string{"aws:principalaccount", "aws:principalorgid", "aws:sourceaccount", "aws:sourceowner", "aws:sourceorgid", "aws:sourcevpce", "aws:sourcevpc", "kms:calleraccount"}

// conditionOperator splits "ForAnyValue:StringLikeIfExists" into its set qualifier
// ("ForAnyValue", "ForAllValues" or ""), base operator and IfExists flag.
func conditionOperator(op string) (set, base string, ifExists bool) {
	if q, rest, ok := strings.Cut(op, ":"); ok {
		set, op = q, rest
	}
	base, ifExists = strings.CutSuffix(op, "IfExists")
	return set, base, ifExists
}

var positiveOperators = []string{"StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike"}

// narrowingCondition returns the condition of a statement that narrows it to a named
// account, organization, principal or source (see NarrowingConditionKeys), or "" and
// why none does. Negated operators (StringNotEquals lets everyone else in), IfExists
// variants (true when the key is absent) and ForAllValues (true for an empty set) never
// narrow; a value that is only wildcards, a wildcard in an account or organization id,
// an ARN with a wildcard account, or a token the pack cannot resolve does not narrow.
func (s *Stack) narrowingCondition(st statement, keys map[string]string) (string, string) {
	var tried []string
	for _, op := range sortedKeys(st.Condition) {
		set, base, ifExists := conditionOperator(op)
		for _, key := range sortedKeys(st.Condition[op]) {
			lk := strings.ToLower(key)
			if _, ok := keys[lk]; !ok {
				continue
			}
			switch {
			case !slices.Contains(positiveOperators, base):
				tried = append(tried, fmt.Sprintf("%s %s does not narrow (not a positive match)", op, key))
				continue
			case ifExists:
				tried = append(tried, fmt.Sprintf("%s %s does not narrow (IfExists is true when the key is absent)", op, key))
				continue
			case set == "ForAllValues" || (set == "ForAnyValue" && !strings.HasSuffix(lk, "orgpaths")):
				tried = append(tried, fmt.Sprintf("%s %s does not narrow (set operator on a single-valued key)", op, key))
				continue
			}
			if why := s.valuesNarrow(lk, base, st.Condition[op][key]); why != "" {
				tried = append(tried, fmt.Sprintf("%s %s does not narrow (%s)", op, key, why))
				continue
			}
			return op + " " + key, ""
		}
	}
	if len(tried) == 0 {
		return "", "no condition pins the caller to an account, organization, principal or source"
	}
	return "", strings.Join(tried, "; ")
}

// valuesNarrow returns why the values of a condition key do not narrow, or "".
func (s *Stack) valuesNarrow(key, base string, v any) string {
	vals, err := policyStrings(v)
	if err != nil || len(vals) == 0 {
		return "no string values"
	}
	like := strings.HasSuffix(base, "Like")
	for _, val := range vals {
		if bad := s.opaqueToken(val); bad != "" {
			return fmt.Sprintf("%q is not a value of this environment", bad)
		}
		val, _ = s.substituteTokens(val, func(Target) string { return "X" })
		if strings.Trim(val, "*?") == "" {
			return fmt.Sprintf("%q matches anything", val)
		}
		if !like {
			continue
		}
		if slices.Contains(accountLikeKeys, key) && hasIAMWildcard(val) {
			return fmt.Sprintf("%q has a wildcard", val)
		}
		if strings.HasSuffix(key, "arn") {
			parts := strings.SplitN(val, ":", 6)
			if len(parts) < 6 || hasIAMWildcard(parts[0]+parts[1]+parts[2]+parts[4]) || (parts[4] == "" && (parts[5] == "" || strings.IndexAny(parts[5], "*?") == 0)) {
				return fmt.Sprintf("%q does not pin an account or a named resource", val)
			}
		}
		if strings.HasSuffix(key, "orgpaths") && !strings.HasPrefix(val, "o-") {
			return fmt.Sprintf("%q does not start with an organization id", val)
		}
	}
	return ""
}

func clipPolicy(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// identityPolicyTypes are the resources that carry identity-policy documents: managed
// policies, inline policies of roles, groups and users, and the inline_policy blocks of
// aws_iam_role. Every document is inspected wherever it lives.
var identityPolicyTypes = []string{"aws_iam_policy", "aws_iam_role_policy", "aws_iam_group_policy", "aws_iam_user_policy", "aws_iam_role"}

type policySource struct {
	where string
	value any
}

// identityPolicies lists the identity-policy documents a resource carries.
func identityPolicies(r *Resource) []policySource {
	if r.Type != "aws_iam_role" {
		return []policySource{{"policy", r.Attrs["policy"]}}
	}
	var out []policySource
	for i, b := range list(r.Attrs["inline_policy"]) {
		where := fmt.Sprintf("inline_policy[%d]", i)
		m, ok := b.(map[string]any)
		if !ok { // a token standing for the blocks
			out = append(out, policySource{where, b})
			continue
		}
		if m["policy"] == nil && m["name"] == nil {
			continue // an empty block: Terraform removes the role's inline policies
		}
		out = append(out, policySource{where, m["policy"]})
	}
	return out
}

// checkIdentityStatements reads every identity-policy document of r and calls check on
// each statement. A document it cannot read is a Fail (fail closed); so is any
// statement check reports on. A role without inline_policy blocks is not applicable.
func (s *Stack) checkIdentityStatements(r *Resource, check func(st statement) string) (Status, string) {
	srcs := identityPolicies(r)
	if len(srcs) == 0 {
		return NotApplicable, ""
	}
	var fails []string
	for _, src := range srcs {
		sts, err := s.readPolicy(src.value)
		if err != nil {
			return Fail, src.where + ": " + err.Error()
		}
		for _, st := range sts {
			if d := check(st); d != "" {
				fails = append(fails, src.where+": "+d)
			}
		}
	}
	if len(fails) > 0 {
		return Fail, strings.Join(fails, "; ")
	}
	return Pass, ""
}

// refProblem says what a reference that should name an aws_iam_policy's ARN names
// instead, for a finding's detail.
func (s *Stack) refProblem(what, v string) string {
	if t, ok := s.Resolve(v); ok && plainRef(v) {
		return fmt.Sprintf("%s %q names %s.%s, not the arn of an aws_iam_policy of this environment", what, v, t.Resource.Address(), t.Attr)
	}
	_, d := unresolved(what, v)
	return d
}

// trustVerdict reads the role's trust policy and hands each Allow statement, with its
// principals, to check, which says whether the statement concerns the rule and what is
// wrong with it (each problem follows the statement's label: start it with " " or ": "). Not applicable
// when no statement concerns the rule and every principal could be read; an unreadable
// policy or principal fails.
func (s *Stack) trustVerdict(r *Resource, check func(st statement, principals [][2]string) (applies bool, problems []string)) (Status, string) {
	sts, err := s.readPolicy(r.Attrs["assume_role_policy"])
	if err != nil {
		return Fail, "assume_role_policy: " + err.Error()
	}
	var fails []string
	applies := false
	for _, st := range sts {
		if st.Effect != "Allow" {
			continue
		}
		vals, err := principalValues(st.Principal)
		if err != nil {
			fails = append(fails, st.label()+": "+err.Error())
			continue
		}
		a, problems := check(st, vals)
		applies = applies || a
		for _, p := range problems {
			fails = append(fails, st.label()+p)
		}
	}
	if !applies && len(fails) == 0 {
		return NotApplicable, ""
	}
	return verdict(len(fails) == 0, "%s", strings.Join(fails, "; "))
}

package compliance

import (
	"fmt"
	"regexp"
	"strings"
)

// S3TLSOnly: the bucket policy refuses every request over plain HTTP. The statement
// must be Effect Deny, Principal "*" (or {"AWS": "*"}), Action "s3:*" or "*", Resource
// covering both the bucket and every object (the bucket ARN and bucket/*, resolved
// through references to the bucket), and a condition of exactly Bool (or BoolIfExists)
// aws:SecureTransport "false": a deny narrowed to one action, one principal, one prefix
// or by an extra condition leaves the rest of the bucket reachable over HTTP. Every
// policy that can apply to the bucket (aws_s3_bucket_policy resources naming it, the
// bucket's own policy argument) must carry it; one the pack cannot read fails.
//
// No rule on the TLS version (s3:TlsVersion): AWS refuses TLS 1.0 and 1.1 on every API
// endpoint since June 2023, so a deny below 1.2 would never match.
var S3TLSOnly = &Rule{
	ID: "s3-tls-only", Controls: []string{"164.312(e)(1)", "164.312(e)(2)(i)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "the bucket policy does not deny insecure transport for every principal, action, the bucket and all its objects",
	Why:     "PHI in transit must be encrypted; S3 accepts HTTP unless the policy refuses it, and a narrowed refusal leaves the rest open.",
	Fix:     "add a bucket policy statement Deny, Principal \"*\", Action s3:*, Resource [bucket ARN, bucket ARN/*], Condition Bool aws:SecureTransport false (storage.NewBucket does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		type pol struct {
			where string
			st    *Stack
			value any
		}
		var pols []pol
		for _, p := range s.bucketPolicies(r) {
			pols = append(pols, pol{p.Stack.Name + "/" + p.Address(), p.Stack, p.Attrs["policy"]})
		}
		if v := r.Attrs["policy"]; v != nil && v != "" {
			pols = append(pols, pol{"the bucket's policy argument", s, v})
		}
		if len(pols) == 0 {
			return Fail, "no aws_s3_bucket_policy names this bucket"
		}
		var fails []string
		for _, p := range pols {
			sts, err := p.st.readPolicy(p.value)
			if err != nil {
				return Fail, p.where + ": " + err.Error()
			}
			var why []string
			found := false
			for _, st := range sts {
				d := tlsDenyProblem(p.st, st, r)
				if d == "" {
					found = true
					break
				}
				if d != "-" {
					why = append(why, d)
				}
			}
			if !found {
				msg := p.where + " has no Deny of insecure transport"
				if len(why) > 0 {
					msg += ": " + strings.Join(why, "; ")
				}
				fails = append(fails, msg)
			}
		}
		return verdict(len(fails) == 0, "%s", strings.Join(fails, "; "))
	},
}

// bucketPolicies lists the aws_s3_bucket_policy resources of the environment whose
// bucket is this bucket: a reference to it, or its literal name.
func (s *Stack) bucketPolicies(r *Resource) []*Resource {
	out := s.Attached("aws_s3_bucket_policy", "bucket", r)
	if name := str(r.Attrs["bucket"]); name != "" && !isRef(name) {
		for _, p := range s.AllOfType("aws_s3_bucket_policy") {
			if str(p.Attrs["bucket"]) == name {
				out = append(out, p)
			}
		}
	}
	return out
}

// tlsDenyProblem says why a statement is not the full TLS deny for bucket r: "" when it
// is, "-" when it is not a SecureTransport deny at all.
func tlsDenyProblem(s *Stack, st statement, r *Resource) string {
	if st.Effect != "Deny" || !mentionsSecureTransport(st) {
		return "-"
	}
	var problems []string
	if !secureTransportOnly(st) {
		problems = append(problems, "its condition is not exactly Bool aws:SecureTransport false (another key or operator narrows it)")
	}
	vals, err := principalValues(st.Principal)
	everyone := err == nil && st.NotPrincipal == nil && len(vals) > 0
	for _, tv := range vals {
		if tv[1] != "*" || (tv[0] != "*" && tv[0] != "AWS") {
			everyone = false
		}
	}
	if !everyone {
		problems = append(problems, "it does not apply to Principal \"*\"")
	}
	allActions := false
	for _, a := range st.Action {
		if a == "*" || strings.EqualFold(a, "s3:*") {
			allActions = true
		}
	}
	if len(st.NotAction) > 0 || !allActions {
		problems = append(problems, fmt.Sprintf("it denies only %s, not s3:*", strings.Join(append(st.Action, st.NotAction...), ", ")))
	}
	bucket, objects := false, false
	if len(st.NotResource) == 0 {
		for _, res := range st.Resource {
			b, o := coversBucket(s, res, r)
			bucket, objects = bucket || b, objects || o
		}
	}
	if !bucket || !objects {
		problems = append(problems, fmt.Sprintf("its Resource %s does not cover both the bucket and bucket/*", strings.Join(append(st.Resource, st.NotResource...), ", ")))
	}
	if len(problems) == 0 {
		return ""
	}
	return st.label() + ": " + strings.Join(problems, ", ")
}

func mentionsSecureTransport(st statement) bool {
	for _, kv := range st.Condition {
		for k := range kv {
			if strings.EqualFold(k, "aws:SecureTransport") {
				return true
			}
		}
	}
	return false
}

// secureTransportOnly: the only condition is Bool/BoolIfExists aws:SecureTransport false.
func secureTransportOnly(st statement) bool {
	if len(st.Condition) != 1 {
		return false
	}
	for op, kv := range st.Condition {
		if (op != "Bool" && op != "BoolIfExists") || len(kv) != 1 {
			return false
		}
		for k, v := range kv {
			if !strings.EqualFold(k, "aws:SecureTransport") {
				return false
			}
			for _, x := range list(v) {
				if x == false || strings.EqualFold(str(x), "false") {
					return true
				}
			}
		}
	}
	return false
}

var s3ArnPrefixRE = regexp.MustCompile(`^arn:[a-z-]+:s3:::`)

// coversBucket reports whether a Resource of a bucket policy covers the bucket itself
// and all its objects. References to the bucket (its arn, id or bucket) and to the
// partition are resolved; the bucket's literal name counts as the bucket.
func coversBucket(s *Stack, res string, r *Resource) (bucket, objects bool) {
	const sentinel = "\x00bucket\x00"
	name := str(r.Attrs["bucket"])
	if name == "" || isRef(name) {
		name = sentinel
	}
	sub, bad := s.substituteTokens(res, func(t Target) string {
		switch {
		case t.Resource == r && t.Attr == "arn":
			return "arn:aws:s3:::" + name
		case t.Resource == r && (t.Attr == "id" || t.Attr == "bucket"):
			return name
		case t.Resource.Type == "aws_partition":
			return "aws"
		}
		return "\x00other\x00"
	})
	if bad != "" {
		return false, false
	}
	if sub == "*" {
		return true, true
	}
	rest := s3ArnPrefixRE.ReplaceAllString(sub, "")
	if rest == sub {
		return false, false
	}
	covers := func(target string) bool {
		if rest == target {
			return true
		}
		prefix, ok := strings.CutSuffix(rest, "*")
		return ok && !hasIAMWildcard(prefix) && strings.HasPrefix(target, prefix)
	}
	return covers(name), rest == name+"/*" || covers(name+"/")
}

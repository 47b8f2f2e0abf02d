package compliance

import (
	"fmt"
	"regexp"
	"strings"
)

// RailwayCredentialsSensitive: no database credential or key travels in a non-sensitive
// Railway variable, and no secret is written into the configuration as a literal.
//
//	resource                      value shown in plans   what fails
//	railway_variable_collection   yes                    a name that reads as a credential; a value that
//	                                                     references a secret (a secret version, a password,
//	                                                     a connection URI) or an expression the rule cannot
//	                                                     read; a URL with a user and password
//	railway_variable,             no (sensitive)         a credential-named variable whose value is a literal
//	railway_shared_variable                              (the secret would sit in the JSON and version
//	                                                     control); a URL with a user and password
//	railway_service               -                      a literal registry password
var RailwayCredentialsSensitive = &Rule{
	ID: "railway-credentials-sensitive", Controls: []string{"164.312(a)(1)", "164.312(d)", "164.308(a)(4)(ii)(B)"}, Level: Error,
	Types:   []string{"railway_variable_collection", "railway_variable", "railway_shared_variable", "railway_service"},
	Problem: "a database credential or key is in a non-sensitive Railway variable, or written into the configuration",
	Why: "the values of a variable collection are printed by every plan and CI log, and a literal in the synthesized JSON is in " +
		"version control: a credential there is readable by everyone who can read a pull request.",
	Fix: "pass secrets as railway_variable (sensitive) whose value is a reference resolved at apply time " +
		"(${data.aws_secretsmanager_secret_version.<x>.secret_string}); keep the collection for non-secret settings",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		switch r.Type {
		case "railway_variable_collection":
			vars, ok := r.Attrs["variables"].(map[string]any)
			if !ok {
				return unresolved("the collection's variables", r.Attrs["variables"])
			}
			for _, name := range sortedKeys(vars) {
				problems = append(problems, railwayPlainVariable(s, name, vars[name])...)
			}
		case "railway_variable", "railway_shared_variable":
			name, value := str(r.Attrs["name"]), r.Attrs["value"]
			if railwayCredentialNameRE.MatchString(name) && isLiteral(value) {
				problems = append(problems, fmt.Sprintf("%s is a credential written as a literal: the value is in the synthesized JSON", name))
			}
			if railwayUserinfoRE.MatchString(str(value)) {
				problems = append(problems, fmt.Sprintf("%s holds a URL with a user and password written into the configuration", name))
			}
		case "railway_service":
			if pw := r.Attrs["source_image_registry_password"]; pw != nil && isLiteral(pw) {
				problems = append(problems, "source_image_registry_password is a literal: the registry password is in the synthesized JSON")
			}
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

// railwayARNVariable reports whether a variable named like a credential only locates one:
// its name ends in _ARN and its value is one ARN, literal or a reference to a resource's
// arn attribute (DB_SECRET_ARN, DOCUMENTS_KEY_ARN: where the service reads a secret, not
// the secret). What the reference names is still checked (railwaySecret).
func railwayARNVariable(s *Stack, name, value string) bool {
	if !strings.HasSuffix(strings.ToUpper(name), "_ARN") {
		return false
	}
	if railwayLiteralARNRE.MatchString(value) {
		return true
	}
	toks := tfTokens(value)
	if len(toks) != 1 || toks[0] != value || !plainRef(value) {
		return false
	}
	t, ok := s.Resolve(value)
	return ok && t.Attr == "arn"
}

var railwayLiteralARNRE = regexp.MustCompile(`^arn:aws(-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:[0-9]*:[A-Za-z0-9/:._+=,@-]+$`)

// railwayPlainVariable lists what is wrong with one variable of a collection.
func railwayPlainVariable(s *Stack, name string, v any) []string {
	var out []string
	value, ok := v.(string)
	if !ok {
		return []string{fmt.Sprintf("%s: cannot read its value %q", name, fmt.Sprint(v))}
	}
	if railwayCredentialNameRE.MatchString(name) && !railwayARNVariable(s, name, value) {
		out = append(out, name+" reads as a credential or key in a variable every plan prints")
	}
	if railwayUserinfoRE.MatchString(value) {
		out = append(out, name+" holds a URL with a user and password")
	}
	for _, tok := range tfTokens(strings.ReplaceAll(value, "$${", "")) {
		t, ok := s.Resolve(tok)
		switch {
		case !ok || !plainRef(tok):
			out = append(out, fmt.Sprintf("%s: cannot verify that %s is not a secret (not a plain reference to a resource of this environment)", name, tok))
		case railwaySecret(t):
			out = append(out, fmt.Sprintf("%s carries %s, a secret, in a variable every plan prints", name, tok))
		}
	}
	return out
}

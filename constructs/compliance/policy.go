package compliance

import (
	"encoding/json"
	"strings"
)

type statement struct {
	Sid       string
	Effect    string
	Action    []string
	Principal any
	Condition map[string]map[string]any
}

// policyStatements parses an IAM policy, normalizing single strings to lists.
func policyStatements(policy string) []statement {
	var doc struct {
		Statement []map[string]any
	}
	if json.Unmarshal([]byte(policy), &doc) != nil {
		return nil
	}
	var out []statement
	for _, raw := range doc.Statement {
		st := statement{Sid: str(raw["Sid"]), Effect: str(raw["Effect"]), Principal: raw["Principal"]}
		for _, a := range list(raw["Action"]) {
			st.Action = append(st.Action, str(a))
		}
		if c, ok := raw["Condition"].(map[string]any); ok {
			st.Condition = map[string]map[string]any{}
			for op, kv := range c {
				st.Condition[op], _ = kv.(map[string]any)
			}
		}
		out = append(out, st)
	}
	return out
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

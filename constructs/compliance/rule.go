package compliance

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Level is how a failed rule is treated: an error stops synthesis, a warning is printed.
type Level string

// Levels.
const (
	Error   Level = "error"
	Warning Level = "warning"
)

// Status is a rule's verdict on one resource.
type Status string

// Statuses.
const (
	Pass          Status = "pass"
	Fail          Status = "fail"
	Suppressed    Status = "suppressed"
	NotApplicable Status = "not-applicable"
)

// Rule is one HIPAA guardrail: a pure check of a resource's resolved Terraform
// attributes, with the stack for rules that span resources.
type Rule struct {
	// ID is stable and kebab-case; suppressions name it.
	ID string
	// Controls are the HIPAA Security Rule citations the rule serves.
	Controls []string
	Level    Level
	// Types are the Terraform resource types the rule inspects.
	Types []string
	// Problem says what is wrong, Why why it matters, Fix how to fix it.
	Problem, Why, Fix string
	// Check returns Pass, Fail or NotApplicable, and a detail for Fail.
	Check func(s *Stack, r *Resource) (Status, string)
}

// Resource is one resource of a synthesized stack.
type Resource struct {
	Type, Name string
	// Path is the construct path (from the "//" metadata), e.g. "phase1/Network/Vpc".
	Path  string
	Attrs map[string]any
	// Suppressions maps rule id to reason.
	Suppressions map[string]string
}

// Address is the Terraform address, type.name.
func (r *Resource) Address() string { return r.Type + "." + r.Name }

// Ref is how other resources reference this one: "${type.name.".
func (r *Resource) Ref() string { return "${" + r.Type + "." + r.Name + "." }

// Stack is a synthesized Terraform JSON document, indexed.
type Stack struct {
	Name      string
	Resources []*Resource
	byType    map[string][]*Resource
	// DefaultTags are the AWS provider's default_tags (the first provider block).
	DefaultTags map[string]string
}

// ParseStack indexes Terraform JSON (cdk.tf.json or stack.ToTerraform()).
func ParseStack(name string, doc map[string]any) *Stack {
	s := &Stack{Name: name, byType: map[string][]*Resource{}, DefaultTags: map[string]string{}}
	types, _ := doc["resource"].(map[string]any)
	for _, typ := range sortedKeys(types) {
		group, _ := types[typ].(map[string]any)
		for _, n := range sortedKeys(group) {
			attrs, _ := group[n].(map[string]any)
			r := &Resource{Type: typ, Name: n, Attrs: attrs, Suppressions: map[string]string{}}
			r.Path, _ = dig(attrs, "//", "metadata", "path").(string)
			if supp, ok := dig(attrs, "//", MetadataKey).(map[string]any); ok {
				for id, reason := range supp {
					r.Suppressions[id], _ = reason.(string)
				}
			}
			s.Resources = append(s.Resources, r)
			s.byType[typ] = append(s.byType[typ], r)
		}
	}
	if tags, ok := dig(doc, "provider", "aws", 0, "default_tags", 0, "tags").(map[string]any); ok {
		for k, v := range tags {
			s.DefaultTags[k], _ = v.(string)
		}
	}
	return s
}

// ParseStackJSON parses and indexes Terraform JSON text.
func ParseStackJSON(name string, data []byte) (*Stack, error) {
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: not Terraform JSON: %w", name, err)
	}
	return ParseStack(name, doc), nil
}

// OfType lists the stack's resources of a type.
func (s *Stack) OfType(typ string) []*Resource { return s.byType[typ] }

// Attached lists resources of typ whose attribute key references r
// (an aws_s3_bucket_versioning whose bucket is "${aws_s3_bucket.x.id}").
func (s *Stack) Attached(typ, key string, r *Resource) []*Resource {
	var out []*Resource
	for _, c := range s.byType[typ] {
		if v, _ := c.Attrs[key].(string); strings.HasPrefix(v, r.Ref()) {
			out = append(out, c)
		}
	}
	return out
}

// Environment is the stack's environment, from the AWS provider's default tags.
func (s *Stack) Environment() string { return s.DefaultTags["environment"] }

// IsProduction reports whether the stack deploys production.
func (s *Stack) IsProduction() bool { return s.Environment() == "production" }

// HoldsPHI reports whether a resource is marked as a store of patient data
// (tag phi = "true", set by the constructs that hold patient records).
func HoldsPHI(r *Resource) bool {
	return dig(r.Attrs, "tags", "phi") == "true"
}

// dig walks nested maps and lists.
func dig(v any, keys ...any) any {
	for _, k := range keys {
		switch key := k.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[key]
		case int:
			if m, ok := v.(map[string]any); ok && key == 0 { // a block rendered as an object
				v = m
				continue
			}
			l, ok := v.([]any)
			if !ok || key >= len(l) {
				return nil
			}
			v = l[key]
		}
	}
	return v
}

func str(v any) string { s, _ := v.(string); return s }

func truthy(v any) bool { return v == true || v == "true" }

func num(v any) float64 { f, _ := v.(float64); return f }

func list(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case nil:
		return nil
	default:
		return []any{x}
	}
}

func isRef(v any) bool { return strings.HasPrefix(str(v), "${") }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// verdict turns a condition into Pass or Fail with a detail.
func verdict(ok bool, detail string, args ...any) (Status, string) {
	if ok {
		return Pass, ""
	}
	return Fail, fmt.Sprintf(detail, args...)
}

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
	// PHIUnsuppressible refuses a suppression of this rule on a store of patient data
	// (encryption of PHI at rest has no compensating control).
	PHIUnsuppressible bool
	// Check returns Pass, Fail or NotApplicable, and a detail for Fail. A value the
	// rule needs but cannot read (a reference it cannot resolve) is a Fail.
	Check func(s *Stack, r *Resource) (Status, string)
}

// Resource is one resource (or data source) of a synthesized stack.
type Resource struct {
	Type, Name string
	// Data is true for a data source ("data" block); rules inspect resources only, but
	// references to data sources must be recognised to fail closed.
	Data bool
	// Path is the construct path (from the "//" metadata), e.g. "phase1/Network/Vpc".
	Path  string
	Attrs map[string]any
	// Suppressions maps rule id to reason.
	Suppressions map[string]string
	// NotPHIReason is the recorded reason a data store of a PHI environment holds no
	// patient data (see NotPHI); empty when none was recorded.
	NotPHIReason string
	// Stack is the stack the resource belongs to.
	Stack *Stack
}

// Address is the Terraform address, type.name (data.type.name for a data source).
func (r *Resource) Address() string {
	if r.Data {
		return "data." + r.Type + "." + r.Name
	}
	return r.Type + "." + r.Name
}

// Ref is how other resources of the same stack reference this one: "${type.name.".
func (r *Resource) Ref() string { return "${" + r.Address() + "." }

// Stack is a synthesized Terraform JSON document, indexed.
type Stack struct {
	Name      string
	Resources []*Resource
	byType    map[string][]*Resource
	byAddr    map[string]*Resource
	// DefaultTags are the AWS provider's default_tags (the default provider block).
	DefaultTags map[string]string
	// Outputs are the stack's outputs: name -> value.
	Outputs map[string]any
	// providers maps "aws" and "aws.<alias>" to the provider block's attributes.
	providers map[string]map[string]any
	// stateKey is the backend's state key (S3 "key" or local "path"), so that a
	// terraform_remote_state data source of another stack can be matched to this one.
	stateKey string
	env      *Env
}

// Env is every stack of one environment, checked together: a rule can resolve a
// reference into another stack and require that something exists somewhere in the
// environment (an audit trail, a threat detector, a backup plan).
type Env struct {
	Stacks []*Stack
}

// NewEnv groups stacks of one environment. A stack belongs to one Env.
func NewEnv(stacks ...*Stack) *Env {
	e := &Env{Stacks: stacks}
	for _, s := range stacks {
		s.env = e
	}
	return e
}

// Env is the environment the stack is checked in (the stack alone when it was
// checked on its own).
func (s *Stack) Env() *Env {
	if s.env == nil {
		NewEnv(s)
	}
	return s.env
}

// ParseStack indexes Terraform JSON (cdk.tf.json or stack.ToTerraform()).
func ParseStack(name string, doc map[string]any) *Stack {
	s := &Stack{Name: name, byType: map[string][]*Resource{}, byAddr: map[string]*Resource{},
		DefaultTags: map[string]string{}, Outputs: map[string]any{}, providers: map[string]map[string]any{}}
	for _, mode := range []string{"resource", "data"} {
		types, _ := doc[mode].(map[string]any)
		for _, typ := range sortedKeys(types) {
			group, _ := types[typ].(map[string]any)
			for _, n := range sortedKeys(group) {
				attrs, _ := group[n].(map[string]any)
				if attrs == nil {
					attrs = map[string]any{}
				}
				r := &Resource{Type: typ, Name: n, Data: mode == "data", Attrs: attrs, Suppressions: map[string]string{}, Stack: s}
				r.Path, _ = dig(attrs, "//", "metadata", "path").(string)
				if supp, ok := dig(attrs, "//", MetadataKey).(map[string]any); ok {
					for id, reason := range supp {
						r.Suppressions[id], _ = reason.(string)
					}
				}
				r.NotPHIReason, _ = dig(attrs, "//", NotPHIKey).(string)
				s.byAddr[r.Address()] = r
				if r.Data {
					continue
				}
				s.Resources = append(s.Resources, r)
				s.byType[typ] = append(s.byType[typ], r)
			}
		}
	}
	if provs, ok := doc["provider"].(map[string]any); ok {
		for _, pname := range sortedKeys(provs) {
			for _, p := range list(provs[pname]) {
				attrs, _ := p.(map[string]any)
				key := pname
				if alias := str(attrs["alias"]); alias != "" {
					key += "." + alias
				}
				s.providers[key] = attrs
			}
		}
	}
	if tags, ok := dig(s.providers["aws"], "default_tags", 0, "tags").(map[string]any); ok {
		for k, v := range tags {
			s.DefaultTags[k], _ = v.(string)
		}
	}
	if outs, ok := doc["output"].(map[string]any); ok {
		for k, v := range outs {
			s.Outputs[k] = dig(v, "value")
		}
	}
	if backends, ok := dig(doc, "terraform", "backend").(map[string]any); ok {
		for _, b := range backends {
			s.stateKey = str(dig(b, "key"))
			if s.stateKey == "" {
				s.stateKey = str(dig(b, "path"))
			}
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

// AllOfType lists the resources of a type in every stack of the environment.
func (s *Stack) AllOfType(typ string) []*Resource {
	var out []*Resource
	for _, st := range s.Env().Stacks {
		out = append(out, st.byType[typ]...)
	}
	return out
}

// Attached lists resources of typ, in any stack of the environment, whose attribute key
// references r (an aws_s3_bucket_versioning whose bucket is "${aws_s3_bucket.x.id}").
func (s *Stack) Attached(typ, key string, r *Resource) []*Resource {
	var out []*Resource
	for _, c := range s.AllOfType(typ) {
		if t, ok := c.Stack.Resolve(c.Attrs[key]); ok && t.Resource == r {
			out = append(out, c)
		}
	}
	return out
}

// Environment is the stack's environment, from the AWS provider's default tags.
func (s *Stack) Environment() string { return s.DefaultTags["environment"] }

// IsProduction reports whether the stack deploys production.
func (s *Stack) IsProduction() bool { return s.Environment() == "production" }

// Region is the region the resource is created in: its provider's region.
func (s *Stack) Region(r *Resource) string {
	p := str(r.Attrs["provider"])
	if p == "" {
		p = strings.SplitN(r.Type, "_", 2)[0]
	}
	return str(s.providers[p]["region"])
}

// PrimaryRegion is the region of the stack's default AWS provider.
func (s *Stack) PrimaryRegion() string { return str(s.providers["aws"]["region"]) }

// Regions lists the regions of every AWS provider configuration of the environment.
func (s *Stack) Regions() []string {
	seen := map[string]bool{}
	var out []string
	for _, st := range s.Env().Stacks {
		for _, k := range sortedKeys(st.providers) {
			if k != "aws" && !strings.HasPrefix(k, "aws.") {
				continue
			}
			if reg := str(st.providers[k]["region"]); reg != "" && !seen[reg] {
				seen[reg] = true
				out = append(out, reg)
			}
		}
	}
	sort.Strings(out)
	return out
}

// PreventsDestroy reports whether the resource carries lifecycle.prevent_destroy.
func PreventsDestroy(r *Resource) bool {
	return truthy(dig(r.Attrs, "lifecycle", 0, "prevent_destroy"))
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

package compliance

import (
	"fmt"
	"regexp"
	"strings"
)

// Target is what a reference resolves to: a resource (or data source) of the
// environment and the attribute named ("arn", "id", ...).
type Target struct {
	Resource *Resource
	Attr     string
}

var (
	// refRE matches a leading Terraform reference "${[data.]type.name[.attr...]".
	refRE = regexp.MustCompile(`^\$\{(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_.-]+))?(\}|\[)`)
	// remoteRE matches an output read through terraform_remote_state (how CDKTF renders a
	// reference into another stack once synthesized).
	remoteRE = regexp.MustCompile(`^\$\{data\.terraform_remote_state\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)\}`)
)

// Resolve follows a reference at the start of v to the resource it names, in this stack
// or, across stacks, in another stack of the environment: directly (the form before
// synthesis) or through a terraform_remote_state output (the form in cdktf.out). It
// returns false for a literal, a variable, a function call, or a name that exists
// nowhere in the environment: rules treat that as "cannot verify", never as a pass.
func (s *Stack) Resolve(v any) (Target, bool) {
	return s.resolve(str(v), 0)
}

func (s *Stack) resolve(v string, depth int) (Target, bool) {
	if depth > 8 {
		return Target{}, false
	}
	if m := remoteRE.FindStringSubmatch(v); m != nil {
		ds := s.byAddr["data.terraform_remote_state."+m[1]]
		if ds == nil {
			return Target{}, false
		}
		other := s.Env().stackForState(ds)
		if other == nil {
			return Target{}, false
		}
		out, ok := other.Outputs[m[2]].(string)
		if !ok {
			return Target{}, false
		}
		return other.resolve(out, depth+1)
	}
	m := refRE.FindStringSubmatch(v)
	if m == nil {
		return Target{}, false
	}
	addr := m[2] + "." + m[3]
	if m[1] != "" {
		addr = "data." + addr
	}
	if r := s.byAddr[addr]; r != nil {
		return Target{Resource: r, Attr: m[4]}, true
	}
	// Before synthesis, CDKTF renders a reference into another stack as a plain
	// reference to that stack's resource.
	var found *Resource
	for _, st := range s.Env().Stacks {
		if r := st.byAddr[addr]; r != nil && st != s {
			if found != nil {
				return Target{}, false // ambiguous
			}
			found = r
		}
	}
	if found == nil {
		return Target{}, false
	}
	return Target{Resource: found, Attr: m[4]}, true
}

// stackForState finds the stack a terraform_remote_state data source reads: by its
// state key (S3) or path (local), else by CDKTF's naming of cross-stack inputs.
func (e *Env) stackForState(ds *Resource) *Stack {
	key := str(dig(ds.Attrs, "config", "key"))
	if key == "" {
		key = str(dig(ds.Attrs, "config", "path"))
	}
	for _, st := range e.Stacks {
		if key != "" && st.stateKey == key {
			return st
		}
	}
	if name, ok := strings.CutPrefix(ds.Name, "cross-stack-reference-input-"); ok {
		for _, st := range e.Stacks {
			if st.Name == name {
				return st
			}
		}
	}
	return nil
}

// ResolvesTo reports whether v references a resource of one of the types.
func (s *Stack) ResolvesTo(v any, types ...string) (*Resource, bool) {
	t, ok := s.Resolve(v)
	if !ok || t.Resource.Data {
		return nil, false
	}
	for _, typ := range types {
		if t.Resource.Type == typ {
			return t.Resource, true
		}
	}
	return nil, false
}

// unresolved is the fail-closed verdict for an attribute the rule cannot read.
func unresolved(what string, v any) (Status, string) {
	return Fail, fmt.Sprintf("cannot verify %s: %q is not a literal value nor a reference to a resource of this environment", what, fmt.Sprint(v))
}

// names reports whether v names resource r: a plain reference to it, or its literal
// "name" attribute (an IAM user or group named by name in a membership).
func (s *Stack) names(v any, r *Resource) bool {
	if t, ok := s.Resolve(v); ok && plainRef(str(v)) {
		return t.Resource == r
	}
	name := str(r.Attrs["name"])
	return name != "" && !isRef(name) && str(v) == name
}

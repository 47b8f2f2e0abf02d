package config

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthhub/platform-infra/constructs/tfliteral"
)

// MaxStringBytes caps every string of a config; fields with a grammar are tighter.
const MaxStringBytes = 1024

// checkStrings applies the rules every string of a config obeys, whatever its field:
// struct fields, list elements, map values and map keys, found by reflection so that a
// field added later is covered without anyone listing it. One problem per string.
func checkStrings(file string, e *Environment) []Problem {
	var problems []Problem
	walkStrings(reflect.ValueOf(e).Elem(), "", func(field, s string, key bool) string {
		if rule := unsafeText(s); rule != "" {
			if key {
				rule = "(a key) " + rule
			}
			problems = append(problems, Problem{File: file, Field: field, Value: s, Rule: rule})
		}
		return s
	})
	return problems
}

// unsafeText returns the first rule s breaks, or "" when it is plain, printable, one-line
// text that Terraform reads literally.
func unsafeText(s string) string {
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			return fmt.Sprintf("must be valid UTF-8 text (found an invalid byte or U+FFFD at byte %d)", i)
		case unicode.Is(unicode.Cc, r), r == '\u2028', r == '\u2029':
			return fmt.Sprintf("must not contain control characters or line breaks (found %U at byte %d): a value is one line of printable text", r, i)
		case unicode.Is(unicode.Cf, r):
			return fmt.Sprintf("must not contain invisible or bidirectional formatting characters (found %U at byte %d): they make a value read differently from what it is", r, i)
		case unicode.Is(unicode.Co, r):
			return fmt.Sprintf("must not contain private-use characters (found %U at byte %d)", r, i)
		}
	}
	if tfliteral.HasTemplateSequence(s) {
		return `must not contain "${" or "%{": Terraform would evaluate it as an expression instead of reading it as text`
	}
	if len(s) > MaxStringBytes {
		return fmt.Sprintf("must be at most %d bytes (it has %d)", MaxStringBytes, len(s))
	}
	return ""
}

// EscapeLiterals rewrites every string of e (the same walk as the validation: struct
// fields, list elements, map values and keys) with tfliteral.Escape, so that Terraform
// reads each as the literal text it is. Parse calls it on every environment it returns:
// this is the one place where input becomes Terraform literals, and no construct needs
// to remember to escape. For a valid config it changes nothing (validation refuses "${"
// and "%{"): it is the second line of defence. Exported for the tests that prove the
// synthesized JSON inert with validation bypassed.
func EscapeLiterals(e *Environment) {
	walkStrings(reflect.ValueOf(e).Elem(), "", func(_, s string, _ bool) string { return tfliteral.Escape(s) })
}

// StringFields lists the path of every string the walk visits in e ("aws.region",
// "alerts.emails[0]", "services.gateway.artifactKey"; map keys as the map entry's path,
// flagged true). For the tests that plant a payload in every field.
func StringFields(e *Environment) (paths []string, isKey []bool) {
	walkStrings(reflect.ValueOf(e).Elem(), "", func(field, s string, key bool) string {
		paths, isKey = append(paths, field), append(isKey, key)
		return s
	})
	return paths, isKey
}

// SetString replaces the string at a path returned by StringFields (the map key there
// when key is true) by set(old), and reports whether it found it. For the tests.
func SetString(e *Environment, path string, key bool, set func(string) string) bool {
	found := false
	walkStrings(reflect.ValueOf(e).Elem(), "", func(field, s string, isKey bool) string {
		if field == path && isKey == key && !found {
			found = true
			return set(s)
		}
		return s
	})
	return found
}

// walkStrings visits every string reachable from v in a stable order (fields in
// declaration order, map keys sorted), with its field path; visit returns the string's
// new value. Map keys are visited with key=true before their value; a map whose key
// changes is rebuilt.
func walkStrings(v reflect.Value, path string, visit func(field, s string, key bool) string) {
	switch v.Kind() {
	case reflect.String:
		if out := visit(path, v.String(), false); out != v.String() && v.CanSet() {
			v.SetString(out)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			walkStrings(v.Field(i), joinPath(path, name), visit)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), visit)
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		for _, k := range keys {
			field := joinPath(path, fmt.Sprint(k))
			newKey := k
			if k.Kind() == reflect.String {
				newKey = reflect.ValueOf(visit(field, k.String(), true)).Convert(v.Type().Key())
			}
			val := reflect.New(v.Type().Elem()).Elem()
			val.Set(v.MapIndex(k))
			walkStrings(val, field, visit)
			out.SetMapIndex(newKey, val)
		}
		if v.CanSet() {
			v.Set(out)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, visit)
		}
	}
}

func joinPath(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

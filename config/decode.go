package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
)

// maxDepth bounds the nesting of a config document (the schema is four levels deep).
const maxDepth = 32

// jsonValue is one JSON value of the document, read token by token so that duplicate
// keys are seen (encoding/json keeps the last silently) and numbers keep their text.
type jsonValue struct {
	kind    byte   // 'o' object, 'a' array, 's' string, 'n' number, 'b' boolean, 'z' null
	text    string // the string, or the number as written
	boolean bool
	keys    []string     // object keys in document order, duplicates included
	items   []*jsonValue // object values (parallel to keys) or array elements
}

// decodeDocument reads data into env against its Go type. It collects every problem
// (type mismatches with the full field path and the value as written, unknown fields,
// duplicate keys) and fills every field that decoded, so that validation can still check
// the rest. ok is false when the document cannot be used at all (not JSON, not an object).
func decodeDocument(file string, data []byte, env *Environment) (problems []Problem, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	root, err := readValue(dec, 0)
	if err == nil {
		if _, extra := dec.Token(); !errors.Is(extra, io.EOF) {
			err = errTrailing
		}
	}
	if err != nil {
		return []Problem{syntaxProblem(file, data, dec, err)}, false
	}
	if root.kind != 'o' {
		return []Problem{{File: file, Field: "(document)", Value: root.String(),
			Rule: "must be a JSON object: the settings of one environment, {\"name\": ...}"}}, false
	}
	d := &decoder{file: file}
	d.decode(root, reflect.ValueOf(env).Elem(), "")
	return d.problems, true
}

var (
	errTrailing = errors.New("must hold exactly one JSON value (there is more after it)")
	errDepth    = fmt.Errorf("nests deeper than %d levels", maxDepth)
)

func readValue(dec *json.Decoder, depth int) (*jsonValue, error) {
	if depth > maxDepth {
		return nil, errDepth
	}
	tok, err := dec.Token()
	if err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		v := &jsonValue{kind: 'a'}
		if t == '{' {
			v.kind = 'o'
		}
		for dec.More() {
			if v.kind == 'o' {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v.keys = append(v.keys, k.(string)) // the decoder only yields string keys
			}
			item, err := readValue(dec, depth+1)
			if err != nil {
				return nil, err
			}
			v.items = append(v.items, item)
		}
		if _, err := dec.Token(); err != nil { // the closing delimiter
			return nil, err
		}
		return v, nil
	case string:
		return &jsonValue{kind: 's', text: t}, nil
	case json.Number:
		return &jsonValue{kind: 'n', text: string(t)}, nil
	case bool:
		return &jsonValue{kind: 'b', boolean: t}, nil
	default:
		return &jsonValue{kind: 'z'}, nil
	}
}

// String renders the value as compact JSON, the way the problem lines show it.
func (v *jsonValue) String() string {
	var b strings.Builder
	v.write(&b)
	return b.String()
}

func (v *jsonValue) write(b *strings.Builder) {
	switch v.kind {
	case 'o', 'a':
		open, close := "[", "]"
		if v.kind == 'o' {
			open, close = "{", "}"
		}
		b.WriteString(open)
		for i, item := range v.items {
			if i > 0 {
				b.WriteByte(',')
			}
			if v.kind == 'o' {
				k, _ := json.Marshal(v.keys[i])
				b.Write(k)
				b.WriteByte(':')
			}
			item.write(b)
			if b.Len() > 2*maxValueShown { // enough to show; the line truncates it anyway
				b.WriteString("...")
				break
			}
		}
		b.WriteString(close)
	case 's':
		s, _ := json.Marshal(v.text)
		b.Write(s)
	case 'n':
		b.WriteString(v.text)
	case 'b':
		b.WriteString(strconv.FormatBool(v.boolean))
	default:
		b.WriteString("null")
	}
}

func syntaxProblem(file string, data []byte, dec *json.Decoder, err error) Problem {
	var syntaxErr *json.SyntaxError
	offset := dec.InputOffset()
	rule := "must be valid JSON: " + err.Error()
	switch {
	case errors.As(err, &syntaxErr):
		offset = syntaxErr.Offset
	case errors.Is(err, io.ErrUnexpectedEOF):
		rule = "must be valid JSON: the document ends in the middle of a value"
	case err == errTrailing || err == errDepth:
		rule = err.Error()
	}
	line := 1 + bytes.Count(data[:min(max(int(offset), 0), len(data))], []byte("\n"))
	return Problem{File: file, Field: fmt.Sprintf("(line %d)", line), Value: "", Rule: rule}
}

// decoder fills a Go value from a jsonValue, collecting problems.
type decoder struct {
	file     string
	problems []Problem
}

func (d *decoder) add(field string, v *jsonValue, rule string) {
	d.problems = append(d.problems, Problem{File: d.file, Field: field, Value: v.String(), Rule: rule})
}

// decode sets dst from v. Keys match field names exactly: encoding/json would match
// "vpcCIDR" to vpcCidr case-insensitively and fill it silently.
func (d *decoder) decode(v *jsonValue, dst reflect.Value, path string) {
	field := path
	if field == "" {
		field = "(document)"
	}
	switch dst.Kind() {
	case reflect.Struct:
		if v.kind != 'o' {
			d.add(field, v, "must be a JSON object")
			return
		}
		t := dst.Type()
		index := map[string]int{}
		var valid []string
		for i := 0; i < t.NumField(); i++ {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			if t.Field(i).IsExported() && name != "" && name != "-" {
				index[name] = i
				valid = append(valid, name)
			}
		}
		seen := map[string]bool{}
		for n, key := range v.keys {
			item, sub := v.items[n], joinPath(path, key)
			if d.duplicate(seen, key, sub, item) {
				continue
			}
			i, ok := index[key]
			if !ok {
				d.problems = append(d.problems, Problem{File: d.file, Field: sub, Value: "",
					Rule: "unknown field (valid fields here: " + strings.Join(valid, ", ") + ")"})
				continue
			}
			d.decode(item, dst.Field(i), sub)
		}
	case reflect.Map:
		if v.kind != 'o' {
			d.add(field, v, "must be a JSON object")
			return
		}
		m := reflect.MakeMapWithSize(dst.Type(), len(v.keys))
		seen := map[string]bool{}
		for n, key := range v.keys {
			item, sub := v.items[n], joinPath(path, key)
			if d.duplicate(seen, key, sub, item) {
				continue
			}
			elem := reflect.New(dst.Type().Elem()).Elem()
			d.decode(item, elem, sub)
			m.SetMapIndex(reflect.ValueOf(key).Convert(dst.Type().Key()), elem)
		}
		dst.Set(m)
	case reflect.Slice:
		if v.kind != 'a' {
			d.add(field, v, "must be a JSON array")
			return
		}
		s := reflect.MakeSlice(dst.Type(), len(v.items), len(v.items))
		for i, item := range v.items {
			d.decode(item, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		dst.Set(s)
	case reflect.String:
		if v.kind != 's' {
			d.add(field, v, "must be a JSON string")
			return
		}
		dst.SetString(v.text)
	case reflect.Bool:
		if v.kind != 'b' {
			d.add(field, v, "must be true or false")
			return
		}
		dst.SetBool(v.boolean)
	case reflect.Int, reflect.Int64:
		if v.kind != 'n' {
			d.add(field, v, "must be a JSON number (a whole number)")
			return
		}
		f, err := strconv.ParseFloat(v.text, 64)
		switch {
		case err != nil || math.Abs(f) > 1<<53:
			d.add(field, v, "is out of range")
		case f != math.Trunc(f):
			d.add(field, v, "must be a whole number")
		default:
			dst.SetInt(int64(f))
		}
	case reflect.Float64:
		if v.kind != 'n' {
			d.add(field, v, "must be a JSON number")
			return
		}
		f, err := strconv.ParseFloat(v.text, 64)
		if err != nil {
			d.add(field, v, "is out of range")
			return
		}
		dst.SetFloat(f)
	default:
		panic(fmt.Sprintf("config: no decoding for %s (field %s)", dst.Type(), field))
	}
}

// duplicate reports a key given twice in one object (refused: a reader of the file sees
// the first, encoding/json would use the last).
func (d *decoder) duplicate(seen map[string]bool, key, field string, v *jsonValue) bool {
	if seen[key] {
		d.add(field, v, "is given more than once in the same object: keep one (a reader sees the first, a JSON decoder would keep the last)")
		return true
	}
	seen[key] = true
	return false
}

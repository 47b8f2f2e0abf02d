package vendor

import (
	"encoding/json"
	"fmt"
	"regexp"
)

// FieldError says which field of a secret is wrong and why. It never holds the value of
// a credential field.
type FieldError struct {
	Vendor  string
	Field   string
	Problem string
}

func (e *FieldError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s secret: %s", e.Vendor, e.Problem)
	}
	return fmt.Sprintf("%s secret: field %s: %s", e.Vendor, e.Field, e.Problem)
}

// vendorOf reads the "vendor" field of a secret value.
func vendorOf(value string) (string, error) {
	var v struct {
		Vendor *string `json:"vendor"`
	}
	if err := json.Unmarshal([]byte(value), &v); err != nil {
		return "", &FieldError{Vendor: "vendor", Problem: "the secret is not a JSON object (" + jsonProblem(err) + ")"}
	}
	if v.Vendor == nil || *v.Vendor == "" {
		return "", &FieldError{Vendor: "vendor", Field: "vendor", Problem: fmt.Sprintf("is missing: one of %s, %s, %s, %s", AzureSpeech, GoogleVision, OpenAI, OpenAIAdmin)}
	}
	return *v.Vendor, nil
}

// decode reads value into v, refusing another vendor.
func decode(vendor, value string, v any) error {
	if err := json.Unmarshal([]byte(value), v); err != nil {
		return &FieldError{Vendor: vendor, Problem: "the secret is not the documented JSON object (" + jsonProblem(err) + ")"}
	}
	got, err := vendorOf(value)
	if err != nil {
		return err
	}
	if got != vendor {
		return &FieldError{Vendor: vendor, Field: "vendor", Problem: fmt.Sprintf("is %q, want %q", got, vendor)}
	}
	return nil
}

// update returns value with fields replaced; every other field of the secret (one an
// operator added for the AI service) is kept.
func update(value string, fields map[string]any) (string, error) {
	doc := map[string]json.RawMessage{}
	if err := json.Unmarshal([]byte(value), &doc); err != nil {
		return "", fmt.Errorf("the secret is not a JSON object (%s)", jsonProblem(err))
	}
	for k, v := range fields {
		b, err := json.Marshal(v)
		if err != nil {
			return "", fmt.Errorf("encoding field %s: %w", k, err)
		}
		doc[k] = b
	}
	b, err := json.Marshal(doc)
	return string(b), err
}

// checks collects the first problem of a secret's fields.
type checks struct {
	vendor string
	err    error
}

func (c *checks) required(field, v string) {
	if c.err == nil && v == "" {
		c.err = &FieldError{Vendor: c.vendor, Field: field, Problem: "is missing"}
	}
}

// match checks a non-secret field against a pattern (its value is shown).
func (c *checks) match(field, v string, re *regexp.Regexp, want string) {
	c.required(field, v)
	if c.err == nil && !re.MatchString(v) {
		c.err = &FieldError{Vendor: c.vendor, Field: field, Problem: fmt.Sprintf("%q is not %s", v, want)}
	}
}

// pathSegment is what may stand in one segment of a vendor URL path.
var pathSegment = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.@()-]*$`)

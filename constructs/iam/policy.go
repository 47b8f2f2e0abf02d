// Package iam builds IAM policy documents as typed Go values, rendered to JSON with a
// fixed field order so that synthesized policies are byte-stable and reviewable in
// golden files.
package iam

import (
	"encoding/json"
	"fmt"
)

// Document is an IAM policy document.
type Document struct {
	Version   string      `json:"Version"`
	Statement []Statement `json:"Statement"`
}

// Statement is one policy statement. Principal, Action and Resource are rendered as
// a single string when they hold one value.
type Statement struct {
	Sid       string     `json:"Sid,omitempty"`
	Effect    string     `json:"Effect"`
	Principal *Principal `json:"Principal,omitempty"`
	Action    Strings    `json:"Action"`
	Resource  Strings    `json:"Resource,omitempty"` // empty only in trust policies
	Condition Conditions `json:"Condition,omitempty"`
	// WildcardReason must say why AWS requires Resource "*" when a statement of an
	// identity policy uses it; it is not rendered. Grants without it are rejected.
	WildcardReason string `json:"-"`
}

// Principal names who a resource policy applies to. Exactly one field is set, or
// Any for "*" (only ever used with Effect Deny).
type Principal struct {
	AWS     Strings `json:"AWS,omitempty"`
	Service Strings `json:"Service,omitempty"`
	Any     bool    `json:"-"`
}

// MarshalJSON renders Any as "*".
func (p Principal) MarshalJSON() ([]byte, error) {
	if p.Any {
		return []byte(`"*"`), nil
	}
	type plain Principal
	return json.Marshal(plain(p))
}

// Strings is a list rendered as a bare string when it has one element.
type Strings []string

// MarshalJSON renders one element as a string, several as an array.
func (s Strings) MarshalJSON() ([]byte, error) {
	if len(s) == 1 {
		return json.Marshal(s[0])
	}
	return json.Marshal([]string(s))
}

// Conditions maps an operator ("Bool") to condition keys and their values.
// encoding/json sorts map keys, so the rendering is deterministic.
type Conditions map[string]map[string]Strings

// Policy returns a document with the given statements.
func Policy(statements ...Statement) Document {
	return Document{Version: "2012-10-17", Statement: statements}
}

// JSON renders the document. Terraform tokens inside values (${aws_s3_bucket.x.arn})
// pass through unchanged and are resolved by cdktf at synthesis.
func (d Document) JSON() string {
	b, err := json.Marshal(d)
	if err != nil {
		panic(fmt.Sprintf("iam: rendering policy: %v", err)) // only plain strings: cannot happen
	}
	return string(b)
}

// Allow is an Allow statement.
func Allow(sid string, actions, resources []string) Statement {
	return Statement{Sid: sid, Effect: "Allow", Action: actions, Resource: resources}
}

// DenyInsecureTransport denies every action on the resources over plain HTTP
// (HIPAA 164.312(e)(1) transmission security).
func DenyInsecureTransport(action string, resources ...string) Statement {
	return Statement{
		Sid:       "DenyInsecureTransport",
		Effect:    "Deny",
		Principal: &Principal{Any: true},
		Action:    Strings{action},
		Resource:  resources,
		Condition: Conditions{"Bool": {"aws:SecureTransport": {"false"}}},
	}
}

// AccountRoot is the ARN of an account's root principal, which delegates key and
// resource access to the account's IAM policies.
func AccountRoot(partition, accountID string) string {
	return fmt.Sprintf("arn:%s:iam::%s:root", partition, accountID)
}

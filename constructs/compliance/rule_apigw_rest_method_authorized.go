package compliance

import (
	"fmt"
	"strings"
)

// APIGatewayRESTMethodAuthorized: every REST API (v1) method requires an authorizer,
// Cognito or IAM. An API key is not authentication.
var APIGatewayRESTMethodAuthorized = &Rule{
	ID: "apigw-rest-method-authorized", Controls: []string{"164.312(a)(1)", "164.312(d)"}, Level: Error,
	Types:   []string{"aws_api_gateway_method", "aws_api_gateway_rest_api"},
	Problem: "a REST API method accepts requests without authentication",
	Why: "a method with authorization NONE lets anyone on the internet run the integration behind it; api_key_required does not identify " +
		"a person (keys are shared, long-lived and sent in clear headers). Only a CORS preflight OPTIONS method with a MOCK integration may " +
		"be NONE: browsers send preflight requests without credentials, and a mock integration runs no code and reads no data.",
	Fix: "set authorization = CUSTOM or COGNITO_USER_POOLS with an authorizer_id, or AWS_IAM; give every operation of an imported body a security requirement",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if r.Type == "aws_api_gateway_rest_api" {
			b := r.Attrs["body"]
			if b == nil || b == "" {
				return NotApplicable, ""
			}
			open, err := netOpenAPIUnauthenticated(b, true)
			if err != nil {
				return Fail, err.Error()
			}
			return verdict(len(open) == 0, "body defines operations without a security requirement: %v", open)
		}
		method := str(r.Attrs["http_method"])
		auth := r.Attrs["authorization"]
		switch strings.ToUpper(str(auth)) {
		case "AWS_IAM":
			return Pass, ""
		case "CUSTOM", "COGNITO_USER_POOLS":
			id := r.Attrs["authorizer_id"]
			if str(id) == "" {
				return Fail, fmt.Sprintf("%s method: authorization %s without an authorizer_id", method, str(auth))
			}
			if isRef(id) {
				if _, ok := s.ResolvesTo(id, "aws_api_gateway_authorizer"); !ok {
					return unresolved(fmt.Sprintf("the authorizer of the %s method", method), id)
				}
			}
			return Pass, ""
		case "", "NONE":
			if strings.EqualFold(method, "OPTIONS") {
				mock, detail := netMockIntegration(s, r)
				return verdict(mock, "OPTIONS method with authorization NONE: %s", detail)
			}
			extra := ""
			if truthy(r.Attrs["api_key_required"]) {
				extra = " (api_key_required is not authentication)"
			}
			return Fail, fmt.Sprintf("%s method: authorization %q%s", method, str(auth), extra)
		}
		if isRef(auth) {
			return unresolved(fmt.Sprintf("the authorization of the %s method", method), auth)
		}
		return Fail, fmt.Sprintf("%s method: unknown authorization %q", method, str(auth))
	},
}

// netMockIntegration reports whether the method's integration (an
// aws_api_gateway_integration whose http_method references the method, or names the
// same method, resource and API) is a MOCK.
func netMockIntegration(s *Stack, m *Resource) (bool, string) {
	found := false
	for _, in := range s.AllOfType("aws_api_gateway_integration") {
		same := false
		if t, ok := in.Stack.Resolve(in.Attrs["http_method"]); ok && t.Resource == m {
			same = true
		} else if strings.EqualFold(str(in.Attrs["http_method"]), str(m.Attrs["http_method"])) &&
			netSameValue(s, in.Attrs["resource_id"], m.Attrs["resource_id"]) && netSameValue(s, in.Attrs["rest_api_id"], m.Attrs["rest_api_id"]) {
			same = true
		}
		if !same {
			continue
		}
		found = true
		if !strings.EqualFold(str(in.Attrs["type"]), "MOCK") {
			return false, fmt.Sprintf("its integration %s is type %q, not MOCK", in.Address(), str(in.Attrs["type"]))
		}
	}
	if !found {
		return false, "no aws_api_gateway_integration of type MOCK found for it"
	}
	return true, ""
}

// netSameValue: two attribute values name the same thing (equal literals, or references
// resolving to the same resource and attribute).
func netSameValue(s *Stack, a, b any) bool {
	if str(a) == "" || str(b) == "" {
		return false
	}
	if str(a) == str(b) {
		return true
	}
	ta, ok1 := s.Resolve(a)
	tb, ok2 := s.Resolve(b)
	return ok1 && ok2 && ta.Resource == tb.Resource && ta.Attr == tb.Attr
}

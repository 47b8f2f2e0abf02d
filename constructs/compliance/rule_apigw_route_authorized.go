package compliance

import (
	"fmt"
	"strings"
)

// APIGatewayRouteAuthorized: every route of an HTTP API requires an authorizer or IAM;
// on a WebSocket API, the $connect route does.
var APIGatewayRouteAuthorized = &Rule{
	ID: "apigw-route-authorized", Controls: []string{"164.312(a)(1)", "164.312(d)"}, Level: Error,
	Types:   []string{"aws_apigatewayv2_route", "aws_apigatewayv2_api"},
	Problem: "an API route accepts requests without authentication",
	Why: "a route without an authorizer lets anyone on the internet run the code behind it, and that code reaches PHI. " +
		"An OPTIONS route gets no exemption: set cors_configuration on the API and API Gateway answers preflight requests itself, without running code.",
	Fix: "set authorization_type = CUSTOM or JWT with an authorizer_id of the environment, or AWS_IAM (api.HTTPAPI.AddRoute with the authorizer); " +
		"do not quick-create an API with target, and give every operation of an imported body a security requirement",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if r.Type == "aws_apigatewayv2_api" {
			return netAPIv2Body(r)
		}
		key := str(r.Attrs["route_key"])
		if api, ok := s.ResolvesTo(r.Attrs["api_id"], "aws_apigatewayv2_api"); ok && strings.EqualFold(str(api.Attrs["protocol_type"]), "WEBSOCKET") && key != "$connect" {
			return NotApplicable, "" // WebSocket APIs authorize on $connect only
		}
		at := r.Attrs["authorization_type"]
		switch strings.ToUpper(str(at)) {
		case "AWS_IAM":
			return Pass, ""
		case "CUSTOM", "JWT":
			id := r.Attrs["authorizer_id"]
			if str(id) == "" {
				return Fail, fmt.Sprintf("route %q: authorization_type %s without an authorizer_id", key, str(at))
			}
			if isRef(id) {
				if _, ok := netWholeRef(s, id); !ok {
					return unresolved(fmt.Sprintf("the authorizer of route %q", key), id)
				}
				if _, ok := s.ResolvesTo(id, "aws_apigatewayv2_authorizer"); !ok {
					return Fail, fmt.Sprintf("route %q: authorizer_id %q is not an aws_apigatewayv2_authorizer", key, str(id))
				}
			}
			return Pass, ""
		case "", "NONE":
			return Fail, fmt.Sprintf("route %q: authorization_type %q (no authentication)", key, str(at))
		}
		if isRef(at) {
			return unresolved(fmt.Sprintf("the authorization of route %q", key), at)
		}
		return Fail, fmt.Sprintf("route %q: unknown authorization_type %q", key, str(at))
	},
}

// netAPIv2Body checks what an HTTP API creates by itself: quick create (target) makes an
// unauthenticated $default route; an imported body defines routes without resources.
func netAPIv2Body(r *Resource) (Status, string) {
	var problems []string
	if t := r.Attrs["target"]; t != nil && t != "" {
		problems = append(problems, "target is set: quick create makes a $default route with no authorization")
	}
	if b := r.Attrs["body"]; b != nil && b != "" {
		open, err := netOpenAPIUnauthenticated(b, false)
		if err != nil {
			problems = append(problems, err.Error())
		} else if len(open) > 0 {
			problems = append(problems, fmt.Sprintf("body defines operations without a security requirement: %v", open))
		}
	}
	if len(problems) == 0 {
		if r.Attrs["target"] == nil && r.Attrs["body"] == nil {
			return NotApplicable, ""
		}
		return Pass, ""
	}
	return Fail, netJoin(problems)
}

package compliance

import (
	"fmt"
	"strings"
)

// APIGatewayRESTStageClientCert: a REST API (v1) stage that calls HTTP backends presents
// a client certificate, so the backend can refuse anyone but API Gateway.
var APIGatewayRESTStageClientCert = &Rule{
	ID: "apigw-rest-stage-client-cert", Controls: []string{"164.312(e)(1)", "164.312(d)"}, Level: Error,
	Types:   []string{"aws_api_gateway_stage"},
	Problem: "the REST API stage calls HTTP backends without a client certificate",
	Why: "an HTTP backend reached over the network must be able to verify the caller is this API Gateway, or anyone who finds it can bypass " +
		"the authorizer. A stage whose integrations are all Lambda (AWS, AWS_PROXY) or MOCK does not apply: Lambda is invoked through signed AWS API calls.",
	Fix: "create an aws_api_gateway_client_certificate and set the stage's client_certificate_id; make the backend require it",
	Check: func(s *Stack, r *Resource) (Status, string) {
		cert := r.Attrs["client_certificate_id"]
		switch {
		case isRef(cert):
			if _, ok := s.ResolvesTo(cert, "aws_api_gateway_client_certificate"); !ok {
				return unresolved("the stage's client certificate", cert)
			}
			return Pass, ""
		case str(cert) != "":
			return Pass, ""
		}
		ok, why := netOnlyAWSIntegrations(s, r)
		if ok {
			return NotApplicable, ""
		}
		return Fail, "no client_certificate_id, and " + why
	},
}

// netOnlyAWSIntegrations reports whether every integration of the stage's REST API is a
// Lambda/AWS service (AWS, AWS_PROXY) or MOCK integration, and says why not.
func netOnlyAWSIntegrations(s *Stack, stage *Resource) (bool, string) {
	api, ok := s.ResolvesTo(stage.Attrs["rest_api_id"], "aws_api_gateway_rest_api")
	if !ok {
		return false, fmt.Sprintf("the stage's API %q cannot be resolved to check its integrations", str(stage.Attrs["rest_api_id"]))
	}
	if b := api.Attrs["body"]; b != nil && b != "" {
		return false, "the API's integrations are defined in its body, which the rule cannot verify"
	}
	var http []string
	for _, in := range s.AllOfType("aws_api_gateway_integration") {
		a, resolved := in.Stack.ResolvesTo(in.Attrs["rest_api_id"], "aws_api_gateway_rest_api")
		if resolved && a != api {
			continue
		}
		switch strings.ToUpper(str(in.Attrs["type"])) {
		case "AWS", "AWS_PROXY", "MOCK":
		default:
			note := ""
			if !resolved {
				note = ", its API cannot be resolved"
			}
			http = append(http, fmt.Sprintf("%s (%s%s)", in.Address(), str(in.Attrs["type"]), note))
		}
	}
	if len(http) > 0 {
		return false, fmt.Sprintf("the API has HTTP integrations %v", http)
	}
	return true, ""
}

package compliance

// APIGatewayRESTStageXRay: a REST API (v1) stage traces requests with X-Ray.
var APIGatewayRESTStageXRay = &Rule{
	ID: "apigw-rest-stage-xray", Controls: []string{"164.312(b)"}, Level: Error,
	Types:   []string{"aws_api_gateway_stage"},
	Problem: "the REST API stage does not trace requests with X-Ray",
	Why:     "a trace follows one request through API Gateway and the functions behind it, which incident review needs to tell what a request touched.",
	Fix:     "set xray_tracing_enabled = true",
	Check: func(s *Stack, r *Resource) (Status, string) {
		v := r.Attrs["xray_tracing_enabled"]
		if isRef(v) {
			return unresolved("xray_tracing_enabled is true", v)
		}
		return verdict(truthy(v), "xray_tracing_enabled is %v", v)
	},
}

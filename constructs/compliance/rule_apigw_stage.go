package compliance

// APIGatewayStage: HTTP API stages log every request and throttle by default.
var APIGatewayStage = &Rule{
	ID: "apigw-stage", Controls: []string{"164.312(b)", "164.308(a)(7)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_apigatewayv2_stage"},
	Problem: "the stage has no access logs or no default throttling",
	Why:     "every API request must be recorded, and throttling keeps abuse from taking the service down.",
	Fix:     "set access_log_settings and default_route_settings throttling (api.New does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var missing []string
		if str(dig(r.Attrs, "access_log_settings", 0, "destination_arn")) == "" {
			missing = append(missing, "access_log_settings")
		}
		rs := dig(r.Attrs, "default_route_settings", 0)
		if num(dig(rs, "throttling_rate_limit")) <= 0 || num(dig(rs, "throttling_burst_limit")) <= 0 {
			missing = append(missing, "default_route_settings throttling")
		}
		return verdict(len(missing) == 0, "missing %v", missing)
	},
}

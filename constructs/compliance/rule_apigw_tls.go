package compliance

// APIGatewayTLS: custom domains accept TLS 1.2 or newer only.
var APIGatewayTLS = &Rule{
	ID: "apigw-tls", Controls: []string{"164.312(e)(1)"}, Level: Error,
	Types:   []string{"aws_apigatewayv2_domain_name", "aws_api_gateway_domain_name"},
	Problem: "the custom domain allows TLS older than 1.2",
	Why:     "PHI in transit needs current TLS.",
	Fix:     "set security_policy = TLS_1_2",
	Check: func(s *Stack, r *Resource) (Status, string) {
		policy := str(r.Attrs["security_policy"])
		if policy == "" {
			policy = str(dig(r.Attrs, "domain_name_configuration", 0, "security_policy"))
		}
		return verdict(policy == "TLS_1_2", "security_policy %q", policy)
	},
}

package compliance

// APIGatewayRESTStageWAF: a REST API (v1) stage is behind a WAFv2 web ACL.
var APIGatewayRESTStageWAF = &Rule{
	ID: "apigw-rest-stage-waf", Controls: []string{"164.308(a)(1)(ii)(B)", "164.312(a)(1)"}, Level: Error,
	Types:   []string{"aws_api_gateway_stage"},
	Problem: "the REST API stage is not associated with a WAF web ACL",
	Why:     "the patient-facing API must filter injection, known-bad inputs and floods before they reach code that touches PHI.",
	Fix:     "add an aws_wafv2_web_acl_association with resource_arn = the stage's arn and a REGIONAL web ACL of the environment",
	Check: func(s *Stack, r *Resource) (Status, string) {
		for _, a := range s.AllOfType("aws_wafv2_web_acl_association") {
			t, ok := netWholeRef(a.Stack, a.Attrs["resource_arn"])
			if !ok || t.Resource != r || t.Attr != "arn" {
				continue
			}
			if acl := a.Attrs["web_acl_arn"]; isRef(acl) {
				if _, ok := a.Stack.ResolvesTo(acl, "aws_wafv2_web_acl"); !ok {
					return unresolved("the web ACL associated with the stage", acl)
				}
			} else if str(acl) == "" {
				continue
			}
			return Pass, ""
		}
		return Fail, "no aws_wafv2_web_acl_association whose resource_arn is this stage's arn"
	},
}

package compliance

import "strings"

// LambdaNoPublicPermission: invoke permissions name a principal and a source.
var LambdaNoPublicPermission = &Rule{
	ID: "lambda-no-public-permission", Controls: []string{"164.312(a)(1)"}, Level: Error,
	Types:   []string{"aws_lambda_permission"},
	Problem: "the function can be invoked by any principal or from any source",
	Why:     "an open invoke permission lets anyone run code that reaches PHI.",
	Fix:     "name the service principal and set source_arn (api.HTTPAPI.AddLambdaRoute does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		p := str(r.Attrs["principal"])
		if p == "*" || p == "" {
			return Fail, "principal " + p
		}
		if strings.HasSuffix(p, ".amazonaws.com") && str(r.Attrs["source_arn"]) == "" {
			return Fail, "a service principal without source_arn"
		}
		return Pass, ""
	},
}

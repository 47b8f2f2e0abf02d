package compliance

import "fmt"

// LambdaURLAuthorized: a function URL requires IAM-signed requests.
var LambdaURLAuthorized = &Rule{
	ID: "lambda-url-authorized", Controls: []string{"164.312(a)(1)", "164.312(d)"}, Level: Error,
	Types:   []string{"aws_lambda_function_url"},
	Problem: "the function URL accepts requests without authentication",
	Why:     "a function URL with authorization_type NONE is a public HTTPS endpoint to code that reaches PHI, with no authorizer, WAF, throttling or access log in front of it.",
	Fix:     "set authorization_type = AWS_IAM, or expose the function through the API Gateway with its authorizer",
	Check: func(s *Stack, r *Resource) (Status, string) {
		at := r.Attrs["authorization_type"]
		switch {
		case str(at) == "AWS_IAM":
			return Pass, ""
		case isRef(at):
			return unresolved("authorization_type is AWS_IAM", at)
		}
		return Fail, fmt.Sprintf("authorization_type %q", str(at))
	},
}

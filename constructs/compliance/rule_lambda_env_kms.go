package compliance

// LambdaEnvKMS: a function with environment variables encrypts them with a rotating
// customer-managed key of this environment.
var LambdaEnvKMS = &Rule{
	ID: "lambda-env-kms", Controls: []string{"164.312(a)(2)(iv)", "164.312(a)(1)"}, Level: Error,
	Types:   []string{"aws_lambda_function"},
	Problem: "the function's environment variables are encrypted with the AWS-managed key, not a customer-managed key of this environment",
	Why:     "environment variables carry configuration such as secret ARNs and endpoints; with the aws/lambda key anyone allowed to read the function's configuration reads them, and key use is not auditable per key.",
	Fix:     "set kms_key_arn to a rotating aws_kms_key of this environment (compute.NewFunction does), or drop the environment variables",
	Check: func(s *Stack, r *Resource) (Status, string) {
		vars := dig(r.Attrs, "environment", 0, "variables")
		if m, ok := vars.(map[string]any); vars == nil || ok && len(m) == 0 {
			return NotApplicable, ""
		}
		return s.managedKeyVerdict("kms_key_arn", r.Attrs["kms_key_arn"])
	},
}

package compliance

// LambdaHardened: functions run in a VPC, with a dead-letter queue, reserved
// concurrency and active tracing.
var LambdaHardened = &Rule{
	ID: "lambda-hardened", Controls: []string{"164.312(e)(1)", "164.312(b)", "164.308(a)(7)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_lambda_function"},
	Problem: "the function is missing VPC placement, a dead-letter queue, reserved concurrency or tracing",
	Why:     "functions handling PHI must stay on private networks, never drop failed events, not exhaust shared capacity, and be traceable.",
	Fix:     "build it with compute.NewFunction",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var missing []string
		if len(list(dig(r.Attrs, "vpc_config", 0, "subnet_ids"))) == 0 {
			missing = append(missing, "vpc_config")
		}
		if str(dig(r.Attrs, "dead_letter_config", 0, "target_arn")) == "" {
			missing = append(missing, "dead_letter_config")
		}
		if num(r.Attrs["reserved_concurrent_executions"]) < 1 {
			missing = append(missing, "reserved_concurrent_executions")
		}
		if str(dig(r.Attrs, "tracing_config", 0, "mode")) != "Active" {
			missing = append(missing, "tracing_config Active")
		}
		return verdict(len(missing) == 0, "missing %v", missing)
	},
}

package compliance

import "strings"

// LambdaHardened: functions run in a VPC, with a dead-letter queue (an SQS queue or SNS
// topic of this environment), reserved concurrency and active tracing.
var LambdaHardened = &Rule{
	ID: "lambda-hardened", Controls: []string{"164.312(e)(1)", "164.312(b)", "164.308(a)(7)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_lambda_function"},
	Problem: "the function is missing VPC placement, a dead-letter queue of this environment, reserved concurrency or tracing",
	Why:     "functions handling PHI must stay on private networks, never drop failed events, not exhaust shared capacity, and be traceable.",
	Fix:     "build it with compute.NewFunction",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var missing []string
		if len(list(dig(r.Attrs, "vpc_config", 0, "subnet_ids"))) == 0 || len(list(dig(r.Attrs, "vpc_config", 0, "security_group_ids"))) == 0 {
			missing = append(missing, "no vpc_config with subnet_ids and security_group_ids")
		}
		if dlq := dig(r.Attrs, "dead_letter_config", 0, "target_arn"); str(dlq) == "" {
			missing = append(missing, "no dead_letter_config")
		} else if _, ok := s.ResolvesTo(dlq, "aws_sqs_queue", "aws_sns_topic"); !ok {
			_, d := unresolved("the dead-letter target (an SQS queue or SNS topic of this environment)", dlq)
			missing = append(missing, d)
		}
		if num(r.Attrs["reserved_concurrent_executions"]) < 1 {
			missing = append(missing, "no reserved_concurrent_executions (at least 1)")
		}
		if str(dig(r.Attrs, "tracing_config", 0, "mode")) != "Active" {
			missing = append(missing, "tracing_config mode is not Active")
		}
		return verdict(len(missing) == 0, "%s", strings.Join(missing, "; "))
	},
}

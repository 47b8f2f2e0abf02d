package compliance

import (
	"fmt"
	"strings"
)

// MaxRotationDays is the longest a secret may go without rotation.
const MaxRotationDays = 90

// SecretsRotation: every secret rotates automatically at least every 90 days, by a
// rotation function of this environment (the product builds one for each kind of secret
// it creates: database credentials, vendor keys, the edge's origin-verification value).
var SecretsRotation = &Rule{
	ID: "secrets-rotation", Controls: []string{"164.308(a)(5)(ii)(D)", "164.312(d)"}, Level: Error,
	Types:   []string{"aws_secretsmanager_secret"},
	Problem: fmt.Sprintf("the secret does not rotate automatically at least every %d days by a rotation function of this environment", MaxRotationDays),
	Why:     "long-lived credentials widen the window of a leak.",
	Fix:     fmt.Sprintf("add an aws_secretsmanager_secret_rotation (secret_id = the secret) with rotation_lambda_arn referencing an aws_lambda_function of this environment and rotation_rules automatically_after_days <= %d or a schedule_expression at least that often", MaxRotationDays),
	Check: func(s *Stack, r *Resource) (Status, string) {
		rotations := s.Attached("aws_secretsmanager_secret_rotation", "secret_id", r)
		if len(rotations) == 0 {
			return Fail, "no aws_secretsmanager_secret_rotation"
		}
		var why []string
		for _, rot := range rotations {
			problems := opsRotationProblems(rot)
			if len(problems) == 0 {
				return Pass, ""
			}
			why = append(why, rot.Address()+": "+strings.Join(problems, ", "))
		}
		return Fail, strings.Join(why, "; ")
	},
}

// opsRotationProblems lists what keeps a rotation from rotating the secret at least every
// MaxRotationDays days by a function of the environment.
func opsRotationProblems(rot *Resource) []string {
	var problems []string
	fn := rot.Attrs["rotation_lambda_arn"]
	switch {
	case str(fn) == "":
		// Only secrets owned by a service (RDS or Redshift managed passwords) rotate
		// without a function, and those are not aws_secretsmanager_secret resources.
		problems = append(problems, "no rotation_lambda_arn (a secret this environment creates has no service-managed rotation)")
	default:
		if _, ok := rot.Stack.ResolvesTo(fn, "aws_lambda_function"); !ok {
			_, d := unresolved("rotation_lambda_arn", fn)
			problems = append(problems, d)
		}
	}
	rules := dig(rot.Attrs, "rotation_rules", 0)
	days, expr := dig(rules, "automatically_after_days"), str(dig(rules, "schedule_expression"))
	switch {
	case days != nil:
		if _, isNum := days.(float64); !isNum {
			_, d := unresolved("rotation_rules.automatically_after_days", days)
			problems = append(problems, d)
		} else if num(days) < 1 || num(days) > MaxRotationDays {
			problems = append(problems, fmt.Sprintf("automatically_after_days is %v, over %d", num(days), MaxRotationDays))
		}
	case expr != "":
		if ok, d := opsAtLeastEvery(expr, MaxRotationDays); !ok {
			problems = append(problems, "schedule_expression "+d)
		}
	default:
		problems = append(problems, "no rotation_rules schedule (automatically_after_days or schedule_expression)")
	}
	return problems
}

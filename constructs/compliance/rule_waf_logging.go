package compliance

// WAFLogging: web ACLs log what they allow and block.
var WAFLogging = &Rule{
	ID: "waf-logging", Controls: []string{"164.312(b)", "164.308(a)(1)(ii)(D)"}, Level: Error,
	Types:   []string{"aws_wafv2_web_acl"},
	Problem: "the web ACL has no logging configuration",
	Why:     "blocked attacks on the patient-facing edge are security incidents to review.",
	Fix:     "add an aws_wafv2_web_acl_logging_configuration",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return verdict(len(s.Attached("aws_wafv2_web_acl_logging_configuration", "resource_arn", r)) > 0, "no aws_wafv2_web_acl_logging_configuration")
	},
}

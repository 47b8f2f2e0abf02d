package compliance

import (
	"fmt"
	"strings"
)

// WAFLogging: web ACLs log what they allow and block.
var WAFLogging = &Rule{
	ID: "waf-logging", Controls: []string{"164.312(b)", "164.308(a)(1)(ii)(D)"}, Level: Error,
	Types:   []string{"aws_wafv2_web_acl"},
	Problem: "the web ACL has no working logging configuration",
	Why:     "blocked attacks on the patient-facing edge are security incidents to review.",
	Fix:     "add an aws_wafv2_web_acl_logging_configuration with a log destination, whose logging_filter (if any) keeps at least blocked requests",
	Check: func(s *Stack, r *Resource) (Status, string) {
		configs := s.Attached("aws_wafv2_web_acl_logging_configuration", "resource_arn", r)
		if len(configs) == 0 {
			return Fail, "no aws_wafv2_web_acl_logging_configuration"
		}
		var problems []string
		for _, c := range configs {
			if len(list(c.Attrs["log_destination_configs"])) == 0 {
				problems = append(problems, c.Address()+" has no log_destination_configs")
			}
			if f := dig(c.Attrs, "logging_filter", 0); f != nil && strings.ToUpper(str(dig(f, "default_behavior"))) == "DROP" {
				keeps := false
				for _, fl := range list(dig(f, "filter")) {
					if strings.ToUpper(str(dig(fl, "behavior"))) == "KEEP" {
						keeps = true
					}
				}
				if !keeps {
					problems = append(problems, fmt.Sprintf("%s drops every request from the log (logging_filter default DROP, no KEEP filter)", c.Address()))
				}
			}
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

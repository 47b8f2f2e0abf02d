package compliance

import (
	"fmt"
	"strings"
)

// netWAFRedactedHeaders are the request headers that carry credentials.
var netWAFRedactedHeaders = []string{"authorization", "cookie"}

// WAFLogRedaction: WAF logs do not record credentials.
var WAFLogRedaction = &Rule{
	ID: "waf-log-redaction", Controls: []string{"164.312(a)(1)", "164.312(d)", "164.308(a)(5)(ii)(D)"}, Level: Error,
	Types:   []string{"aws_wafv2_web_acl"},
	Problem: "the web ACL's logs record the Authorization header or cookies",
	Why: "WAF logs every request header; the Authorization bearer token and session cookies are live credentials to a patient's records, " +
		"and anyone who can read the logs could replay them for the token's lifetime. This is an error, not a warning: it is a credential " +
		"disclosure, and the fix is one block.",
	Fix: "add redacted_fields { single_header { name = \"authorization\" } } and one for \"cookie\" to the aws_wafv2_web_acl_logging_configuration",
	Check: func(s *Stack, r *Resource) (Status, string) {
		configs := s.Attached("aws_wafv2_web_acl_logging_configuration", "resource_arn", r)
		if len(configs) == 0 {
			return NotApplicable, "" // waf-logging reports the missing logging
		}
		var problems []string
		for _, c := range configs {
			redacted := map[string]bool{}
			for _, f := range list(c.Attrs["redacted_fields"]) {
				for _, h := range list(dig(f, "single_header")) {
					redacted[strings.ToLower(str(dig(h, "name")))] = true
				}
			}
			var missing []string
			for _, h := range netWAFRedactedHeaders {
				if !redacted[h] {
					missing = append(missing, h)
				}
			}
			if len(missing) > 0 {
				problems = append(problems, fmt.Sprintf("%s does not redact %v", c.Address(), missing))
			}
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

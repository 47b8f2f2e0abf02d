package compliance

import (
	"fmt"
	"strings"
)

// EnvAuditTrailPresent: an environment holding patient data has a CloudTrail trail that
// is on, covers every region and records every management event.
var EnvAuditTrailPresent = &Rule{
	ID: "env-audit-trail-present", Controls: []string{"164.312(b)", "164.308(a)(1)(ii)(D)"}, Level: Error,
	Types:   DataStoreTypes,
	Problem: "the environment holding this store of patient data has no enabled, multi-region CloudTrail trail recording management events",
	Why:     "without an account-wide audit trail no one can tell who changed the store's keys, policies or backups, or who read its credentials; HIPAA requires audit controls over every system holding ePHI.",
	Fix:     "create an aws_cloudtrail in a stack of this environment with enable_logging and is_multi_region_trail true and management events recorded (security.NewAuditTrail in phase 2)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsPHI(r) {
			return NotApplicable, ""
		}
		trails := s.AllOfType("aws_cloudtrail")
		if len(trails) == 0 {
			return Fail, "no aws_cloudtrail in any stack of the environment"
		}
		var why []string
		for _, t := range trails {
			ok, detail := opsTrailCoversEnvironment(t)
			if ok {
				return Pass, ""
			}
			why = append(why, fmt.Sprintf("%s/%s: %s", t.Stack.Name, t.Address(), detail))
		}
		return Fail, "no trail qualifies: " + strings.Join(why, "; ")
	},
}

// opsTrailCoversEnvironment reports whether a trail is on, multi-region and records all
// management events.
func opsTrailCoversEnvironment(t *Resource) (bool, string) {
	switch {
	case opsDisabled(t.Attrs, "enable_logging"):
		return false, "enable_logging is false"
	case !truthy(t.Attrs["is_multi_region_trail"]):
		return false, "not multi-region"
	}
	return opsTrailManagement(t)
}

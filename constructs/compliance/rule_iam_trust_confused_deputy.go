package compliance

import (
	"fmt"
	"strings"
)

// sourceKeys are the keys that tie a service's use of a role to this account's resources.
var sourceKeys = map[string]string{
	"aws:sourceaccount":  NarrowingConditionKeys["aws:sourceaccount"],
	"aws:sourcearn":      NarrowingConditionKeys["aws:sourcearn"],
	"aws:sourceorgid":    NarrowingConditionKeys["aws:sourceorgid"],
	"aws:sourceorgpaths": NarrowingConditionKeys["aws:sourceorgpaths"],
}

// IAMTrustConfusedDeputy: a trust to an AWS service principal names the account or
// resource the service acts for (aws:SourceAccount / aws:SourceArn), so that another
// customer cannot make the service assume this role on their behalf (the cross-service
// confused deputy).
//
// A warning, not an error: a service can only act with a role that someone passed to it
// (iam:PassRole in this account) or that a resource of this account names, so the gap
// needs a second mistake to be exploited; and some services do not send these keys when
// they assume a role (EC2 instance profiles, for one), so requiring them would break
// roles that are correct. The platform's roles all carry aws:SourceAccount.
var IAMTrustConfusedDeputy = &Rule{
	ID: "iam-trust-service-source", Controls: []string{"164.308(a)(4)(ii)(B)", "164.312(a)(1)"}, Level: Warning,
	Types:   []string{"aws_iam_role"},
	Problem: "the role trusts an AWS service without aws:SourceAccount or aws:SourceArn",
	Why:     "without them another AWS customer could make the service use this role (confused deputy) and reach its PHI.",
	Fix:     "add Condition StringEquals aws:SourceAccount <account> (or aws:SourceArn of the resource) to the trust (security.NewRole does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return s.trustVerdict(r, func(st statement, vals [][2]string) (bool, []string) {
			var services []string
			for _, tv := range vals {
				if tv[0] == "Service" {
					services = append(services, tv[1])
				}
			}
			if len(services) == 0 {
				return false, nil
			}
			if _, none := s.narrowingCondition(st, sourceKeys); none != "" {
				return true, []string{fmt.Sprintf(" trusts %s: %s", strings.Join(services, ", "), none)}
			}
			return true, nil
		})
	},
}

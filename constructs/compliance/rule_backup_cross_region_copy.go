package compliance

import (
	"fmt"
	"strings"
)

// BackupCrossRegionCopy: in production, the backup plan of each store of patient data
// copies its daily recovery points to a vault of this environment in another region.
var BackupCrossRegionCopy = &Rule{
	ID: "backup-cross-region-copy", Controls: []string{"164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(A)"}, Level: Error,
	Types:   opsBackupTypes,
	Problem: "in production, no backup plan selecting this store of patient data copies its daily recovery points to a vault in another region",
	Why:     "the disaster recovery plan must restore ePHI when the primary region is lost; backups kept only in that region are lost with it (the documents bucket replicates to the DR region for the same reason).",
	Fix:     "add a copy_action to the plan's daily rule with destination_vault_arn referencing an aws_backup_vault created with the DR region's provider",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsPHI(r) || !s.IsProduction() {
			return NotApplicable, ""
		}
		home := opsRegionKey(r)
		if strings.HasPrefix(home, "?") {
			return Fail, "cannot verify the store's region: " + opsRegionName(r)
		}
		plans, _ := opsSelectingPlans(s, r)
		if len(plans) == 0 {
			return Fail, "no backup plan selects the store (see backup-phi-store-in-plan)"
		}
		var why []string
		for _, p := range plans {
			for _, e := range opsBackupPlanRules(p.Stack, p) {
				if !e.good {
					continue
				}
				for j, c := range list(dig(e.raw, "copy_action")) {
					v, ok := p.Stack.ResolvesTo(dig(c, "destination_vault_arn"), "aws_backup_vault")
					if !ok {
						continue // a plan rule with an unresolved copy is not good: unreachable
					}
					switch dest := opsRegionKey(v); {
					case strings.HasPrefix(dest, "?"):
						why = append(why, fmt.Sprintf("%s %s copy_action %d: cannot verify the region of %s (%s)", p.Address(), e.name, j, v.Address(), opsRegionName(v)))
					case dest == home:
						why = append(why, fmt.Sprintf("%s %s copy_action %d: %s is in the store's region %s", p.Address(), e.name, j, v.Address(), home))
					default:
						return Pass, ""
					}
				}
			}
		}
		if len(why) == 0 {
			why = append(why, "no daily rule of a selecting plan has a copy_action")
		}
		return Fail, strings.Join(why, "; ")
	},
}

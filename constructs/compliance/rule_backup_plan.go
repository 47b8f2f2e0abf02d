package compliance

import (
	"fmt"
	"strings"
)

// Backup floors of the AWS Config rule backup-plan-min-frequency-and-min-retention-check
// (its defaults: one day, 35 days).
const (
	MinBackupRetentionDays = 35
	// coldStorageMinDays is how long AWS Backup keeps a recovery point in cold storage
	// at least: delete_after must be at least cold_storage_after + 90.
	coldStorageMinDays = 90
)

// BackupPlanFrequencyRetention: a backup plan has a rule that backs up at least daily,
// keeps recovery points at least 35 days and writes them to a vault of this
// environment; no rule has an inconsistent lifecycle, a short-lived copy or a vault the
// pack cannot see.
var BackupPlanFrequencyRetention = &Rule{
	ID: "backup-plan-frequency-retention", Controls: []string{"164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_backup_plan"},
	Problem: fmt.Sprintf("the backup plan has no rule that backs up at least daily, keeps recovery points %d days or more and targets a vault of this environment, or one of its rules is inconsistent", MinBackupRetentionDays),
	Why:     "an exact copy of ePHI must be retrievable: a weekly backup loses up to a week of records, a short retention loses the copy before a slow-burning corruption is noticed.",
	Fix:     fmt.Sprintf("give the plan a rule with schedule cron(0 5 ? * * *) or rate(n hours) (n <= 24), lifecycle.delete_after >= %d (and >= cold_storage_after + %d when set), target_vault_name and copy_action destination_vault_arn referencing vaults of this environment", MinBackupRetentionDays, coldStorageMinDays),
	Check: func(s *Stack, r *Resource) (Status, string) {
		evals := opsBackupPlanRules(s, r)
		var problems []string
		good := false
		for _, e := range evals {
			good = good || e.good
			for _, h := range e.hard {
				problems = append(problems, e.name+": "+h)
			}
		}
		if !good {
			var why []string
			for _, e := range evals {
				why = append(why, e.name+": "+strings.Join(e.weak, ", "))
			}
			if len(evals) == 0 {
				why = append(why, "the plan has no rule")
			}
			problems = append([]string{"no rule backs up at least daily with at least " + fmt.Sprint(MinBackupRetentionDays) + " days of retention into a vault of this environment (" + strings.Join(why, "; ") + ")"}, problems...)
		}
		return verdict(len(problems) == 0, "%s", strings.Join(problems, "; "))
	},
}

// opsBackupRule is one rule of a backup plan, evaluated.
type opsBackupRule struct {
	name string
	raw  any
	// good: at least daily, retention >= 35 days, a vault of the environment.
	good bool
	// weak says why it is not good; hard lists errors whatever the other rules do.
	weak, hard []string
}

// opsBackupPlanRules evaluates each rule of a plan.
func opsBackupPlanRules(s *Stack, plan *Resource) []opsBackupRule {
	var out []opsBackupRule
	for i, raw := range list(plan.Attrs["rule"]) {
		e := opsBackupRule{name: fmt.Sprintf("rule %d (%s)", i, str(dig(raw, "rule_name"))), raw: raw}
		switch sched := dig(raw, "schedule"); {
		case str(sched) == "":
			e.weak = append(e.weak, "no schedule")
		case isRef(sched):
			_, d := unresolved("the schedule", sched)
			e.weak = append(e.weak, d)
		default:
			if ok, d := opsAtLeastDaily(str(sched)); !ok {
				e.weak = append(e.weak, d)
			}
		}
		if d := opsBackupLifecycle(dig(raw, "lifecycle", 0)); d != "" {
			e.weak = append(e.weak, d)
		}
		if _, ok := s.ResolvesTo(dig(raw, "target_vault_name"), "aws_backup_vault"); !ok {
			_, d := unresolved("target_vault_name (a vault of this environment, whose key and deletion protection the pack checks)", dig(raw, "target_vault_name"))
			e.hard = append(e.hard, d)
		}
		if d := opsColdStorage(dig(raw, "lifecycle", 0)); d != "" {
			e.hard = append(e.hard, "lifecycle: "+d)
		}
		for j, c := range list(dig(raw, "copy_action")) {
			if _, ok := s.ResolvesTo(dig(c, "destination_vault_arn"), "aws_backup_vault"); !ok {
				_, d := unresolved(fmt.Sprintf("copy_action %d destination_vault_arn", j), dig(c, "destination_vault_arn"))
				e.hard = append(e.hard, d)
			}
			if d := opsBackupLifecycle(dig(c, "lifecycle", 0)); d != "" {
				e.hard = append(e.hard, fmt.Sprintf("copy_action %d: %s", j, d))
			}
			if d := opsColdStorage(dig(c, "lifecycle", 0)); d != "" {
				e.hard = append(e.hard, fmt.Sprintf("copy_action %d lifecycle: %s", j, d))
			}
		}
		e.good = len(e.weak) == 0 && len(e.hard) == 0
		out = append(out, e)
	}
	return out
}

// opsBackupLifecycle checks delete_after against the retention floor (no lifecycle, or
// no delete_after, keeps recovery points until deleted by hand).
func opsBackupLifecycle(lc any) string {
	m, _ := lc.(map[string]any)
	v, set := m["delete_after"]
	if !set || v == nil {
		return ""
	}
	if _, isNum := v.(float64); !isNum {
		_, d := unresolved("lifecycle.delete_after", v)
		return d
	}
	if num(v) < MinBackupRetentionDays {
		return fmt.Sprintf("lifecycle.delete_after is %v days, under %d", num(v), MinBackupRetentionDays)
	}
	return ""
}

// opsColdStorage checks that recovery points stay in cold storage the 90 days AWS
// Backup requires before deletion.
func opsColdStorage(lc any) string {
	m, _ := lc.(map[string]any)
	cold, del := m["cold_storage_after"], m["delete_after"]
	if cold == nil || del == nil {
		return ""
	}
	if _, ok := cold.(float64); !ok {
		_, d := unresolved("cold_storage_after", cold)
		return d
	}
	if num(del) < num(cold)+coldStorageMinDays {
		return fmt.Sprintf("delete_after %v is less than cold_storage_after %v + %d days", num(del), num(cold), coldStorageMinDays)
	}
	return ""
}

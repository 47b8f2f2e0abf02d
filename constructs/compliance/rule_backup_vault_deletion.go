package compliance

import (
	"fmt"
	"slices"
	"strings"
)

// opsVaultDenyActions are the actions a vault access policy must deny to everyone, as
// the AWS Config rule backup-recovery-point-manual-deletion-disabled requires.
var opsVaultDenyActions = []string{"backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle", "backup:PutBackupVaultAccessPolicy"}

// BackupVaultDeletionProtected: no one can delete recovery points by hand: the vault
// has a Vault Lock (in production, in compliance mode: changeable_for_days set) or, outside
// production, an access policy denying deletion to every principal.
var BackupVaultDeletionProtected = &Rule{
	ID: "backup-vault-deletion-protected", Controls: []string{"164.308(a)(7)(ii)(A)", "164.312(c)(1)"}, Level: Error,
	Types:   []string{"aws_backup_vault"},
	Problem: "recovery points in the vault can be deleted or shortened by hand",
	Why:     "a compromised administrator or ransomware deletes backups first; a backup that can be deleted is not a retrievable exact copy of ePHI.",
	Fix:     "add an aws_backup_vault_lock_configuration (with changeable_for_days, compliance mode, in production); outside production an aws_backup_vault_policy that denies " + strings.Join(opsVaultDenyActions, ", ") + " to Principal \"*\" on Resource \"*\" (exceptions only by aws:PrincipalArn) also does",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var lockWhy []string
		for _, l := range opsAttachedByName(s, "aws_backup_vault_lock_configuration", "backup_vault_name", r, "name") {
			if !s.IsProduction() {
				return Pass, ""
			}
			if v, ok := l.Attrs["changeable_for_days"]; ok && v != nil {
				if _, isNum := v.(float64); isNum {
					return Pass, ""
				}
				_, d := unresolved(l.Address()+" changeable_for_days", v)
				lockWhy = append(lockWhy, d)
				continue
			}
			lockWhy = append(lockWhy, l.Address()+" has no changeable_for_days: governance mode, which an administrator can remove")
		}
		if s.IsProduction() {
			if len(lockWhy) == 0 {
				lockWhy = append(lockWhy, "no aws_backup_vault_lock_configuration")
			}
			return Fail, "production needs a Vault Lock in compliance mode: " + strings.Join(lockWhy, "; ")
		}
		policies := opsAttachedByName(s, "aws_backup_vault_policy", "backup_vault_name", r, "name")
		if len(policies) == 0 {
			return Fail, "no aws_backup_vault_lock_configuration and no aws_backup_vault_policy denying manual deletion"
		}
		var why []string
		for _, p := range policies {
			missing, detail := opsVaultPolicyDenies(p.Attrs["policy"])
			if detail == "" && len(missing) == 0 {
				return Pass, ""
			}
			if detail == "" {
				detail = fmt.Sprintf("no unconditional Deny to Principal \"*\" of %v", missing)
			}
			why = append(why, p.Address()+": "+detail)
		}
		return Fail, "no Vault Lock, and " + strings.Join(why, "; ")
	},
}

// opsVaultPolicyDenies lists the required actions a vault access policy does not deny
// to everyone; detail is set when the policy cannot be read.
func opsVaultPolicyDenies(policy any) (missing []string, detail string) {
	sts, ok := opsPolicy(str(policy))
	if !ok {
		_, d := unresolved("the vault access policy", policy)
		return nil, d
	}
	denied := map[string]bool{}
	for _, st := range sts {
		if st.Effect != "Deny" || st.hasNotAction || st.hasNotPrincipal || st.hasNotResource || !opsEveryone(st.Principal) {
			continue
		}
		if st.hasResource && !slices.ContainsFunc(st.Resource, func(res string) bool {
			return res == "*" || res == "arn:aws:backup:*" || strings.HasSuffix(res, ":recovery-point:*")
		}) {
			continue
		}
		if !opsOnlyPrincipalExemptions(st.Condition) {
			continue
		}
		for _, want := range opsVaultDenyActions {
			for _, a := range st.Action {
				if opsGlob(a, want, true) {
					denied[want] = true
				}
			}
		}
	}
	for _, want := range opsVaultDenyActions {
		if !denied[want] {
			missing = append(missing, want)
		}
	}
	return missing, ""
}

// opsOnlyPrincipalExemptions reports whether a Deny's conditions only exempt named
// principals (aws:PrincipalArn with a negated operator), so that it still applies to
// everyone else.
func opsOnlyPrincipalExemptions(cond map[string]map[string]any) bool {
	for op, kv := range cond {
		switch strings.TrimPrefix(strings.TrimPrefix(op, "ForAnyValue:"), "ForAllValues:") {
		case "ArnNotEquals", "ArnNotLike", "StringNotEquals", "StringNotLike":
		default:
			return false
		}
		for k := range kv {
			if !strings.EqualFold(k, "aws:PrincipalArn") {
				return false
			}
		}
	}
	return true
}

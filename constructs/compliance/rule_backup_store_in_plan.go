package compliance

import (
	"fmt"
	"slices"
	"strings"
)

// opsBackupTypes are the data store types AWS Backup protects and the pack requires in a
// backup plan. S3 buckets (versioning, Object Lock and replication) and Neon projects
// (point-in-time history) have their own rules; ElastiCache, OpenSearch and Kinesis are
// not AWS Backup resources.
var opsBackupTypes = []string{
	"aws_dynamodb_table", "aws_db_instance", "aws_rds_cluster", "aws_efs_file_system", "aws_ebs_volume",
	"aws_docdb_cluster", "aws_neptune_cluster", "aws_redshift_cluster",
}

// BackupPHIStoreInPlan: every store of patient data that AWS Backup supports is selected
// by an aws_backup_selection, in its region, of a plan that backs up at least daily and
// keeps recovery points at least 35 days in a vault of this environment.
var BackupPHIStoreInPlan = &Rule{
	ID: "backup-phi-store-in-plan", Controls: []string{"164.308(a)(7)(ii)(A)", "164.310(d)(2)(iv)"}, Level: Error,
	Types:   opsBackupTypes,
	Problem: fmt.Sprintf("this store of patient data is not selected by a backup plan (in its region) that backs up at least daily and keeps %d days", MinBackupRetentionDays),
	Why:     "HIPAA requires retrievable exact copies of ePHI; point-in-time recovery alone lives and dies with the table, its key and its account permissions.",
	Fix:     "add an aws_backup_selection (same region as the store) of a compliant aws_backup_plan whose resources list references the store's arn, or whose selection_tag/condition matches the store's tags",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsPHI(r) {
			return NotApplicable, ""
		}
		plans, why := opsSelectingPlans(s, r)
		for _, p := range plans {
			for _, e := range opsBackupPlanRules(p.Stack, p) {
				if e.good {
					return Pass, ""
				}
			}
			why = append(why, fmt.Sprintf("%s/%s selects it but has no rule that is daily, keeps %d days and targets a vault of this environment", p.Stack.Name, p.Address(), MinBackupRetentionDays))
		}
		if len(why) == 0 {
			return Fail, "no aws_backup_selection in the environment"
		}
		return Fail, "not in a compliant backup plan: " + strings.Join(why, "; ")
	},
}

// opsSelectingPlans lists the backup plans whose selections choose the store, and why
// each other selection does not.
func opsSelectingPlans(s *Stack, store *Resource) (plans []*Resource, why []string) {
	for _, sel := range s.AllOfType("aws_backup_selection") {
		plan, ok := sel.Stack.ResolvesTo(sel.Attrs["plan_id"], "aws_backup_plan")
		if !ok {
			_, d := unresolved("plan_id", sel.Attrs["plan_id"])
			why = append(why, sel.Address()+": "+d)
			continue
		}
		if ok, d := opsSelects(sel, store); !ok {
			why = append(why, sel.Address()+": "+d)
			continue
		}
		if !slices.Contains(plans, plan) {
			plans = append(plans, plan)
		}
	}
	return plans, why
}

// opsSelects reports whether a backup selection chooses the store. Where AWS Backup
// combines Resources, ListOfTags and Conditions, the pack requires every part that is
// set to match (the strictest reading), and a selection with none selects everything.
func opsSelects(sel, store *Resource) (bool, string) {
	if opsRegionKey(sel) != opsRegionKey(store) {
		return false, fmt.Sprintf("it is in %s, the store in %s", opsRegionName(sel), opsRegionName(store))
	}
	for _, v := range list(sel.Attrs["not_resources"]) {
		hit, d := opsSelectionEntryMatches(sel, v, store)
		if d != "" {
			return false, "not_resources: " + d
		}
		if hit {
			return false, fmt.Sprintf("not_resources %q excludes the store", str(v))
		}
	}
	if res := list(sel.Attrs["resources"]); len(res) > 0 {
		found := false
		var unknown []string
		for _, v := range res {
			hit, d := opsSelectionEntryMatches(sel, v, store)
			if d != "" {
				unknown = append(unknown, d)
			}
			found = found || hit
		}
		if !found {
			if len(unknown) > 0 {
				return false, "resources: " + strings.Join(unknown, "; ")
			}
			return false, "its resources do not include the store"
		}
	}
	tags := opsStoreTags(store)
	for _, c := range list(sel.Attrs["condition"]) {
		for _, op := range []string{"string_equals", "string_not_equals", "string_like", "string_not_like"} {
			for _, kv := range list(dig(c, op)) {
				key := str(dig(kv, "key"))
				tag, ok := strings.CutPrefix(key, "aws:ResourceTag/")
				if !ok {
					return false, fmt.Sprintf("cannot verify condition key %q", key)
				}
				val, has := tags[tag]
				want := str(dig(kv, "value"))
				var hold bool
				switch op {
				case "string_equals":
					hold = has && val == want
				case "string_not_equals":
					hold = !has || val != want
				case "string_like":
					hold = has && opsGlob(want, val, false)
				case "string_not_like":
					hold = !has || !opsGlob(want, val, false)
				}
				if !hold {
					return false, fmt.Sprintf("condition %s %s=%q does not hold for the store (tag value %q)", op, key, want, val)
				}
			}
		}
	}
	if st := list(sel.Attrs["selection_tag"]); len(st) > 0 {
		for _, t := range st {
			val, has := tags[str(dig(t, "key"))]
			if strings.EqualFold(str(dig(t, "type")), "STRINGEQUALS") && has && val == str(dig(t, "value")) {
				return true, ""
			}
		}
		return false, "no selection_tag matches the store's tags"
	}
	return true, ""
}

// opsSelectionEntryMatches reports whether one resources/not_resources entry names the
// store: "*", a reference to it, or an ARN pattern matching its ARN. detail is set for
// an entry the pack cannot evaluate.
func opsSelectionEntryMatches(sel *Resource, v any, store *Resource) (bool, string) {
	val := str(v)
	if val == "*" {
		return true, ""
	}
	if isRef(val) {
		t, ok := sel.Stack.Resolve(val)
		if !ok {
			_, d := unresolved("the entry", v)
			return false, d
		}
		return t.Resource == store, ""
	}
	arn, ok := opsStoreARN(store)
	if !ok || !strings.HasPrefix(val, "arn:") {
		return false, fmt.Sprintf("cannot verify whether %q names the store", val)
	}
	if opsGlob(val, arn, false) {
		return true, ""
	}
	if strings.Contains(arn, opsUnknown) {
		return false, fmt.Sprintf("cannot verify whether %q names the store: parts of its ARN are not known before apply", val)
	}
	return false, ""
}

// opsUnknown stands for a part of an ARN the pack cannot know; only a wildcard matches it.
const opsUnknown = "\x00"

// opsStoreARN builds the ARN of a store from literal attributes; parts the pack cannot
// know (account, region, generated names) become a character only a wildcard matches.
func opsStoreARN(r *Resource) (string, bool) {
	const unknown = opsUnknown
	p := r.Stack.providers[opsProviderKey(r)]
	region := str(p["region"])
	if region == "" {
		region = unknown
	}
	account := unknown
	if ids := list(p["allowed_account_ids"]); len(ids) == 1 {
		account = str(ids[0])
	}
	lit := func(k string) string {
		if v := str(r.Attrs[k]); v != "" && !isRef(v) {
			return v
		}
		return unknown
	}
	switch r.Type {
	case "aws_dynamodb_table":
		return fmt.Sprintf("arn:aws:dynamodb:%s:%s:table/%s", region, account, lit("name")), true
	case "aws_db_instance":
		return fmt.Sprintf("arn:aws:rds:%s:%s:db:%s", region, account, lit("identifier")), true
	case "aws_rds_cluster", "aws_docdb_cluster", "aws_neptune_cluster":
		return fmt.Sprintf("arn:aws:rds:%s:%s:cluster:%s", region, account, lit("cluster_identifier")), true
	case "aws_redshift_cluster":
		return fmt.Sprintf("arn:aws:redshift:%s:%s:cluster:%s", region, account, lit("cluster_identifier")), true
	case "aws_efs_file_system":
		return fmt.Sprintf("arn:aws:elasticfilesystem:%s:%s:file-system/%s", region, account, unknown), true
	case "aws_ebs_volume":
		return fmt.Sprintf("arn:aws:ec2:%s:%s:volume/%s", region, account, unknown), true
	}
	return "", false
}

// opsStoreTags are the tags AWS sees on the store: its provider's default tags, then its
// own.
func opsStoreTags(r *Resource) map[string]string {
	out := map[string]string{}
	if m, ok := dig(r.Stack.providers[opsProviderKey(r)], "default_tags", 0, "tags").(map[string]any); ok {
		for k, v := range m {
			out[k] = str(v)
		}
	}
	if m, ok := r.Attrs["tags"].(map[string]any); ok {
		for k, v := range m {
			out[k] = str(v)
		}
	}
	return out
}

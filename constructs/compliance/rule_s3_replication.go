package compliance

import (
	"fmt"
	"strings"
)

// S3Replication: in production, every bucket of patient data replicates all of its
// objects to a bucket in another region (the disaster-recovery copy).
var S3Replication = &Rule{
	ID: "s3-replication", Controls: []string{"164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "a production bucket of patient data is not replicated, whole, to a bucket in another region",
	Why:     "the contingency plan needs an exact copy of all PHI that survives the loss of a region; a disabled rule, a prefix or tag filter, or a same-region destination does not give one.",
	Fix:     "add an aws_s3_bucket_replication_configuration with a rule of status Enabled, no prefix/tag filter, and destination.bucket a bucket of the environment created through the DR-region provider (storage.NewBucket's DR replica)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsProduction() || !s.IsPHI(r) {
			return NotApplicable, ""
		}
		rules := s3ReplicationRules(s, r)
		if len(rules) == 0 {
			return Fail, "no aws_s3_bucket_replication_configuration for it"
		}
		var notes []string
		for _, rr := range rules {
			if why := s3ReplicationRuleGap(s, r, rr); why != "" {
				notes = append(notes, rr.from+": "+why)
				continue
			}
			return Pass, ""
		}
		return Fail, "no replication rule copies the whole bucket to another region: " + strings.Join(notes, "; ")
	},
}

// s3ReplicationRule is one replication rule of a bucket, from an
// aws_s3_bucket_replication_configuration or the deprecated inline
// replication_configuration (whose rules are "rules", with enabled flags).
type s3ReplicationRule struct {
	from   string
	rule   any
	inline bool
	// stack is the stack of the resource holding the rule: its references resolve there.
	stack *Stack
}

func s3ReplicationRules(s *Stack, r *Resource) []s3ReplicationRule {
	var out []s3ReplicationRule
	for _, c := range s.Attached("aws_s3_bucket_replication_configuration", "bucket", r) {
		rules := list(c.Attrs["rule"])
		if len(rules) == 0 {
			out = append(out, s3ReplicationRule{from: c.Address() + " (no rule)", stack: c.Stack})
		}
		for i, rule := range rules {
			out = append(out, s3ReplicationRule{from: fmt.Sprintf("%s rule %q", c.Address(), s3RuleName(rule, i)), rule: rule, stack: c.Stack})
		}
	}
	for i, rule := range list(dig(r.Attrs, "replication_configuration", 0, "rules")) {
		out = append(out, s3ReplicationRule{from: fmt.Sprintf("%s replication_configuration rule %q", r.Address(), s3RuleName(rule, i)), rule: rule, inline: true, stack: r.Stack})
	}
	return out
}

func s3RuleName(rule any, i int) string {
	if id := str(dig(rule, "id")); id != "" {
		return id
	}
	return fmt.Sprintf("#%d", i)
}

// s3ReplicationRuleGap says why a replication rule does not give a whole, cross-region
// copy of the bucket ("" when it does).
func s3ReplicationRuleGap(s *Stack, r *Resource, rr s3ReplicationRule) string {
	if rr.rule == nil {
		return "it has no rule"
	}
	if st := dig(rr.rule, "status"); str(st) != "Enabled" {
		if str(st) == "Disabled" {
			return "status Disabled"
		}
		_, detail := unresolved("status", st)
		return detail
	}
	if whole, why := s3WholeBucketFilter(rr.rule); !whole {
		return why
	}
	dest := dig(rr.rule, "destination", 0, "bucket")
	d, ok := rr.stack.ResolvesTo(dest, "aws_s3_bucket")
	if !ok {
		_, detail := unresolved("destination.bucket", dest)
		return detail
	}
	if d == r {
		return "the destination is the bucket itself"
	}
	src, dst := r.Stack.Region(r), d.Stack.Region(d)
	switch {
	case src == "" || dst == "":
		return fmt.Sprintf("cannot verify the regions: source %s in %q, destination %s in %q (provider without a region)", r.Address(), src, d.Address(), dst)
	case src == dst:
		return fmt.Sprintf("the destination %s is in the same region (%s)", d.Address(), dst)
	}
	return ""
}

package compliance

import (
	"fmt"
	"slices"
	"strings"
)

// SuppressionRuleID is the id of the finding a suppression with a too-short reason (or
// naming an unknown rule) produces. It cannot itself be suppressed.
const SuppressionRuleID = "suppression-reason"

// Finding is one rule's verdict on one resource.
type Finding struct {
	Rule     *Rule
	Stack    string
	Resource *Resource
	Status   Status
	// Detail says what exactly failed; Reason is the suppression's reason.
	Detail, Reason string
}

// Blocking reports whether the finding stops synthesis.
func (f Finding) Blocking() bool { return f.Status == Fail && f.Rule.Level == Error }

// String is the one-line message an engineer acts on.
func (f Finding) String() string {
	where := f.Resource.Address()
	if f.Resource.Path != "" {
		where += " (" + f.Resource.Path + ")"
	}
	fix := f.Rule.Fix
	if f.Rule.ID != SuppressionRuleID {
		fix += fmt.Sprintf("; or, if it truly does not apply, suppress it with compliance.Suppress(resource, %q, \"<reason of %d+ characters>\")", f.Rule.ID, MinReasonLength)
	}
	return fmt.Sprintf("[%s] %s/%s: %s (%s). Why: %s Controls: HIPAA %s. Fix: %s.",
		f.Rule.ID, f.Stack, where, f.Rule.Problem, f.Detail, f.Rule.Why, strings.Join(f.Rule.Controls, ", "), fix)
}

var suppressionRule = &Rule{
	ID: SuppressionRuleID, Controls: []string{"164.308(a)(1)(ii)(D)"}, Level: Error,
	Problem: "a suppression is not justified",
	Why:     "an auditor must be able to read why a control does not apply.",
	Fix:     fmt.Sprintf("give the suppression a reason of at least %d characters naming the compensating control, and a rule id of the pack", MinReasonLength),
}

// Check runs every rule of the pack on every resource of the stack it applies to, in
// the stack's environment (see NewEnv). Findings come in rule order, then resource
// address order.
func Check(s *Stack, pack []*Rule) []Finding {
	var out []Finding
	known := map[string]bool{}
	for _, rule := range pack {
		known[rule.ID] = true
		targets := s.Resources // a rule without Types applies to every resource
		if rule.Types != nil {
			targets = nil
			for _, typ := range rule.Types {
				targets = append(targets, s.OfType(typ)...)
			}
		}
		for _, r := range targets {
			status, detail := rule.Check(s, r)
			f := Finding{Rule: rule, Stack: s.Name, Resource: r, Status: status, Detail: detail}
			if reason, ok := r.Suppressions[rule.ID]; ok && validReason(reason) {
				if status == Fail && rule.PHIUnsuppressible && s.IsPHI(r) {
					f.Detail += "; the suppression is refused: this control cannot be suppressed on a store of patient data"
				} else {
					f.Status, f.Reason = Suppressed, reason
				}
			}
			if f.Status == NotApplicable && r.NotPHIReason != "" && slices.Contains(DataStoreTypes, r.Type) {
				f.Reason = "not PHI: " + r.NotPHIReason
			}
			out = append(out, f)
		}
	}
	for _, r := range s.Resources {
		for _, id := range sortedKeys(r.Suppressions) {
			reason := r.Suppressions[id]
			switch {
			case !validReason(reason):
				out = append(out, Finding{Rule: suppressionRule, Stack: s.Name, Resource: r, Status: Fail,
					Detail: fmt.Sprintf("suppression of %s has the reason %q, under %d characters", id, reason, MinReasonLength)})
			case !known[id]:
				out = append(out, Finding{Rule: suppressionRule, Stack: s.Name, Resource: r, Status: Fail,
					Detail: fmt.Sprintf("suppression names %q, which is not a rule of the pack", id)})
			}
		}
		if r.NotPHIReason != "" && !validReason(r.NotPHIReason) {
			out = append(out, Finding{Rule: suppressionRule, Stack: s.Name, Resource: r, Status: Fail,
				Detail: fmt.Sprintf("the not-PHI marking has the reason %q, under %d characters: the store stays in PHI scope", r.NotPHIReason, MinReasonLength)})
		}
	}
	return out
}

// CheckEnv runs the pack on every stack of one environment, together.
func CheckEnv(env *Env, pack []*Rule) []Finding {
	var out []Finding
	for _, s := range env.Stacks {
		out = append(out, Check(s, pack)...)
	}
	return out
}

func validReason(reason string) bool { return len(strings.TrimSpace(reason)) >= MinReasonLength }

// Blocking returns the findings that stop synthesis.
func Blocking(findings []Finding) []Finding {
	return slices.DeleteFunc(slices.Clone(findings), func(f Finding) bool { return !f.Blocking() })
}

// Warnings returns failed warning-level findings.
func Warnings(findings []Finding) []Finding {
	return slices.DeleteFunc(slices.Clone(findings), func(f Finding) bool { return f.Status != Fail || f.Rule.Level != Warning })
}

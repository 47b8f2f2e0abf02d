package compliance

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// ReportEntry is one row of the audit report.
type ReportEntry struct {
	Rule     string   `json:"rule"`
	Level    Level    `json:"level"`
	Controls []string `json:"controls"`
	Stack    string   `json:"stack"`
	Resource string   `json:"resource"`
	Path     string   `json:"path,omitempty"`
	Status   Status   `json:"status"`
	Detail   string   `json:"detail,omitempty"`
	Reason   string   `json:"suppression_reason,omitempty"`
}

// ControlSummary counts verdicts per HIPAA control.
type ControlSummary struct {
	Control       string `json:"control"`
	Rules         int    `json:"rules"`
	Pass          int    `json:"pass"`
	Fail          int    `json:"fail"`
	Suppressed    int    `json:"suppressed"`
	NotApplicable int    `json:"not_applicable"`
}

// Report renders findings as Markdown and JSON: per rule and resource, and per control.
func Report(title string, pack []*Rule, findings []Finding) (md, js []byte, err error) {
	entries := make([]ReportEntry, 0, len(findings))
	controls := map[string]*ControlSummary{}
	rulesPerControl := map[string]map[string]bool{}
	for _, f := range findings {
		entries = append(entries, ReportEntry{Rule: f.Rule.ID, Level: f.Rule.Level, Controls: f.Rule.Controls, Stack: f.Stack,
			Resource: f.Resource.Address(), Path: f.Resource.Path, Status: f.Status, Detail: f.Detail, Reason: f.Reason})
		for _, c := range f.Rule.Controls {
			cs := controls[c]
			if cs == nil {
				cs = &ControlSummary{Control: c}
				controls[c] = cs
				rulesPerControl[c] = map[string]bool{}
			}
			rulesPerControl[c][f.Rule.ID] = true
			switch f.Status {
			case Pass:
				cs.Pass++
			case Fail:
				cs.Fail++
			case Suppressed:
				cs.Suppressed++
			case NotApplicable:
				cs.NotApplicable++
			}
		}
	}
	var summary []ControlSummary
	for _, c := range sortedKeys(controls) {
		controls[c].Rules = len(rulesPerControl[c])
		summary = append(summary, *controls[c])
	}
	sort.SliceStable(entries, func(i, j int) bool {
		if entries[i].Rule != entries[j].Rule {
			return ruleIndex(pack, entries[i].Rule) < ruleIndex(pack, entries[j].Rule)
		}
		return entries[i].Stack+entries[i].Resource < entries[j].Stack+entries[j].Resource
	})
	js, err = json.MarshalIndent(map[string]any{"title": title, "controls": summary, "findings": entries}, "", "  ")
	if err != nil {
		return nil, nil, err
	}

	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n## Summary per HIPAA Security Rule control\n\n| control | rules | pass | fail | suppressed | not applicable |\n|---|---|---|---|---|---|\n", title)
	for _, c := range summary {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d |\n", c.Control, c.Rules, c.Pass, c.Fail, c.Suppressed, c.NotApplicable)
	}
	b.WriteString("\n## Rules\n\n| rule | level | controls | what it checks |\n|---|---|---|---|\n")
	for _, r := range pack {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", r.ID, r.Level, strings.Join(r.Controls, ", "), r.Problem)
	}
	b.WriteString("\n## Findings per rule and resource\n\n| rule | stack | resource | status | detail or suppression reason |\n|---|---|---|---|---|\n")
	for _, e := range entries {
		note := e.Detail
		if e.Reason != "" {
			note = "suppressed: " + e.Reason
		}
		fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s |\n", e.Rule, e.Stack, e.Resource, e.Status, strings.ReplaceAll(note, "|", "\\|"))
	}
	return []byte(b.String()), js, nil
}

func ruleIndex(pack []*Rule, id string) int {
	for i, r := range pack {
		if r.ID == id {
			return i
		}
	}
	return len(pack)
}

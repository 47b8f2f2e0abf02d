package compliance

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
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

// Counts are verdict counts.
type Counts struct {
	Pass          int `json:"pass"`
	Fail          int `json:"fail"`
	Suppressed    int `json:"suppressed"`
	NotApplicable int `json:"not_applicable"`
}

func (c *Counts) add(s Status) {
	switch s {
	case Pass:
		c.Pass++
	case Fail:
		c.Fail++
	case Suppressed:
		c.Suppressed++
	case NotApplicable:
		c.NotApplicable++
	}
}

// ControlSummary counts verdicts per HIPAA control.
type ControlSummary struct {
	Control string `json:"control"`
	Rules   int    `json:"rules"`
	Counts
}

// RuleSummary counts verdicts per rule.
type RuleSummary struct {
	Rule     string   `json:"rule"`
	Level    Level    `json:"level"`
	Controls []string `json:"controls"`
	Checks   string   `json:"checks"`
	Counts
}

// Exception is one recorded reason (a suppression, or a not-PHI marking) and the
// resources it covers.
type Exception struct {
	Rule      string   `json:"rule"`
	Reason    string   `json:"reason"`
	Resources []string `json:"resources"`
}

// Summary is what an auditor reads first.
type Summary struct {
	Checks int `json:"checks"`
	Counts
	// Blocking are failed error-level checks: synthesis refuses them.
	Blocking int `json:"blocking"`
	// Warnings are failed warning-level checks.
	Warnings int `json:"warnings"`
	// Suppressions and NotPHI list every recorded reason.
	Suppressions []Exception `json:"suppressions"`
	NotPHI       []Exception `json:"not_phi"`
}

// reportData is the report's content, rendered as Markdown, JSON and HTML.
type reportData struct {
	Title    string           `json:"title"`
	Summary  Summary          `json:"summary"`
	Controls []ControlSummary `json:"controls"`
	Rules    []RuleSummary    `json:"rules"`
	Findings []ReportEntry    `json:"findings"`
}

// Report renders findings as Markdown, JSON and a self-contained HTML page: a summary
// first (counts, every suppression and not-PHI marking with its reason), then per
// control, per rule, and every finding (failures first).
func Report(title string, pack []*Rule, findings []Finding) (md, js, html []byte, err error) {
	d := buildReport(title, pack, findings)
	if js, err = json.MarshalIndent(d, "", "  "); err != nil {
		return nil, nil, nil, err
	}
	var h bytes.Buffer
	if err := htmlReport.Execute(&h, d); err != nil {
		return nil, nil, nil, err
	}
	return markdownReport(d), js, h.Bytes(), nil
}

func buildReport(title string, pack []*Rule, findings []Finding) reportData {
	d := reportData{Title: title}
	controls := map[string]*ControlSummary{}
	rulesPerControl := map[string]map[string]bool{}
	rules := map[string]*RuleSummary{}
	for _, r := range pack {
		rules[r.ID] = &RuleSummary{Rule: r.ID, Level: r.Level, Controls: r.Controls, Checks: r.Problem}
	}
	suppressions := map[[2]string][]string{}
	notPHI := map[string][]string{}
	for _, f := range findings {
		where := f.Stack + "/" + f.Resource.Address()
		d.Findings = append(d.Findings, ReportEntry{Rule: f.Rule.ID, Level: f.Rule.Level, Controls: f.Rule.Controls, Stack: f.Stack,
			Resource: f.Resource.Address(), Path: f.Resource.Path, Status: f.Status, Detail: f.Detail, Reason: f.Reason})
		d.Summary.Checks++
		d.Summary.add(f.Status)
		if f.Status == Fail {
			if f.Rule.Level == Error {
				d.Summary.Blocking++
			} else {
				d.Summary.Warnings++
			}
		}
		if f.Status == Suppressed {
			k := [2]string{f.Rule.ID, f.Reason}
			suppressions[k] = append(suppressions[k], where)
		}
		if reason, ok := strings.CutPrefix(f.Reason, "not PHI: "); ok && f.Status == NotApplicable && !contains(notPHI[reason], where) {
			notPHI[reason] = append(notPHI[reason], where)
		}
		rs := rules[f.Rule.ID]
		if rs == nil {
			rs = &RuleSummary{Rule: f.Rule.ID, Level: f.Rule.Level, Controls: f.Rule.Controls, Checks: f.Rule.Problem}
			rules[f.Rule.ID] = rs
		}
		rs.add(f.Status)
		for _, c := range f.Rule.Controls {
			cs := controls[c]
			if cs == nil {
				cs = &ControlSummary{Control: c}
				controls[c] = cs
				rulesPerControl[c] = map[string]bool{}
			}
			rulesPerControl[c][f.Rule.ID] = true
			cs.add(f.Status)
		}
	}
	for _, c := range sortedKeys(controls) {
		controls[c].Rules = len(rulesPerControl[c])
		d.Controls = append(d.Controls, *controls[c])
	}
	for _, id := range sortedKeys(rules) {
		d.Rules = append(d.Rules, *rules[id])
	}
	sort.SliceStable(d.Rules, func(i, j int) bool { return ruleIndex(pack, d.Rules[i].Rule) < ruleIndex(pack, d.Rules[j].Rule) })
	keys := make([][2]string, 0, len(suppressions))
	for k := range suppressions {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
	for _, k := range keys {
		d.Summary.Suppressions = append(d.Summary.Suppressions, Exception{Rule: k[0], Reason: k[1], Resources: suppressions[k]})
	}
	for _, reason := range sortedKeys(notPHI) {
		d.Summary.NotPHI = append(d.Summary.NotPHI, Exception{Rule: "phi-scope", Reason: reason, Resources: notPHI[reason]})
	}
	// Failures first, then suppressed, pass, not applicable; then rule and address order.
	rank := map[Status]int{Fail: 0, Suppressed: 1, Pass: 2, NotApplicable: 3}
	sort.SliceStable(d.Findings, func(i, j int) bool {
		a, b := d.Findings[i], d.Findings[j]
		if rank[a.Status] != rank[b.Status] {
			return rank[a.Status] < rank[b.Status]
		}
		if a.Rule != b.Rule {
			return ruleIndex(pack, a.Rule) < ruleIndex(pack, b.Rule)
		}
		return a.Stack+a.Resource < b.Stack+b.Resource
	})
	return d
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func markdownReport(d reportData) []byte {
	var b strings.Builder
	cell := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "|", "\\|"), "\n", " ") }
	s := d.Summary
	fmt.Fprintf(&b, "# %s\n\n## Summary\n\n", d.Title)
	fmt.Fprintf(&b, "%d checks: **%d pass**, **%d fail** (%d blocking errors, %d warnings), **%d suppressed**, %d not applicable.\n\n",
		s.Checks, s.Pass, s.Fail, s.Blocking, s.Warnings, s.Suppressed, s.NotApplicable)
	b.WriteString("### Suppressions and their reasons\n\n")
	if len(s.Suppressions) == 0 {
		b.WriteString("None.\n")
	}
	for _, e := range s.Suppressions {
		fmt.Fprintf(&b, "- `%s` on %d resource(s): %s\n  - %s\n", e.Rule, len(e.Resources), cell(e.Reason), strings.Join(e.Resources, ", "))
	}
	b.WriteString("\n### Data stores recorded as holding no PHI\n\n")
	if len(s.NotPHI) == 0 {
		b.WriteString("None.\n")
	}
	for _, e := range s.NotPHI {
		fmt.Fprintf(&b, "- %s\n  - %s\n", cell(e.Reason), strings.Join(e.Resources, ", "))
	}
	b.WriteString("\n## Per HIPAA Security Rule control\n\n| control | rules | pass | fail | suppressed | not applicable |\n|---|---|---|---|---|---|\n")
	for _, c := range d.Controls {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d |\n", c.Control, c.Rules, c.Pass, c.Fail, c.Suppressed, c.NotApplicable)
	}
	b.WriteString("\n## Per rule\n\n| rule | level | controls | what it checks | pass | fail | suppressed | not applicable |\n|---|---|---|---|---|---|---|---|\n")
	for _, r := range d.Rules {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %d | %d | %d | %d |\n", r.Rule, r.Level, strings.Join(r.Controls, ", "), cell(r.Checks), r.Pass, r.Fail, r.Suppressed, r.NotApplicable)
	}
	b.WriteString("\n## Findings (failures first)\n\n| rule | stack | resource | status | detail or reason |\n|---|---|---|---|---|\n")
	for _, e := range d.Findings {
		note := e.Detail
		if e.Reason != "" {
			note = e.Reason
			if e.Status == Suppressed {
				note = "suppressed: " + e.Reason
			}
		}
		fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s |\n", e.Rule, e.Stack, e.Resource, e.Status, cell(note))
	}
	return []byte(b.String())
}

//go:embed report.html.tmpl
var htmlTemplate string

var htmlReport = template.Must(template.New("report").Funcs(template.FuncMap{
	"join": strings.Join,
}).Parse(htmlTemplate))

func ruleIndex(pack []*Rule, id string) int {
	for i, r := range pack {
		if r.ID == id {
			return i
		}
	}
	return len(pack)
}

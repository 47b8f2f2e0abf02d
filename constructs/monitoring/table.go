package monitoring

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/aws/jsii-runtime-go"

	"github.com/healthhub/platform-infra/constructs/naming"
)

// Catalogue lists the platform's alarm catalogue: one AlarmSpec per ID, built by the
// templates for placeholder resources ("<prefix>-<service>-errors"), in Kinds order,
// then by ID. It is what the README's alarm table shows (CatalogueMarkdown), and every
// alarm the stacks create is an instance of one of its entries.
func Catalogue() []AlarmSpec {
	names := naming.New("<prefix>", "<account>")
	ph := func(s string) *string { return jsii.String("<" + s + ">") }
	var all []AlarmSpec
	all = append(all, APIAlarms(names, ph("api"), "<environment>")...)
	all = append(all, FunctionAlarms(names, ColdStartNamespace("<environment>"), FunctionRef{Service: "<service>", Name: ph("function"), LogGroupName: ph("log group"), QueueName: ph("queue")})...)
	all = append(all, RotationAlarms(names, "<rotator>", ph("function"), ph("queue"))...)
	all = append(all, TableAlarms(names, "<table>", ph("table"), 1000)...)
	all = append(all, DistributionAlarms(names, "Frontend", "<distribution>", "the distribution's site", ph("distribution"))...)
	all = append(all, WAFAlarms(names, ph("web ACL"))...)
	all = append(all, CertificateAlarms(names, "<domain> and api.<domain>", ph("certificate"))...)
	all = append(all, CanaryAlarms(names, "<canary>", "<prefix>-<canary>", "the canary's URL", 5)...)
	all = append(all, ReplicationAlarms("<prefix>-<bucket>", "Objects of <bucket>", "replica bucket", ph("bucket"), ph("replica"), "disaster-recovery")...)
	all = append(all, TrailAlarms(names, SecurityMetricNamespace("<environment>"), ph("trail log group"))...)
	slo := SLO{ID: "<slo>", Objective: "<objective>", Target: "<target>", Budget: 0.001, SLI: "<sli>",
		Ratio: func(period int) ([]Query, string) {
			return []Query{{ID: "bad", Metric: Metric{Namespace: "<sli>", Name: "<bad>", Stat: "Sum", Period: period}}}, "<bad / valid>"
		}}
	all = append(all, SLOAlarms(names, slo)...)
	all = append(all, PlatformDegraded(names, all))
	all = append(all, CostAlarms(names)...)
	order := map[string]int{}
	for i, k := range Kinds {
		order[k] = i
	}
	seen := map[string]bool{}
	var out []AlarmSpec
	for _, s := range all {
		if !seen[s.ID] {
			seen[s.ID] = true
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if order[out[i].Kind] != order[out[j].Kind] {
			return order[out[i].Kind] < order[out[j].Kind]
		}
		return false
	})
	return out
}

// CatalogueIDs are the IDs of Catalogue.
func CatalogueIDs() map[string]AlarmSpec {
	out := map[string]AlarmSpec{}
	for _, s := range Catalogue() {
		out[s.ID] = s
	}
	return out
}

// Route says who an entry notifies, for people.
func (s AlarmSpec) Route() string {
	switch {
	case s.Severity == Input:
		return "input: no notification; feeds a composite"
	case s.Via != "":
		return "critical: pages once through " + s.Via + "; its details e-mailed (warning topic)"
	case s.Severity == Critical:
		return "critical: pages (critical topic: pager and e-mail)"
	default:
		return "warning: e-mail (warning topic)"
	}
}

// Source says what the entry reads, for the table.
func (s AlarmSpec) Source() string {
	switch {
	case s.Metric != nil:
		src := s.Metric.Namespace + " " + s.Metric.Name
		if s.Filter != nil {
			src += " (metric filter `" + s.Filter.Pattern + "`, value `" + s.Filter.Value + "`)"
		}
		return src
	case s.Math != nil:
		var parts []string
		for _, q := range s.Math.Queries {
			parts = append(parts, fmt.Sprintf("%s = %s %s %s", q.ID, q.Metric.Namespace, q.Metric.Name, q.Metric.Stat))
		}
		return "`" + s.Math.Expression + "` (" + strings.Join(parts, "; ") + ")"
	case s.Composite != nil:
		return "composite: `" + s.Composite.Rule + "`"
	case s.Budget != nil:
		return "AWS Budgets, " + strings.ToLower(s.Budget.Type) + " cost of the month"
	case s.Anomaly != nil:
		return "Cost Anomaly Detection (services of the account)"
	}
	return ""
}

// Condition says when the entry fires: statistic, period, evaluation and threshold.
func (s AlarmSpec) Condition() (stat, period, evaluation, threshold string) {
	switch {
	case s.Composite != nil:
		return "-", "-", "-", "rule true"
	case s.Budget != nil:
		return "-", "month", "-", "> " + strconv.FormatFloat(s.Budget.Percent, 'f', -1, 64) + "% of the budget"
	case s.Anomaly != nil:
		return "-", "-", "-", fmt.Sprintf("impact >= %s%% of the budget", strconv.FormatFloat(s.Anomaly.ImpactPercentOfBudget, 'f', -1, 64))
	}
	if s.Metric != nil {
		stat = s.Metric.Stat
	} else {
		stat = "expression"
		if len(s.Math.Queries) > 0 {
			stat = s.Math.Queries[0].Metric.Stat
			for _, q := range s.Math.Queries[1:] {
				if q.Metric.Stat != stat {
					stat = "per metric"
					break
				}
			}
		}
	}
	period = duration(s.Period)
	if s.Math != nil && len(s.Math.Queries) > 0 {
		period = duration(s.Math.Queries[0].Metric.Period)
	}
	m := s.DatapointsToAlarm
	if m == 0 {
		m = s.EvaluationPeriods
	}
	evaluation = fmt.Sprintf("%d of %d", m, s.EvaluationPeriods)
	threshold = comparisons[s.Comparison] + " " + strconv.FormatFloat(s.Threshold, 'f', -1, 64)
	return stat, period, evaluation, threshold
}

func duration(seconds int) string {
	switch {
	case seconds == 0:
		return "-"
	case seconds%86400 == 0:
		return fmt.Sprintf("%d d", seconds/86400)
	case seconds%3600 == 0:
		return fmt.Sprintf("%d h", seconds/3600)
	default:
		return fmt.Sprintf("%d min", seconds/60)
	}
}

// CatalogueMarkdown renders Catalogue as the README's table, then the counts per
// severity.
func CatalogueMarkdown() string {
	var b strings.Builder
	b.WriteString("| id | severity, route | alarm name | watches | source | statistic | period | datapoints | threshold | missing data | runbook |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|---|---|\n")
	cell := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "|", "\\|"), "\n", " ") }
	for _, s := range Catalogue() {
		stat, period, eval, threshold := s.Condition()
		missing := s.TreatMissingData
		if missing == "" {
			missing = "-"
		}
		fmt.Fprintf(&b, "| `%s` | %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s |\n",
			s.ID, cell(s.Route()), cell(s.Name), cell(s.Summary), cell(s.Source()), cell(stat), period, eval, cell(threshold), missing, cell(s.Runbook))
	}
	counts := CatalogueCounts()
	fmt.Fprintf(&b, "\n%d entries: %d critical (%d paging directly, %d through %s), %d warning, %d input.\n",
		counts["total"], counts["critical"], counts["critical-direct"], counts["critical-via"], PlatformDegradedID, counts["warning"], counts["input"])
	return b.String()
}

// CatalogueCounts counts Catalogue's entries per severity ("critical", "warning",
// "input"), critical ones paging directly ("critical-direct") and through a composite
// ("critical-via"), and all ("total").
func CatalogueCounts() map[string]int {
	out := map[string]int{}
	for _, s := range Catalogue() {
		out[string(s.Severity)]++
		out["total"]++
		if s.Severity == Critical {
			if s.Via != "" {
				out["critical-via"]++
			} else {
				out["critical-direct"]++
			}
		}
	}
	return out
}

// SLOMarkdown renders the platform's SLOs and burn-rate alerts for the README.
func SLOMarkdown() string {
	var b strings.Builder
	b.WriteString("| SLO | objective | SLI (bad / valid) | error budget | burn-rate expression |\n|---|---|---|---|---|\n")
	for _, s := range PlatformSLOs(SLORefs{APIID: jsii.String("<api>"), Stage: "<environment>", Canaries: []string{"<prefix>-web", "<prefix>-api"}}) {
		_, expr := s.BurnExpression(3600)
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | `%s` |\n", s.ID, s.Objective, s.SLI, trimFloat(s.Budget), strings.ReplaceAll(expr, "|", "\\|"))
	}
	b.WriteString("\n| alert | burn rate | long window | short window | budget spent when it fires | route |\n|---|---|---|---|---|---|\n")
	for _, a := range BurnAlerts {
		route := "critical: `slo-fast-burn`, pages through " + PlatformDegradedID
		if a.Name == "slow" {
			route = "warning: `slo-slow-burn`, e-mail"
		}
		fmt.Fprintf(&b, "| %s | %sx | %s | %s | %s | %s |\n", a.Name, strconv.FormatFloat(a.Burn, 'f', -1, 64), a.Long.Label, a.Short.Label, a.BudgetSpent, route)
	}
	return b.String()
}

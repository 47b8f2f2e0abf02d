package monitoring

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/aws/jsii-runtime-go"

	"github.com/healthhub/platform-infra/constructs/naming"
)

// SLOs and their burn-rate alarms: multiwindow, multi-burn-rate alerts as in the Google
// SRE workbook ("Alerting on SLOs"). The burn rate of a window is the fraction of bad
// events in it divided by the error budget (1 - target): a burn rate of 1 spends the
// budget exactly over the SLO's 30 days. Each window is one metric-math alarm whose
// period is the window (CloudWatch slides it, evaluating every minute); it notifies no
// one (an Input): a composite alarm requires a long and a short window together, so that
// it fires fast on a real burn and clears fast once the burn stops.

// SLO is a service level objective of the platform.
type SLO struct {
	// ID names the SLO ("availability") in alarm names.
	ID string
	// Objective is the promise, for people ("99.9% of API requests and canary runs
	// succeed over 30 days").
	Objective string
	// Target is the objective as a percentage string ("99.9"); Budget the error budget
	// as a fraction (0.001): both written out, so that no float arithmetic reaches the
	// alarms.
	Target string
	Budget float64
	// SLI says how bad and valid events are counted, for people.
	SLI string
	// Ratio gives the metrics and the expression of the fraction of bad events (0 to 1)
	// over windows of period seconds.
	Ratio func(period int) ([]Query, string)
}

// BurnWindow is one window of a burn-rate alert.
type BurnWindow struct {
	// Label is the window's name in alarm names ("1h"); Seconds its length.
	Label   string
	Seconds int
}

// BurnAlert is a burn rate over a long and a short window.
type BurnAlert struct {
	// Name is "fast", "medium" or "slow".
	Name        string
	Burn        float64
	Long, Short BurnWindow
	// BudgetSpent is the share of the month's budget spent when the long window fires.
	BudgetSpent string
}

// BurnAlerts are the workbook's three: 14.4x over 1 hour (2% of the budget in an hour)
// and 6x over 6 hours (5% in 6 hours) page; 1x over 3 days (10% in 3 days, the budget
// spent by the month's end at this pace) warns. Each short window is a twelfth of its
// long one.
var BurnAlerts = []BurnAlert{
	{Name: "fast", Burn: 14.4, Long: BurnWindow{"1h", 3600}, Short: BurnWindow{"5m", 300}, BudgetSpent: "2% of the month's budget in an hour"},
	{Name: "medium", Burn: 6, Long: BurnWindow{"6h", 21600}, Short: BurnWindow{"30m", 1800}, BudgetSpent: "5% of the month's budget in 6 hours"},
	{Name: "slow", Burn: 1, Long: BurnWindow{"3d", 259200}, Short: BurnWindow{"6h", 21600}, BudgetSpent: "10% of the month's budget in 3 days"},
}

// SLORefs are what the platform's SLIs are measured on.
type SLORefs struct {
	// APIID (a reference) and Stage are the shared HTTP API's.
	APIID *string
	Stage string
	// Canaries are the uptime canaries' names.
	Canaries []string
}

// PlatformSLOs are the platform's promises: 99.9% availability (API 5xx and failed
// canary runs against API requests and canary runs), p95 latency under 200 ms (95% of
// API requests within 200 ms: PR(:200), the percentile rank, counts them) and an error
// rate under 0.1% (Lambda's account-level Errors against Invocations: every function of
// the environment's account, the rotation functions included).
func PlatformSLOs(r SLORefs) []SLO {
	api := []Dim{{"ApiId", r.APIID}, {"Stage", jsii.String(r.Stage)}}
	return []SLO{
		{
			ID: "availability", Objective: "99.9% of API requests and canary runs succeed over 30 days", Target: "99.9", Budget: 0.001,
			SLI: "(API 5xx + failed canary runs) / (API requests + canary runs)",
			Ratio: func(period int) ([]Query, string) {
				q := []Query{
					{ID: "errors", Metric: Metric{Namespace: "AWS/ApiGateway", Name: "5xx", Dims: api, Stat: "Sum", Period: period}},
					{ID: "requests", Metric: Metric{Namespace: "AWS/ApiGateway", Name: "Count", Dims: api, Stat: "Sum", Period: period}},
				}
				bad, valid := []string{"FILL(errors, 0)"}, []string{"FILL(requests, 0)"}
				for i, c := range r.Canaries {
					runs, success := fmt.Sprintf("runs%d", i), fmt.Sprintf("success%d", i)
					d := []Dim{{"CanaryName", jsii.String(c)}}
					q = append(q,
						Query{ID: runs, Metric: Metric{Namespace: CanaryNamespace, Name: "SuccessPercent", Dims: d, Stat: "SampleCount", Period: period}},
						Query{ID: success, Metric: Metric{Namespace: CanaryNamespace, Name: "SuccessPercent", Dims: d, Stat: "Average", Period: period}})
					bad = append(bad, fmt.Sprintf("FILL(%s * (100 - %s) / 100, 0)", runs, success))
					valid = append(valid, fmt.Sprintf("FILL(%s, 0)", runs))
				}
				return q, fmt.Sprintf("(%s) / (%s)", strings.Join(bad, " + "), strings.Join(valid, " + "))
			},
		},
		{
			ID: "latency", Objective: "95% of API requests answered within 200 ms (p95 < 200 ms) over 30 days", Target: "95", Budget: 0.05,
			SLI: "API requests slower than 200 ms / API requests (100 - PR(:200) of Latency)",
			Ratio: func(period int) ([]Query, string) {
				return []Query{{ID: "fast", Metric: Metric{Namespace: "AWS/ApiGateway", Name: "Latency", Dims: api, Stat: "PR(:200)", Period: period}}},
					"(100 - fast) / 100"
			},
		},
		{
			ID: "errors", Objective: "fewer than 0.1% of function invocations fail over 30 days", Target: "99.9", Budget: 0.001,
			SLI: "Lambda Errors / Invocations, account-wide",
			Ratio: func(period int) ([]Query, string) {
				return []Query{
					{ID: "errors", Metric: Metric{Namespace: "AWS/Lambda", Name: "Errors", Stat: "Sum", Period: period}},
					{ID: "invocations", Metric: Metric{Namespace: "AWS/Lambda", Name: "Invocations", Stat: "Sum", Period: period}},
				}, "FILL(errors, 0) / invocations"
			},
		},
	}
}

// BurnExpression is the burn rate of the SLO over windows of period seconds.
func (s SLO) BurnExpression(period int) ([]Query, string) {
	q, ratio := s.Ratio(period)
	return q, fmt.Sprintf("(%s) / %s", ratio, strconv.FormatFloat(s.Budget, 'g', -1, 64))
}

// SLOAlarms are an SLO's burn-rate alarms: a window alarm (Input) per window of each
// BurnAlert, the fast-burn composite (fast or medium: pages through platform-degraded)
// and the slow-burn composite (warns).
func SLOAlarms(names naming.Namer, s SLO) []AlarmSpec {
	var specs []AlarmSpec
	pairs := map[string][2]string{}
	for _, b := range BurnAlerts {
		var pair [2]string
		for i, w := range []BurnWindow{b.Long, b.Short} {
			q, expr := s.BurnExpression(w.Seconds)
			name := names.Name("slo", s.ID, b.Name+"-burn-"+w.Label)
			pair[i] = name
			composite := "fast"
			if b.Name == "slow" {
				composite = "slow"
			}
			specs = append(specs, AlarmSpec{
				ID: "slo-" + b.Name + "-burn-" + w.Label, Kind: "slo", Subject: s.ID, Name: name,
				Construct: "Slo" + naming.Pascal(s.ID) + naming.Pascal(b.Name) + "Burn" + naming.Pascal(w.Label), Severity: Input,
				Summary: fmt.Sprintf("burn rate of an SLO's error budget over %s: (bad / valid events) / budget", w.Label),
				Runbook: fmt.Sprintf("Window of the %s SLO's %s-burn alert: the error budget (%s%% target) burns faster than %gx over %s. "+
					"It notifies no one: %s does, when the %s and %s windows agree", s.ID, composite, s.Target, b.Burn, w.Label,
					names.Name("slo", s.ID, composite+"-burn"), b.Long.Label, b.Short.Label),
				Math:   &Math{Expression: expr, Label: "burn rate", Queries: q},
				Period: w.Seconds, EvaluationPeriods: 1, Threshold: b.Burn, Comparison: gt, TreatMissingData: "notBreaching",
			})
		}
		pairs[b.Name] = pair
	}
	fast := AnyOf(AllOf(pairs["fast"][0], pairs["fast"][1]), AllOf(pairs["medium"][0], pairs["medium"][1]))
	slow := AllOf(pairs["slow"][0], pairs["slow"][1])
	dashboard := names.Name("slo")
	specs = append(specs,
		AlarmSpec{
			ID: "slo-fast-burn", Kind: "slo", Subject: s.ID, Name: names.Name("slo", s.ID, "fast-burn"), Construct: "Slo" + naming.Pascal(s.ID) + "FastBurn",
			Severity: Critical, Via: PlatformDegradedID,
			Summary: "an SLO's budget burning 14.4x over 1 h and 5 min, or 6x over 6 h and 30 min",
			Runbook: fmt.Sprintf("The %s SLO (%s) burns its error budget fast: 14.4x over both 1 hour and 5 minutes (%s) or 6x over both 6 hours and 30 minutes (%s). "+
				"Open the SLO dashboard %s, find the SLI that moves and handle it as an incident", s.ID, s.Objective, BurnAlerts[0].BudgetSpent, BurnAlerts[1].BudgetSpent, dashboard),
			Composite: &Composite{Rule: fast},
		},
		AlarmSpec{
			ID: "slo-slow-burn", Kind: "slo", Subject: s.ID, Name: names.Name("slo", s.ID, "slow-burn"), Construct: "Slo" + naming.Pascal(s.ID) + "SlowBurn",
			Severity: Warning,
			Summary:  "an SLO's budget burning 1x over both 3 days and 6 h",
			Runbook: fmt.Sprintf("The %s SLO (%s) burns its error budget at 1x or more over both 3 days and 6 hours (%s): at this pace the month's budget runs out. "+
				"Plan the fix in working hours; the SLO dashboard %s shows the budget left", s.ID, s.Objective, BurnAlerts[2].BudgetSpent, dashboard),
			Composite: &Composite{Rule: slow},
		},
	)
	return specs
}

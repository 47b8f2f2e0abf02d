package monitoring

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchcompositealarm"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchlogmetricfilter"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchmetricalarm"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// Severity says who is told, and how (Routes.For).
type Severity string

// Severities.
const (
	// Critical pages the on-call engineer (the critical topic: the pager and e-mail),
	// directly or through the composite alarm named in Via.
	Critical Severity = "critical"
	// Warning e-mails (the warning topic): look at it in working hours.
	Warning Severity = "warning"
	// Input notifies no one itself: it is one window of a multi-window burn-rate
	// composite alarm, which notifies.
	Input Severity = "input"
)

// Comparison operators of CloudWatch alarms, and how the catalogue shows them.
var comparisons = map[string]string{
	"GreaterThanThreshold": ">", "GreaterThanOrEqualToThreshold": ">=",
	"LessThanThreshold": "<", "LessThanOrEqualToThreshold": "<=",
}

// Missing-data treatments the catalogue allows: "missing" leaves an alarm silent in
// INSUFFICIENT_DATA, which the compliance pack refuses.
var missingData = []string{"notBreaching", "breaching", "ignore"}

// Dim is one dimension of a metric.
type Dim struct {
	Name  string
	Value *string
}

// Metric is a CloudWatch metric and the statistic read from it.
type Metric struct {
	Namespace, Name string
	Dims            []Dim
	// Stat is a statistic ("Sum", "Average", "Maximum", "Minimum", "SampleCount") or an
	// extended one ("p95", "PR(:200)": the percentage of values up to 200).
	Stat string
	// Period of the metric inside a Math; a single-metric alarm uses the spec's Period.
	Period int
}

// Query is one metric of a metric-math alarm, named for the expression (lowercase id).
type Query struct {
	ID     string
	Metric Metric
}

// Math is a metric-math alarm: the alarm compares Expression, computed from Queries.
type Math struct {
	Expression string
	// Label names the expression's result ("burn rate").
	Label   string
	Queries []Query
}

// Composite is a composite alarm's rule over other alarms of the catalogue, by name
// (AnyOf, AllOf).
type Composite struct {
	Rule string
}

// MetricFilter turns log events into the spec's Metric (Namespace, Name): created
// with the alarm, on LogGroupName.
type MetricFilter struct {
	// Construct is the filter's construct id; Name its name.
	Construct, Name string
	LogGroupName    *string
	Pattern         string
	// Value is "1" (count the events) or a JSON selector ("$.record.metrics.initDurationMs").
	Value, Unit string
}

// AlarmSpec is one alarm of the catalogue: what it watches, when it fires, how bad that
// is and what to do. Templates (catalogue.go) build them for a resource; Add creates
// them. Catalogue() lists one of each ID, the table the README shows.
type AlarmSpec struct {
	// ID names the catalogue entry ("function-errors"); Kind what it watches ("function").
	ID, Kind string
	// Name is the alarm's name ("hh-dev-gateway-errors"); Construct its construct id, so
	// that its Terraform address stays stable.
	Name, Construct string
	// Subject names the resource watched, in the environment's naming ("gateway" for the
	// function "<prefix>-gateway", a table, a canary, an SLO), for dashboards.
	Subject  string
	Severity Severity
	// Via is the ID of the composite alarm that pages for this critical alarm (its own
	// notifications go to the warning route). Default: none, it pages itself.
	Via string
	// Summary says what is measured, for the catalogue table; Runbook what it means
	// and what to do first (the alarm's description).
	Summary, Runbook string
	// Exactly one of Metric, Math and Composite (CloudWatch alarms, created by Add), or
	// Budget and Anomaly (AWS Budgets notifications and a Cost Anomaly Detection
	// subscription, created by NewCostAlerts).
	Metric    *Metric
	Math      *Math
	Composite *Composite
	Budget    *BudgetThreshold
	Anomaly   *AnomalyThreshold
	// Period in seconds; EvaluationPeriods and DatapointsToAlarm (M of N). Not used by
	// composites.
	Period, EvaluationPeriods, DatapointsToAlarm int
	Threshold                                    float64
	// Comparison is a CloudWatch comparison operator ("GreaterThanThreshold").
	Comparison string
	// TreatMissingData is notBreaching, breaching or ignore.
	TreatMissingData string
	// Filter creates the metric from a log group. Default: none, AWS publishes it.
	Filter *MetricFilter
}

// Alarm is an alarm Add created.
type Alarm struct {
	Spec AlarmSpec
	// Resource is the aws_cloudwatch_metric_alarm or aws_cloudwatch_composite_alarm.
	Resource cdktf.TerraformResource
}

// AddOptions places the alarms.
type AddOptions struct {
	// Provider creates the alarms (and filters) in another provider configuration's
	// region, where their metrics are (CloudFront's and ACM's for CloudFront in
	// us-east-1); the routes' topics must be there too. Default: the stack's.
	Provider cdktf.TerraformProvider
}

// Tag keys every alarm carries: its catalogue ID and severity.
const (
	TagAlarmID  = "alarm-id"
	TagSeverity = "alarm-severity"
)

// Add creates the alarms of specs in scope: each notifies routes.For(spec) on ALARM and
// on OK (an Input alarm notifies no one: its composite does), carries its catalogue ID
// and severity as tags, and its runbook as description. Every problem of every spec is
// reported, one line each, and nothing is created then.
func Add(scope constructs.Construct, routes Routes, specs []AlarmSpec, opts AddOptions) ([]Alarm, error) {
	var problems []string
	for _, s := range specs {
		if s.Budget != nil || s.Anomaly != nil {
			problems = append(problems, fmt.Sprintf("monitoring.Add %s (%s): a cost alert, created by NewCostAlerts", s.Name, s.ID))
			continue
		}
		for _, p := range s.Validate() {
			problems = append(problems, fmt.Sprintf("monitoring.Add %s (%s): %s", s.Name, s.ID, p))
		}
		if s.Severity != Input && routes.For(s) == nil {
			problems = append(problems, fmt.Sprintf("monitoring.Add %s (%s): no %s route", s.Name, s.ID, s.Severity))
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	out := make([]Alarm, 0, len(specs))
	for _, s := range specs {
		var actions *[]*string
		if t := routes.For(s); t != nil {
			actions = &[]*string{t.Arn()}
		}
		tags := &map[string]*string{TagAlarmID: jsii.String(s.ID), TagSeverity: jsii.String(string(s.Severity))}
		if s.Composite != nil {
			r := cloudwatchcompositealarm.NewCloudwatchCompositeAlarm(scope, jsii.String(s.Construct), &cloudwatchcompositealarm.CloudwatchCompositeAlarmConfig{
				AlarmName: jsii.String(s.Name), AlarmDescription: jsii.String(s.Description()), AlarmRule: jsii.String(s.Composite.Rule),
				AlarmActions: actions, OkActions: actions, Tags: tags, Provider: opts.Provider,
			})
			out = append(out, Alarm{Spec: s, Resource: r})
			continue
		}
		if f := s.Filter; f != nil {
			cloudwatchlogmetricfilter.NewCloudwatchLogMetricFilter(scope, jsii.String(f.Construct), &cloudwatchlogmetricfilter.CloudwatchLogMetricFilterConfig{
				Name: jsii.String(f.Name), LogGroupName: f.LogGroupName, Pattern: jsii.String(f.Pattern),
				MetricTransformation: &cloudwatchlogmetricfilter.CloudwatchLogMetricFilterMetricTransformation{
					Name: jsii.String(s.Metric.Name), Namespace: jsii.String(s.Metric.Namespace), Value: jsii.String(f.Value), Unit: jsii.String(f.Unit),
				},
				Provider: opts.Provider,
			})
		}
		cfg := &cloudwatchmetricalarm.CloudwatchMetricAlarmConfig{
			AlarmName:          jsii.String(s.Name),
			AlarmDescription:   jsii.String(s.Description()),
			EvaluationPeriods:  jsii.Number(float64(s.EvaluationPeriods)),
			Threshold:          jsii.Number(s.Threshold),
			ComparisonOperator: jsii.String(s.Comparison),
			TreatMissingData:   jsii.String(s.TreatMissingData),
			AlarmActions:       actions,
			OkActions:          actions,
			Tags:               tags,
			Provider:           opts.Provider,
		}
		if s.DatapointsToAlarm != 0 && s.DatapointsToAlarm != s.EvaluationPeriods {
			cfg.DatapointsToAlarm = jsii.Number(float64(s.DatapointsToAlarm))
		}
		if m := s.Metric; m != nil {
			cfg.Namespace, cfg.MetricName, cfg.Period = jsii.String(m.Namespace), jsii.String(m.Name), jsii.Number(float64(s.Period))
			if len(m.Dims) > 0 {
				cfg.Dimensions = dims(m.Dims)
			}
			if standardStat(m.Stat) {
				cfg.Statistic = jsii.String(m.Stat)
			} else {
				cfg.ExtendedStatistic = jsii.String(m.Stat)
			}
		} else {
			var queries []*cloudwatchmetricalarm.CloudwatchMetricAlarmMetricQuery
			for _, q := range s.Math.Queries {
				mq := &cloudwatchmetricalarm.CloudwatchMetricAlarmMetricQueryMetric{
					Namespace: jsii.String(q.Metric.Namespace), MetricName: jsii.String(q.Metric.Name),
					Stat: jsii.String(q.Metric.Stat), Period: jsii.Number(float64(q.Metric.Period)),
				}
				if len(q.Metric.Dims) > 0 {
					mq.Dimensions = dims(q.Metric.Dims)
				}
				queries = append(queries, &cloudwatchmetricalarm.CloudwatchMetricAlarmMetricQuery{
					Id: jsii.String(q.ID), Metric: mq, ReturnData: jsii.Bool(false),
				})
			}
			queries = append(queries, &cloudwatchmetricalarm.CloudwatchMetricAlarmMetricQuery{
				Id: jsii.String(MathResultID), Expression: jsii.String(s.Math.Expression), Label: jsii.String(s.Math.Label), ReturnData: jsii.Bool(true),
			})
			cfg.MetricQuery = queries
		}
		r := cloudwatchmetricalarm.NewCloudwatchMetricAlarm(scope, jsii.String(s.Construct), cfg)
		out = append(out, Alarm{Spec: s, Resource: r})
	}
	return out, nil
}

// MathResultID is the id of a metric-math alarm's expression.
const MathResultID = "result"

// Description is the alarm's description: "[severity] " and the runbook, and for an
// alarm that pages through a composite or feeds one, which.
func (s AlarmSpec) Description() string {
	d := fmt.Sprintf("[%s] %s", s.Severity, s.Runbook)
	if s.Via != "" {
		if !strings.HasSuffix(d, ".") {
			d += "."
		}
		d += fmt.Sprintf(" Pages through the %s composite alarm.", s.Via)
	}
	return d
}

// standardStat reports whether stat is one of CloudWatch's plain statistics (the
// others are extended: percentiles, percentile ranks, trimmed means).
func standardStat(stat string) bool {
	switch stat {
	case "Sum", "Average", "Maximum", "Minimum", "SampleCount":
		return true
	}
	return false
}

var (
	idRE        = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9.]+)*$`)
	constructRE = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)
	queryIDRE   = regexp.MustCompile(`^[a-z][a-zA-Z0-9_]*$`)
	extendedRE  = regexp.MustCompile(`^(p\d{1,2}(\.\d+)?|PR\(\d*(\.\d+)?:\d*(\.\d+)?\)|TM\(\d*%?:\d*%?\))$`)
)

// Validate lists the spec's problems: a catalogue ID, names, a runbook that says what to
// do, exactly one source, a known comparison, statistic and missing-data treatment,
// evaluation that fits CloudWatch's limits.
func (s AlarmSpec) Validate() []string {
	var p []string
	add := func(format string, args ...any) { p = append(p, fmt.Sprintf(format, args...)) }
	if !idRE.MatchString(s.ID) || s.Kind == "" {
		add("ID %q and Kind %q: a kebab-case catalogue id and what it watches are required", s.ID, s.Kind)
	}
	if s.Name == "" || len(s.Name) > 255 {
		add("Name %q: 1 to 255 characters", s.Name)
	}
	if !constructRE.MatchString(s.Construct) {
		add("Construct %q: a PascalCase construct id is required", s.Construct)
	}
	switch s.Severity {
	case Critical:
	case Warning, Input:
		if s.Via != "" {
			add("Via %q: only a critical alarm pages through a composite", s.Via)
		}
	default:
		add("Severity %q: critical, warning or input", s.Severity)
	}
	if len(strings.TrimSpace(s.Runbook)) < 40 || len(s.Description()) > 1024 {
		add("Runbook: say what the alarm means and what to do first (40 characters or more; the description is at most 1024)")
	}
	if s.Summary == "" {
		add("Summary: say what is measured")
	}
	sources := 0
	for _, set := range []bool{s.Metric != nil, s.Math != nil, s.Composite != nil, s.Budget != nil, s.Anomaly != nil} {
		if set {
			sources++
		}
	}
	if sources != 1 {
		add("exactly one of Metric, Math, Composite, Budget and Anomaly is required (%d given)", sources)
		return p
	}
	if b := s.Budget; b != nil {
		if (b.Type != "ACTUAL" && b.Type != "FORECASTED") || b.Percent <= 0 {
			add("Budget: Type ACTUAL or FORECASTED, and a Percent above 0")
		}
		return p
	}
	if a := s.Anomaly; a != nil {
		if a.ImpactPercentOfBudget <= 0 {
			add("Anomaly: ImpactPercentOfBudget above 0")
		}
		return p
	}
	if s.Composite != nil {
		if s.Composite.Rule == "" || len(s.Composite.Rule) > 10240 {
			add("Composite.Rule: 1 to 10240 characters")
		}
		if s.Severity == Input {
			add("a composite alarm notifies: it cannot be an input")
		}
		return p
	}
	if _, ok := comparisons[s.Comparison]; !ok {
		add("Comparison %q: one of CloudWatch's threshold operators", s.Comparison)
	}
	if !contains(missingData, s.TreatMissingData) {
		add("TreatMissingData %q: one of %s", s.TreatMissingData, strings.Join(missingData, ", "))
	}
	if s.EvaluationPeriods < 1 || s.DatapointsToAlarm < 0 || s.DatapointsToAlarm > s.EvaluationPeriods {
		add("EvaluationPeriods %d, DatapointsToAlarm %d: at least one period, and M of N with M <= N", s.EvaluationPeriods, s.DatapointsToAlarm)
	}
	checkPeriod := func(what string, period int) {
		if period < 60 || period%60 != 0 {
			add("%s %d: a multiple of 60 seconds", what, period)
			return
		}
		limit := 86400
		if period >= 3600 {
			limit = 7 * 86400
		}
		if period*s.EvaluationPeriods > limit {
			add("%s %d x EvaluationPeriods %d: CloudWatch evaluates at most %d seconds", what, period, s.EvaluationPeriods, limit)
		}
	}
	checkStat := func(what, stat string) {
		if !standardStat(stat) && !extendedRE.MatchString(stat) {
			add("%s %q: a statistic or an extended statistic (p95, PR(:200))", what, stat)
		}
	}
	if m := s.Metric; m != nil {
		checkPeriod("Period", s.Period)
		checkStat("Metric.Stat", m.Stat)
		if m.Namespace == "" || m.Name == "" {
			add("Metric: Namespace and Name are required")
		}
		if f := s.Filter; f != nil && (f.Pattern == "" || f.LogGroupName == nil || !constructRE.MatchString(f.Construct) || f.Name == "" || f.Value == "") {
			add("Filter: Construct, Name, LogGroupName, Pattern and Value are required")
		}
		return p
	}
	if s.Filter != nil {
		add("Filter: only with a single Metric")
	}
	if s.Math.Expression == "" || len(s.Math.Queries) == 0 || len(s.Math.Queries) > 10 {
		add("Math: an Expression over 1 to 10 metrics")
	}
	seen := map[string]bool{MathResultID: true}
	for _, q := range s.Math.Queries {
		if !queryIDRE.MatchString(q.ID) || seen[q.ID] {
			add("Math query %q: a unique id starting with a lowercase letter", q.ID)
		}
		seen[q.ID] = true
		checkPeriod("Math query "+q.ID+" period", q.Metric.Period)
		checkStat("Math query "+q.ID+" stat", q.Metric.Stat)
	}
	return p
}

func dims(d []Dim) *map[string]*string {
	out := make(map[string]*string, len(d))
	for _, x := range d {
		out[x.Name] = x.Value
	}
	return &out
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// AnyOf is a composite rule that is in ALARM when any of the named alarms is.
func AnyOf(names ...string) string { return joinRule(" OR ", names) }

// AllOf is a composite rule that is in ALARM when all of the named alarms are.
func AllOf(names ...string) string { return joinRule(" AND ", names) }

func joinRule(op string, names []string) string {
	parts := make([]string, len(names))
	for i, n := range names {
		if strings.HasPrefix(n, "(") || strings.HasPrefix(n, "ALARM(") {
			parts[i] = n // already a rule
		} else {
			parts[i] = fmt.Sprintf("ALARM(%q)", n)
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "(" + strings.Join(parts, op) + ")"
}

// Names lists the alarm names of specs, sorted.
func Names(specs []AlarmSpec) []string {
	out := make([]string, 0, len(specs))
	for _, s := range specs {
		out = append(out, s.Name)
	}
	sort.Strings(out)
	return out
}

// Specs lists the specs of alarms.
func Specs(alarms []Alarm) []AlarmSpec {
	out := make([]AlarmSpec, 0, len(alarms))
	for _, a := range alarms {
		out = append(out, a.Spec)
	}
	return out
}

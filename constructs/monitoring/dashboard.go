package monitoring

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchdashboard"

	"github.com/healthhub/platform-infra/constructs/naming"
)

// Widget is a CloudWatch dashboard widget (the dashboard body's JSON).
type Widget = map[string]any

// AlarmRef is an alarm of the catalogue and the region it lives in (CloudFront's are
// in us-east-1), for the dashboards.
type AlarmRef struct {
	Spec   AlarmSpec
	Region string
}

// AlarmArn is the ARN of the alarm named name: known from its name, so a dashboard of
// one stack shows alarms of every stack without a cross-stack reference.
func AlarmArn(partition, region, accountID, name string) string {
	return fmt.Sprintf("arn:%s:cloudwatch:%s:%s:alarm:%s", partition, region, accountID, name)
}

// DashboardProps configures the SRE and SLO dashboards.
type DashboardProps struct {
	Names naming.Namer
	// EnvName is the environment's name (the cold-start metrics' namespace).
	EnvName                      string
	Partition, Region, AccountID string
	// Alarms are every alarm of the environment (every phase's).
	Alarms []AlarmRef
	// SLOs are measured with SLORefs.
	SLOs    []SLO
	SLORefs SLORefs
	// Services are the service functions by name ("gateway"), Rotators the rotation
	// functions ("rotate-postgres"), Tables the DynamoDB tables ("appointments"), in the
	// environment's naming (the function, queue and table names derive from them).
	Services, Rotators, Tables []string
	// MonthlyBudgetUsd is drawn on the cost widget.
	MonthlyBudgetUsd int
	// CriticalTopic and WarningTopic name the routes in the header.
	CriticalTopic, WarningTopic string
}

// EdgeRegion is where CloudFront's metrics are.
const EdgeRegion = "us-east-1"

// NewDashboards creates the environment's SRE dashboard ("<prefix>-sre": what pages and
// what warns now, the golden signals of every service, the SLOs, the edge, the data
// stores, cost) and its SLO dashboard ("<prefix>-slo": the error budget left over the
// SLO's 30 days and the burn rates), both from the catalogue's alarms.
func NewDashboards(scope constructs.Construct, p DashboardProps) {
	newDashboard(scope, "SreDashboard", p.Names.Name("sre"), sreWidgets(p), "")
	newDashboard(scope, "SloDashboard", p.Names.Name("slo"), sloWidgets(p), "-PT720H")
}

func newDashboard(scope constructs.Construct, id, name string, widgets []Widget, start string) {
	body := map[string]any{"widgets": widgets}
	if start != "" {
		body["start"], body["periodOverride"] = start, "inherit"
	}
	cloudwatchdashboard.NewCloudwatchDashboard(scope, jsii.String(id), &cloudwatchdashboard.CloudwatchDashboardConfig{
		DashboardName: jsii.String(name), DashboardBody: jsii.String(renderJSON(body)),
	})
}

// layout places widgets left to right, 24 columns wide, a new row when one is full.
type layout struct {
	x, y, rowHeight int
	widgets         []Widget
}

func (l *layout) add(w Widget, width, height int) {
	if l.x+width > 24 {
		l.x, l.y, l.rowHeight = 0, l.y+l.rowHeight, 0
	}
	w["x"], w["y"], w["width"], w["height"] = l.x, l.y, width, height
	l.x += width
	l.rowHeight = max(l.rowHeight, height)
	l.widgets = append(l.widgets, w)
}

// newRow starts a row.
func (l *layout) newRow() {
	if l.x > 0 {
		l.x, l.y, l.rowHeight = 0, l.y+l.rowHeight, 0
	}
}

func text(markdown string) Widget {
	return Widget{"type": "text", "properties": map[string]any{"markdown": markdown}}
}

func alarmStatus(title string, arns []string) Widget {
	return Widget{"type": "alarm", "properties": map[string]any{"title": title, "alarms": arns, "sortBy": "stateUpdatedTimestamp"}}
}

// alarmGraph graphs one alarm: its metric and threshold, as CloudWatch draws it.
func alarmGraph(region, title, arn string) Widget {
	return Widget{"type": "metric", "properties": map[string]any{
		"title": title, "region": region, "annotations": map[string]any{"alarms": []string{arn}}, "view": "timeSeries", "stacked": false,
	}}
}

func metricGraph(region, title, stat string, period int, metrics [][]any, annotations []map[string]any) Widget {
	props := map[string]any{"title": title, "region": region, "stat": stat, "period": period, "view": "timeSeries", "stacked": false, "metrics": metrics}
	if len(annotations) > 0 {
		props["annotations"] = map[string]any{"horizontal": annotations}
	}
	return Widget{"type": "metric", "properties": props}
}

// metricRow is a dashboard metric line for a Metric, with options.
func metricRow(m Metric, opts map[string]any) []any {
	row := []any{m.Namespace, m.Name}
	for _, d := range m.Dims {
		row = append(row, d.Name, *d.Value)
	}
	if len(opts) > 0 {
		row = append(row, opts)
	}
	return row
}

// mathRows are the lines of a metric-math expression: its metrics hidden, the
// expression shown with label.
func mathRows(queries []Query, expression, id, label string) [][]any {
	var rows [][]any
	for _, q := range queries {
		rows = append(rows, metricRow(q.Metric, map[string]any{"id": q.ID, "stat": q.Metric.Stat, "visible": false}))
	}
	return append(rows, []any{map[string]any{"expression": expression, "id": id, "label": label}})
}

// arnsOf lists the ARNs of the alarms that match, sorted by name.
func (p DashboardProps) arnsOf(match func(AlarmSpec) bool) []string {
	refs := append([]AlarmRef(nil), p.Alarms...)
	sort.Slice(refs, func(i, j int) bool { return refs[i].Spec.Name < refs[j].Spec.Name })
	var out []string
	for _, r := range refs {
		if match(r.Spec) {
			out = append(out, AlarmArn(p.Partition, r.Region, p.AccountID, r.Spec.Name))
		}
	}
	return out
}

// CloudWatch's alarm widget shows at most 100 alarms.
const maxAlarmsPerWidget = 100

func (l *layout) alarmLists(title string, arns []string, width, height int) {
	for i := 0; i < len(arns); i += maxAlarmsPerWidget {
		end := min(i+maxAlarmsPerWidget, len(arns))
		t := title
		if len(arns) > maxAlarmsPerWidget {
			t = fmt.Sprintf("%s (%d/%d)", title, i/maxAlarmsPerWidget+1, (len(arns)+maxAlarmsPerWidget-1)/maxAlarmsPerWidget)
		}
		l.add(alarmStatus(t, arns[i:end]), width, height)
	}
}

func sreWidgets(p DashboardProps) []Widget {
	l := &layout{}
	r := p.Region
	notify := func(s AlarmSpec) bool { return s.Metric != nil || s.Math != nil || s.Composite != nil }
	l.add(text(fmt.Sprintf("# %s: SRE dashboard\nEvery alarm below comes from the alarm catalogue (README, \"Alarm catalogue\"). "+
		"**Critical** pages through `%s` (the on-call pager and e-mail), or once for every symptom users see through `%s`; "+
		"**warning** e-mails through `%s`. Error budgets: dashboard `%s`.",
		strings.TrimSuffix(p.Names.Name(""), "-"), p.CriticalTopic, p.Names.Name(PlatformDegradedID), p.WarningTopic, p.Names.Name("slo"))), 24, 3)
	l.newRow()
	l.alarmLists("Critical: pages", p.arnsOf(func(s AlarmSpec) bool { return notify(s) && s.Severity == Critical && s.Kind != "slo" }), 12, 8)
	l.alarmLists("Warning: e-mails", p.arnsOf(func(s AlarmSpec) bool { return notify(s) && s.Severity == Warning && s.Kind != "slo" }), 12, 8)
	l.newRow()

	// Golden signals per service: traffic, errors, latency, saturation; cold starts and
	// throttles beside them.
	l.add(text("## Services: golden signals\nTraffic (invocations), errors, latency (p95 duration) and saturation (concurrent executions) of every service function; cold starts from the REPORT records' Init Duration."), 24, 2)
	fn := func(metric string) [][]any {
		var rows [][]any
		for _, svc := range p.Services {
			rows = append(rows, []any{"AWS/Lambda", metric, "FunctionName", p.Names.Name(svc)})
		}
		return rows
	}
	l.add(metricGraph(r, "Traffic: invocations", "Sum", 300, fn("Invocations"), nil), 12, 6)
	l.add(metricGraph(r, "Errors (alarm: > 10 in 5 min)", "Sum", 300, fn("Errors"), []map[string]any{{"label": "function-errors", "value": 10}}), 12, 6)
	l.add(metricGraph(r, "Latency: duration p95 (ms)", "p95", 300, fn("Duration"), nil), 12, 6)
	l.add(metricGraph(r, "Saturation: concurrent executions", "Maximum", 300, fn("ConcurrentExecutions"), nil), 12, 6)
	var cold [][]any
	for _, svc := range p.Services {
		cold = append(cold, []any{ColdStartNamespace(p.EnvName), svc})
	}
	l.add(metricGraph(r, "Cold starts: Init Duration (ms, alarm: > 1000)", "Maximum", 300, cold, []map[string]any{{"label": "function-cold-starts", "value": 1000}}), 12, 6)
	l.add(metricGraph(r, "Throttles", "Sum", 300, fn("Throttles"), nil), 12, 6)

	// The API.
	l.newRow()
	api := []any{"ApiId", *p.SLORefs.APIID, "Stage", p.SLORefs.Stage}
	l.add(metricGraph(r, "API: requests, 4xx, 5xx", "Sum", 300, [][]any{
		append([]any{"AWS/ApiGateway", "Count"}, api...), append([]any{"AWS/ApiGateway", "4xx"}, api...), append([]any{"AWS/ApiGateway", "5xx"}, api...),
	}, []map[string]any{{"label": "api-5xx", "value": 5}}), 12, 6)
	l.add(metricGraph(r, "API: latency p95 (ms)", "p95", 300, [][]any{append([]any{"AWS/ApiGateway", "Latency"}, api...)},
		[]map[string]any{{"label": "api-latency-p95", "value": 200}}), 12, 6)

	// SLOs.
	l.newRow()
	l.add(text(fmt.Sprintf("## SLOs\nBurn rate over the last hour (1 = the 30-day budget spent in 30 days). Fast burn pages, slow burn warns; the budget left is on `%s`.", p.Names.Name("slo"))), 24, 2)
	l.alarmLists("SLO burn alerts", p.arnsOf(func(s AlarmSpec) bool { return s.Kind == "slo" && s.Composite != nil }), 8, 6)
	for i, s := range p.SLOs {
		if i > 0 && i%2 == 0 {
			l.newRow()
		}
		q, expr := s.BurnExpression(3600)
		l.add(metricGraph(r, "Burn rate, 1 h: "+s.ID+" ("+s.Objective+")", "Sum", 3600, mathRows(q, expr, "burn", "burn rate"),
			[]map[string]any{{"label": "fast (14.4x)", "value": 14.4}, {"label": "medium (6x)", "value": 6}, {"label": "slow (1x)", "value": 1}}), 8, 6)
	}

	// The edge and the canaries.
	l.newRow()
	l.add(text("## Edge and uptime\nCloudFront's 5xx rates, the WAF, the certificate (us-east-1) and the uptime canaries, which reach the frontend and the API's health route through CloudFront as patients do."), 24, 2)
	for _, a := range p.Alarms {
		if a.Spec.Kind == "distribution" || a.Spec.Kind == "waf" || a.Spec.Kind == "certificate" {
			l.add(alarmGraph(a.Region, a.Spec.Name, AlarmArn(p.Partition, a.Region, p.AccountID, a.Spec.Name)), 6, 6)
		}
	}
	var canaries [][]any
	for _, c := range p.SLORefs.Canaries {
		canaries = append(canaries, []any{CanaryNamespace, "SuccessPercent", "CanaryName", c})
	}
	l.add(metricGraph(r, "Uptime canaries: success (%)", "Average", 300, canaries, []map[string]any{{"label": "canary-failed", "value": 100}}), 12, 6)

	// Data stores: tables, dead-letter queues, replication.
	l.newRow()
	l.add(text("## Data stores\nDynamoDB throttles and consumed capacity, dead-letter queues (any message pages), replication to the DR region."), 24, 2)
	var throttles, consumed, dlq [][]any
	for _, t := range p.Tables {
		n := p.Names.Name(t)
		throttles = append(throttles, []any{"AWS/DynamoDB", "ReadThrottleEvents", "TableName", n}, []any{"AWS/DynamoDB", "WriteThrottleEvents", "TableName", n})
		consumed = append(consumed, []any{"AWS/DynamoDB", "ConsumedReadCapacityUnits", "TableName", n}, []any{"AWS/DynamoDB", "ConsumedWriteCapacityUnits", "TableName", n})
	}
	for _, f := range append(append([]string(nil), p.Services...), p.Rotators...) {
		dlq = append(dlq, []any{"AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", p.Names.Name(f) + "-dlq"})
	}
	if len(throttles) > 0 {
		l.add(metricGraph(r, "Table throttles", "Sum", 300, throttles, nil), 8, 6)
		l.add(metricGraph(r, "Table consumed capacity", "Sum", 300, consumed, nil), 8, 6)
	}
	l.add(metricGraph(r, "Dead-letter queues: messages", "Maximum", 300, dlq, []map[string]any{{"label": "queue-dlq-messages", "value": 0}}), 8, 6)
	for _, a := range p.Alarms {
		if a.Spec.ID == "replication-latency" {
			l.add(alarmGraph(a.Region, a.Spec.Name, AlarmArn(p.Partition, a.Region, p.AccountID, a.Spec.Name)), 8, 6)
		}
	}

	// Cost: CloudWatch's billing metric (us-east-1, account-wide: one account per
	// environment) against the budget.
	l.newRow()
	l.add(text(fmt.Sprintf("## Cost\nEstimated charges of the month against the budget (%d USD): AWS Budgets warns at 80%% and 100%% (forecast 100%% and 110%%) and pages at 110%%; Cost Anomaly Detection warns on unusual spend.", p.MonthlyBudgetUsd)), 24, 2)
	l.add(metricGraph(EdgeRegion, "Estimated charges (USD)", "Maximum", 21600, [][]any{{"AWS/Billing", "EstimatedCharges", "Currency", "USD"}},
		[]map[string]any{{"label": "budget", "value": p.MonthlyBudgetUsd}, {"label": "110%", "value": p.MonthlyBudgetUsd * 11 / 10}}), 12, 6)
	return l.widgets
}

func sloWidgets(p DashboardProps) []Widget {
	l := &layout{}
	r := p.Region
	var lines []string
	for _, s := range p.SLOs {
		lines = append(lines, fmt.Sprintf("* **%s**: %s. SLI: %s; error budget %s%% of events.", s.ID, s.Objective, s.SLI, strings.TrimSuffix(fmt.Sprintf("%.3f", s.Budget*100), "0")))
	}
	l.add(text(fmt.Sprintf("# %s: SLOs over 30 days\n%s\n\nBudget left = 100 × (1 − bad fraction ÷ budget) over the dashboard's range (30 days). "+
		"Multi-window burn-rate alerts: 14.4x over 1 h and 5 min, or 6x over 6 h and 30 min, page; 1x over 3 days and 6 h warns.",
		strings.TrimSuffix(p.Names.Name(""), "-"), strings.Join(lines, "\n"))), 24, 4)
	l.newRow()
	for _, s := range p.SLOs {
		q, ratio := s.Ratio(2592000)
		expr := fmt.Sprintf("100 * (1 - (%s) / %s)", ratio, trimFloat(s.Budget))
		w := metricGraph(r, "Error budget left (%): "+s.ID, "Sum", 2592000, mathRows(q, expr, "budget", "budget left (%)"), nil)
		props := w["properties"].(map[string]any)
		props["view"], props["setPeriodToTimeRange"] = "singleValue", true
		l.add(w, 8, 4)
	}
	l.newRow()
	for _, s := range p.SLOs {
		q, expr := s.BurnExpression(3600)
		l.add(metricGraph(r, "Burn rate, 1 h: "+s.ID, "Sum", 3600, mathRows(q, expr, "burn", "burn rate"),
			[]map[string]any{{"label": "14.4x", "value": 14.4}, {"label": "6x", "value": 6}, {"label": "1x", "value": 1}}), 8, 6)
	}
	l.newRow()
	l.alarmLists("Burn-rate alerts and their windows", p.arnsOf(func(s AlarmSpec) bool { return s.Kind == "slo" }), 24, 6)
	return l.widgets
}

func trimFloat(f float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%f", f), "0"), ".")
}

// renderJSON renders values built in code (maps of strings, numbers and references)
// without HTML escaping.
func renderJSON(v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(fmt.Sprintf("monitoring: rendering JSON: %v", err))
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

package monitoring

import (
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"

	"github.com/healthhub/platform-infra/constructs/naming"
)

// realSpecs are the templates' specs for one concrete environment's resources.
func realSpecs() []AlarmSpec {
	names := naming.New("hh-dev", "111111111111")
	ref := jsii.String("${ref}")
	var all []AlarmSpec
	all = append(all, APIAlarms(names, ref, "dev")...)
	all = append(all, FunctionAlarms(names, ColdStartNamespace("dev"), FunctionRef{Service: "gateway", Name: ref, LogGroupName: ref, QueueName: ref})...)
	all = append(all, RotationAlarms(names, "rotate-postgres", ref, ref)...)
	all = append(all, TableAlarms(names, "appointments", ref, 1000)...)
	all = append(all, DistributionAlarms(names, "Frontend", "frontend", "the frontend", ref)...)
	all = append(all, WAFAlarms(names, ref)...)
	all = append(all, CertificateAlarms(names, "app.example", ref)...)
	all = append(all, CanaryAlarms(names, "web", "hh-dev-web", "the frontend", 5)...)
	all = append(all, ReplicationAlarms("hh-dev-documents", "Medical documents", "DR bucket", ref, ref, "disaster-recovery")...)
	all = append(all, TrailAlarms(names, SecurityMetricNamespace("dev"), ref)...)
	for _, s := range PlatformSLOs(SLORefs{APIID: ref, Stage: "dev", Canaries: []string{"hh-dev-web", "hh-dev-api"}}) {
		all = append(all, SLOAlarms(names, s)...)
	}
	all = append(all, PlatformDegraded(names, all))
	return append(all, CostAlarms(names)...)
}

// TestTemplatesAreValid: every spec every template builds passes Validate (a runbook,
// one source, CloudWatch's limits) and is an entry of the catalogue with its severity.
func TestTemplatesAreValid(t *testing.T) {
	ids := CatalogueIDs()
	seen := map[string]bool{}
	for _, s := range realSpecs() {
		for _, p := range s.Validate() {
			t.Errorf("%s (%s): %s", s.Name, s.ID, p)
		}
		entry, ok := ids[s.ID]
		if !ok {
			t.Errorf("%s: ID %q is not in the catalogue", s.Name, s.ID)
			continue
		}
		if entry.Severity != s.Severity || entry.Via != s.Via || entry.Kind != s.Kind {
			t.Errorf("%s: severity %s via %q kind %s, catalogue %s via %q kind %s", s.ID, s.Severity, s.Via, s.Kind, entry.Severity, entry.Via, entry.Kind)
		}
		seen[s.ID] = true
	}
	for id := range ids {
		if !seen[id] {
			t.Errorf("catalogue entry %s is built by no template", id)
		}
	}
}

// TestCatalogueCountsAndRequiredEntries: the required entries exist with their
// severities, IDs are unique, and the counts add up.
func TestCatalogueCountsAndRequiredEntries(t *testing.T) {
	ids := CatalogueIDs()
	if len(ids) != len(Catalogue()) {
		t.Fatalf("%d IDs for %d entries: an ID is used twice", len(ids), len(Catalogue()))
	}
	for id, sev := range map[string]Severity{
		"api-5xx": Critical, "function-errors": Critical, "table-read-throttles": Critical, "table-write-throttles": Critical,
		"distribution-5xx-rate": Critical, "queue-dlq-messages": Critical, "rotation-failed": Critical, "canary-failed": Critical,
		"slo-fast-burn": Critical, "platform-degraded": Critical, "budget-actual-110": Critical,
		"api-latency-p95": Warning, "function-cold-starts": Warning, "budget-forecast-110": Warning, "certificate-expiry": Warning,
		"slo-slow-burn": Warning, "table-read-capacity-near-max": Warning, "table-write-capacity-near-max": Warning, "cost-anomaly": Warning,
	} {
		if ids[id].Severity != sev {
			t.Errorf("%s: severity %q, want %q", id, ids[id].Severity, sev)
		}
	}
	c := CatalogueCounts()
	if c["critical"]+c["warning"]+c["input"] != c["total"] || c["critical-direct"]+c["critical-via"] != c["critical"] {
		t.Errorf("counts do not add up: %v", c)
	}
	md := CatalogueMarkdown()
	if got := strings.Count(md, "\n| `"); got != c["total"] {
		t.Errorf("the table has %d rows, the catalogue %d entries", got, c["total"])
	}
}

// TestValidateRefuses: what Add refuses, one problem each.
func TestValidateRefuses(t *testing.T) {
	good := APIAlarms(naming.New("hh-dev", "1"), jsii.String("x"), "dev")[1]
	for name, mutate := range map[string]func(*AlarmSpec){
		"no runbook":          func(s *AlarmSpec) { s.Runbook = "check it" },
		"two sources":         func(s *AlarmSpec) { s.Composite = &Composite{Rule: "ALARM(x)"} },
		"missing data silent": func(s *AlarmSpec) { s.TreatMissingData = "missing" },
		"bad comparison":      func(s *AlarmSpec) { s.Comparison = "Above" },
		"bad statistic":       func(s *AlarmSpec) { s.Metric = &Metric{Namespace: "n", Name: "m", Stat: "Median"} },
		"period not minutes":  func(s *AlarmSpec) { s.Period = 90 },
		"too long evaluation": func(s *AlarmSpec) { s.Period, s.EvaluationPeriods = 300, 300 },
		"M over N":            func(s *AlarmSpec) { s.DatapointsToAlarm = 2 },
		"warning via":         func(s *AlarmSpec) { s.Via = PlatformDegradedID },
		"unknown severity":    func(s *AlarmSpec) { s.Severity = "page" },
		"no construct":        func(s *AlarmSpec) { s.Construct = "alarm" },
	} {
		s := good
		mutate(&s)
		if len(s.Validate()) == 0 {
			t.Errorf("%s: accepted", name)
		}
	}
	if p := good.Validate(); len(p) != 0 {
		t.Errorf("the good spec is refused: %v", p)
	}
}

// TestRoutes: the routing table of the package comment.
func TestRoutes(t *testing.T) {
	crit, warn := &AlertTopic{}, &AlertTopic{}
	r := Routes{Critical: crit, Warning: warn}
	for _, c := range []struct {
		sev  Severity
		via  string
		want *AlertTopic
	}{{Critical, "", crit}, {Critical, PlatformDegradedID, warn}, {Warning, "", warn}, {Input, "", nil}} {
		if got := r.For(AlarmSpec{Severity: c.sev, Via: c.via}); got != c.want {
			t.Errorf("%s via %q: wrong route", c.sev, c.via)
		}
	}
}

// TestBurnRateMath: the windows and thresholds of the workbook, and the burn-rate
// expression divides the bad fraction by the budget written out.
func TestBurnRateMath(t *testing.T) {
	want := map[string][3]float64{"fast": {14.4, 3600, 300}, "medium": {6, 21600, 1800}, "slow": {1, 259200, 21600}}
	for _, b := range BurnAlerts {
		w := want[b.Name]
		if b.Burn != w[0] || float64(b.Long.Seconds) != w[1] || float64(b.Short.Seconds) != w[2] || b.Short.Seconds*12 != b.Long.Seconds {
			t.Errorf("%s: %v", b.Name, b)
		}
	}
	slos := PlatformSLOs(SLORefs{APIID: jsii.String("a"), Stage: "dev", Canaries: []string{"c1", "c2"}})
	for _, s := range slos {
		q, expr := s.BurnExpression(3600)
		if !strings.HasSuffix(expr, ") / "+map[string]string{"availability": "0.001", "latency": "0.05", "errors": "0.001"}[s.ID]) {
			t.Errorf("%s: %s", s.ID, expr)
		}
		for _, x := range q {
			if x.Metric.Period != 3600 {
				t.Errorf("%s: query %s period %d", s.ID, x.ID, x.Metric.Period)
			}
		}
	}
	if got := AnyOf(AllOf("a", "b"), "c"); got != `((ALARM("a") AND ALARM("b")) OR ALARM("c"))` {
		t.Errorf("rule %s", got)
	}
}

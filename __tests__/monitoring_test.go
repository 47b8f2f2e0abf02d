package tests

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/monitoring"
	"github.com/healthhub/platform-infra/internal/artifact"
	"github.com/healthhub/platform-infra/stacks"
)

// envAlarms are every alarm (metric and composite) of an environment, by stack and
// resource name.
type envAlarm struct {
	stack, name string
	composite   bool
	attrs       map[string]any
}

func alarmsOf(t *testing.T, s *synthesis) []envAlarm {
	t.Helper()
	var out []envAlarm
	for _, id := range s.ids {
		d := s.doc(t, id)
		for _, typ := range []string{"aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm"} {
			for n, a := range d.resources(typ) {
				out = append(out, envAlarm{stack: id, name: n, composite: typ == "aws_cloudwatch_composite_alarm", attrs: a})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].stack+out[i].name < out[j].stack+out[j].name })
	return out
}

func alarmID(a envAlarm) string {
	s, _ := path(a.attrs, "tags", monitoring.TagAlarmID).(string)
	return s
}

// watching lists the catalogue IDs of the alarms of stack whose metric (or one of its
// metric-math metrics) has dimension dim equal to ref.
func watching(alarms []envAlarm, stack, dim, ref string) []string {
	var ids []string
	for _, a := range alarms {
		if a.stack != stack {
			continue
		}
		match := path(a.attrs, "dimensions", dim) == ref
		for _, q := range listOf(a.attrs["metric_query"]) {
			match = match || path(q, "metric", "dimensions", dim) == ref
		}
		if match {
			ids = append(ids, alarmID(a))
		}
	}
	sort.Strings(ids)
	return ids
}

func listOf(v any) []any { l, _ := v.([]any); return l }

var composeRuleNameRE = regexp.MustCompile(`ALARM\("([^"]+)"\)`)

// TestAlarmCatalogueIntegrity: in every environment, every function, queue, table,
// distribution, canary and certificate has the catalogue's alarms for its kind; every
// alarm is an instance of a catalogue entry (its alarm-id and severity tags), carries a
// runbook, and notifies its route on ALARM and OK: critical to the critical topic,
// critical-through-a-composite and warning to the warning topic (and is then in the
// composite's rule), input to no one but read by a composite; every name a composite
// reads exists.
func TestAlarmCatalogueIntegrity(t *testing.T) {
	catalogue := monitoring.CatalogueIDs()
	for _, envName := range config.Names() {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			alarms := alarmsOf(t, s)
			byName := map[string]envAlarm{}
			composites := map[string]string{} // alarm name -> rule
			for _, a := range alarms {
				byName[fmt.Sprint(a.attrs["alarm_name"])] = a
				if a.composite {
					composites[fmt.Sprint(a.attrs["alarm_name"])] = fmt.Sprint(a.attrs["alarm_rule"])
				}
			}
			readBy := func(name string) []string {
				var out []string
				for c, rule := range composites {
					for _, m := range composeRuleNameRE.FindAllStringSubmatch(rule, -1) {
						if m[1] == name {
							out = append(out, c)
						}
					}
				}
				return out
			}
			// Phase 4 creates the composite that pages for the symptoms; without it they
			// page by themselves.
			degraded := s.env.NamePrefix + "-" + monitoring.PlatformDegradedID
			_, hasDegraded := composites[degraded]
			if hasDegraded != s.env.Deploys(stacks.IDPhase4) {
				t.Fatalf("%s composite alarm present: %v, phase 4 deployed: %v", degraded, hasDegraded, s.env.Deploys(stacks.IDPhase4))
			}

			for _, a := range alarms {
				name, id := fmt.Sprint(a.attrs["alarm_name"]), alarmID(a)
				entry, ok := catalogue[id]
				if !ok {
					t.Errorf("%s/%s (%s): alarm-id %q is not an entry of the catalogue", a.stack, a.name, name, id)
					continue
				}
				sev, _ := path(a.attrs, "tags", monitoring.TagSeverity).(string)
				if sev != string(entry.Severity) {
					t.Errorf("%s: severity tag %q, the catalogue says %q", name, sev, entry.Severity)
				}
				desc, _ := a.attrs["alarm_description"].(string)
				if !strings.HasPrefix(desc, "["+sev+"] ") || len(desc) < len(sev)+3+40 {
					t.Errorf("%s: no runbook in its description: %q", name, desc)
				}
				actions, oks := asList(a.attrs["alarm_actions"]), asList(a.attrs["ok_actions"])
				if sev == string(monitoring.Input) {
					if len(actions)+len(oks) != 0 || len(readBy(name)) == 0 {
						t.Errorf("%s: an input notifies no one and is read by a composite: actions %v, ok %v, read by %v", name, actions, oks, readBy(name))
					}
					continue
				}
				if len(actions) != 1 || !slices.Equal(actions, oks) {
					t.Errorf("%s: alarm actions %v, ok actions %v: want one topic, the same on ALARM and OK", name, actions, oks)
					continue
				}
				if a.stack == stacks.IDBootstrap {
					continue // one topic of its own for both severities
				}
				critical := strings.Contains(actions[0], "Alerts_Topic")
				warning := strings.Contains(actions[0], "Warnings_Topic")
				// A symptom pages through the composite when there is one in its region
				// (its description says so); otherwise it pages by itself.
				via := strings.Contains(desc, "Pages through the "+monitoring.PlatformDegradedID)
				if via && (entry.Via == "" || !hasDegraded) {
					t.Errorf("%s: says it pages through %s, which the catalogue or the environment does not provide", name, degraded)
				}
				if entry.Via != "" && hasDegraded && s.env.AWS.Region == "us-east-1" && !via {
					t.Errorf("%s: a symptom that does not page through %s", name, degraded)
				}
				switch {
				case sev == "critical" && !via && !critical:
					t.Errorf("%s: pages, but notifies %s", name, actions[0])
				case sev == "critical" && via:
					if !warning || !slices.Contains(readBy(name), degraded) {
						t.Errorf("%s: pages through %s: want the warning topic (%s) and a place in its rule (read by %v)", name, degraded, actions[0], readBy(name))
					}
				case sev == "warning" && !warning:
					t.Errorf("%s: warns, but notifies %s", name, actions[0])
				}
			}
			for c, rule := range composites {
				for _, m := range composeRuleNameRE.FindAllStringSubmatch(rule, -1) {
					if _, ok := byName[m[1]]; !ok {
						t.Errorf("composite %s reads %q, which is no alarm of %s", c, m[1], envName)
					}
				}
			}

			for _, id := range s.ids {
				d := s.doc(t, id)
				for n, fn := range d.resources("aws_lambda_function") {
					fname := fmt.Sprint(fn["function_name"])
					got := watching(alarms, id, "FunctionName", "${aws_lambda_function."+n+".function_name}")
					want := []string{"function-errors", "function-throttles"}
					if strings.Contains(fname, "-rotate-") {
						want = []string{"rotation-failed"}
					}
					for _, w := range want {
						if !slices.Contains(got, w) {
							t.Errorf("%s/%s (%s) has no %s alarm (has %v)", id, n, fname, w, got)
						}
					}
					if strings.Contains(fname, "-rotate-") {
						continue
					}
					if path(fn, "logging_config", "system_log_level") != "INFO" {
						t.Errorf("%s: system_log_level %v: the REPORT records the cold-start filter reads are written at INFO", fname, path(fn, "logging_config", "system_log_level"))
					}
					cold := 0
					for _, f := range d.resources("aws_cloudwatch_log_metric_filter") {
						if f["log_group_name"] == path(fn, "logging_config", "log_group") && f["pattern"] == monitoring.ColdStartPattern {
							cold++
							if _, ok := byName[fmt.Sprint(f["name"])]; !ok || alarmID(byName[fmt.Sprint(f["name"])]) != "function-cold-starts" {
								t.Errorf("%s: cold-start filter %v feeds no function-cold-starts alarm", fname, f["name"])
							}
						}
					}
					if cold != 1 {
						t.Errorf("%s: %d cold-start metric filters on its log group, want 1", fname, cold)
					}
				}
				for n := range d.resources("aws_sqs_queue") {
					if got := watching(alarms, id, "QueueName", "${aws_sqs_queue."+n+".name}"); !slices.Contains(got, "queue-dlq-messages") {
						t.Errorf("%s/%s: no queue-dlq-messages alarm (has %v)", id, n, got)
					}
				}
				for n, tb := range d.resources("aws_dynamodb_table") {
					got := watching(alarms, id, "TableName", "${aws_dynamodb_table."+n+".name}")
					want := []string{"table-read-throttles", "table-system-errors", "table-write-throttles"}
					if tb["billing_mode"] == "PROVISIONED" {
						want = append(want, "table-read-capacity-near-max", "table-write-capacity-near-max")
					}
					for _, w := range want {
						if !slices.Contains(got, w) {
							t.Errorf("%s/%s: no %s alarm (has %v)", id, n, w, got)
						}
					}
				}
				for n := range d.resources("aws_cloudfront_distribution") {
					if got := watching(alarms, id, "DistributionId", "${aws_cloudfront_distribution."+n+".id}"); !slices.Contains(got, "distribution-5xx-rate") {
						t.Errorf("%s/%s: no distribution-5xx-rate alarm (has %v)", id, n, got)
					}
				}
				for n := range d.resources("aws_acm_certificate") {
					if got := watching(alarms, id, "CertificateArn", "${aws_acm_certificate."+n+".arn}"); !slices.Contains(got, "certificate-expiry") {
						t.Errorf("%s/%s: no certificate-expiry alarm (has %v)", id, n, got)
					}
				}
				for n, c := range d.resources("aws_synthetics_canary") {
					if got := watching(alarms, id, "CanaryName", fmt.Sprint(c["name"])); !slices.Contains(got, "canary-failed") {
						t.Errorf("%s/%s: no canary-failed alarm (has %v)", id, n, got)
					}
				}
			}
		})
	}
}

// TestGoldenAlarmCatalogueReadme: the README's alarm table and SLO table are the
// catalogue's (between the alarm-catalogue and slo markers); -update (make golden)
// rewrites them.
func TestGoldenAlarmCatalogueReadme(t *testing.T) {
	raw, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	for _, block := range []struct{ name, body string }{
		{"alarm-catalogue", monitoring.CatalogueMarkdown()},
		{"slo-table", monitoring.SLOMarkdown()},
	} {
		begin, end := "<!-- "+block.name+":begin (generated by make golden from constructs/monitoring) -->\n", "<!-- "+block.name+":end -->"
		i, j := strings.Index(text, begin), strings.Index(text, end)
		if i < 0 || j < i {
			t.Fatalf("%s has no %q ... %q block", readmePath, strings.TrimSpace(begin), end)
		}
		old := text[i+len(begin) : j]
		if old == block.body {
			continue
		}
		if !*update {
			t.Errorf("README.md's %s table differs from the catalogue (- README, + catalogue):\n%s\nRegenerate it with: make golden", block.name, lineDiff(old, block.body, 1))
			continue
		}
		text = text[:i+len(begin)] + block.body + text[j:]
	}
	if *update {
		if err := os.WriteFile(readmePath, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	counts := monitoring.CatalogueCounts()
	if counts["critical"] == 0 || counts["warning"] == 0 || counts["input"] == 0 || counts["total"] != len(monitoring.Catalogue()) {
		t.Errorf("catalogue counts %v", counts)
	}
}

// TestPagerEndpointIsNeverInConfigOrSynthesis: with monitoring.pager, phase 1 creates
// the empty secret (its rotation suppressed with the reason an auditor reads) and phase
// 4 subscribes the URL read from it at plan time to the critical topic; no HTTPS
// subscription has a literal endpoint anywhere, and no output carries the value.
func TestPagerEndpointIsNeverInConfigOrSynthesis(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase4) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			p1, p4 := s.doc(t, stacks.IDPhase1), s.doc(t, stacks.IDPhase4)
			secrets := resourceWith(p1, "aws_secretsmanager_secret", "name", s.env.NamePrefix+"/oncall/pager-endpoint")
			subs := resourceWith(p4, "aws_sns_topic_subscription", "protocol", "https")
			if !s.env.Monitoring.Pager {
				if len(secrets)+len(subs) != 0 {
					t.Errorf("monitoring.pager is false, yet %d pager secrets and %d HTTPS subscriptions", len(secrets), len(subs))
				}
				return
			}
			if len(secrets) != 1 || len(subs) != 1 {
				t.Fatalf("%d pager secrets in phase 1, %d HTTPS subscriptions in phase 4; want 1 and 1", len(secrets), len(subs))
			}
			if len(p1.resources("aws_secretsmanager_secret_version")) > 0 {
				for _, v := range p1.resources("aws_secretsmanager_secret_version") {
					if strings.Contains(fmt.Sprint(v["secret_id"]), "PagerEndpoint") {
						t.Error("the pager secret has a version in the synthesis: an operator puts its value")
					}
				}
			}
			sub := subs[0]
			if sub["endpoint"] != "${data.aws_secretsmanager_secret_version.PagerEndpoint.secret_string}" || sub["endpoint_auto_confirms"] != true {
				t.Errorf("pager subscription endpoint %v (auto-confirms %v): want the secret's value read at plan time", sub["endpoint"], sub["endpoint_auto_confirms"])
			}
			if !strings.Contains(fmt.Sprint(sub["topic_arn"]), "Alerts_Topic") {
				t.Errorf("the pager is subscribed to %v, want the critical topic", sub["topic_arn"])
			}
			ds := path(p4.m, "data", "aws_secretsmanager_secret_version", "PagerEndpoint", "secret_id")
			if !strings.Contains(fmt.Sprint(ds), "aws_secretsmanager_secretPagerEndpoint") {
				t.Errorf("the pager URL is read from %v, want phase 1's pager secret", ds)
			}
			for _, id := range s.ids {
				for n, sb := range s.doc(t, id).resources("aws_sns_topic_subscription") {
					if e := fmt.Sprint(sb["endpoint"]); sb["protocol"] != "email" && !strings.HasPrefix(e, "${data.aws_secretsmanager_secret_version.") {
						t.Errorf("%s/%s: %v subscription with endpoint %q: only e-mail addresses are literals", id, n, sb["protocol"], e)
					}
				}
				outputs, _ := s.doc(t, id).m["output"].(map[string]any)
				for n, o := range outputs {
					if strings.Contains(fmt.Sprint(path(o, "value")), "PagerEndpoint.secret_string") {
						t.Errorf("%s: output %s carries the pager URL", id, n)
					}
				}
			}
		})
	}
}

// TestUptimeCanaries: two canaries through CloudFront (the frontend, the API's health
// route) on the configured schedule, the pinned runtime, in the VPC, artifacts
// encrypted under the monitoring key in a bucket that keeps them retention.logDays and
// holds no PHI; the role reaches no log group; the health route is public but behind the
// origin-only authorizer; the scripts' zip is deterministic.
func TestUptimeCanaries(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase4) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			p1, p4 := s.doc(t, stacks.IDPhase1), s.doc(t, stacks.IDPhase4)
			canaries := p4.resources("aws_synthetics_canary")
			want := map[string]string{
				s.env.NamePrefix + "-web": "https://" + s.env.Edge.Domain + "/",
				s.env.NamePrefix + "-api": "https://api." + s.env.Edge.Domain + "/health",
			}
			if len(canaries) != len(want) {
				t.Fatalf("%d canaries, want %d", len(canaries), len(want))
			}
			schedule := fmt.Sprintf("rate(%d minutes)", s.env.Monitoring.CanaryInterval())
			for n, c := range canaries {
				name := fmt.Sprint(c["name"])
				if path(c, "run_config", "environment_variables", "TARGET_URL") != want[name] {
					t.Errorf("%s: TARGET_URL %v, want %q", n, path(c, "run_config", "environment_variables", "TARGET_URL"), want[name])
				}
				if c["runtime_version"] != monitoring.CanaryRuntime || path(c, "schedule", "expression") != schedule || c["start_canary"] != true || c["delete_lambda"] != true {
					t.Errorf("%s: runtime %v, schedule %v, started %v, deletes its function %v", n, c["runtime_version"], path(c, "schedule", "expression"), c["start_canary"], c["delete_lambda"])
				}
				if path(c, "artifact_config", "s3_encryption", "encryption_mode") != "SSE_KMS" || !strings.HasPrefix(fmt.Sprint(path(c, "artifact_config", "s3_encryption", "kms_key_arn")), "${aws_kms_key.MonitoringKey") {
					t.Errorf("%s: artifacts not encrypted under the monitoring key: %v", n, c["artifact_config"])
				}
				if len(listOf(path(c, "vpc_config", "subnet_ids"))) == 0 || !strings.HasPrefix(fmt.Sprint(c["zip_file"]), "assets/") {
					t.Errorf("%s: vpc %v, zip %v", n, c["vpc_config"], c["zip_file"])
				}
			}
			bucket := resourceWith(p4, "aws_s3_bucket", "bucket", fmt.Sprintf("%s-canary-artifacts-%s", s.env.NamePrefix, s.env.AWS.AccountID))
			if len(bucket) != 1 {
				t.Errorf("%d canary artifact buckets", len(bucket))
			}
			expires := false
			for _, lc := range p4.resources("aws_s3_bucket_lifecycle_configuration") {
				if strings.Contains(fmt.Sprint(lc["bucket"]), "CanaryArtifacts") {
					for _, r := range listOf(lc["rule"]) {
						expires = expires || path(r, "expiration", 0, "days") == float64(s.env.Retention.LogDays)
					}
				}
			}
			if !expires {
				t.Errorf("canary artifacts do not expire after retention.logDays (%d)", s.env.Retention.LogDays)
			}
			for n, pol := range p4.resources("aws_iam_role_policy") {
				if strings.HasPrefix(n, "CanaryRole_") && strings.Contains(fmt.Sprint(pol["policy"]), "logs:") {
					t.Errorf("%s grants CloudWatch Logs: the canaries' logs go to the encrypted bucket only", n)
				}
			}
			health := resourceWith(p1, "aws_apigatewayv2_route", "route_key", stacks.HealthRoute)
			if len(health) != 1 || health[0]["authorization_type"] != "CUSTOM" || !strings.Contains(fmt.Sprint(health[0]["authorizer_id"]), "OriginAuthorizer") {
				t.Errorf("%s route: %v; want it behind the origin-only authorizer", stacks.HealthRoute, health)
			}
		})
	}
	z1, err := (&artifact.Builder{CacheDir: t.TempDir()}).Files(stacks.CanaryScriptsDir, monitoring.CanaryPackagePrefix)
	if err != nil {
		t.Fatal(err)
	}
	z2, err := (&artifact.Builder{CacheDir: t.TempDir()}).Files(stacks.CanaryScriptsDir, monitoring.CanaryPackagePrefix)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(z1.Path)
	b, _ := os.ReadFile(z2.Path)
	if !bytes.Equal(a, b) || z1.SHA256 != z2.SHA256 {
		t.Fatalf("two packagings of %s differ", stacks.CanaryScriptsDir)
	}
	r, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range r.File {
		names = append(names, f.Name)
		if f.ModifiedDate != artifact.ModDate || f.ModifiedTime != artifact.ModTime || len(f.Extra) != 0 {
			t.Errorf("%s: date %d time %d extra %d bytes: not the fixed layout", f.Name, f.ModifiedDate, f.ModifiedTime, len(f.Extra))
		}
	}
	if want := []string{"nodejs/node_modules/apihealth.js", "nodejs/node_modules/web.js"}; !slices.Equal(names, want) {
		t.Errorf("zip entries %v, want %v", names, want)
	}
}

// TestSLOBurnRateAlarms: per SLO, six window alarms (the window is the period) at 14.4x,
// 6x and 1x, the fast-burn composite (1 h and 5 min, or 6 h and 30 min) that pages
// through platform-degraded and the slow-burn one (3 days and 6 h) that warns; the
// platform-degraded composite reads the API's 5xx, the canaries, every service's errors,
// the CloudFront 5xx rates and the fast burns.
func TestSLOBurnRateAlarms(t *testing.T) {
	s := synth(t, "production")
	alarms := alarmsOf(t, s)
	byName := map[string]envAlarm{}
	for _, a := range alarms {
		byName[fmt.Sprint(a.attrs["alarm_name"])] = a
	}
	pre := s.env.NamePrefix
	for _, slo := range []string{"availability", "latency", "errors"} {
		for _, w := range []struct {
			suffix string
			period float64
			burn   float64
		}{{"fast-burn-1h", 3600, 14.4}, {"fast-burn-5m", 300, 14.4}, {"medium-burn-6h", 21600, 6}, {"medium-burn-30m", 1800, 6}, {"slow-burn-3d", 259200, 1}, {"slow-burn-6h", 21600, 1}} {
			name := pre + "-slo-" + slo + "-" + w.suffix
			a, ok := byName[name]
			if !ok {
				t.Errorf("no window alarm %s", name)
				continue
			}
			queries := listOf(a.attrs["metric_query"])
			if a.attrs["threshold"] != w.burn || len(queries) < 2 {
				t.Errorf("%s: threshold %v, %d queries", name, a.attrs["threshold"], len(queries))
				continue
			}
			for _, q := range queries {
				if path(q, "metric") != nil && path(q, "metric", "period") != w.period {
					t.Errorf("%s: metric %v period %v, want the window %v", name, path(q, "id"), path(q, "metric", "period"), w.period)
				}
			}
		}
		fast := fmt.Sprint(byName[pre+"-slo-"+slo+"-fast-burn"].attrs["alarm_rule"])
		wantFast := fmt.Sprintf(`((ALARM("%[1]s-fast-burn-1h") AND ALARM("%[1]s-fast-burn-5m")) OR (ALARM("%[1]s-medium-burn-6h") AND ALARM("%[1]s-medium-burn-30m")))`, pre+"-slo-"+slo)
		if fast != wantFast {
			t.Errorf("%s fast burn rule %s, want %s", slo, fast, wantFast)
		}
		slow := byName[pre+"-slo-"+slo+"-slow-burn"]
		if fmt.Sprint(slow.attrs["alarm_rule"]) != fmt.Sprintf(`(ALARM("%[1]s-slow-burn-3d") AND ALARM("%[1]s-slow-burn-6h"))`, pre+"-slo-"+slo) {
			t.Errorf("%s slow burn rule %v", slo, slow.attrs["alarm_rule"])
		}
	}
	rule := fmt.Sprint(byName[pre+"-platform-degraded"].attrs["alarm_rule"])
	for _, member := range []string{"api-5xx", "web-canary-failed", "api-canary-failed", "frontend-edge-5xx-rate", "api-edge-5xx-rate",
		"slo-availability-fast-burn", "slo-latency-fast-burn", "slo-errors-fast-burn", "gateway-errors", "records-errors", "scheduling-errors", "ai-errors"} {
		if !strings.Contains(rule, `ALARM("`+pre+"-"+member+`")`) {
			t.Errorf("platform-degraded does not read %s: %s", member, rule)
		}
	}
	if strings.Contains(rule, "dlq") || strings.Contains(rule, "security") {
		t.Errorf("platform-degraded reads alarms that page on their own: %s", rule)
	}
}

// TestCostAlerts: a monthly budget of monitoring.monthlyBudgetUsd with actual 80/100%
// and forecast 100/110% to the warning topic and actual 110% to the critical topic;
// anomaly detection to the warning topic; both topics and the data key let Budgets and
// Cost Anomaly Detection of the account publish.
func TestCostAlerts(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase4) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			p1, p4 := s.doc(t, stacks.IDPhase1), s.doc(t, stacks.IDPhase4)
			budgets := p4.resources("aws_budgets_budget")
			if len(budgets) != 1 {
				t.Fatalf("%d budgets", len(budgets))
			}
			var b map[string]any
			for _, v := range budgets {
				b = v
			}
			if b["limit_amount"] != fmt.Sprint(s.env.Monitoring.MonthlyBudgetUsd) || b["time_unit"] != "MONTHLY" || b["budget_type"] != "COST" {
				t.Errorf("budget %v %v %v", b["limit_amount"], b["time_unit"], b["budget_type"])
			}
			got := map[string]string{}
			for _, n := range listOf(b["notification"]) {
				topic := fmt.Sprint(path(n, "subscriber_sns_topic_arns", 0))
				route := "warning"
				if strings.Contains(topic, "Alerts_Topic") {
					route = "critical"
				}
				got[fmt.Sprintf("%v %v", path(n, "notification_type"), path(n, "threshold"))] = route
			}
			want := map[string]string{"ACTUAL 80": "warning", "ACTUAL 100": "warning", "ACTUAL 110": "critical", "FORECASTED 100": "warning", "FORECASTED 110": "warning"}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("budget notifications %v, want %v", got, want)
			}
			for _, sub := range p4.resources("aws_ce_anomaly_subscription") {
				if !strings.Contains(fmt.Sprint(path(sub, "subscriber", 0, "address")), "Warnings_Topic") || sub["frequency"] != "IMMEDIATE" {
					t.Errorf("anomaly subscription %v", sub)
				}
			}
			for n, pol := range p1.resources("aws_sns_topic_policy") {
				text := fmt.Sprint(pol["policy"])
				for _, p := range []string{monitoring.BudgetsPrincipal, monitoring.CostAlertsPrincipal} {
					if !strings.Contains(text, p) {
						t.Errorf("topic policy %s does not let %s publish", n, p)
					}
				}
			}
		})
	}
}

// TestDashboards: the SRE and SLO dashboards exist per environment and show every
// alarm that pages or warns.
func TestDashboards(t *testing.T) {
	s := synth(t, "production")
	p4 := s.doc(t, stacks.IDPhase4)
	dashboards := map[string]string{}
	for _, d := range p4.resources("aws_cloudwatch_dashboard") {
		dashboards[fmt.Sprint(d["dashboard_name"])] = fmt.Sprint(d["dashboard_body"])
	}
	sre, slo := dashboards[s.env.NamePrefix+"-sre"], dashboards[s.env.NamePrefix+"-slo"]
	if sre == "" || slo == "" {
		t.Fatalf("dashboards %v", dashboards)
	}
	for _, a := range alarmsOf(t, s) {
		sev, _ := path(a.attrs, "tags", monitoring.TagSeverity).(string)
		name := fmt.Sprint(a.attrs["alarm_name"])
		if sev != "input" && !strings.Contains(sre+slo, ":alarm:"+name+`"`) {
			t.Errorf("%s (%s) is on no dashboard", name, sev)
		}
	}
	for _, want := range []string{"Error budget left", `"setPeriodToTimeRange":true`} {
		if !strings.Contains(slo, want) {
			t.Errorf("SLO dashboard lacks %s", want)
		}
	}
}

package tests

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/stacks"
)

// Direct assertions of phase 1's safety properties, independent of the golden files.
func TestPhase1FunctionsAreTracedBoundedAndLogged(t *testing.T) {
	for _, envName := range config.Names() {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDPhase1)
			fns := d.resources("aws_lambda_function")
			// The services, and the rotation functions of the database and origin secrets;
			// where phase 1's services run on Railway (preview), the database's rotation
			// function (no service function, no origin-verification secret) and, when
			// phase 2's run there too, the rotation function of their certificates.
			want := len(stacks.Phase1Services) + 2
			if s.env.UsesRailway() {
				want = 1
				if s.env.Deploys(stacks.IDPhase2) {
					want = 2
				}
			}
			if len(fns) != want {
				t.Fatalf("%d functions, want %d", len(fns), want)
			}
			groups := d.resources("aws_cloudwatch_log_group")
			queues := d.resources("aws_sqs_queue")
			for name, fn := range fns {
				if path(fn, "tracing_config", "mode") != "Active" {
					t.Errorf("%s: tracing %v, want Active", name, path(fn, "tracing_config"))
				}
				if rc, _ := fn["reserved_concurrent_executions"].(float64); rc < 1 {
					t.Errorf("%s: reserved concurrency %v, want >= 1", name, fn["reserved_concurrent_executions"])
				}
				if ids, _ := path(fn, "vpc_config", "subnet_ids").([]any); len(ids) != len(s.env.Network.AvailabilityZones) {
					t.Errorf("%s: in %d subnets, want one per zone", name, len(ids))
				}
				dlq := refName(t, path(fn, "dead_letter_config", "target_arn"), "aws_sqs_queue")
				if q := queues[dlq]; q == nil || !strings.HasPrefix(q["kms_master_key_id"].(string), "${aws_kms_key.") {
					t.Errorf("%s: dead-letter queue %s missing or not KMS-encrypted", name, dlq)
				}
				lg := refName(t, path(fn, "logging_config", "log_group"), "aws_cloudwatch_log_group")
				g := groups[lg]
				if g == nil || g["retention_in_days"] != float64(s.env.Retention.LogDays) || !strings.HasPrefix(g["kms_key_id"].(string), "${aws_kms_key.") {
					t.Errorf("%s: log group %s: %v; want retention %d and a KMS key", name, lg, g, s.env.Retention.LogDays)
				}
				// ARNs are references to resources of the platform; names may be
				// literal configuration (a domain, the environment), never a secret value.
				for k, v := range path(fn, "environment", "variables").(map[string]any) {
					if strings.HasSuffix(k, "_ARN") && !strings.HasPrefix(v.(string), "${") {
						t.Errorf("%s: environment variable %s carries a literal %q, want a reference", name, k, v)
					}
				}
			}
			for name, g := range groups {
				if r, _ := g["retention_in_days"].(float64); r < config.FloorLogDays || g["kms_key_id"] == nil {
					t.Errorf("log group %s: retention %v, key %v", name, g["retention_in_days"], g["kms_key_id"])
				}
			}
			for name, k := range d.resources("aws_kms_key") {
				if k["enable_key_rotation"] != true {
					t.Errorf("key %s does not rotate", name)
				}
			}
		})
	}
}

var wildcardAction = regexp.MustCompile(`^(\*|[a-z0-9-]+:\*)$`)

// TestNoIAMStatementGrantsWildcardActions reads every identity policy of every stack.
func TestNoIAMStatementGrantsWildcardActions(t *testing.T) {
	for _, envName := range config.Names() {
		s := synth(t, envName)
		for _, id := range s.ids {
			d := s.doc(t, id)
			policies := map[string]any{}
			for n, r := range d.resources("aws_iam_role_policy") {
				policies["aws_iam_role_policy."+n] = r["policy"]
			}
			for n, r := range d.resources("aws_iam_policy") {
				policies["aws_iam_policy."+n] = r["policy"]
			}
			for addr, pol := range policies {
				for _, st := range policyStatements(t, pol) {
					if st["Effect"] != "Allow" {
						continue
					}
					for _, a := range asList(st["Action"]) {
						if wildcardAction.MatchString(a) {
							t.Errorf("%s/%s %s: statement %v allows %q", envName, id, addr, st["Sid"], a)
						}
					}
					if res := asList(st["Resource"]); len(res) == 1 && res[0] == "*" && !allowedWildcardResource(st) {
						t.Errorf("%s/%s %s: statement %v allows Resource \"*\" for %v", envName, id, addr, st["Sid"], st["Action"])
					}
				}
			}
		}
	}
}

// allowedWildcardResource: every action is one AWS authorizes only on Resource "*"
// (the pack's documented allow-list, compliance.ResourceWildcardActions).
func allowedWildcardResource(st map[string]any) bool {
	for _, a := range asList(st["Action"]) {
		if _, ok := compliance.ResourceWildcardActions[a]; !ok {
			return false
		}
	}
	return true
}

// TestNoSecretValueInSynthesizedJSON: secrets are references, never values.
func TestNoSecretValueInSynthesizedJSON(t *testing.T) {
	secretish := regexp.MustCompile(`(?i)"(password|api_key|token|secret)"\s*:\s*"([^"$][^"]*)"`)
	for _, envName := range config.Names() {
		s := synth(t, envName)
		for _, id := range s.ids {
			if m := secretish.FindStringSubmatch(s.json[id]); m != nil {
				t.Errorf("%s/%s: literal value for %s", envName, id, m[1])
			}
			d := s.doc(t, id)
			for n, v := range d.resources("aws_secretsmanager_secret_version") {
				raw := v["secret_string"].(string)
				if !strings.HasPrefix(raw, "{") {
					// A generated value (the edge's origin-verification secret): a
					// reference only, never a literal.
					if !regexp.MustCompile(`^\$\{[^}]+\}$`).MatchString(raw) {
						t.Errorf("%s/%s %s: secret_string %q is not a single reference", envName, id, n, raw)
					}
					continue
				}
				var conn map[string]any
				if err := json.Unmarshal([]byte(raw), &conn); err != nil {
					t.Fatalf("%s: %v", n, err)
				}
				if strings.Contains(n, "Certificate") {
					// A Railway service's certificate secret starts with what the rotation
					// needs to issue one, nothing secret: the certificate and key are the
					// rotation function's, never Terraform's.
					if len(conn) != 2 || conn["service"] == nil || conn["commonName"] == nil {
						t.Errorf("%s/%s %s: initial value %v, want only service and commonName", envName, id, n, conn)
					}
					continue
				}
				if pw, _ := conn["password"].(string); !strings.HasPrefix(pw, "${") {
					t.Errorf("%s/%s %s: password is not a reference", envName, id, n)
				}
				if conn["sslmode"] != "require" {
					t.Errorf("%s/%s %s: sslmode %v, want require", envName, id, n, conn["sslmode"])
				}
			}
			for name, o := range path(d.m, "output").(map[string]any) {
				if v, _ := path(o, "value").(string); strings.Contains(v, ".password}") || strings.Contains(v, "random_password}") || strings.Contains(v, "secret_string") {
					t.Errorf("%s/%s output %s exposes a secret", envName, id, name)
				}
			}
		}
	}
}

func TestPhase1DatabaseIsLockedDown(t *testing.T) {
	for _, envName := range config.Names() {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDPhase1)
			var proj map[string]any
			for _, p := range d.resources("neon_project") {
				proj = p
			}
			if h, _ := proj["history_retention_seconds"].(float64); h < config.FloorNeonHistorySeconds || h != float64(s.env.Neon.HistoryRetentionSeconds) {
				t.Errorf("history retention %v", proj["history_retention_seconds"])
			}
			ips, _ := proj["allowed_ips"].([]any)
			natIPs := len(d.resources("aws_eip"))
			// Railway's static egress addresses join only where a service runs there.
			var railway []any
			for _, ip := range s.env.Railway.EgressIPs {
				railway = append(railway, ip)
			}
			if !s.env.UsesRailway() {
				railway = nil
			}
			if len(ips) == 0 || len(ips) != natIPs+len(railway) || proj["allowed_ips_protected_branches_only"] != "no" {
				t.Errorf("allowed_ips %v (want the %d NAT addresses and Railway's %v, on every branch)", ips, natIPs, railway)
			}
			for i, ip := range ips {
				if i >= natIPs {
					if ip != railway[i-natIPs] {
						t.Errorf("allowed ip %v is neither a NAT address nor railway.egressIps[%d]", ip, i-natIPs)
					}
				} else if !strings.HasPrefix(ip.(string), "${aws_eip.") {
					t.Errorf("allowed ip %v is not a NAT address", ip)
				}
			}
			wantNAT := 1
			if s.env.Network.NATGatewayPerZone {
				wantNAT = len(s.env.Network.AvailabilityZones)
			}
			if n := len(d.resources("aws_nat_gateway")); n != wantNAT {
				t.Errorf("%d NAT gateways, want %d", n, wantNAT)
			}
			for _, b := range d.resources("neon_branch") {
				want := "no"
				if s.env.IsProduction() {
					want = "yes"
				}
				if b["protected"] != want || path(b, "lifecycle", "prevent_destroy") != true {
					t.Errorf("branch protected=%v prevent_destroy=%v, want %s/true", b["protected"], path(b, "lifecycle", "prevent_destroy"), want)
				}
			}
			for n, db := range d.resources("neon_database") {
				if path(db, "lifecycle", "prevent_destroy") != true {
					t.Errorf("database %s can be destroyed", n)
				}
			}
			if len(d.resources("aws_default_security_group")) != 1 {
				t.Error("the default security group is not managed (closed)")
			}
			for n, sg := range d.resources("aws_default_security_group") {
				if sg["ingress"] != nil || sg["egress"] != nil {
					t.Errorf("default security group %s has rules", n)
				}
			}
			for n, sn := range d.resources("aws_subnet") {
				if sn["map_public_ip_on_launch"] != false {
					t.Errorf("subnet %s maps public IPs on launch", n)
				}
			}
			if len(d.resources("aws_flow_log")) != 1 {
				t.Error("no VPC flow log")
			}
		})
	}
}

func TestPhase1AlarmsNotifyOnAlarmAndOK(t *testing.T) {
	s := synth(t, "production")
	d := s.doc(t, stacks.IDPhase1)
	alarms := d.resources("aws_cloudwatch_metric_alarm")
	// The catalogue's: API 5xx and latency; per function errors, throttles, cold starts
	// and dead letters; per rotation function (two) failures and dead letters.
	if want := 2 + 4*len(stacks.Phase1Services) + 2*2; len(alarms) != want {
		t.Errorf("%d alarms, want %d", len(alarms), want)
	}
	for n, a := range alarms {
		if len(asList(a["alarm_actions"])) != 1 || len(asList(a["ok_actions"])) != 1 {
			t.Errorf("alarm %s: alarm %v ok %v, want the alert topic for both", n, a["alarm_actions"], a["ok_actions"])
		}
	}
	for _, topic := range d.resources("aws_sns_topic") {
		if !strings.HasPrefix(topic["kms_master_key_id"].(string), "${aws_kms_key.") {
			t.Error("alert topic not encrypted with a customer-managed key")
		}
	}
}

func refName(t *testing.T, ref any, typ string) string {
	t.Helper()
	s, _ := ref.(string)
	prefix := "${" + typ + "."
	if !strings.HasPrefix(s, prefix) {
		t.Fatalf("%q is not a reference to a %s", s, typ)
	}
	return strings.Split(strings.TrimPrefix(s, prefix), ".")[0]
}

func asList(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, _ := e.(string)
			out = append(out, s)
		}
		return out
	}
	return nil
}

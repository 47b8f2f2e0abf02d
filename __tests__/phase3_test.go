package tests

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/stacks"
)

// tablesByName indexes phase 3's tables by their DynamoDB name.
func tablesByName(d *tfDoc) map[string]struct {
	addr  string
	attrs map[string]any
} {
	out := map[string]struct {
		addr  string
		attrs map[string]any
	}{}
	for n, tb := range d.resources("aws_dynamodb_table") {
		out[tb["name"].(string)] = struct {
			addr  string
			attrs map[string]any
		}{n, tb}
	}
	return out
}

// TestPhase3TablesAreProtected: every table is encrypted with phase 3's own rotating
// key, recoverable to any second (PITR), deletion-protected twice (the API flag and
// prevent_destroy) and tagged PHI; billing and autoscaling follow config.
func TestPhase3TablesAreProtected(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase3) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDPhase3)
			tables := tablesByName(d)
			if len(tables) != len(config.Phase3Tables) {
				t.Fatalf("%d tables, want %d", len(tables), len(config.Phase3Tables))
			}
			targets := d.resources("aws_appautoscaling_target")
			policies := d.resources("aws_appautoscaling_policy")
			for _, name := range config.Phase3Tables {
				full := s.env.NamePrefix + "-" + name
				tb, ok := tables[full]
				if !ok {
					t.Fatalf("no table %s", full)
				}
				a := tb.attrs
				if !strings.HasPrefix(path(a, "server_side_encryption", "kms_key_arn").(string), "${aws_kms_key.TablesKey") || path(a, "server_side_encryption", "enabled") != true {
					t.Errorf("%s: not encrypted with the tables key: %v", name, a["server_side_encryption"])
				}
				if path(a, "point_in_time_recovery", "enabled") != true {
					t.Errorf("%s: point-in-time recovery off", name)
				}
				if a["deletion_protection_enabled"] != true || path(a, "lifecycle", "prevent_destroy") != true {
					t.Errorf("%s: deletion protection %v, prevent_destroy %v", name, a["deletion_protection_enabled"], path(a, "lifecycle", "prevent_destroy"))
				}
				if path(a, "tags", "phi") != "true" {
					t.Errorf("%s: not tagged phi", name)
				}
				cfg := s.env.Tables[name]
				if cfg.TTLAttribute != "" && (path(a, "ttl", "attribute_name") != cfg.TTLAttribute || path(a, "ttl", "enabled") != true) {
					t.Errorf("%s: ttl %v, want %s", name, a["ttl"], cfg.TTLAttribute)
				}
				// Every scalable dimension (table and each index, reads and writes) has a
				// target within config's range and a target-tracking policy.
				var want []string
				for _, res := range append([]string{"table/" + full}, indexResources(full, cfg)...) {
					kind := "table"
					if strings.Contains(res, "/index/") {
						kind = "index"
					}
					want = append(want, res+" dynamodb:"+kind+":ReadCapacityUnits", res+" dynamodb:"+kind+":WriteCapacityUnits")
				}
				var got []string
				for _, tg := range targets {
					if id := tg["resource_id"].(string); id == "table/"+full || strings.HasPrefix(id, "table/"+full+"/index/") {
						got = append(got, id+" "+tg["scalable_dimension"].(string))
						if tg["min_capacity"] != float64(cfg.Scaling.Min) || tg["max_capacity"] != float64(cfg.Scaling.Max) {
							t.Errorf("%s %s: capacity %v..%v, want %d..%d", name, id, tg["min_capacity"], tg["max_capacity"], cfg.Scaling.Min, cfg.Scaling.Max)
						}
					}
				}
				slices.Sort(got)
				slices.Sort(want)
				switch cfg.Billing {
				case "on-demand":
					if a["billing_mode"] != "PAY_PER_REQUEST" || len(got) != 0 {
						t.Errorf("%s: billing %v with %d scaling targets, want on-demand without", name, a["billing_mode"], len(got))
					}
				case "provisioned":
					if a["billing_mode"] != "PROVISIONED" || !slices.Equal(got, want) {
						t.Errorf("%s: billing %v, scaling targets %v, want %v", name, a["billing_mode"], got, want)
					}
					n := 0
					for _, p := range policies {
						if id, _ := p["resource_id"].(string); !strings.HasPrefix(id, "${aws_appautoscaling_target.Table"+pascal(name)+"_") {
							continue
						}
						n++
						if p["policy_type"] != "TargetTrackingScaling" || path(p, "target_tracking_scaling_policy_configuration", "target_value") != float64(cfg.Scaling.TargetUtilization) {
							t.Errorf("%s policy %v: %v at %v, want target tracking at %d", name, p["name"], p["policy_type"], path(p, "target_tracking_scaling_policy_configuration", "target_value"), cfg.Scaling.TargetUtilization)
						}
					}
					if n != len(want) {
						t.Errorf("%s: %d target-tracking policies for %d scalable dimensions", name, n, len(want))
					}
				}
			}
		})
	}
}

func indexResources(table string, cfg config.Table) []string {
	var out []string
	for _, ix := range cfg.Indexes {
		out = append(out, "table/"+table+"/index/"+ix.Name)
	}
	return out
}

// TestPhase3Backups: every table is in the backup plan; daily and monthly recovery
// points kept as config says; the vault's key is its own, its policy denies deleting
// recovery points to everyone; production locks the vault and copies every recovery
// point to a vault in the DR region.
func TestPhase3Backups(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase3) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			env := s.env
			d := s.doc(t, stacks.IDPhase3)
			selections := d.resources("aws_backup_selection")
			if len(selections) != 1 {
				t.Fatalf("%d backup selections, want 1", len(selections))
			}
			var selected []string
			for _, sel := range selections {
				for _, r := range asList(sel["resources"]) {
					selected = append(selected, refName(t, r, "aws_dynamodb_table"))
				}
			}
			for _, tb := range tablesByName(d) {
				if !slices.Contains(selected, tb.addr) {
					t.Errorf("table %s is not in the backup selection", tb.addr)
				}
			}
			plans := d.resources("aws_backup_plan")
			if len(plans) != 1 {
				t.Fatalf("%d backup plans, want 1", len(plans))
			}
			for _, plan := range plans {
				rules := map[string]map[string]any{}
				for _, r := range plan["rule"].([]any) {
					rm := r.(map[string]any)
					rules[rm["rule_name"].(string)] = rm
				}
				for name, days := range map[string]int{"daily": env.Backup.DailyRetentionDays, "monthly": env.Retention.DataDays} {
					r := rules[name]
					if r == nil {
						t.Fatalf("no %s rule", name)
					}
					if path(r, "lifecycle", "delete_after") != float64(days) {
						t.Errorf("%s rule keeps %v days, want %d", name, path(r, "lifecycle", "delete_after"), days)
					}
					copies := asAny(r["copy_action"])
					if env.IsProduction() != (len(copies) == 1) {
						t.Errorf("%s rule: %d copy actions (production: one to the DR vault)", name, len(copies))
					}
				}
			}
			vaults := d.resources("aws_backup_vault")
			for n, v := range vaults {
				if !strings.HasPrefix(v["kms_key_arn"].(string), "${aws_kms_key.") || path(v, "lifecycle", "prevent_destroy") != true {
					t.Errorf("vault %s: key %v, prevent_destroy %v", n, v["kms_key_arn"], path(v, "lifecycle", "prevent_destroy"))
				}
			}
			if want := map[bool]int{true: 2, false: 1}[env.IsProduction()]; len(vaults) != want || len(d.resources("aws_backup_vault_policy")) != want {
				t.Errorf("%d vaults, %d vault policies, want %d each", len(vaults), len(d.resources("aws_backup_vault_policy")), want)
			}
			for n, vp := range d.resources("aws_backup_vault_policy") {
				denies := false
				for _, st := range policyStatements(t, vp["policy"]) {
					denies = denies || (st["Effect"] == "Deny" && st["Principal"] == "*" && slices.Contains(asList(st["Action"]), "backup:DeleteRecoveryPoint"))
				}
				if !denies {
					t.Errorf("vault policy %s does not deny DeleteRecoveryPoint to everyone", n)
				}
			}
			locks := d.resources("aws_backup_vault_lock_configuration")
			if env.IsProduction() != (len(locks) == 2) {
				t.Errorf("%d vault locks (production: both vaults)", len(locks))
			}
			for n, l := range locks {
				if l["changeable_for_days"] == nil {
					t.Errorf("lock %s is in governance mode (no changeable_for_days)", n)
				}
			}
		})
	}
}

func asAny(v any) []any {
	l, _ := v.([]any)
	return l
}

// TestPhase3ServicesOwnOnlyTheirTables: each service's role reaches exactly the tables
// tableAccess gives it (reads only where it only reads), never table management, and its
// routes are behind the auth service's authorizer.
func TestPhase3ServicesOwnOnlyTheirTables(t *testing.T) {
	access := map[string]map[string]string{
		"appointment": {"appointments": "rw", "waitlist": "rw", "reminders": "rw", "provider-availability": "r"},
		"scheduling":  {"provider-availability": "rw", "appointments": "r", "waitlist": "r"},
	}
	for _, envName := range envsDeploying(stacks.IDPhase3) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			d := s.doc(t, stacks.IDPhase3)
			tables := tablesByName(d)
			roles := map[string]string{}
			for n, r := range d.resources("aws_iam_role") {
				roles[r["name"].(string)] = n
			}
			for _, svc := range stacks.Phase3Services {
				role := roles[s.env.NamePrefix+"-"+svc+"-fn"]
				if role == "" {
					t.Fatalf("no role for %s", svc)
				}
				got := map[string]string{}
				for _, st := range statementsOf(t, d, role) {
					for _, a := range asList(st["Action"]) {
						if strings.HasPrefix(a, "dynamodb:") && (strings.Contains(a, "Table") && a != "dynamodb:DescribeTable" || strings.Contains(a, "Backup") || a == "dynamodb:*") {
							t.Errorf("%s may %s", svc, a)
						}
					}
					for _, res := range asList(st["Resource"]) {
						for name, tb := range tables {
							if !strings.HasPrefix(res, "${aws_dynamodb_table."+tb.addr+".arn}") {
								continue
							}
							short := strings.TrimPrefix(name, s.env.NamePrefix+"-")
							mode := "r"
							if slices.Contains(asList(st["Action"]), "dynamodb:PutItem") {
								mode = "rw"
							}
							if got[short] != "rw" {
								got[short] = mode
							}
						}
					}
				}
				if fmt.Sprint(got) != fmt.Sprint(access[svc]) {
					t.Errorf("%s reaches tables %v, want %v", svc, got, access[svc])
				}
			}
			for n, r := range d.resources("aws_apigatewayv2_route") {
				if r["authorization_type"] != "CUSTOM" || !strings.Contains(r["authorizer_id"].(string), "ApiAuthorizer") {
					t.Errorf("route %s (%v) is not behind the auth service's authorizer", n, r["route_key"])
				}
			}
			if n := len(d.resources("aws_apigatewayv2_route")); n != 4 {
				t.Errorf("%d routes, want 4", n)
			}
			alarms := d.resources("aws_cloudwatch_metric_alarm")
			for _, name := range config.Phase3Tables {
				for _, m := range []string{"ReadThrottleEvents", "WriteThrottleEvents", "SystemErrors"} {
					found := false
					for _, a := range alarms {
						found = found || (a["metric_name"] == m && strings.Contains(fmt.Sprint(a["dimensions"]), "TableName_"+naming(name)) || a["metric_name"] == m && strings.Contains(fmt.Sprint(a["alarm_name"]), name))
					}
					if !found {
						t.Errorf("no %s alarm for %s", m, name)
					}
				}
			}
		})
	}
}

func naming(s string) string { return strings.ReplaceAll(s, "-", "") }

// pascal mirrors naming.Pascal for construct ids ("provider-availability" ->
// "ProviderAvailability").
func pascal(s string) string {
	words := strings.Split(s, "-")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, "")
}

// TestNoPathAroundTheEdge: the API distribution sends the origin-verification header
// with the value of phase 1's secret (read at plan time, never written here), under the
// WAF; every authorizer requires that header (TestEveryRouteIsAuthorized).
func TestNoPathAroundTheEdge(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase3) {
		s := synth(t, envName)
		d := s.doc(t, stacks.IDPhase3)
		sv, _ := path(d.m, "data", "aws_secretsmanager_secret_version", "OriginVerify", "secret_id").(string)
		if !strings.Contains(sv, "OriginVerify_Secret") {
			t.Errorf("%s: the origin-verification value is not read from phase 1's secret: %q", envName, sv)
		}
		n := 0
		for name, dist := range d.resources("aws_cloudfront_distribution") {
			if !strings.HasPrefix(fmt.Sprint(dist["web_acl_id"]), "${aws_wafv2_web_acl.") {
				t.Errorf("%s: distribution %s is not behind the WAF", envName, name)
			}
			for _, o := range asAny(dist["origin"]) {
				if !strings.Contains(fmt.Sprint(path(o, "domain_name")), ".execute-api.") {
					continue
				}
				n++
				h := asAny(path(o, "custom_header"))
				if len(h) != 1 || path(h[0], "name") != "x-origin-verify" || path(h[0], "value") != "${data.aws_secretsmanager_secret_version.OriginVerify.secret_string}" {
					t.Errorf("%s: API origin of %s sends %v, want the origin-verification header from the secret", envName, name, h)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: %d distributions reach the API, want 1", envName, n)
		}
	}
}

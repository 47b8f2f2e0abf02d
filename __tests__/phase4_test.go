package tests

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/stacks"
)

// TestPhase4VendorSecretsHoldNoValueAndOnlyTheirReadersRead: one secret per enabled
// vendor (and OpenAI's admin key), no value anywhere in the JSON, the AI key, the vendor
// and BAA tags, DR replicas in production, a policy denying reads to all but the AI role
// and the rotation function (the admin key: the rotation function only), and a rotation
// every rotation.vendorKeyDays days.
func TestPhase4VendorSecretsHoldNoValueAndOnlyTheirReadersRead(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase4) {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			env := s.env
			d := s.doc(t, stacks.IDPhase4)
			if v := d.resources("aws_secretsmanager_secret_version"); len(v) != 0 {
				t.Fatalf("%d secret versions: a vendor credential must never be in the configuration", len(v))
			}
			secrets := d.resources("aws_secretsmanager_secret")
			want := append(env.EnabledAIVendors(), "openai-admin")
			var got []string
			byAddr := map[string]string{}
			for addr, sec := range secrets {
				name := strings.TrimPrefix(sec["name"].(string), env.NamePrefix+"/ai/")
				got = append(got, name)
				byAddr[addr] = name
				if !strings.HasPrefix(sec["kms_key_id"].(string), "${aws_kms_key.AiKey") {
					t.Errorf("%s: key %v, want the AI key", name, sec["kms_key_id"])
				}
				vendor := strings.TrimSuffix(name, "-admin")
				if path(sec, "tags", "vendor") != vendor || path(sec, "tags", "baa") != fmt.Sprint(env.AI.Vendors[vendor].BAAInPlace) {
					t.Errorf("%s: tags %v", name, sec["tags"])
				}
				if env.IsProduction() != (len(asAny(sec["replica"])) == 1) {
					t.Errorf("%s: replicas %v (production: one in the DR region)", name, sec["replica"])
				}
				if path(sec, "lifecycle", "prevent_destroy") != true {
					t.Errorf("%s: not protected from destroy", name)
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Fatalf("vendor secrets %v, want %v", got, want)
			}
			for _, pol := range d.resources("aws_secretsmanager_secret_policy") {
				arn := pol["secret_arn"].(string)
				name := byAddr[strings.Split(strings.TrimPrefix(arn, "${aws_secretsmanager_secret."), ".")[0]]
				sts := policyStatements(t, pol["policy"])
				if len(sts) != 1 || sts[0]["Effect"] != "Deny" || sts[0]["Principal"] != "*" || sts[0]["Action"] != "secretsmanager:GetSecretValue" {
					t.Fatalf("%s: policy %v", name, sts)
				}
				readers := fmt.Sprint(path(sts[0], "Condition", "ArnNotEquals", "aws:PrincipalArn"))
				wantAI := name != "openai-admin"
				if strings.Contains(readers, "RoleAi_Role") != wantAI || !strings.Contains(readers, "RotateVendorKeysRole") {
					t.Errorf("%s: readers %s (AI role: %v; the rotation function always)", name, readers, wantAI)
				}
				delete(byAddr, strings.Split(strings.TrimPrefix(arn, "${aws_secretsmanager_secret."), ".")[0])
			}
			if len(byAddr) != 0 {
				t.Errorf("secrets without a reader policy: %v", byAddr)
			}
			rotations := d.resources("aws_secretsmanager_secret_rotation")
			if len(rotations) != len(want) {
				t.Errorf("%d rotations for %d vendor secrets", len(rotations), len(want))
			}
			for n, r := range rotations {
				if path(r, "rotation_rules", "automatically_after_days") != float64(env.Rotation.VendorKeyDays) || !strings.Contains(r["rotation_lambda_arn"].(string), "RotateVendorKeys") {
					t.Errorf("%s: %v", n, r)
				}
			}
		})
	}
}

// TestEveryDatabaseSecretRotates: the migrator's and every service's database secret
// (phases 1 and 2) rotate with the database rotation function every
// rotation.databaseDays days.
func TestEveryDatabaseSecretRotates(t *testing.T) {
	for _, envName := range config.Names() {
		s := synth(t, envName)
		for _, id := range s.deployed(stacks.IDPhase1, stacks.IDPhase2) {
			d := s.doc(t, id)
			rotated := map[string]bool{}
			for _, r := range d.resources("aws_secretsmanager_secret_rotation") {
				if !strings.Contains(r["rotation_lambda_arn"].(string), "RotatePostgres_Function") {
					continue
				}
				if path(r, "rotation_rules", "automatically_after_days") != float64(s.env.Rotation.DatabaseDays) {
					t.Errorf("%s/%s: %v days", envName, id, path(r, "rotation_rules", "automatically_after_days"))
				}
				rotated[strings.Split(strings.TrimPrefix(r["secret_id"].(string), "${aws_secretsmanager_secret."), ".")[0]] = true
			}
			for addr, sec := range d.resources("aws_secretsmanager_secret") {
				if strings.Contains(sec["name"].(string), "/db/") && !rotated[addr] {
					t.Errorf("%s/%s: database secret %s does not rotate", envName, id, sec["name"])
				}
			}
		}
	}
}

// TestAIServiceIsTheOnlyWayOut: the AI function is the only service in the AI egress
// group (with the rotation function of vendor keys), the group's only rule is HTTPS to
// the internet, and its role may call Polly and Translate on Resource "*" and nothing
// else there.
func TestAIServiceIsTheOnlyWayOut(t *testing.T) {
	for _, envName := range envsDeploying(stacks.IDPhase4) {
		s := synth(t, envName)
		d := s.doc(t, stacks.IDPhase4)
		rules := d.resources("aws_vpc_security_group_egress_rule")
		// Besides the AI group's, only the uptime canaries' group (monitoring) has
		// internet egress: HTTPS to the platform's own public endpoints.
		for n, r := range rules {
			if strings.Contains(fmt.Sprint(r["security_group_id"]), "CanarySecurityGroup") {
				if r["cidr_ipv4"] != "0.0.0.0/0" || r["from_port"] != 443.0 || r["to_port"] != 443.0 || r["ip_protocol"] != "tcp" {
					t.Errorf("%s: canary egress %v, want HTTPS only", envName, r)
				}
				delete(rules, n)
			}
		}
		if len(rules) != 1 {
			t.Fatalf("%s: %d egress rules in phase 4 besides the canaries', want 1", envName, len(rules))
		}
		for _, r := range rules {
			if r["cidr_ipv4"] != "0.0.0.0/0" || r["from_port"] != 443.0 || r["to_port"] != 443.0 || r["ip_protocol"] != "tcp" {
				t.Errorf("%s: AI egress %v, want HTTPS only", envName, r)
			}
		}
		users := 0
		for n, fn := range d.resources("aws_lambda_function") {
			sgs := fmt.Sprint(path(fn, "vpc_config", "security_group_ids"))
			if strings.Contains(sgs, "AiSecurityGroup") {
				users++
				if !strings.Contains(n, "ServiceAi") && !strings.Contains(n, "RotateVendorKeys") {
					t.Errorf("%s: %s has internet egress", envName, n)
				}
			}
		}
		if users != 2 {
			t.Errorf("%s: %d functions in the AI egress group, want the AI service and the vendor-key rotation", envName, users)
		}
		for n, p := range d.resources("aws_iam_role_policy") {
			if strings.HasPrefix(n, "CanaryRole_") {
				continue // the uptime canaries' role: TestUptimeCanaries
			}
			for _, st := range policyStatements(t, p["policy"]) {
				if res := asList(st["Resource"]); len(res) == 1 && res[0] == "*" {
					acts := asList(st["Action"])
					slices.Sort(acts)
					if !slices.Equal(acts, []string{"polly:SynthesizeSpeech", "translate:TranslateText"}) && !slices.Equal(acts, []string{"secretsmanager:GetRandomPassword"}) &&
						!strings.Contains(fmt.Sprint(acts), "xray:") && !strings.Contains(fmt.Sprint(acts), "NetworkInterface") {
						t.Errorf("%s: %s allows %v on Resource \"*\"", envName, n, acts)
					}
				}
			}
		}
		var endpoints []string
		for _, ep := range d.resources("aws_vpc_endpoint") {
			endpoints = append(endpoints, ep["service_name"].(string))
		}
		slices.Sort(endpoints)
		if fmt.Sprint(endpoints) != fmt.Sprintf("[com.amazonaws.%s.polly com.amazonaws.%s.translate]", s.env.AWS.Region, s.env.AWS.Region) {
			t.Errorf("%s: endpoints %v", envName, endpoints)
		}
	}
}

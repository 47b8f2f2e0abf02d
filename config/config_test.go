package config

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// mutate returns dev.json with the value at the dotted path replaced (or removed when
// value is the remove sentinel).
type removeT struct{}

var remove = removeT{}

func mutate(t *testing.T, path string, value any) []byte {
	t.Helper()
	return mutateFile(t, "dev.json", path, value)
}

func TestShippedEnvironmentsAreValid(t *testing.T) {
	names := Names()
	if strings.Join(names, ",") != "dev,preview,production,staging" {
		t.Fatalf("Names() = %v, want dev, preview, production, staging", names)
	}
	for _, name := range names {
		env, err := Load(name)
		if err != nil {
			t.Errorf("Load(%q): %v", name, err)
			continue
		}
		if env.Name != name || env.File() != "config/"+name+".json" {
			t.Errorf("Load(%q) = name %q file %q", name, env.Name, env.File())
		}
	}
}

func TestDefaultEnvironmentIsDev(t *testing.T) {
	env, err := Load("")
	if err != nil || env.Name != "dev" {
		t.Fatalf("Load(\"\") = %v, %v; want dev", env, err)
	}
}

func TestUnknownEnvironment(t *testing.T) {
	for _, name := range []string{"qa", "../dev", "dev.json", "PRODUCTION"} {
		_, err := Load(name)
		want := `"config/": "HEALTHHUB_ENV" = "` + name + `": unknown environment: must be one of dev, preview, production, staging`
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("Load(%q) error = %v\nwant prefix %s", name, err, want)
		}
	}
}

func TestValidationMessages(t *testing.T) {
	const f = `"config/dev.json": `
	cases := []struct {
		name  string
		path  string
		value any
		want  string
	}{
		{"malformed CIDR", "network.vpcCidr", "10.10.0.0/33", f + `"network.vpcCidr" = "10.10.0.0/33": must be an IPv4 CIDR block like 10.20.0.0/16`},
		{"CIDR host bits", "network.vpcCidr", "10.10.1.0/16", f + `"network.vpcCidr" = "10.10.1.0/16": must be a network address: host bits are set (did you mean 10.10.0.0/16?)`},
		{"public VPC range", "network.vpcCidr", "8.8.0.0/16", f + `"network.vpcCidr" = "8.8.0.0/16": must be inside an RFC 1918 private range`},
		{"VPC too large", "network.vpcCidr", "10.0.0.0/8", f + `"network.vpcCidr" = "10.0.0.0/8": must have a prefix length from /16 to /24`},
		{"subnet outside VPC", "network.privateSubnetCidrs", []any{"10.11.0.0/20", "10.10.16.0/20"}, f + `"network.privateSubnetCidrs[0]" = "10.11.0.0/20": must lie inside network.vpcCidr ("10.10.0.0/16")`},
		{"overlapping subnets", "network.publicSubnetCidrs", []any{"10.10.0.0/24", "10.10.129.0/24"}, f + `"network.publicSubnetCidrs[0]" = "10.10.0.0/24": overlaps network.privateSubnetCidrs[0] (10.10.0.0/20)`},
		{"subnet count", "network.publicSubnetCidrs", []any{"10.10.128.0/24"}, f + `"network.publicSubnetCidrs" = "[10.10.128.0/24]": needs one block per availability zone (2)`},
		{"one zone", "network.availabilityZones", []any{"us-east-1a"}, f + `"network.availabilityZones" = "[us-east-1a]": needs at least two zones`},
		{"zone of another region", "network.availabilityZones", []any{"us-east-1a", "us-west-2b"}, f + `"network.availabilityZones[1]" = "us-west-2b": must be an availability zone of aws.region "us-east-1" (one of us-east-1a,`},
		{"account id letters", "aws.accountId", "12345678901x", f + `"aws.accountId" = "12345678901x": must be a 12-digit AWS account id`},
		{"account id short", "aws.accountId", "1234", f + `"aws.accountId" = "1234": must be a 12-digit AWS account id`},
		{"account id missing", "aws.accountId", remove, f + `"aws.accountId" = "": is required`},
		{"account id as number", "aws.accountId", 111111111111, f + `"aws.accountId" = "111111111111": must be a JSON string`},
		{"deploy role not an ARN", "aws.deployRoleArn", "deployer", f + `"aws.deployRoleArn" = "deployer": must be an IAM role ARN like arn:aws:iam::111111111111:role/platform-deploy`},
		{"deploy role of another account", "aws.deployRoleArn", "arn:aws:iam::999999999999:role/x", f + `"aws.deployRoleArn" = "arn:aws:iam::999999999999:role/x": must be a role of aws.accountId (111111111111)`},
		{"required service missing", "services.patient", remove, f + `"services.patient" = "": is required: the phase stacks run the patient service`},
		{"region", "aws.region", "us-east", f + `"aws.region" = "us-east": must be an AWS region of the product's catalogue (config/regions.go)`},
		{"DR region equals region", "aws.drRegion", "us-east-1", f + `"aws.drRegion" = "us-east-1": must differ from aws.region "us-east-1": disaster recovery needs a second region`},
		{"name prefix", "namePrefix", "HH_dev", f + `"namePrefix" = "HH_dev": must be 3 to 16 lowercase letters`},
		{"name prefix missing", "namePrefix", remove, f + `"namePrefix" = "": is required`},
		{"name differs from file", "name", "staging", f + `"name" = "staging": must equal the file name "dev"`},
		{"owner tag missing", "tags.owner", "", f + `"tags.owner" = "": is required`},
		{"classification", "tags.dataClassification", "secret", f + `"tags.dataClassification" = "secret": must be one of phi, confidential, internal, public`},
		{"data retention under floor", "retention.dataDays", 365, f + `"retention.dataDays" = "365": must be at least 2557 days: medical records are kept seven years`},
		{"audit retention under floor", "retention.auditLogDays", 731, f + `"retention.auditLogDays" = "731": must be at least 2192 days: HIPAA 164.316(b)(2)(i)`},
		{"log retention not a CloudWatch value", "retention.logDays", 500, f + `"retention.logDays" = "500": must be a CloudWatch Logs retention value (one of 365, 400, 545, 731,`},
		{"log retention missing", "retention.logDays", remove, f + `"retention.logDays" = "0": is required (at least 365 days`},
		{"state versions under floor", "retention.stateVersionDays", 7, f + `"retention.stateVersionDays" = "7": must be at least 30 days`},
		{"no alert address", "alerts.emails", []any{}, f + `"alerts.emails" = "[]": needs at least one address`},
		{"bad alert address", "alerts.emails", []any{"Ops <ops@example.com>"}, f + `"alerts.emails[0]" = "Ops <ops@example.com>": must be a plain e-mail address`},
		{"neon region", "neon.region", "azure-eastus2", f + `"neon.region" = "azure-eastus2": must be a Neon AWS region (one of aws-ap-southeast-1,`},
		{"postgres version", "neon.postgresVersion", 12, f + `"neon.postgresVersion" = "12": must be a Postgres major version from 14 to 17`},
		{"autoscaling inverted", "neon.autoscalingMinCu", 2, f + `"neon.autoscalingMinCu" = "2": must not exceed neon.autoscalingMaxCu (1)`},
		{"history under floor", "neon.historyRetentionSeconds", 3600, f + `"neon.historyRetentionSeconds" = "3600": must be at least 86400 seconds`},
		{"suspend timeout", "neon.suspendTimeoutSeconds", 30, f + `"neon.suspendTimeoutSeconds" = "30": must be 0 (Neon's default), -1 (never suspend) or 60 to 604800 seconds`},
		{"backend type", "stateBackend.type", "gcs", f + `"stateBackend.type" = "gcs": must be one of local, s3`},
		{"unknown field", "network.vpcCIDR", "10.0.0.0/16", f + `"network.vpcCIDR" = "": unknown field (valid fields here: vpcCidr, availabilityZones,`},
		{"unknown top-level field", "retentionDays", 10, f + `"retentionDays" = "": unknown field (valid fields here: name, aws,`},
		{"unknown nested field", "neon.hipaa", true, f + `"neon.hipaa" = "": unknown field (valid fields here: region,`},
		{"object lock mode", "documents.objectLockMode", "LEGAL_HOLD", f + `"documents.objectLockMode" = "LEGAL_HOLD": must be one of COMPLIANCE, GOVERNANCE`},
		{"object lock mode missing", "documents.objectLockMode", remove, f + `"documents.objectLockMode" = "": is required`},
		{"infrequent access too early", "documents.infrequentAccessAfterDays", 7, f + `"documents.infrequentAccessAfterDays" = "7": must be at least 30 days (S3's minimum for STANDARD_IA)`},
		{"archive too soon after IA", "documents.archiveAfterDays", 45, f + `"documents.archiveAfterDays" = "45": must be at least documents.infrequentAccessAfterDays + 30 (60 days)`},
		{"archive after retention", "documents.archiveAfterDays", 3000, f + `"documents.archiveAfterDays" = "3000": must be less than retention.dataDays (2557)`},
		{"records service missing", "services.records", remove, f + `"services.records" = "": is required: the phase stacks run the records service`},
		{"unknown service", "services.billing", map[string]any{}, f + `"services.billing" = "billing": is not a service of the platform`},
		{"service without artifact", "services.auth", map[string]any{"memoryMb": 256, "timeoutSeconds": 10, "reservedConcurrency": 5}, f + `"services.auth.artifactBucket" = "": is required`},
		{"service concurrency", "services.auth", map[string]any{"artifactBucket": "hh-artifacts", "artifactKey": "auth/v1.zip", "artifactVersion": "3", "memoryMb": 256, "timeoutSeconds": 10}, f + `"services.auth.reservedConcurrency" = "0": must be at least 1`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("config/dev.json", mutate(t, tc.path, tc.value))
			if err == nil {
				t.Fatalf("Parse accepted %s = %v", tc.path, tc.value)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error:\n%s\nwant it to contain:\n%s", err, tc.want)
			}
		})
	}
}

func TestProductionRequiresS3State(t *testing.T) {
	raw, _ := files.ReadFile("production.json")
	var doc map[string]any
	_ = json.Unmarshal(raw, &doc)
	doc["stateBackend"] = map[string]any{"type": "local"}
	data, _ := json.Marshal(doc)
	_, err := Parse("config/production.json", data)
	want := `"config/production.json": "stateBackend.type" = "local": must be s3 in production`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("error = %v, want %s", err, want)
	}
}

func TestProductionRequiresComplianceLock(t *testing.T) {
	raw, _ := files.ReadFile("production.json")
	var doc map[string]any
	_ = json.Unmarshal(raw, &doc)
	doc["documents"].(map[string]any)["objectLockMode"] = "GOVERNANCE"
	data, _ := json.Marshal(doc)
	_, err := Parse("config/production.json", data)
	want := `"config/production.json": "documents.objectLockMode" = "GOVERNANCE": must be COMPLIANCE in production`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("error = %v, want %s", err, want)
	}
}

func TestEveryProblemIsReported(t *testing.T) {
	data := mutate(t, "aws.accountId", "x")
	var doc map[string]any
	_ = json.Unmarshal(data, &doc)
	doc["namePrefix"] = "!"
	doc["retention"].(map[string]any)["dataDays"] = 1
	data, _ = json.Marshal(doc)
	_, err := Parse("config/dev.json", data)
	verr, ok := err.(*ValidationError)
	if !ok || len(verr.Problems) != 3 {
		t.Fatalf("want 3 problems, got %v", err)
	}
	if lines := strings.Count(err.Error(), "\n") + 1; lines != 3 {
		t.Fatalf("want one line per problem, got %d lines:\n%s", lines, err)
	}
}

func TestSyntaxErrorNamesLine(t *testing.T) {
	_, err := Parse("config/dev.json", []byte("{\n  \"name\": \"dev\",\n  oops\n}"))
	if err == nil || !strings.Contains(err.Error(), `"config/dev.json": "(line 3)"`) {
		t.Fatalf("error = %v, want it to name line 3", err)
	}
}

// edit returns the named shipped file with edit applied to its decoded document.
func edit(t *testing.T, name string, change func(doc map[string]any)) []byte {
	t.Helper()
	raw, err := files.ReadFile(name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	change(doc)
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func obj(doc map[string]any, keys ...string) map[string]any {
	for _, k := range keys {
		doc = doc[k].(map[string]any)
	}
	return doc
}

// problemLines parses data and returns the error's lines (nil when it is valid).
func problemLines(t *testing.T, file string, data []byte) []string {
	t.Helper()
	_, err := Parse(file, data)
	if err == nil {
		return nil
	}
	if _, ok := err.(*ValidationError); !ok {
		t.Fatalf("Parse returned %T, want *ValidationError: %v", err, err)
	}
	return strings.Split(err.Error(), "\n")
}

// expect checks that data is valid when want is "", and otherwise that one line of
// the error starts with want.
func expect(t *testing.T, file string, data []byte, want string) {
	t.Helper()
	lines := problemLines(t, file, data)
	if want == "" {
		if lines != nil {
			t.Fatalf("want valid, got:\n%s", strings.Join(lines, "\n"))
		}
		return
	}
	for _, l := range lines {
		if strings.HasPrefix(l, want) {
			return
		}
	}
	t.Fatalf("want a line starting with\n%s\ngot:\n%s", want, strings.Join(lines, "\n"))
}

// line is the start of a problem line of config/dev.json.
func line(field, value string) string {
	return fmt.Sprintf("%q: %q = %q: ", "config/dev.json", field, value)
}

// TestEveryStringRefusesUnsafeText: the rules every string obeys, whatever its field,
// checked in a field of each kind (a struct field, a list element, a map value, a map
// key) and in one with no grammar of its own beyond the walk (tags.owner has one, but the
// generic rule is reported first and alone).
func TestEveryStringRefusesUnsafeText(t *testing.T) {
	const (
		control  = "must not contain control characters or line breaks"
		format   = "must not contain invisible or bidirectional formatting characters"
		template = `must not contain "${" or "%{"`
		long     = "must be at most 1024 bytes"
		utf      = "must be valid UTF-8 text"
		private  = "must not contain private-use characters"
	)
	payloads := []struct {
		name, value, rule string
	}{
		{"newline", "x\nerror: forged", control},
		{"carriage return", "x\ry", control},
		{"tab", "x\ty", control},
		{"NUL", "x\x00y", control},
		{"DEL", "x\x7fy", control},
		{"C1 NEL", "x\u0085y", control},
		{"line separator", "x\u2028y", control},
		{"paragraph separator", "x\u2029y", control},
		{"right-to-left override", "x\u202ey", format},
		{"left-to-right isolate", "x\u2066y", format},
		{"zero-width space", "x\u200by", format},
		{"zero-width joiner", "x\u200dy", format},
		{"byte order mark", "\ufeffx", format},
		{"soft hyphen", "x\u00ady", format},
		{"private use", "x\ue000y", private},
		{"replacement character", "x\ufffdy", utf},
		{"interpolation", `${file("/etc/passwd")}`, template},
		{"directive", "%{ for x in y }x%{ endfor }", template},
		{"too long", strings.Repeat("a", 100000), long},
	}
	fields := []struct {
		name  string
		set   func(doc map[string]any, v string)
		field func(v string) string
	}{
		{"struct field", func(d map[string]any, v string) { obj(d, "tags")["owner"] = v },
			func(string) string { return "tags.owner" }},
		{"list element", func(d map[string]any, v string) { obj(d, "alerts")["emails"] = []any{"a@example.com", v} },
			func(string) string { return "alerts.emails[1]" }},
		{"map value", func(d map[string]any, v string) { obj(d, "services", "gateway")["artifactVersion"] = v },
			func(string) string { return "services.gateway.artifactVersion" }},
		{"map key", func(d map[string]any, v string) { obj(d, "services")[v] = map[string]any{} },
			func(v string) string { return "services." + v }},
		{"enum field", func(d map[string]any, v string) { obj(d, "stateBackend")["type"] = v },
			func(string) string { return "stateBackend.type" }},
	}
	for _, f := range fields {
		for _, p := range payloads {
			t.Run(f.name+"/"+p.name, func(t *testing.T) {
				lines := problemLines(t, "config/dev.json", edit(t, "dev", func(d map[string]any) { f.set(d, p.value) }))
				want := fmt.Sprintf("%q: %q = ", "config/dev.json", f.field(p.value))
				var found []string
				for _, l := range lines {
					if strings.HasPrefix(l, want) {
						found = append(found, l)
					}
				}
				if len(found) != 1 || !strings.Contains(found[0], p.rule) {
					t.Fatalf("want exactly one line for the field with rule %q, got:\n%s", p.rule, strings.Join(lines, "\n"))
				}
				if f.name == "map key" && !strings.Contains(found[0], "(a key) ") {
					t.Errorf("a key's problem must say so: %s", found[0])
				}
			})
		}
	}
}

// TestIssueReproductions are the exact inputs of issue #9.
func TestIssueReproductions(t *testing.T) {
	version := func(v string) []byte {
		return edit(t, "dev", func(d map[string]any) { obj(d, "services", "gateway")["artifactVersion"] = v })
	}
	f := "services.gateway.artifactVersion"
	expect(t, "config/dev.json", version(`${file("/etc/passwd")}`), line(f, `${file("/etc/passwd")}`)+`must not contain "${" or "%{"`)
	expect(t, "config/dev.json", version("%{ for x in y }x%{ endfor }"), line(f, "%{ for x in y }x%{ endfor }")+`must not contain "${" or "%{"`)
	expect(t, "config/dev.json", version("v1\n"), line(f, "v1\n")+"must not contain control characters")
	expect(t, "config/dev.json", version("v1\u202e"), line(f, "v1\u202e")+"must not contain invisible or bidirectional")
	expect(t, "config/dev.json", version(strings.Repeat("v", 100000)), fmt.Sprintf("%q: %q = %q... (100000 bytes): must be at most 1024 bytes", "config/dev.json", f, strings.Repeat("v", 200)))

	email := "${data.aws_secretsmanager_random_password.Database_PasswordAuth_C3C430C9.random_password}@attacker.example"
	expect(t, "config/dev.json", mutate(t, "alerts.emails", []any{email}), line("alerts.emails[0]", email)+`must not contain "${" or "%{"`)
	long := strings.Repeat("a", 5000) + "@" + strings.Repeat("b", 7) + ".example"
	expect(t, "config/dev.json", mutate(t, "alerts.emails", []any{long}), fmt.Sprintf("%q: %q = %q... (%d bytes): must be at most 1024 bytes", "config/dev.json", "alerts.emails[0]", strings.Repeat("a", 200), len(long)))

	expect(t, "config/production.json", edit(t, "production", func(d map[string]any) { obj(d, "network")["natGatewayPerZone"] = false }),
		`"config/production.json": "network.natGatewayPerZone" = "false": must be true in production`)
	expect(t, "config/dev.json", mutate(t, "aws.drRegion", "us-gov-west-1"), line("aws.drRegion", "us-gov-west-1")+`must be in the partition of aws.region "us-east-1" (aws):`)
}

// TestForgedLinesAreImpossible: one line per problem, whatever the input holds. The
// issue's case: a region holding "\nerror: forged" and two other problems give 3 lines.
func TestForgedLinesAreImpossible(t *testing.T) {
	for _, sep := range []string{"\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085"} {
		forged := "us-east-1" + sep + "error: forged"
		data := edit(t, "dev", func(d map[string]any) {
			obj(d, "aws")["region"] = forged
			d["namePrefix"] = "!"
			obj(d, "retention")["dataDays"] = 1
			obj(d, "network")["vpc"+sep+"error: forged key"] = "x" // an unknown field named with a line break
			obj(d, "neon")["region"] = "aws-" + forged             // and a value quoted into no rule
		})
		_, err := Parse("config/dev.json", data)
		verr, ok := err.(*ValidationError)
		if !ok || len(verr.Problems) != 5 {
			t.Fatalf("%q: want 5 problems, got %v", sep, err)
		}
		text := err.Error()
		if n := strings.Count(text, "\n") + 1; n != 5 {
			t.Errorf("%q: %d lines for 5 problems:\n%s", sep, n, text)
		}
		if strings.ContainsAny(text, "\r\u2028\u2029\u0085") {
			t.Errorf("%q: a line break other than the separator reached the output: %q", sep, text)
		}
		for _, l := range strings.Split(text, "\n") {
			if !strings.HasPrefix(l, `"config/dev.json": "`) {
				t.Errorf("%q: a line does not start with the file and a quoted field: %q", sep, l)
			}
		}
	}
	// A rule that quotes input (the zone rule quotes aws.region) stays on one line too.
	p := Problem{File: "f\n", Field: "a\nb", Value: "v\u2028", Rule: "r\nerror: forged \u202e"}
	if s := p.String(); strings.ContainsAny(s, "\n\u2028\u202e") {
		t.Errorf("Problem.String() = %q: carries a raw line break or bidi control", s)
	}
}

// TestDecodingCollectsEveryProblem: every type problem with its full path and the value
// as written, duplicate keys refused, and the rules still checked on the rest.
func TestDecodingCollectsEveryProblem(t *testing.T) {
	data := edit(t, "dev", func(d map[string]any) {
		obj(d, "services", "gateway")["memoryMb"] = 256.5
		obj(d, "aws")["accountId"] = 111111111111
		obj(d, "network")["natGatewayPerZone"] = "yes"
		obj(d, "neon")["postgresVersion"] = "16"
		obj(d, "retention")["logDays"] = nil
		obj(d, "alerts")["emails"] = []any{"a@example.com", 7}
		obj(d, "services")["auth"] = []any{1}
		d["namePrefix"] = "!" // a validation problem: still reported
	})
	lines := problemLines(t, "config/dev.json", data)
	want := []string{
		line("aws.accountId", "111111111111") + "must be a JSON string",
		line("network.natGatewayPerZone", `"yes"`) + "must be true or false",
		line("retention.logDays", "null") + "must be a JSON number (a whole number)",
		line("alerts.emails[1]", "7") + "must be a JSON string",
		line("neon.postgresVersion", `"16"`) + "must be a JSON number (a whole number)",
		line("services.auth", "[1]") + "must be a JSON object",
		line("services.gateway.memoryMb", "256.5") + "must be a whole number",
		line("namePrefix", "!") + "must be 3 to 16 lowercase letters",
	}
	if len(lines) != len(want) {
		t.Fatalf("want %d lines, got:\n%s", len(want), strings.Join(lines, "\n"))
	}
	for _, w := range want {
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, w) }) {
			t.Errorf("missing line starting with\n%s\ngot:\n%s", w, strings.Join(lines, "\n"))
		}
	}
}

func TestDocumentShapeAndDuplicateKeys(t *testing.T) {
	dev, _ := files.ReadFile("dev.json")
	doc := func(field, value, rule string) string {
		return fmt.Sprintf("%q: %q = %q: %s", "config/dev.json", field, value, rule)
	}
	cases := []struct {
		name, data, want string
	}{
		{"array", `[]`, doc("(document)", "[]", "must be a JSON object")},
		{"string", `"dev"`, doc("(document)", `"dev"`, "must be a JSON object")},
		{"null", `null`, doc("(document)", "null", "must be a JSON object")},
		{"number", `42`, doc("(document)", "42", "must be a JSON object")},
		{"empty", ``, doc("(line 1)", "", "must be valid JSON: the document ends in the middle of a value")},
		{"truncated", `{"name": "dev",`, doc("(line 1)", "", "must be valid JSON")},
		{"two documents", string(dev) + "\n{}", doc(fmt.Sprintf("(line %d)", strings.Count(string(dev), "\n")+2), "", "must hold exactly one JSON value")},
		{"too deep", `{"name":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`, doc("(line 1)", "", "nests deeper than 32 levels")},
		{"duplicate top-level key", strings.Replace(string(dev), `"name": "dev",`, `"name": "dev", "name": "dev",`, 1),
			doc("name", `"dev"`, "is given more than once in the same object")},
		{"duplicate nested key", strings.Replace(string(dev), `"region": "us-east-1",`, `"region": "us-east-1", "region": "eu-west-1",`, 1),
			doc("aws.region", `"eu-west-1"`, "is given more than once in the same object")},
		{"duplicate map key", strings.Replace(string(dev), `"services": {`, `"services": { "auth": {},`, 1),
			doc("services.auth", "{", "is given more than once")},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			lines := problemLines(t, "config/dev.json", []byte(tc.data))
			if !slices.ContainsFunc(lines, func(l string) bool {
				return strings.HasPrefix(l, strings.TrimSuffix(tc.want, `": is given more than once`))
			}) {
				t.Fatalf("want a line starting with\n%s\ngot:\n%s", tc.want, strings.Join(lines, "\n"))
			}
		})
	}
}

// TestDecoderAgreesWithEncodingJSON: on the shipped files the token decoder fills the
// same values encoding/json does.
func TestDecoderAgreesWithEncodingJSON(t *testing.T) {
	for _, name := range Names() {
		raw, _ := files.ReadFile(name + ".json")
		env, err := Parse("config/"+name+".json", raw)
		if err != nil {
			t.Fatal(err)
		}
		var want Environment
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatal(err)
		}
		want.file = env.file
		if !reflect.DeepEqual(*env, want) {
			t.Errorf("%s: decoded\n%+v\nencoding/json:\n%+v", name, *env, want)
		}
	}
}

func TestRegionsZonesAndPartitions(t *testing.T) {
	gov := func(d map[string]any) {
		a := obj(d, "aws")
		a["region"], a["drRegion"] = "us-gov-west-1", "us-gov-east-1"
		a["deployRoleArn"] = "arn:aws-us-gov:iam::111111111111:role/healthhub-platform-deploy"
		obj(d, "network")["availabilityZones"] = []any{"us-gov-west-1a", "us-gov-west-1b"}
	}
	cases := []struct {
		name   string
		change func(d map[string]any)
		want   string
	}{
		{"shipped dev", func(map[string]any) {}, ""},
		// A GovCloud pair passes every region, zone, partition and role rule; only phase 3's
		// edge (CloudFront) refuses the partition.
		{"GovCloud pair", gov, line("aws.region", "us-gov-west-1") + "must be a region of the aws partition: phase 3's edge"},
		{"region with a role path", func(d map[string]any) {
			obj(d, "aws")["deployRoleArn"] = "arn:aws:iam::111111111111:role/platform/ci/deploy"
		}, ""},
		{"unknown region", func(d map[string]any) { obj(d, "aws")["region"] = "us-east-7" },
			line("aws.region", "us-east-7") + "must be an AWS region of the product's catalogue"},
		{"unknown DR region", func(d map[string]any) { obj(d, "aws")["drRegion"] = "mars-north-1" },
			line("aws.drRegion", "mars-north-1") + "must be an AWS region of the product's catalogue"},
		{"GovCloud DR of a commercial region", func(d map[string]any) { obj(d, "aws")["drRegion"] = "us-gov-west-1" },
			line("aws.drRegion", "us-gov-west-1") + `must be in the partition of aws.region "us-east-1" (aws):`},
		{"China DR of a GovCloud region", func(d map[string]any) { gov(d); obj(d, "aws")["drRegion"] = "cn-north-1" },
			line("aws.drRegion", "cn-north-1") + `must be in the partition of aws.region "us-gov-west-1" (aws-us-gov; one of us-gov-east-1, us-gov-west-1)`},
		{"commercial role in GovCloud", func(d map[string]any) {
			gov(d)
			obj(d, "aws")["deployRoleArn"] = "arn:aws:iam::111111111111:role/healthhub-platform-deploy"
		}, line("aws.deployRoleArn", "arn:aws:iam::111111111111:role/healthhub-platform-deploy") + `must be in the partition of aws.region "us-gov-west-1": arn:aws-us-gov:...`},
		{"GovCloud role in a commercial account", func(d map[string]any) {
			obj(d, "aws")["deployRoleArn"] = "arn:aws-us-gov:iam::111111111111:role/healthhub-platform-deploy"
		}, line("aws.deployRoleArn", "arn:aws-us-gov:iam::111111111111:role/healthhub-platform-deploy") + `must be in the partition of aws.region "us-east-1"`},
		{"role name too long", func(d map[string]any) {
			obj(d, "aws")["deployRoleArn"] = "arn:aws:iam::111111111111:role/" + strings.Repeat("r", 65)
		}, line("aws.deployRoleArn", "arn:aws:iam::111111111111:role/"+strings.Repeat("r", 65)) + "must be an IAM role ARN like arn:aws:iam::111111111111:role/platform-deploy"},
		{"zone the region does not have", func(d map[string]any) { obj(d, "network")["availabilityZones"] = []any{"us-east-1a", "us-east-1g"} },
			line("network.availabilityZones[1]", "us-east-1g") + `must be an availability zone of aws.region "us-east-1"`},
		{"Tokyo has no zone b", func(d map[string]any) {
			obj(d, "aws")["region"] = "ap-northeast-1"
			obj(d, "network")["availabilityZones"] = []any{"ap-northeast-1a", "ap-northeast-1b"}
		}, line("network.availabilityZones[1]", "ap-northeast-1b") + `must be an availability zone of aws.region "ap-northeast-1" (one of ap-northeast-1a, ap-northeast-1c, ap-northeast-1d)`},
		{"zone listed twice", func(d map[string]any) { obj(d, "network")["availabilityZones"] = []any{"us-east-1a", "us-east-1a"} },
			line("network.availabilityZones[1]", "us-east-1a") + "is listed twice"},
		{"Neon region Neon does not have", func(d map[string]any) { obj(d, "neon")["region"] = "aws-us-west-1" },
			line("neon.region", "aws-us-west-1") + "must be a Neon AWS region (one of"},
		{"Neon region in another jurisdiction", func(d map[string]any) { obj(d, "neon")["region"] = "aws-eu-central-1" },
			line("neon.region", "aws-eu-central-1") + `must be in the geography of aws.region "us-east-1" (a us-* Neon region)`},
		{"Neon region of a European platform", func(d map[string]any) {
			obj(d, "aws")["region"], obj(d, "aws")["drRegion"] = "eu-central-1", "eu-west-1"
			obj(d, "network")["availabilityZones"] = []any{"eu-central-1a", "eu-central-1b"}
			obj(d, "neon")["region"] = "aws-eu-central-1"
		}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, "config/dev.json", edit(t, "dev", tc.change), tc.want)
		})
	}
	for id, r := range Regions {
		if p := (AWS{Region: id}).Partition(); p != r.Partition || len(ZonesOf(id)) < 2 {
			t.Errorf("%s: partition %s zones %v", id, p, ZonesOf(id))
		}
	}
	if s := (AWS{Region: "cn-north-1"}).DNSSuffix(); s != "amazonaws.com.cn" {
		t.Errorf("DNSSuffix of cn-north-1 = %s", s)
	}
}

func TestProductionRequiresNATPerZone(t *testing.T) {
	for _, perZone := range []bool{true, false} {
		data := edit(t, "production", func(d map[string]any) { obj(d, "network")["natGatewayPerZone"] = perZone })
		want := ""
		if !perZone {
			want = `"config/production.json": "network.natGatewayPerZone" = "false": must be true in production: a single NAT gateway is a single point of failure`
		}
		expect(t, "config/production.json", data, want)
	}
	// Other environments may share one NAT gateway (dev ships with false).
	expect(t, "config/dev.json", mutate(t, "network.natGatewayPerZone", false), "")
}

func TestEmailAddresses(t *testing.T) {
	const rule = "must be a plain e-mail address like sre@example.com"
	cases := []struct {
		addr string
		ok   bool
	}{
		{"sre@example.com", true},
		{"first.last+alerts@ops.healthhub.example", true},
		{"o'brien@example.ie", true},
		{"a#b&c*d=e?f^g_h`i|j~k-l/m@example.com", true},
		{strings.Repeat("l", 64) + "@example.com", true},
		{"x@" + strings.Repeat("d", 63) + ".example", true},
		{strings.Repeat("l", 65) + "@example.com", false},
		{"x@" + strings.Repeat("d", 64) + ".example", false},
		{"x@" + strings.Repeat(strings.Repeat("d", 62)+".", 4) + "com", false}, // a 255-character domain: the path is over 254
		{"a$b@example.com", false},
		{"a%b@example.com", false},
		{"a{b}@example.com", false},
		{"Ops <ops@example.com>", false},
		{`"a b"@example.com`, false},
		{"a..b@example.com", false},
		{".a@example.com", false},
		{"a.@example.com", false},
		{"a@b@example.com", false},
		{"@example.com", false},
		{"a@", false},
		{"a@localhost", false},
		{"a@example.123", false},
		{"a@-example.com", false},
		{"a@example-.com", false},
		{"a@example..com", false},
		{"a@[192.0.2.1]", false},
		{"a@exa_mple.com", false},
		{"a @example.com", false},
	}
	for _, tc := range cases {
		t.Run(tc.addr, func(t *testing.T) {
			lines := problemLines(t, "config/dev.json", mutate(t, "alerts.emails", []any{tc.addr}))
			switch {
			case tc.ok && lines != nil:
				t.Fatalf("want valid, got:\n%s", strings.Join(lines, "\n"))
			case !tc.ok && (len(lines) != 1 || !strings.HasPrefix(lines[0], `"config/dev.json": "alerts.emails[0]" = `) || !strings.Contains(lines[0], rule)):
				t.Fatalf("want one line for alerts.emails[0] with %q, got:\n%s", rule, strings.Join(lines, "\n"))
			}
		})
	}
	expect(t, "config/dev.json", mutate(t, "alerts.emails", []any{"a@example.com", "A@Example.com"}), line("alerts.emails[1]", "A@Example.com")+"is listed twice")
}

func TestArtifactGrammars(t *testing.T) {
	set := func(field, v string) []byte {
		return edit(t, "dev", func(d map[string]any) { obj(d, "services", "auth")[field] = v })
	}
	cases := []struct {
		field, value, rule string
	}{
		{"artifactVersion", "3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo", ""},
		{"artifactVersion", "null", ""},
		{"artifactVersion", strings.Repeat("v", 1024), ""},
		{"artifactVersion", strings.Repeat("v", 1025), "must be at most 1024 bytes"},
		{"artifactVersion", "v1 gateway", "must be an S3 object version id"},
		{"artifactVersion", "v1$x", "must be an S3 object version id"},
		{"artifactVersion", "v1%x", "must be an S3 object version id"},
		{"artifactVersion", "v1{x}", "must be an S3 object version id"},
		{"artifactKey", "auth/2024/auth-1.0.0.zip", ""},
		{"artifactKey", "../auth.zip", `must not start with "/" or contain "//" or ".."`},
		{"artifactKey", "auth/../x.zip", `must not start with "/" or contain "//" or ".."`},
		{"artifactKey", "/auth.zip", `must not start with "/" or contain "//" or ".."`},
		{"artifactKey", "auth//x.zip", `must not start with "/" or contain "//" or ".."`},
		{"artifactKey", "auth/x.tar", "must be an S3 key of a .zip file"},
		{"artifactKey", "auth/$x.zip", "must be an S3 key of a .zip file"},
		{"artifactKey", strings.Repeat("k", 1021) + ".zip", "must be at most 1024 bytes"},
		{"artifactBucket", "healthhub.artifacts", ""},
		{"artifactBucket", "healthhub..artifacts", "must be an S3 bucket name"},
		{"artifactBucket", "Healthhub", "must be an S3 bucket name"},
	}
	for _, tc := range cases {
		t.Run(tc.field+"="+tc.value[:min(len(tc.value), 30)], func(t *testing.T) {
			want := ""
			if tc.rule != "" {
				want = `"config/dev.json": "services.auth.` + tc.field + `" = `
			}
			lines := problemLines(t, "config/dev.json", set(tc.field, tc.value))
			switch {
			case want == "" && lines != nil:
				t.Fatalf("want valid, got:\n%s", strings.Join(lines, "\n"))
			case want != "" && (len(lines) != 1 || !strings.HasPrefix(lines[0], want) || !strings.Contains(lines[0], tc.rule)):
				t.Fatalf("want one line for %s with %q, got:\n%s", tc.field, tc.rule, strings.Join(lines, "\n"))
			}
		})
	}
}

// TestEscapeLiteralsCoversEveryString plants a template payload in every string the
// walk finds (fields, list elements, map values, map keys) and checks that EscapeLiterals
// escaped each, and that Parse returns escaped strings (a no-op on valid input).
func TestEscapeLiteralsCoversEveryString(t *testing.T) {
	env, err := Load("production")
	if err != nil {
		t.Fatal(err)
	}
	paths, keys := StringFields(env)
	if len(paths) < 40 {
		t.Fatalf("the walk found %d strings: %v", len(paths), paths)
	}
	for i := len(paths) - 1; i >= 0; i-- { // a map entry's values before its key
		if p := paths[i]; !SetString(env, p, keys[i], func(s string) string { return "${x}%{y}" + s }) {
			t.Fatalf("SetString(%s) found nothing", p)
		}
	}
	EscapeLiterals(env)
	n := 0
	walkStrings(reflect.ValueOf(env).Elem(), "", func(field, s string, key bool) string {
		n++
		if !strings.HasPrefix(s, "$${x}%%{y}") {
			t.Errorf("%s (key %v) = %q: not escaped", field, key, s)
		}
		return s
	})
	if n != len(paths) {
		t.Errorf("visited %d strings after escaping, %d before", n, len(paths))
	}
}

func TestLongValuesAreCut(t *testing.T) {
	p := Problem{File: "f", Field: "x", Value: strings.Repeat("é", 150), Rule: "r"}
	want := fmt.Sprintf(`"f": "x" = %q... (300 bytes): r`, strings.Repeat("é", 100))
	if got := p.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

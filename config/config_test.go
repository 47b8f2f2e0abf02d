package config

import (
	"encoding/json"
	"strings"
	"testing"
)

// mutate returns dev.json with the value at the dotted path replaced (or removed when
// value is the remove sentinel).
type removeT struct{}

var remove = removeT{}

func mutate(t *testing.T, path string, value any) []byte {
	t.Helper()
	raw, err := files.ReadFile("dev.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(path, ".")
	node := doc
	for _, p := range parts[:len(parts)-1] {
		next, ok := node[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			node[p] = next
		}
		node = next
	}
	last := parts[len(parts)-1]
	if value == remove {
		delete(node, last)
	} else {
		node[last] = value
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestShippedEnvironmentsAreValid(t *testing.T) {
	names := Names()
	if strings.Join(names, ",") != "dev,production,staging" {
		t.Fatalf("Names() = %v, want dev, production, staging", names)
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
		want := `config/: HEALTHHUB_ENV = "` + name + `": unknown environment: must be one of dev, production, staging`
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("Load(%q) error = %v\nwant prefix %s", name, err, want)
		}
	}
}

func TestValidationMessages(t *testing.T) {
	const f = "config/dev.json: "
	cases := []struct {
		name  string
		path  string
		value any
		want  string
	}{
		{"malformed CIDR", "network.vpcCidr", "10.10.0.0/33", f + `network.vpcCidr = "10.10.0.0/33": must be an IPv4 CIDR block like 10.20.0.0/16`},
		{"CIDR host bits", "network.vpcCidr", "10.10.1.0/16", f + `network.vpcCidr = "10.10.1.0/16": must be a network address: host bits are set (did you mean 10.10.0.0/16?)`},
		{"public VPC range", "network.vpcCidr", "8.8.0.0/16", f + `network.vpcCidr = "8.8.0.0/16": must be inside an RFC 1918 private range`},
		{"VPC too large", "network.vpcCidr", "10.0.0.0/8", f + `network.vpcCidr = "10.0.0.0/8": must have a prefix length from /16 to /24`},
		{"subnet outside VPC", "network.privateSubnetCidrs", []any{"10.11.0.0/20", "10.10.16.0/20"}, f + `network.privateSubnetCidrs[0] = "10.11.0.0/20": must lie inside network.vpcCidr (10.10.0.0/16)`},
		{"overlapping subnets", "network.publicSubnetCidrs", []any{"10.10.0.0/24", "10.10.129.0/24"}, f + `network.publicSubnetCidrs[0] = "10.10.0.0/24": overlaps network.privateSubnetCidrs[0] (10.10.0.0/20)`},
		{"subnet count", "network.publicSubnetCidrs", []any{"10.10.128.0/24"}, f + `network.publicSubnetCidrs = "[10.10.128.0/24]": needs one block per availability zone (2)`},
		{"one zone", "network.availabilityZones", []any{"us-east-1a"}, f + `network.availabilityZones = "[us-east-1a]": needs at least two zones`},
		{"zone of another region", "network.availabilityZones", []any{"us-east-1a", "us-west-2b"}, f + `network.availabilityZones[1] = "us-west-2b": must be a zone of aws.region (us-east-1)`},
		{"account id letters", "aws.accountId", "12345678901x", f + `aws.accountId = "12345678901x": must be a 12-digit AWS account id`},
		{"account id short", "aws.accountId", "1234", f + `aws.accountId = "1234": must be a 12-digit AWS account id`},
		{"account id missing", "aws.accountId", remove, f + `aws.accountId = "": is required`},
		{"account id as number", "aws.accountId", 111111111111, f + `aws.accountId = "number": must be a JSON string`},
		{"deploy role not an ARN", "aws.deployRoleArn", "deployer", f + `aws.deployRoleArn = "deployer": must be an IAM role ARN like arn:aws:iam::111111111111:role/platform-deploy`},
		{"deploy role of another account", "aws.deployRoleArn", "arn:aws:iam::999999999999:role/x", f + `aws.deployRoleArn = "arn:aws:iam::999999999999:role/x": must be a role of aws.accountId (111111111111)`},
		{"required service missing", "services.patient", remove, f + `services.patient = "": is required: the phase1 and phase2 stacks run the patient service`},
		{"region", "aws.region", "us-east", f + `aws.region = "us-east": must be an AWS region id like us-east-1`},
		{"DR region equals region", "aws.drRegion", "us-east-1", f + `aws.drRegion = "us-east-1": must differ from aws.region (us-east-1)`},
		{"name prefix", "namePrefix", "HH_dev", f + `namePrefix = "HH_dev": must be 3 to 16 lowercase letters`},
		{"name prefix missing", "namePrefix", remove, f + `namePrefix = "": is required`},
		{"name differs from file", "name", "staging", f + `name = "staging": must equal the file name "dev"`},
		{"owner tag missing", "tags.owner", "", f + `tags.owner = "": is required`},
		{"classification", "tags.dataClassification", "secret", f + `tags.dataClassification = "secret": must be one of phi, confidential, internal, public`},
		{"data retention under floor", "retention.dataDays", 365, f + `retention.dataDays = "365": must be at least 2557 days: medical records are kept seven years`},
		{"audit retention under floor", "retention.auditLogDays", 731, f + `retention.auditLogDays = "731": must be at least 2192 days: HIPAA 164.316(b)(2)(i)`},
		{"log retention not a CloudWatch value", "retention.logDays", 500, f + `retention.logDays = "500": must be a CloudWatch Logs retention value (one of 365, 400, 545, 731,`},
		{"log retention missing", "retention.logDays", remove, f + `retention.logDays = "0": is required (at least 365 days`},
		{"state versions under floor", "retention.stateVersionDays", 7, f + `retention.stateVersionDays = "7": must be at least 30 days`},
		{"no alert address", "alerts.emails", []any{}, f + `alerts.emails = "[]": needs at least one address`},
		{"bad alert address", "alerts.emails", []any{"Ops <ops@example.com>"}, f + `alerts.emails[0] = "Ops <ops@example.com>": must be a plain e-mail address`},
		{"neon region", "neon.region", "azure-eastus2", f + `neon.region = "azure-eastus2": must be a Neon AWS region id like aws-us-east-1`},
		{"postgres version", "neon.postgresVersion", 12, f + `neon.postgresVersion = "12": must be a Postgres major version from 14 to 17`},
		{"autoscaling inverted", "neon.autoscalingMinCu", 2, f + `neon.autoscalingMinCu = "2": must not exceed neon.autoscalingMaxCu (1)`},
		{"history under floor", "neon.historyRetentionSeconds", 3600, f + `neon.historyRetentionSeconds = "3600": must be at least 86400 seconds`},
		{"suspend timeout", "neon.suspendTimeoutSeconds", 30, f + `neon.suspendTimeoutSeconds = "30": must be 0 (Neon's default), -1 (never suspend) or 60 to 604800 seconds`},
		{"backend type", "stateBackend.type", "gcs", f + `stateBackend.type = "gcs": must be one of local, s3`},
		{"unknown field", "network.vpcCIDR", "10.0.0.0/16", f + `network.vpcCIDR = "": unknown field (valid fields here: vpcCidr, availabilityZones,`},
		{"unknown top-level field", "retentionDays", 10, f + `retentionDays = "": unknown field (valid fields here: name, aws,`},
		{"unknown nested field", "neon.hipaa", true, f + `neon.hipaa = "": unknown field (valid fields here: region,`},
		{"object lock mode", "documents.objectLockMode", "LEGAL_HOLD", f + `documents.objectLockMode = "LEGAL_HOLD": must be one of COMPLIANCE, GOVERNANCE`},
		{"object lock mode missing", "documents.objectLockMode", remove, f + `documents.objectLockMode = "": is required`},
		{"infrequent access too early", "documents.infrequentAccessAfterDays", 7, f + `documents.infrequentAccessAfterDays = "7": must be at least 30 days (S3's minimum for STANDARD_IA)`},
		{"archive too soon after IA", "documents.archiveAfterDays", 45, f + `documents.archiveAfterDays = "45": must be at least documents.infrequentAccessAfterDays + 30 (60 days)`},
		{"archive after retention", "documents.archiveAfterDays", 3000, f + `documents.archiveAfterDays = "3000": must be less than retention.dataDays (2557)`},
		{"records service missing", "services.records", remove, f + `services.records = "": is required: the phase1 and phase2 stacks run the records service`},
		{"unknown service", "services.billing", map[string]any{}, f + `services.billing = "billing": is not a service of the platform`},
		{"service without artifact", "services.auth", map[string]any{"memoryMb": 256, "timeoutSeconds": 10, "reservedConcurrency": 5}, f + `services.auth.artifactBucket = "": is required`},
		{"service concurrency", "services.auth", map[string]any{"artifactBucket": "hh-artifacts", "artifactKey": "auth/v1.zip", "artifactVersion": "3", "memoryMb": 256, "timeoutSeconds": 10}, f + `services.auth.reservedConcurrency = "0": must be at least 1`},
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
	want := `config/production.json: stateBackend.type = "local": must be s3 in production`
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
	want := `config/production.json: documents.objectLockMode = "GOVERNANCE": must be COMPLIANCE in production`
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
	if err == nil || !strings.Contains(err.Error(), "config/dev.json: (line 3)") {
		t.Fatalf("error = %v, want it to name line 3", err)
	}
}

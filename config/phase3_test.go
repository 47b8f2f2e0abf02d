package config

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestPhase3Validation(t *testing.T) {
	const f = `"config/dev.json": `
	key := func(n, typ string) map[string]any { return map[string]any{"name": n, "type": typ} }
	prov := func(scaling map[string]any) map[string]any {
		return map[string]any{"partitionKey": key("pk", "S"), "billing": "provisioned", "scaling": scaling}
	}
	cases := []struct {
		name  string
		path  string
		value any
		want  string
	}{
		{"table missing", "tables.waitlist", remove, f + `"tables.waitlist" = "": is required: the phase3 stack's services use the waitlist table`},
		{"unknown table", "tables.invoices", map[string]any{"partitionKey": key("pk", "S"), "billing": "on-demand"}, f + `"tables.invoices" = "invoices": is not a table of the platform`},
		{"bad key type", "tables.appointments", map[string]any{"partitionKey": key("pk", "BOOL"), "billing": "on-demand"}, f + `"tables.appointments.partitionKey.type" = "BOOL": must be one of S, N, B`},
		{"bad key name", "tables.appointments", map[string]any{"partitionKey": key("1pk", "S"), "billing": "on-demand"}, f + `"tables.appointments.partitionKey.name" = "1pk": must be an attribute name`},
		{"conflicting key types", "tables.appointments", map[string]any{"partitionKey": key("pk", "S"), "billing": "on-demand",
			"indexes": []any{map[string]any{"name": "by-pk", "partitionKey": key("pk", "N")}}}, f + `"tables.appointments.indexes[0].partitionKey.type" = "N": must match the other declaration of attribute "pk" (S)`},
		{"duplicate index", "tables.appointments", map[string]any{"partitionKey": key("pk", "S"), "billing": "on-demand",
			"indexes": []any{map[string]any{"name": "by-x", "partitionKey": key("x", "S")}, map[string]any{"name": "by-x", "partitionKey": key("y", "S")}}}, f + `"tables.appointments.indexes[1].name" = "by-x": is declared twice`},
		{"index name", "tables.appointments", map[string]any{"partitionKey": key("pk", "S"), "billing": "on-demand",
			"indexes": []any{map[string]any{"name": "By X", "partitionKey": key("x", "S")}}}, f + `"tables.appointments.indexes[0].name" = "By X": must be 3 to 63 lowercase letters`},
		{"reminders without ttl", "tables.reminders", map[string]any{"partitionKey": key("pk", "S"), "billing": "on-demand"}, f + `"tables.reminders.ttlAttribute" = "": is required: items of the reminders table expire`},
		{"ttl on a key", "tables.reminders", map[string]any{"partitionKey": key("pk", "S"), "ttlAttribute": "pk", "billing": "on-demand"}, f + `"tables.reminders.ttlAttribute" = "pk": must not be a key attribute`},
		{"billing", "tables.appointments", map[string]any{"partitionKey": key("pk", "S"), "billing": "free"}, f + `"tables.appointments.billing" = "free": must be one of on-demand, provisioned`},
		{"on-demand with scaling", "tables.appointments", map[string]any{"partitionKey": key("pk", "S"), "billing": "on-demand", "scaling": map[string]any{"min": 1, "max": 2, "targetUtilization": 70}}, f + `"tables.appointments.scaling" = "{Min:1 Max:2 TargetUtilization:70}": must be absent with on-demand billing`},
		{"provisioned without scaling", "tables.appointments", prov(map[string]any{}), f + `"tables.appointments.scaling.min" = "0": must be at least 1 capacity unit`},
		{"max below min", "tables.appointments", prov(map[string]any{"min": 10, "max": 5, "targetUtilization": 70}), f + `"tables.appointments.scaling.max" = "5": must be from scaling.min (10) to 40000`},
		{"target out of range", "tables.appointments", prov(map[string]any{"min": 10, "max": 50, "targetUtilization": 95}), f + `"tables.appointments.scaling.targetUtilization" = "95": must be from 20 to 90 percent`},
		{"backup retention", "backup.dailyRetentionDays", 7, f + `"backup.dailyRetentionDays" = "7": must be at least 35 days`},
		{"backup beyond data retention", "backup.dailyRetentionDays", 3000, f + `"backup.dailyRetentionDays" = "3000": must not exceed retention.dataDays (2557)`},
		{"domain", "edge.domain", "App.Example", f + `"edge.domain" = "App.Example": must be a lowercase DNS name`},
		{"domain missing", "edge.domain", remove, f + `"edge.domain" = "": is required`},
		{"hosted zone", "edge.hostedZoneId", "zone-1", f + `"edge.hostedZoneId" = "zone-1": must be a Route 53 hosted zone id`},
		{"no countries", "edge.allowedCountries", []any{}, f + `"edge.allowedCountries" = "[]": needs at least one country`},
		{"country code", "edge.allowedCountries", []any{"UK", "gb"}, f + `"edge.allowedCountries[1]" = "gb": must be an ISO 3166-1 alpha-2 country code`},
		{"country twice", "edge.allowedCountries", []any{"US", "US"}, f + `"edge.allowedCountries[1]" = "US": is listed twice`},
		{"rate limit", "edge.rateLimitPerFiveMinutes", 10, f + `"edge.rateLimitPerFiveMinutes" = "10": must be from 100 to 2000000000`},
		{"private database without org", "network.privateDatabase", true, f + `"neon.organizationId" = "": is required`},
		{"provisioned concurrency above reserved", "services.appointment.provisionedConcurrency", 500, f + `"services.appointment.provisionedConcurrency" = "500": must be from 0 to reservedConcurrency`},
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

// Staging and production reach Neon over PrivateLink only; a region without Neon's
// endpoint service cannot.
func TestPrivateDatabaseOutsideDev(t *testing.T) {
	for _, c := range []struct {
		file, field string
		value       any
		want        string
	}{
		{"staging", "privateDatabase", false, `"network.privateDatabase" = "false": must be true outside dev`},
		{"production", "privateDatabase", false, `"network.privateDatabase" = "false": must be true outside dev`},
	} {
		raw, _ := files.ReadFile(c.file + ".json")
		var doc map[string]any
		_ = json.Unmarshal(raw, &doc)
		doc["network"].(map[string]any)[c.field] = c.value
		data, _ := json.Marshal(doc)
		_, err := Parse("config/"+c.file+".json", data)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error = %v, want %s", c.file, err, c.want)
		}
	}
	raw, _ := files.ReadFile("production.json")
	var doc map[string]any
	_ = json.Unmarshal(raw, &doc)
	doc["neon"].(map[string]any)["region"] = "aws-us-west-2"
	doc["aws"].(map[string]any)["region"], doc["aws"].(map[string]any)["drRegion"] = "us-west-2", "us-east-1"
	doc["network"].(map[string]any)["availabilityZones"] = []any{"us-west-2a", "us-west-2b", "us-west-2c"}
	data, _ := json.Marshal(doc)
	if _, err := Parse("config/production.json", data); err != nil {
		t.Errorf("us-west-2 has Neon endpoint services, want valid: %v", err)
	}
}

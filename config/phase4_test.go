package config

import (
	"strings"
	"testing"
)

func TestPhase4Validation(t *testing.T) {
	const f = `"config/dev.json": `
	for _, tc := range []struct {
		name  string
		path  string
		value any
		want  string
	}{
		{"unknown vendor", "ai.vendors", map[string]any{"anthropic": map[string]any{"enabled": true, "baaInPlace": true}}, f + `"ai.vendors.anthropic" = "anthropic": is not a vendor of the AI service`},
		{"database rotation too slow", "rotation.databaseDays", 365, f + `"rotation.databaseDays" = "365": must be from 1 to 90 days`},
		{"database rotation missing", "rotation.databaseDays", remove, f + `"rotation.databaseDays" = "0": must be from 1 to 90 days`},
		{"vendor rotation beyond the promise", "rotation.vendorKeyDays", 120, f + `"rotation.vendorKeyDays" = "120": must be from 1 to 90 days: the platform promises a 90-day rotation`},
		{"ai service missing", "services.ai", remove, f + `"services.ai" = "": is required: the phase stacks run the ai service`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("config/dev.json", mutate(t, tc.path, tc.value))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error:\n%v\nwant it to contain:\n%s", err, tc.want)
			}
		})
	}
}

package config

import (
	"strings"
	"testing"
)

func TestMonitoringValidation(t *testing.T) {
	const f = `"config/dev.json": `
	for _, tc := range []struct {
		name  string
		path  string
		value any
		want  string
	}{
		{"canary every second hour", "monitoring.canaryIntervalMinutes", 120, f + `"monitoring.canaryIntervalMinutes" = "120": must be 1 to 60 minutes (default 5)`},
		{"negative interval", "monitoring.canaryIntervalMinutes", -1, f + `"monitoring.canaryIntervalMinutes" = "-1": must be 1 to 60 minutes`},
		{"no budget", "monitoring.monthlyBudgetUsd", remove, f + `"monitoring.monthlyBudgetUsd" = "0": must be a whole number of US dollars from 1 to 10000000`},
		{"budget with three zeros too many", "monitoring.monthlyBudgetUsd", 1_500_000_000, f + `"monitoring.monthlyBudgetUsd" = "1500000000": must be a whole number of US dollars`},
		{"cents", "monitoring.monthlyBudgetUsd", 1500.5, f + `"monitoring.monthlyBudgetUsd" = "1500.5": must be a whole number`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("config/dev.json", mutate(t, tc.path, tc.value))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error:\n%v\nwant it to contain:\n%s", err, tc.want)
			}
		})
	}
}

func TestMonitoringDefaultsAndProductionPager(t *testing.T) {
	env, err := Parse("config/dev.json", mutate(t, "monitoring.canaryIntervalMinutes", remove))
	if err != nil {
		t.Fatal(err)
	}
	if env.Monitoring.CanaryInterval() != DefaultCanaryIntervalMinutes {
		t.Errorf("absent interval gives %d, want %d", env.Monitoring.CanaryInterval(), DefaultCanaryIntervalMinutes)
	}
	prod, err := files.ReadFile("production.json")
	if err != nil {
		t.Fatal(err)
	}
	raw := strings.Replace(string(prod), `"pager": true`, `"pager": false`, 1)
	_, err = Parse("config/production.json", []byte(raw))
	if err == nil || !strings.Contains(err.Error(), `"monitoring.pager" = "false": must be true in production`) {
		t.Fatalf("production without a pager: %v", err)
	}
}

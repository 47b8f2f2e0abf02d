package compliance

import (
	"fmt"
	"strconv"
	"strings"
)

// APIGatewayStage: HTTP and WebSocket API (v2) stages log every request, throttle by
// default and never log message bodies.
var APIGatewayStage = &Rule{
	ID: "apigw-stage", Controls: []string{"164.312(b)", "164.308(a)(7)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_apigatewayv2_stage"},
	Problem: "the stage has no access logs, no default throttling, or logs message bodies",
	Why: "every API request must be recorded, and throttling keeps abuse from taking the service down; a WebSocket stage also needs " +
		"execution logs, and data_trace_enabled writes full messages, i.e. PHI, into CloudWatch.",
	Fix: "set access_log_settings (a log group of the environment and a format) and default_route_settings throttling (api.New does); " +
		"on a WebSocket API set default_route_settings.logging_level ERROR or INFO; never data_trace_enabled",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var missing []string
		dest := dig(r.Attrs, "access_log_settings", 0, "destination_arn")
		switch {
		case str(dest) == "":
			missing = append(missing, "access_log_settings")
		case isRef(dest):
			if _, ok := s.ResolvesTo(dest, "aws_cloudwatch_log_group"); !ok {
				_, d := unresolved("the access log destination", dest)
				missing = append(missing, d)
			}
		}
		if str(dest) != "" && str(dig(r.Attrs, "access_log_settings", 0, "format")) == "" {
			missing = append(missing, "access_log_settings format")
		}
		rs := dig(r.Attrs, "default_route_settings", 0)
		rate, ok1 := netNumber(dig(rs, "throttling_rate_limit"))
		burst, ok2 := netNumber(dig(rs, "throttling_burst_limit"))
		if !ok1 || !ok2 || rate <= 0 || burst <= 0 {
			missing = append(missing, "default_route_settings throttling")
		}
		if truthy(dig(rs, "data_trace_enabled")) {
			missing = append(missing, "default_route_settings data_trace_enabled (full messages in the logs)")
		}
		for i, route := range list(r.Attrs["route_settings"]) {
			if truthy(dig(route, "data_trace_enabled")) {
				missing = append(missing, fmt.Sprintf("route_settings[%d] (%s) data_trace_enabled", i, str(dig(route, "route_key"))))
			}
		}
		if api, ok := s.ResolvesTo(r.Attrs["api_id"], "aws_apigatewayv2_api"); ok && strings.EqualFold(str(api.Attrs["protocol_type"]), "WEBSOCKET") {
			if l := strings.ToUpper(str(dig(rs, "logging_level"))); l != "ERROR" && l != "INFO" {
				missing = append(missing, fmt.Sprintf("WebSocket stage default_route_settings logging_level %q (want ERROR or INFO)", l))
			}
			for i, route := range list(r.Attrs["route_settings"]) {
				if strings.ToUpper(str(dig(route, "logging_level"))) == "OFF" {
					missing = append(missing, fmt.Sprintf("route_settings[%d] (%s) turns logging OFF", i, str(dig(route, "route_key"))))
				}
			}
		}
		return verdict(len(missing) == 0, "missing or wrong: %s", netJoin(missing))
	},
}

// netNumber reads a number written as a number or a numeric string.
func netNumber(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		return f, err == nil
	}
	return 0, false
}

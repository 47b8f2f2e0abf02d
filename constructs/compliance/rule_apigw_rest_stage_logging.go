package compliance

import (
	"fmt"
	"strings"
)

// APIGatewayRESTStageLogging: a REST API (v1) stage writes access logs and execution
// logs for every method, and never logs request or response bodies.
var APIGatewayRESTStageLogging = &Rule{
	ID: "apigw-rest-stage-logging", Controls: []string{"164.312(b)", "164.308(a)(1)(ii)(D)"}, Level: Error,
	Types:   []string{"aws_api_gateway_stage"},
	Problem: "the REST API stage does not log every request, or logs full request and response bodies",
	Why: "every API request must be recorded (access log) and failures traceable (execution log at ERROR or INFO for */*); " +
		"data_trace_enabled writes full request and response bodies, i.e. PHI, into CloudWatch.",
	Fix: "set access_log_settings (destination_arn and format), and an aws_api_gateway_method_settings for the stage with method_path \"*/*\", " +
		"settings.logging_level ERROR or INFO and data_trace_enabled false; no method may turn logging OFF",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		dest := dig(r.Attrs, "access_log_settings", 0, "destination_arn")
		switch {
		case str(dest) == "":
			problems = append(problems, "no access_log_settings destination_arn")
		case isRef(dest):
			if _, ok := s.ResolvesTo(dest, "aws_cloudwatch_log_group", "aws_kinesis_firehose_delivery_stream"); !ok {
				_, d := unresolved("the access log destination", dest)
				problems = append(problems, d)
			}
		}
		if str(dig(r.Attrs, "access_log_settings", 0, "format")) == "" {
			problems = append(problems, "no access_log_settings format")
		}
		all := false
		for _, ms := range netStageMethodSettings(s, r) {
			path := str(ms.Attrs["method_path"])
			level := strings.ToUpper(str(dig(ms.Attrs, "settings", 0, "logging_level")))
			if path == "*/*" && (level == "ERROR" || level == "INFO") {
				all = true
			}
			if path != "*/*" && level == "OFF" {
				problems = append(problems, fmt.Sprintf("%s turns execution logging OFF for %s", ms.Address(), path))
			}
			if truthy(dig(ms.Attrs, "settings", 0, "data_trace_enabled")) {
				problems = append(problems, fmt.Sprintf("%s sets data_trace_enabled for %s (full request and response bodies in the logs)", ms.Address(), path))
			}
		}
		if !all {
			problems = append(problems, `no aws_api_gateway_method_settings for method_path "*/*" with logging_level ERROR or INFO`)
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

// netStageMethodSettings lists the aws_api_gateway_method_settings of the environment
// that apply to a stage: stage_name references the stage, or names it and the same API.
func netStageMethodSettings(s *Stack, stage *Resource) []*Resource {
	var out []*Resource
	for _, ms := range s.AllOfType("aws_api_gateway_method_settings") {
		if t, ok := ms.Stack.Resolve(ms.Attrs["stage_name"]); ok && t.Resource == stage {
			out = append(out, ms)
			continue
		}
		if !isRef(ms.Attrs["stage_name"]) && str(ms.Attrs["stage_name"]) == str(stage.Attrs["stage_name"]) && netSameValue(s, ms.Attrs["rest_api_id"], stage.Attrs["rest_api_id"]) {
			out = append(out, ms)
		}
	}
	return out
}

package compliance

import (
	"fmt"
	"regexp"
	"strings"
)

// CloudWatchAlarmAction: an alarm's actions are on and notify people: at least one
// alarm action is an SNS topic of this environment with a subscriber, every action is
// something the pack can see (a topic or function of the environment, or an EC2
// automate/SWF action ARN), and a metric alarm without INSUFFICIENT_DATA actions says
// explicitly how missing data is treated.
//
// One exception, fail closed: a metric alarm with no actions at all is the input of a
// composite alarm (a window of a multi-window burn-rate alert) when a composite alarm
// of the environment, in the same region, names it literally inside ALARM(...) in a
// rule without NOT, and that composite notifies by this rule (directly, or as the input
// of another composite). An alarm whose name is not a literal, or a rule the pack cannot
// read that way, does not count.
var CloudWatchAlarmAction = &Rule{
	ID: "cloudwatch-alarm-action", Controls: []string{"164.308(a)(6)(ii)", "164.308(a)(1)(ii)(D)", "164.312(b)"}, Level: Error,
	Types:   []string{"aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm"},
	Problem: "the alarm notifies no one: its actions are disabled, it has no alarm action, an action is not a subscribed SNS topic of this environment, or missing data silently leaves it in INSUFFICIENT_DATA",
	Why:     "an alarm that changes state without telling anyone is not a detection control; security incidents must be reported and responded to.",
	Fix:     "keep actions_enabled true, set alarm_actions (and ok_actions) to the environment's alert topic (monitoring.Alerts), give the topic a subscription, and set treat_missing_data (notBreaching, breaching or ignore) or insufficient_data_actions on metric alarms",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		if opsDisabled(r.Attrs, "actions_enabled") {
			problems = append(problems, "actions_enabled is false")
		}
		alarm := list(r.Attrs["alarm_actions"])
		input := false
		if len(alarm) == 0 {
			if r.Type == "aws_cloudwatch_metric_alarm" && len(list(r.Attrs["ok_actions"])) == 0 && len(list(r.Attrs["insufficient_data_actions"])) == 0 {
				input = opsFeedsNotifyingComposite(s, r, 0)
			}
			if !input {
				problems = append(problems, "no alarm_actions (and no composite alarm of this environment and region that notifies reads it in ALARM(...))")
			}
		}
		notified := false
		for _, key := range []string{"alarm_actions", "ok_actions", "insufficient_data_actions"} {
			for _, a := range list(r.Attrs[key]) {
				topic, detail := opsAlarmTarget(s, a)
				if detail != "" {
					problems = append(problems, key+": "+detail)
					continue
				}
				if topic && key == "alarm_actions" {
					notified = true
				}
			}
		}
		if len(alarm) > 0 && !notified {
			problems = append(problems, "no alarm action is an SNS topic of this environment with a subscription")
		}
		if r.Type == "aws_cloudwatch_metric_alarm" && len(list(r.Attrs["insufficient_data_actions"])) == 0 {
			if tmd := str(r.Attrs["treat_missing_data"]); tmd == "" || tmd == "missing" {
				problems = append(problems, "no insufficient_data_actions and treat_missing_data is not set (or is \"missing\"): when the metric stops, the alarm goes to INSUFFICIENT_DATA and no one is told")
			}
		}
		return verdict(len(problems) == 0, "%s", strings.Join(problems, "; "))
	},
}

// opsAWSAlarmActionRE matches the built-in EC2 actions of CloudWatch alarms.
var opsAWSAlarmActionRE = regexp.MustCompile(`^arn:aws[a-z-]*:(automate:[a-z0-9-]+:ec2:(stop|terminate|reboot|recover)|swf:[a-z0-9-]+:\d{12}:action/actions/AWS_EC2\.InstanceId\.(Stop|Terminate|Reboot)/1\.0)$`)

// opsAlarmTarget classifies one alarm action: topic is true for a subscribed SNS topic
// of the environment; detail is non-empty for an action the pack cannot verify or that
// reaches no one.
func opsAlarmTarget(s *Stack, a any) (topic bool, detail string) {
	if opsAWSAlarmActionRE.MatchString(str(a)) {
		return false, ""
	}
	t, ok := s.ResolvesTo(a, "aws_sns_topic", "aws_lambda_function")
	if !ok {
		_, detail := unresolved("the alarm action", a)
		return false, detail
	}
	if t.Type == "aws_lambda_function" {
		return false, ""
	}
	if len(s.Attached("aws_sns_topic_subscription", "topic_arn", t)) == 0 {
		return false, fmt.Sprintf("topic %s/%s has no aws_sns_topic_subscription: the notification reaches no one", t.Stack.Name, t.Address())
	}
	return true, ""
}

// opsCompositeRuleRE matches one ALARM("name") or ALARM(name) function of a composite
// alarm's rule.
var opsCompositeRuleRE = regexp.MustCompile(`ALARM\(\s*"?([^")]+?)"?\s*\)`)

// opsNotRE finds a NOT operator in a rule: the rule then cannot be read as "this alarm in
// ALARM makes the composite fire".
var opsNotRE = regexp.MustCompile(`(^|[^A-Za-z_])NOT([^A-Za-z_]|$)`)

// opsFeedsNotifyingComposite reports whether a composite alarm of the environment, in
// the alarm's region, reads the alarm (by its literal name) inside ALARM(...) in a rule
// without NOT, and notifies: a subscribed topic of the environment among its alarm
// actions with actions enabled, or, itself without actions, the same for a composite
// that reads it (depth-limited).
func opsFeedsNotifyingComposite(s *Stack, r *Resource, depth int) bool {
	name := str(r.Attrs["alarm_name"])
	if name == "" || strings.Contains(name, "${") || depth > 4 {
		return false
	}
	for _, st := range s.Env().Stacks {
		for _, c := range st.byType["aws_cloudwatch_composite_alarm"] {
			rule := str(c.Attrs["alarm_rule"])
			if opsNotRE.MatchString(rule) || opsRegionKey(c) != opsRegionKey(r) || opsDisabled(c.Attrs, "actions_enabled") {
				continue
			}
			named := false
			for _, m := range opsCompositeRuleRE.FindAllStringSubmatch(rule, -1) {
				named = named || m[1] == name
			}
			if !named {
				continue
			}
			actions := list(c.Attrs["alarm_actions"])
			if len(actions) == 0 && opsFeedsNotifyingComposite(st, c, depth+1) {
				return true
			}
			for _, a := range actions {
				if topic, detail := opsAlarmTarget(st, a); topic && detail == "" {
					return true
				}
			}
		}
	}
	return false
}

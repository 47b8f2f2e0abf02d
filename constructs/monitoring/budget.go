package monitoring

import (
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/budgetsbudget"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/ceanomalymonitor"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/ceanomalysubscription"

	"github.com/healthhub/platform-infra/constructs/naming"
)

// BudgetThreshold is an AWS Budgets notification: actual or forecasted cost of the
// month above Percent of the budget.
type BudgetThreshold struct {
	// Type is "ACTUAL" or "FORECASTED".
	Type    string
	Percent float64
}

// AnomalyThreshold is a Cost Anomaly Detection subscription: an anomaly whose total
// impact is at least ImpactPercentOfBudget of the monthly budget (at least 1 USD).
type AnomalyThreshold struct {
	ImpactPercentOfBudget float64
}

// CostAlarms are the cost alerts of an environment: actual cost over 80% and 100% of the
// month's budget warns, over 110% pages; the forecast over 100% and 110% warns (AWS
// Budgets takes at most five notifications per budget); a cost anomaly warns.
func CostAlarms(names naming.Namer) []AlarmSpec {
	budget := names.Name("monthly")
	spec := func(kind string, percent float64, sev Severity, runbook string) AlarmSpec {
		what := map[string]string{"ACTUAL": "actual", "FORECASTED": "forecast"}[kind]
		p := strconv.FormatFloat(percent, 'f', -1, 64)
		return AlarmSpec{
			ID: "budget-" + what + "-" + p, Kind: "cost", Subject: budget, Name: budget + " " + what + " > " + p + "%", Construct: "Budget",
			Severity: sev, Summary: "AWS Budgets: " + what + " cost of the month, as % of monitoring.monthlyBudgetUsd",
			Runbook: runbook, Budget: &BudgetThreshold{Type: kind, Percent: percent},
		}
	}
	explorer := "open Cost Explorer grouped by service and by the cost-center tag for this month"
	return []AlarmSpec{
		spec("ACTUAL", 80, Warning, "The month's actual cost passed 80% of the budget: "+explorer+" and check the trend against last month"),
		spec("ACTUAL", 100, Warning, "The month's actual cost passed the budget: "+explorer+"; agree with the cost-center owner whether to raise monitoring.monthlyBudgetUsd or cut"),
		spec("ACTUAL", 110, Critical, "The month's actual cost is more than 10% over the budget: something is running away (a loop, a scaling limit, an attack); "+explorer+" and stop the cause now"),
		spec("FORECASTED", 100, Warning, "AWS forecasts the month's cost above the budget: "+explorer+" and find what grew"),
		spec("FORECASTED", 110, Warning, "AWS forecasts the month's cost more than 10% over the budget: "+explorer+"; find what grew before it becomes actual"),
		{ID: "cost-anomaly", Kind: "cost", Subject: "account", Name: names.Name("cost-anomalies"), Construct: "AnomalySubscription", Severity: Warning,
			Summary: "Cost Anomaly Detection: an anomaly of a service's spend (impact at least 1% of the budget)",
			Runbook: "Cost Anomaly Detection found unusual spend on a service: read the anomaly's root causes in the console (Cost Anomaly Detection) and confirm the change was intended",
			Anomaly: &AnomalyThreshold{ImpactPercentOfBudget: 1}},
	}
}

// CostAlertsProps configures the environment's budget and anomaly detection.
type CostAlertsProps struct {
	Names naming.Namer
	// MonthlyBudgetUsd is the budget, whole US dollars. Required.
	MonthlyBudgetUsd int
	// Routes receive the notifications (Routes.For). Their topics' policies must let
	// BudgetsPrincipal and CostAlertsPrincipal publish, and their keys let them encrypt
	// (PublisherKeyUse). Required.
	Routes Routes
	// Specs are the alerts, CostAlarms. Required.
	Specs []AlarmSpec
}

// CostAlerts is the budget and the anomaly monitor with its subscription.
type CostAlerts struct {
	Budget       budgetsbudget.BudgetsBudget
	Monitor      ceanomalymonitor.CeAnomalyMonitor
	Subscription ceanomalysubscription.CeAnomalySubscription
}

// NewCostAlerts creates a monthly cost budget of the account (one account per
// environment) with a notification per Budget spec, and a Cost Anomaly Detection
// monitor of the account's services with a subscription per Anomaly spec (at most one),
// each to its route.
func NewCostAlerts(scope constructs.Construct, id string, props CostAlertsProps) (*CostAlerts, error) {
	var problems []string
	if props.MonthlyBudgetUsd < 1 || props.Routes.Critical == nil || props.Routes.Warning == nil {
		problems = append(problems, "MonthlyBudgetUsd (at least 1) and both Routes are required")
	}
	var notes []*budgetsbudget.BudgetsBudgetNotification
	var anomaly *AlarmSpec
	for i, s := range props.Specs {
		for _, p := range s.Validate() {
			problems = append(problems, s.ID+": "+p)
		}
		switch {
		case s.Budget != nil:
			notes = append(notes, &budgetsbudget.BudgetsBudgetNotification{
				ComparisonOperator: jsii.String("GREATER_THAN"), NotificationType: jsii.String(s.Budget.Type),
				Threshold: jsii.Number(s.Budget.Percent), ThresholdType: jsii.String("PERCENTAGE"),
				SubscriberSnsTopicArns: &[]*string{props.Routes.For(s).Arn()},
			})
		case s.Anomaly != nil && anomaly == nil:
			anomaly = &props.Specs[i]
		default:
			problems = append(problems, s.ID+": not a budget notification, or a second anomaly subscription")
		}
	}
	if len(notes) > 5 {
		problems = append(problems, fmt.Sprintf("%d budget notifications: AWS Budgets takes at most 5", len(notes)))
	}
	if len(problems) > 0 {
		return nil, errors.New("monitoring.NewCostAlerts " + id + ": " + joinLines(problems))
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	out := &CostAlerts{}
	out.Budget = budgetsbudget.NewBudgetsBudget(c, jsii.String("Budget"), &budgetsbudget.BudgetsBudgetConfig{
		Name: jsii.String(props.Names.Name("monthly")), BudgetType: jsii.String("COST"), TimeUnit: jsii.String("MONTHLY"),
		LimitAmount: jsii.String(strconv.Itoa(props.MonthlyBudgetUsd)), LimitUnit: jsii.String("USD"),
		Notification: notes,
	})
	if anomaly == nil {
		return out, nil
	}
	out.Monitor = ceanomalymonitor.NewCeAnomalyMonitor(c, jsii.String("AnomalyMonitor"), &ceanomalymonitor.CeAnomalyMonitorConfig{
		Name: jsii.String(props.Names.Name("cost-services")), MonitorType: jsii.String("DIMENSIONAL"), MonitorDimension: jsii.String("SERVICE"),
	})
	impact := math.Max(1, math.Round(float64(props.MonthlyBudgetUsd)*anomaly.Anomaly.ImpactPercentOfBudget/100))
	out.Subscription = ceanomalysubscription.NewCeAnomalySubscription(c, jsii.String(anomaly.Construct), &ceanomalysubscription.CeAnomalySubscriptionConfig{
		Name: jsii.String(anomaly.Name), Frequency: jsii.String("IMMEDIATE"), MonitorArnList: &[]*string{out.Monitor.Arn()},
		Subscriber: []*ceanomalysubscription.CeAnomalySubscriptionSubscriber{{Type: jsii.String("SNS"), Address: props.Routes.For(*anomaly).Arn()}},
		ThresholdExpression: &ceanomalysubscription.CeAnomalySubscriptionThresholdExpression{
			Dimension: &ceanomalysubscription.CeAnomalySubscriptionThresholdExpressionDimension{
				Key: jsii.String("ANOMALY_TOTAL_IMPACT_ABSOLUTE"), MatchOptions: jsii.Strings("GREATER_THAN_OR_EQUAL"),
				Values: jsii.Strings(strconv.FormatFloat(impact, 'f', -1, 64)),
			},
		},
	})
	return out, nil
}

func joinLines(lines []string) string {
	out := ""
	for i, l := range lines {
		if i > 0 {
			out += "; "
		}
		out += l
	}
	return out
}

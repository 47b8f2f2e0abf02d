package config

// DefaultCanaryIntervalMinutes is how often the uptime canaries run when
// monitoring.canaryIntervalMinutes is absent (0).
const DefaultCanaryIntervalMinutes = 5

// MaxMonthlyBudgetUsd bounds monitoring.monthlyBudgetUsd: a typo of three zeros is
// refused rather than silencing every cost alert.
const MaxMonthlyBudgetUsd = 10_000_000

// Monitoring configures phase 4's monitoring: the uptime canaries, the paging route and
// the environment's cost budget.
type Monitoring struct {
	// CanaryIntervalMinutes is how often each uptime canary (the frontend and the API's
	// health route) runs: 1 to 60 minutes. Default: 5 (DefaultCanaryIntervalMinutes)
	// when absent.
	CanaryIntervalMinutes int `json:"canaryIntervalMinutes"`
	// MonthlyBudgetUsd is the environment's monthly cost budget in whole US dollars,
	// 1 to MaxMonthlyBudgetUsd: AWS Budgets warns at 80% and 100% of actual cost and at
	// 100% and 110% of the forecast, and pages at 110% of actual cost. Required when the
	// environment deploys phase 4 (which creates the budget).
	MonthlyBudgetUsd int `json:"monthlyBudgetUsd"`
	// Pager sends critical alarms to the on-call pager as well as to alerts.emails: an
	// HTTPS subscription whose URL (a PagerDuty integration URL, a secret) an operator
	// puts into the secret <namePrefix>/oncall/pager-endpoint, never into config; phase 4
	// subscribes it, so it needs phase 4. Required (true) in production. Default: false,
	// e-mail only.
	Pager bool `json:"pager"`
}

// CanaryInterval is the canaries' schedule in minutes (the default when absent).
func (m Monitoring) CanaryInterval() int {
	if m.CanaryIntervalMinutes == 0 {
		return DefaultCanaryIntervalMinutes
	}
	return m.CanaryIntervalMinutes
}

func validateMonitoring(c *checker, e *Environment) {
	m := e.Monitoring
	if i := m.CanaryIntervalMinutes; i != 0 && (i < 1 || i > 60) {
		c.add("monitoring.canaryIntervalMinutes", i, "must be 1 to 60 minutes (default %d): a canary that runs less than hourly cannot hold a 99.9%% monthly uptime to account", DefaultCanaryIntervalMinutes)
	}
	// Phase 4 builds the canaries, the budget and the pager's subscription: without it,
	// the section may be absent.
	if !e.Deploys(StackPhase4) {
		if m.Pager {
			c.add("monitoring.pager", m.Pager, "needs the %s stack, which subscribes the pager (\"stacks\" leaves it out)", StackPhase4)
		}
		if b := m.MonthlyBudgetUsd; b < 0 || b > MaxMonthlyBudgetUsd {
			c.add("monitoring.monthlyBudgetUsd", b, "must be a whole number of US dollars from 1 to %d", MaxMonthlyBudgetUsd)
		}
		return
	}
	if b := m.MonthlyBudgetUsd; b < 1 || b > MaxMonthlyBudgetUsd {
		c.add("monitoring.monthlyBudgetUsd", b, "must be a whole number of US dollars from 1 to %d: the budget every cost alert is measured against", MaxMonthlyBudgetUsd)
	}
	if e.IsProduction() && !m.Pager {
		c.add("monitoring.pager", m.Pager, "must be true in production: a critical alarm pages the on-call engineer, not only an inbox")
	}
}

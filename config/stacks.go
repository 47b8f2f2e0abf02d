package config

import (
	"fmt"
	"slices"
	"strings"
)

// Stack ids, in deployment order (stacks.IDBootstrap ... stacks.IDPhase4 are the same
// strings).
const (
	StackBootstrap = "bootstrap"
	StackPhase1    = "phase1"
	StackPhase2    = "phase2"
	StackPhase3    = "phase3"
	StackPhase4    = "phase4"
)

// StackIDs are every stack an environment can deploy, in deployment order.
var StackIDs = []string{StackBootstrap, StackPhase1, StackPhase2, StackPhase3, StackPhase4}

// StackServices are the services each phase stack runs.
var StackServices = map[string][]string{
	StackPhase1: {"gateway", "auth", "patient"},
	StackPhase2: {"provider", "records"},
	StackPhase3: {"appointment", "scheduling"},
	StackPhase4: {"ai"},
}

// Deploys reports whether the environment deploys the stack: every stack of StackIDs
// when "stacks" is absent, otherwise the ones it lists.
func (e *Environment) Deploys(stack string) bool {
	if len(e.Stacks) == 0 {
		return slices.Contains(StackIDs, stack)
	}
	return slices.Contains(e.Stacks, stack)
}

// DeployedStacks lists the stacks the environment deploys, in deployment order.
func (e *Environment) DeployedStacks() []string {
	var out []string
	for _, id := range StackIDs {
		if e.Deploys(id) {
			out = append(out, id)
		}
	}
	return out
}

// DeployedServices lists the services the environment's stacks run, in phase order: each
// needs its entry under "services".
func (e *Environment) DeployedServices() []string {
	var out []string
	for _, id := range StackIDs {
		if e.Deploys(id) {
			out = append(out, StackServices[id]...)
		}
	}
	return out
}

// validateStacks checks "stacks": known ids, each once, the bootstrap stack (the state
// backend) and phase 1 (what every other phase builds on) always.
func validateStacks(c *checker, e *Environment) {
	if e.Stacks == nil {
		return // absent: every stack
	}
	seen := map[string]bool{}
	for i, id := range e.Stacks {
		field := fmt.Sprintf("stacks[%d]", i)
		switch {
		case !slices.Contains(StackIDs, id):
			c.add(field, id, "is not a stack of the platform (one of %s)", strings.Join(StackIDs, ", "))
		case seen[id]:
			c.add(field, id, "is listed twice")
		}
		seen[id] = true
	}
	for _, id := range []string{StackBootstrap, StackPhase1} {
		if !seen[id] {
			c.add("stacks", fmt.Sprint(e.Stacks), "must include %s: %s", id, map[string]string{
				StackBootstrap: "it holds the environment's Terraform state backend",
				StackPhase1:    "every other phase builds on its network, keys, database and alert topic",
			}[id])
		}
	}
}

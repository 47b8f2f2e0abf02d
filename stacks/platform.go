package stacks

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
)

// Platform is every stack of one environment. A phase the environment does not deploy
// (config "stacks") is nil.
type Platform struct {
	Bootstrap *Bootstrap
	Phase1    *Phase1
	Phase2    *Phase2
	Phase3    *Phase3
	Phase4    *Phase4
}

// Stacks lists the environment's stacks in deployment order.
func (p *Platform) Stacks() []cdktf.TerraformStack {
	out := []cdktf.TerraformStack{p.Bootstrap.Stack, p.Phase1.Stack}
	if p.Phase2 != nil {
		out = append(out, p.Phase2.Stack)
	}
	if p.Phase3 != nil {
		out = append(out, p.Phase3.Stack)
	}
	if p.Phase4 != nil {
		out = append(out, p.Phase4.Stack)
	}
	return out
}

// Build adds the environment's stacks to the app: every stack, or those config "stacks"
// lists (bootstrap and phase1 always; phase1 only, besides bootstrap, when phase 1's
// services run on Railway).
func Build(app constructs.Construct, env *config.Environment) (*Platform, error) {
	bootstrap, err := NewBootstrap(app, env)
	if err != nil {
		return nil, err
	}
	phase1, err := NewPhase1(app, env)
	if err != nil {
		return nil, err
	}
	p := &Platform{Bootstrap: bootstrap, Phase1: phase1}
	if env.Deploys(IDPhase2) {
		if p.Phase2, err = NewPhase2(app, env, phase1); err != nil {
			return nil, err
		}
	}
	if env.Deploys(IDPhase3) {
		if p.Phase3, err = NewPhase3(app, env, phase1); err != nil {
			return nil, err
		}
	}
	if env.Deploys(IDPhase4) {
		if p.Phase4, err = NewPhase4(app, env, phase1); err != nil {
			return nil, err
		}
		if err := p.Phase4.AddMonitoring(p.Phase2, p.Phase3); err != nil {
			return nil, err
		}
	}
	return p, nil
}

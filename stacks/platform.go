package stacks

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
)

// Platform is every stack of one environment.
type Platform struct {
	Bootstrap *Bootstrap
	Phase1    *Phase1
	Phase2    *Phase2
	Phase3    *Phase3
	Phase4    *Phase4
}

// Stacks lists the stacks in deployment order.
func (p *Platform) Stacks() []cdktf.TerraformStack {
	return []cdktf.TerraformStack{p.Bootstrap.Stack, p.Phase1.Stack, p.Phase2.Stack, p.Phase3.Stack, p.Phase4.Stack}
}

// Build adds every stack of the environment to the app.
func Build(app constructs.Construct, env *config.Environment) (*Platform, error) {
	bootstrap, err := NewBootstrap(app, env)
	if err != nil {
		return nil, err
	}
	phase1, err := NewPhase1(app, env)
	if err != nil {
		return nil, err
	}
	phase2, err := NewPhase2(app, env, phase1)
	if err != nil {
		return nil, err
	}
	phase3, err := NewPhase3(app, env, phase1)
	if err != nil {
		return nil, err
	}
	phase4, err := NewPhase4(app, env, phase1)
	if err != nil {
		return nil, err
	}
	return &Platform{Bootstrap: bootstrap, Phase1: phase1, Phase2: phase2, Phase3: phase3, Phase4: phase4}, nil
}

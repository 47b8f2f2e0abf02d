// Command platform-infra synthesizes the HealthHub platform's Terraform configuration for
// one environment: HEALTHHUB_ENV selects it (default dev).
//
// Every problem (bad config, a HIPAA guardrail violation, an error from synthesis) ends the
// program with one clear line per problem and exit status 1, and leaves cdktf.out as it
// was.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/internal/outdir"
	"github.com/healthhub/platform-infra/stacks"
)

func main() {
	if err := run(); err != nil {
		// One "error:" line per problem. Config problems quote their input; OneLine
		// escapes whatever else could break or reorder a line (a carriage return, U+2028,
		// bidirectional controls), so no input can print a line of its own.
		for _, line := range strings.Split(strings.TrimSpace(err.Error()), "\n") {
			fmt.Fprintln(os.Stderr, "error: "+config.OneLine(line))
		}
		os.Exit(1)
	}
}

func run() (err error) {
	env, err := config.Load(os.Getenv(config.EnvVar))
	if err != nil {
		return err
	}

	out := os.Getenv("CDKTF_OUTDIR")
	if out == "" {
		out = "cdktf.out"
	}
	staging, err := outdir.Temp(out)
	if err != nil {
		return fmt.Errorf("preparing %q: %w", out, err)
	}
	defer os.RemoveAll(staging)

	// jsii reports failures of the JavaScript side as panics: turn them into one line.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("synthesis failed: %s", firstLine(fmt.Sprint(r)))
		}
	}()
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(staging)})
	platform, err := stacks.Build(app, env)
	if err != nil {
		return err
	}
	// The HIPAA guardrails: warnings are printed, errors stop synthesis.
	findings, err := compliance.CheckStacks(platform.Stacks())
	if err != nil {
		return err
	}
	// Warnings go to standard output: the cdktf CLI reports everything an app writes to
	// standard error as [ERROR], and a warning does not stop synthesis.
	for _, f := range compliance.Warnings(findings) {
		fmt.Fprintln(os.Stdout, "warning: "+config.OneLine(f.String()))
	}
	if blocking := compliance.Blocking(findings); len(blocking) > 0 {
		lines := make([]string, len(blocking))
		for i, f := range blocking {
			lines[i] = f.String()
		}
		return fmt.Errorf("%s\n%d HIPAA guardrail violation(s): nothing was synthesized", strings.Join(lines, "\n"), len(blocking))
	}
	app.Synth()
	return outdir.Publish(staging, out)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

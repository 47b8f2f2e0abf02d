// Command platform-infra synthesizes the HealthHub platform's Terraform configuration for
// one environment: HEALTHHUB_ENV selects it (default dev).
//
// Every problem (bad config, an unsafe resource, an error from synthesis) ends the
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
	"github.com/healthhub/platform-infra/internal/outdir"
	"github.com/healthhub/platform-infra/stacks"
)

func main() {
	if err := run(); err != nil {
		for _, line := range strings.Split(strings.TrimSpace(err.Error()), "\n") {
			fmt.Fprintln(os.Stderr, "error: "+line)
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
		return fmt.Errorf("preparing %s: %w", out, err)
	}
	defer os.RemoveAll(staging)

	// jsii reports failures of the JavaScript side as panics: turn them into one line.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("synthesis failed: %s", firstLine(fmt.Sprint(r)))
		}
	}()
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(staging)})
	if _, err := stacks.Build(app, env); err != nil {
		return err
	}
	app.Synth()
	return outdir.Publish(staging, out)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

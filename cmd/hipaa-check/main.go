// Command hipaa-check runs the HIPAA guardrail pack on Terraform JSON this product
// synthesized (a cdktf.out directory), with the same rules and exit-status contract as
// synthesis: warnings print, an unsuppressed error-level finding exits 1. With -report
// it also writes an audit report (Markdown, JSON and a self-contained HTML page).
//
//	hipaa-check [-report DIR] [cdktf.out]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/healthhub/platform-infra/constructs/compliance"
)

func main() {
	report := flag.String("report", "", "directory to write hipaa-report.md, .json and .html into")
	title := flag.String("title", "", "report title (default: the environment)")
	flag.Parse()
	dir := "cdktf.out"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	if err := run(dir, *report, *title); err != nil {
		fmt.Fprintln(os.Stderr, "error: "+err.Error())
		os.Exit(1)
	}
}

func run(dir, reportDir, title string) error {
	files, err := filepath.Glob(filepath.Join(dir, "stacks", "*", "cdk.tf.json"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("%s: no stacks/<stack>/cdk.tf.json found: synthesize first (make synth)", dir)
	}
	sort.Strings(files)
	var stacks []*compliance.Stack
	env := ""
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		s, err := compliance.ParseStackJSON(filepath.Base(filepath.Dir(f)), data)
		if err != nil {
			return err
		}
		if env == "" {
			env = s.Environment()
		}
		stacks = append(stacks, s)
	}
	// The stacks of one environment are checked together: references between them
	// resolve, and a rule can require something anywhere in the environment.
	findings := compliance.CheckEnv(compliance.NewEnv(stacks...), compliance.HIPAAPack)
	for _, f := range compliance.Warnings(findings) {
		fmt.Fprintln(os.Stderr, "warning: "+f.String())
	}
	blocking := compliance.Blocking(findings)
	for _, f := range blocking {
		fmt.Fprintln(os.Stderr, "error: "+f.String())
	}
	if reportDir != "" {
		if title == "" {
			title = "HIPAA guardrail report: " + env
		}
		md, js, html, err := compliance.Report(title, compliance.HIPAAPack, findings)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(reportDir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(reportDir, "hipaa-report.md"), md, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(reportDir, "hipaa-report.json"), js, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(reportDir, "hipaa-report.html"), html, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "report: %s/hipaa-report.{md,json,html}\n", reportDir)
	}
	counts := map[compliance.Status]int{}
	for _, f := range findings {
		counts[f.Status]++
	}
	fmt.Printf("%d stacks, %d checks: %d pass, %d fail (%d blocking), %d suppressed, %d not applicable\n",
		len(files), len(findings), counts[compliance.Pass], counts[compliance.Fail], len(blocking), counts[compliance.Suppressed], counts[compliance.NotApplicable])
	if len(blocking) > 0 {
		return fmt.Errorf("%d HIPAA guardrail violation(s)", len(blocking))
	}
	return nil
}

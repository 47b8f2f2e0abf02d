// Command diagram draws the platform from a synthesized cdktf.out: for each view
// (overview, network, security, monitoring) it writes <view>.dot and, with Graphviz's dot,
// <view>.svg and <view>.png; the overview also as Mermaid (overview.mmd). See
// internal/diagram for what a node and an edge are.
//
//	diagram [-out DIR] [-dot PATH] [-formats svg,png] [cdktf.out]
//
// -formats "" writes only the DOT and Mermaid sources (no Graphviz needed).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/healthhub/platform-infra/internal/diagram"
)

func main() {
	out := flag.String("out", "", "directory to write the diagrams into (default: reports/<env>/diagrams)")
	dotBin := flag.String("dot", "dot", "Graphviz's dot command")
	formats := flag.String("formats", "svg,png", "comma-separated output formats rendered with dot; empty for sources only")
	flag.Parse()
	dir := "cdktf.out"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	if err := run(dir, *out, *dotBin, *formats); err != nil {
		fmt.Fprintln(os.Stderr, "error: "+err.Error())
		os.Exit(1)
	}
}

func run(dir, out, dotBin, formats string) error {
	m, err := diagram.Load(dir)
	if err != nil {
		return err
	}
	if m.Env == "" {
		return fmt.Errorf("%s: the stacks carry no environment default tag", dir)
	}
	if out == "" {
		out = filepath.Join("reports", m.Env, "diagrams")
	}
	var fmts []string
	for _, f := range strings.Split(formats, ",") {
		if f = strings.TrimSpace(f); f != "" {
			fmts = append(fmts, f)
		}
	}
	if len(fmts) > 0 {
		if _, err := exec.LookPath(dotBin); err != nil {
			return fmt.Errorf("Graphviz's %q is not installed: run scripts/diagram.sh (installs the Debian package graphviz), or pass -formats \"\" for the sources only", dotBin)
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, v := range diagram.Views {
		g := m.Graph(v)
		dot := g.DOT()
		if err := os.WriteFile(filepath.Join(out, v.Name+".dot"), []byte(dot), 0o644); err != nil {
			return err
		}
		if v.Name == "overview" {
			if err := os.WriteFile(filepath.Join(out, "overview.mmd"), []byte(g.Mermaid()), 0o644); err != nil {
				return err
			}
		}
		for _, f := range fmts {
			img, err := diagram.Render(dotBin, f, dot)
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(out, v.Name+"."+f), img, 0o644); err != nil {
				return err
			}
		}
		fmt.Fprintf(os.Stderr, "%s/%s: %d nodes, %d edges\n", m.Env, v.Name, len(g.Nodes), len(g.Edges))
	}
	fmt.Fprintf(os.Stderr, "diagrams: %s/{%s}.{dot,%s} and overview.mmd\n", out, viewNames(), strings.Join(fmts, ","))
	return nil
}

func viewNames() string {
	var names []string
	for _, v := range diagram.Views {
		names = append(names, v.Name)
	}
	return strings.Join(names, ",")
}

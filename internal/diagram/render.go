package diagram

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
)

// layerColors fill the layer clusters.
var layerColors = map[string]string{
	"edge": "#fff4e0", "compute": "#e8f4ea", "data": "#eaf0fb", "network": "#f1ecf8",
	"security": "#fdeef0", "monitoring": "#eef6f7", "other": "#f2f2f2",
}

// DOT renders the graph in Graphviz's language, deterministically: clusters per stack
// holding clusters per layer, dashed blue edges between stacks, PHI stores in red.
func (g *Graph) DOT() string {
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %s {\n", dotID(g.Env+"-"+g.View))
	fmt.Fprintf(&b, "  graph [rankdir=LR, compound=true, newrank=true, nodesep=0.2, ranksep=0.9, fontname=\"Helvetica\", fontsize=16, labelloc=t, label=%s];\n", dotString(g.Title()))
	b.WriteString("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#5b6b7a\", fontname=\"Helvetica\", fontsize=10];\n")
	b.WriteString("  edge [color=\"#8a96a3\", arrowsize=0.6];\n")
	for _, sc := range g.clusters() {
		fmt.Fprintf(&b, "  subgraph %s {\n", dotID("cluster_"+sc.Stack))
		fmt.Fprintf(&b, "    graph [label=%s, style=\"rounded,bold\", color=\"#34495e\", fontsize=14];\n", dotString(sc.Stack))
		for _, lc := range sc.Layers {
			fmt.Fprintf(&b, "    subgraph %s {\n", dotID("cluster_"+sc.Stack+"_"+lc.Layer))
			fmt.Fprintf(&b, "      graph [label=%s, style=\"rounded,filled\", fillcolor=%s, color=\"#c5ccd3\", fontsize=11];\n", dotString(lc.Layer), dotString(layerColors[lc.Layer]))
			for _, n := range lc.Nodes {
				fmt.Fprintf(&b, "      %s [%s];\n", dotID(n.ID), nodeAttrs(n))
			}
			b.WriteString("    }\n")
		}
		b.WriteString("  }\n")
	}
	for _, e := range g.Edges {
		attrs := ""
		if e.CrossStack {
			attrs = " [style=dashed, color=\"#1f5fbf\"]"
		}
		fmt.Fprintf(&b, "  %s -> %s%s;\n", dotID(e.From), dotID(e.To), attrs)
	}
	b.WriteString("}\n")
	return b.String()
}

func nodeAttrs(n *Node) string {
	attrs := []string{"label=" + dotString(n.Label())}
	switch {
	case n.PHI:
		attrs = append(attrs, `fillcolor="#f9d6d5"`, `color="#b00020"`, "penwidth=2")
	case n.Context:
		attrs = append(attrs, `fillcolor="#f4f4f4"`, `color="#b0b0b0"`, `fontcolor="#707070"`, `style="rounded,filled,dashed"`)
	}
	if n.Count > 1 && !n.Context {
		attrs = append(attrs, `shape=box3d`, `style="filled"`)
	}
	return strings.Join(attrs, ", ")
}

// dotID quotes an identifier.
func dotID(s string) string { return dotString(s) }

// dotString quotes a string for DOT; "\n" becomes a centered line break.
func dotString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// Mermaid renders the graph as a Mermaid flowchart (GitHub draws it in Markdown).
func (g *Graph) Mermaid() string {
	ids := mermaidIDs(g.Nodes)
	var b strings.Builder
	b.WriteString("flowchart LR\n")
	for _, sc := range g.clusters() {
		fmt.Fprintf(&b, "  subgraph %s[\"%s\"]\n", mermaidID("s_"+sc.Stack), mermaidText(sc.Stack))
		for _, lc := range sc.Layers {
			fmt.Fprintf(&b, "    subgraph %s[\"%s\"]\n", mermaidID("s_"+sc.Stack+"_"+lc.Layer), mermaidText(lc.Layer))
			for _, n := range lc.Nodes {
				fmt.Fprintf(&b, "      %s[\"%s\"]\n", ids[n.ID], mermaidText(n.Label()))
			}
			b.WriteString("    end\n")
		}
		b.WriteString("  end\n")
	}
	for _, e := range g.Edges {
		arrow := "-->"
		if e.CrossStack {
			arrow = "-.->"
		}
		fmt.Fprintf(&b, "  %s %s %s\n", ids[e.From], arrow, ids[e.To])
	}
	var phi []string
	for _, n := range g.Nodes {
		if n.PHI {
			phi = append(phi, ids[n.ID])
		}
	}
	b.WriteString("  classDef phi fill:#f9d6d5,stroke:#b00020,stroke-width:2px\n")
	if len(phi) > 0 {
		fmt.Fprintf(&b, "  class %s phi\n", strings.Join(phi, ","))
	}
	return b.String()
}

// mermaidIDs gives each node a stable identifier made of its ID's letters and digits
// (unique: a clash gets a numeric suffix, in sorted order).
func mermaidIDs(nodes []*Node) map[string]string {
	out := map[string]string{}
	used := map[string]bool{}
	for _, n := range nodes {
		id := mermaidID(n.ID)
		for i := 2; used[id]; i++ {
			id = fmt.Sprintf("%s_%d", mermaidID(n.ID), i)
		}
		used[id] = true
		out[n.ID] = id
	}
	return out
}

func mermaidID(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// mermaidText escapes a label: quotes and angle brackets as entities, line breaks as <br/>.
func mermaidText(s string) string {
	r := strings.NewReplacer(`"`, "#quot;", "<", "#lt;", ">", "#gt;", "\n", "<br/>")
	return r.Replace(s)
}

// Render runs Graphviz's dot (path dotBin) on the DOT source and returns the output in
// format ("svg", "png").
func Render(dotBin, format, dot string) ([]byte, error) {
	cmd := exec.Command(dotBin, "-T"+format)
	cmd.Stdin = strings.NewReader(dot)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s -T%s: %v: %s", dotBin, format, err, strings.TrimSpace(errb.String()))
	}
	return out.Bytes(), nil
}

// Markers delimit the generated Mermaid overview in the README.
const (
	BeginMarker = "<!-- diagram:overview -->"
	EndMarker   = "<!-- /diagram:overview -->"
)

// ReadmeBlock is what sits between the markers: the Mermaid overview in a fenced block.
func ReadmeBlock(mermaid string) string {
	return "\n```mermaid\n" + mermaid + "```\n"
}

// ReplaceReadmeBlock puts the Mermaid overview between the markers of a README, and
// returns the block that was there.
func ReplaceReadmeBlock(readme, mermaid string) (updated, old string, err error) {
	i := strings.Index(readme, BeginMarker)
	j := strings.Index(readme, EndMarker)
	if i < 0 || j < i || strings.Count(readme, BeginMarker) != 1 || strings.Count(readme, EndMarker) != 1 {
		return "", "", fmt.Errorf("the README must hold %s ... %s exactly once, in that order", BeginMarker, EndMarker)
	}
	start := i + len(BeginMarker)
	return readme[:start] + ReadmeBlock(mermaid) + readme[j:], readme[start:j], nil
}

package tests

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/internal/diagram"
)

// readmePath is the README whose overview diagram must match production's synthesis.
const readmePath = "../README.md"

// diagramModel builds the diagram model of an environment from its synthesized stacks,
// as `make diagram` does from cdktf.out (ToTerraform after the app's synthesis carries
// the same references and construct paths as cdk.tf.json).
func diagramModel(t *testing.T, envName string) *diagram.Model {
	t.Helper()
	s := synth(t, envName)
	docs := map[string][]byte{}
	for _, st := range s.platform.Stacks() {
		raw, err := json.Marshal(st.ToTerraform())
		if err != nil {
			t.Fatalf("stack %s: %v", *st.Node().Id(), err)
		}
		docs[*st.Node().Id()] = raw
	}
	m, err := diagram.FromDocuments(docs)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestGoldenDiagram compares every view's DOT and the overview's Mermaid of every
// environment with testdata/<env>/diagram/ (make golden rewrites them).
func TestGoldenDiagram(t *testing.T) {
	for _, envName := range config.Names() {
		m := diagramModel(t, envName)
		for _, v := range diagram.Views {
			g := m.Graph(v)
			t.Run(envName+"/"+v.Name, func(t *testing.T) {
				dir := filepath.Join("testdata", envName, "diagram")
				compareGolden(t, filepath.Join(dir, v.Name+".dot"), strings.TrimSuffix(g.DOT(), "\n"))
				if v.Name == "overview" {
					compareGolden(t, filepath.Join(dir, "overview.mmd"), strings.TrimSuffix(g.Mermaid(), "\n"))
				}
			})
		}
	}
}

// TestGoldenDiagramReadme checks that the README's Mermaid overview (between the
// diagram:overview markers) is production's current one; -update (make golden) rewrites
// only that block.
func TestGoldenDiagramReadme(t *testing.T) {
	want := diagramModel(t, "production").Graph(diagram.Views[0]).Mermaid()
	raw, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	updated, old, err := diagram.ReplaceReadmeBlock(string(raw), want)
	if err != nil {
		t.Fatalf("%s: %v", readmePath, err)
	}
	if old == diagram.ReadmeBlock(want) {
		return
	}
	if *update {
		if err := os.WriteFile(readmePath, []byte(updated), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's overview diagram is stale (- README, + production's synthesis):\n%s\nRegenerate it with: make golden   (go test ./__tests__/ -run TestGoldenDiagramReadme -update)",
		lineDiff(old, diagram.ReadmeBlock(want), 2))
}

// TestDiagramShowsThePlatform holds what the diagrams must show, whatever the goldens say.
func TestDiagramShowsThePlatform(t *testing.T) {
	for _, envName := range config.Names() {
		t.Run(envName, func(t *testing.T) {
			s := synth(t, envName)
			g := diagramModel(t, envName).Graph(diagram.Views[0])
			clusters := map[string]bool{}
			phi := map[string]bool{}
			for _, n := range g.Nodes {
				clusters[n.Stack] = true
				if n.Layer == "other" {
					t.Errorf("%s: %s has no layer: add its type to internal/diagram's layerPrefixes", n.ID, n.Type)
				}
				if n.PHI {
					phi[n.Type] = true
					if n.Count != 1 {
						t.Errorf("%s: a PHI store is counted with others", n.ID)
					}
				}
			}
			for _, id := range s.ids {
				if !clusters[id] {
					t.Errorf("stack %s is not drawn", id)
				}
			}
			if s.env.Tags.DataClassification != "phi" {
				// preview: synthetic data; the only store in PHI scope is the one its
				// construct always tags phi (the documents bucket, protected as PHI
				// whatever the classification: the conservative reading).
				if len(phi) > 1 || (len(phi) == 1 && !phi["aws_s3_bucket"]) {
					t.Errorf("stores of an environment classified %s are marked PHI: %v", s.env.Tags.DataClassification, phi)
				}
				return
			}
			for _, typ := range []string{"aws_dynamodb_table", "aws_s3_bucket", "neon_project"} {
				if !phi[typ] {
					t.Errorf("no %s is marked PHI", typ)
				}
			}
			cross := 0
			for _, e := range g.Edges {
				if e.CrossStack {
					cross++
				}
			}
			if cross == 0 {
				t.Error("no cross-stack edge: phase 2 and 3 reference phase 1")
			}
		})
	}
}

// TestDiagramRendersSVG renders every view of every environment with Graphviz and parses
// the SVG; production's overview must show its title, a stack, a PHI store. Without dot
// the test skips on a workstation, and fails in CI (CI=true), where scripts/test.sh
// installs the graphviz package.
func TestDiagramRendersSVG(t *testing.T) {
	dot, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("Graphviz's dot is not installed in CI: scripts/test.sh installs the Debian package graphviz")
		}
		t.Skip("Graphviz's dot is not installed (scripts/diagram.sh --install-graphviz)")
	}
	for _, envName := range config.Names() {
		m := diagramModel(t, envName)
		for _, v := range diagram.Views {
			g := m.Graph(v)
			t.Run(envName+"/"+v.Name, func(t *testing.T) {
				svg, err := diagram.Render(dot, "svg", g.DOT())
				if err != nil {
					t.Fatal(err)
				}
				root, all := parseSVG(t, svg)
				if root != "svg" {
					t.Fatalf("root element %q, want svg", root)
				}
				if envName != "production" || v.Name != "overview" {
					return
				}
				for _, want := range []string{g.Title(), "phase1", "PHI", "DynamoDB table"} {
					if !strings.Contains(all, want) {
						t.Errorf("the SVG's text has no %q", want)
					}
				}
			})
		}
	}
}

// parseSVG decodes the whole document as XML and returns its root element and its text.
func parseSVG(t *testing.T, svg []byte) (root, text string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(string(svg)))
	var texts []string
	inText := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the SVG is not well-formed XML: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = x.Name.Local
			}
			inText = x.Name.Local == "text"
		case xml.CharData:
			if inText {
				texts = append(texts, string(x))
			}
		case xml.EndElement:
			inText = false
		}
	}
	return root, strings.Join(texts, "\n")
}

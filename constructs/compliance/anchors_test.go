package compliance

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var updateREADME = flag.Bool("update-readme", false, "rewrite the anchor tables of README.md from Anchors")

const readmePath = "../../README.md"

// anchorSourceCounts are the rule counts of each anchor's source (/tmp/anchors.md):
// cdk-nag's 89 rules of hipaa-security.ts plus its 2 v2-only rules, the AWS Config
// pack's 131 rules, and the 9 rules only its earlier version had.
var anchorSourceCounts = map[string]int{
	AnchorCDKNag:           91,
	AnchorAWSConfig:        131,
	AnchorAWSConfigEarlier: 9,
}

// readmeAnchors are the anchors whose tables README.md shows, in README order.
var readmeAnchors = []string{AnchorCDKNag, AnchorAWSConfig, AnchorAWSConfigEarlier}

func TestAnchorRulesArePackRules(t *testing.T) {
	pack := map[string]bool{}
	for _, r := range HIPAAPack {
		pack[r.ID] = true
	}
	for _, a := range Anchors {
		seen := map[string]bool{}
		for _, id := range a.Rules {
			if !pack[id] {
				t.Errorf("%s %s maps to %q, which is not a rule of HIPAAPack", a.Anchor, a.ID, id)
			}
			if seen[id] {
				t.Errorf("%s %s lists %q twice", a.Anchor, a.ID, id)
			}
			seen[id] = true
		}
	}
}

func TestAnchorRulesHaveOneOutcome(t *testing.T) {
	for _, a := range Anchors {
		hasRules, hasNA := len(a.Rules) > 0, strings.TrimSpace(a.NotApplicable) != ""
		if hasRules == hasNA {
			t.Errorf("%s %s: want exactly one of Rules (%v) and NotApplicable (%q)", a.Anchor, a.ID, a.Rules, a.NotApplicable)
		}
		if strings.TrimSpace(a.ID) == "" || strings.TrimSpace(a.Checks) == "" {
			t.Errorf("%s entry %q: empty ID or Checks", a.Anchor, a.ID)
		}
		if _, ok := anchorSourceCounts[a.Anchor]; !ok {
			t.Errorf("%s: unknown anchor %q", a.ID, a.Anchor)
		}
	}
}

func TestAnchorRuleIDsUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range Anchors {
		k := a.Anchor + "\x00" + a.ID
		if seen[k] {
			t.Errorf("%s: %s appears twice", a.Anchor, a.ID)
		}
		seen[k] = true
	}
	// The rules of the earlier Config pack are the ones the current one dropped.
	for _, a := range Anchors {
		if a.Anchor == AnchorAWSConfigEarlier && seen[AnchorAWSConfig+"\x00"+a.ID] {
			t.Errorf("%s is in the current AWS Config pack, not only in the earlier one", a.ID)
		}
	}
}

func TestAnchorCountsMatchSources(t *testing.T) {
	got := map[string]int{}
	for _, a := range Anchors {
		got[a.Anchor]++
	}
	for anchor, want := range anchorSourceCounts {
		if got[anchor] != want {
			t.Errorf("%s: %d rules, the source has %d", anchor, got[anchor], want)
		}
		total, covered, na := AnchorCounts(anchor)
		if total != want || covered+na != total {
			t.Errorf("%s: AnchorCounts = %d total, %d covered, %d not applicable; want %d total", anchor, total, covered, na, want)
		}
	}
	v2only := 0
	for _, a := range Anchors {
		if a.Anchor == AnchorCDKNag && strings.Contains(a.Checks, "(v2 only)") {
			v2only++
		}
	}
	if v2only != 2 {
		t.Errorf("cdk-nag: %d rules marked (v2 only), want 2", v2only)
	}
}

// readmeSection returns the text between anchor's marker lines in readme and the
// offsets of that text.
func readmeSection(readme, anchor string) (section string, start, end int, err error) {
	open, close := "<!-- anchors:"+anchor+" -->\n", "<!-- /anchors:"+anchor+" -->"
	if strings.Count(readme, open) != 1 || strings.Count(readme, close) != 1 {
		return "", 0, 0, fmt.Errorf("README.md must hold the line %q and the line %q exactly once each", strings.TrimSpace(open), close)
	}
	start = strings.Index(readme, open) + len(open)
	end = strings.Index(readme, close)
	if end < start || (end > 0 && readme[end-1] != '\n') {
		return "", 0, 0, fmt.Errorf("README.md: %q must follow %q on a line of its own", close, strings.TrimSpace(open))
	}
	return readme[start:end], start, end, nil
}

func TestREADMEAnchorTables(t *testing.T) {
	raw, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	if *updateREADME {
		for _, anchor := range readmeAnchors {
			_, start, end, err := readmeSection(readme, anchor)
			if err != nil {
				t.Fatal(err)
			}
			readme = readme[:start] + AnchorTable(anchor) + readme[end:]
		}
		if readme != string(raw) {
			info, err := os.Stat(readmePath)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(readmePath, []byte(readme), info.Mode().Perm()); err != nil {
				t.Fatal(err)
			}
			t.Logf("rewrote the anchor tables of %s", readmePath)
		}
	}
	for _, anchor := range readmeAnchors {
		section, _, _, err := readmeSection(readme, anchor)
		if err != nil {
			t.Fatal(err)
		}
		if want := AnchorTable(anchor); section != want {
			t.Errorf("README.md's %s table differs from AnchorTable(%q) (first difference: %s); run go test ./constructs/compliance -run TestREADMEAnchorTables -update-readme",
				anchor, anchor, firstDiff(section, want))
		}
	}
}

// TestREADMEAnchorSummaries checks the line under each table states the counts, as
// counted here from Anchors independently of AnchorCounts.
func TestREADMEAnchorSummaries(t *testing.T) {
	raw, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	for _, anchor := range readmeAnchors {
		section, _, _, err := readmeSection(string(raw), anchor)
		if err != nil {
			t.Fatal(err)
		}
		total, covered, na := 0, 0, 0
		for _, a := range Anchors {
			if a.Anchor == anchor {
				total++
				if a.NotApplicable == "" {
					covered++
				} else {
					na++
				}
			}
		}
		want := fmt.Sprintf("%s: %d rules, %d covered by pack rules, %d not applicable.", anchorTitles[anchor], total, covered, na)
		lines := strings.Split(strings.TrimRight(section, "\n"), "\n")
		if last := lines[len(lines)-1]; last != want {
			t.Errorf("README.md: the line under the %s table is %q, want %q", anchor, last, want)
		}
	}
}

// firstDiff describes where got first differs from want.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d is %q, want %q", i+1, gl, wl)
		}
	}
	return "none"
}

package tests

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/stacks"
)

// The input boundary (issue #9): every string of a config, found by reflection so that a
// field added later is covered without anyone listing it, is (a) refused by config.Parse
// when it carries a Terraform template sequence, and (b) inert in the synthesized JSON
// when validation is bypassed, because config.EscapeLiterals escapes it and no construct
// undoes that.

// payload is what an attacker with write access to one config file would plant in
// field number i: an interpolation that reads a file and a template directive, with a
// marker that finds it in the output.
func payload(i int) string {
	return fmt.Sprintf(`${file("/etc/passwd")}%%{ for x in y }P%03dQ%%{ endfor }`, i)
}

func marker(i int) string { return fmt.Sprintf("P%03dQ", i) }

// TestEveryConfigStringRefusesTemplates plants the payload in each string of the
// production config in turn (struct fields, list elements, map values and the keys of
// the services map) and expects Parse to name that field.
func TestEveryConfigStringRefusesTemplates(t *testing.T) {
	base, err := config.Load("production")
	if err != nil {
		t.Fatal(err)
	}
	paths, keys := config.StringFields(base)
	if len(paths) < 40 {
		t.Fatalf("the reflection walk found only %d strings: %v", len(paths), paths)
	}
	for i, path := range paths {
		t.Run(path, func(t *testing.T) {
			env, _ := config.Load("production")
			field := path
			if !config.SetString(env, path, keys[i], func(s string) string {
				if keys[i] { // the field path then holds the planted key
					field = strings.TrimSuffix(path, s) + payload(i) + s
				}
				return payload(i) + s
			}) {
				t.Fatalf("SetString(%s) found nothing", path)
			}
			data, err := json.Marshal(env)
			if err != nil {
				t.Fatal(err)
			}
			_, err = config.Parse("config/production.json", data)
			if err == nil {
				t.Fatalf("Parse accepted %s = %q", field, payload(i))
			}
			want := fmt.Sprintf("%q: %q = ", "config/production.json", field)
			for _, line := range strings.Split(err.Error(), "\n") {
				if strings.HasPrefix(line, want) && strings.Contains(line, `must not contain "${" or "%{"`) {
					return
				}
			}
			t.Fatalf("no line refusing the template in %s; got:\n%s", field, err)
		})
	}
}

// synthEnv synthesizes every stack of an environment built outside config.Load (not
// cached): stack id -> Testing_Synth JSON.
func synthEnv(t *testing.T, env *config.Environment) map[string]string {
	t.Helper()
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(t.TempDir())})
	platform, err := stacks.Build(app, env)
	if err != nil {
		t.Fatalf("stacks.Build: %v", err)
	}
	app.Synth()
	out := map[string]string{}
	for _, st := range platform.Stacks() {
		out[*st.Node().Id()] = *cdktf.Testing_Synth(st, jsii.Bool(true))
	}
	return out
}

// synthesisExcluded are the string fields the all-at-once synthesis leaves alone; each
// is still refused by Parse (above) and, planted, refused by a construct (below).
var synthesisExcluded = map[string]string{
	"namePrefix":               "starts every S3 bucket name: storage refuses a bucket name with \"$\"",
	"aws.accountId":            "ends every S3 bucket name: storage refuses it the same way",
	"documents.objectLockMode": "storage accepts only COMPLIANCE or GOVERNANCE",
	"neon.region":              "with private database connectivity (production), phase1 refuses a Neon region without Private Networking endpoint services",
	"aws.region":               "edge.New refuses a region that is not an AWS region id (its ARNs are covered by the partition test)",
	"aws.deployRoleArn":        "edge.New refuses a deploy role that is not an IAM role ARN",
	"name":                     "selects production's topology (DR region, replication): planted, production would synthesize as dev and drRegion would reach nothing",
}

// synthesisExcludedPrefixes are groups of fields left alone the same way, with the
// field the refusal test plants for the group.
var synthesisExcludedPrefixes = map[string]struct{ reason, sample string }{
	"tables.": {"table.New accepts only DynamoDB attribute and index names, key types S/N/B and a known billing mode", "tables.appointments.partitionKey.name"},
	"edge.":   {"edge.New accepts only a DNS name, a Route 53 zone id and ISO country codes", "edge.domain"},
}

// railwayOnly reports whether a field configures Railway (the environment's railway
// section, a service's runtime and railway section): production runs nothing there, so
// TestPlantedRailwayPayloadsAreInert plants them in preview instead.
func railwayOnly(path string) bool {
	return strings.HasPrefix(path, "railway.") || strings.Contains(path, ".railway.") || strings.HasSuffix(path, ".runtime")
}

// excludedFromSynthesis is the reason a field is left alone, or "".
func excludedFromSynthesis(path string) string {
	if r := synthesisExcluded[path]; r != "" {
		return r
	}
	if railwayOnly(path) {
		return "production runs nothing on Railway: TestPlantedRailwayPayloadsAreInert plants these in preview"
	}
	for prefix, g := range synthesisExcludedPrefixes {
		if strings.HasPrefix(path, prefix) {
			return g.reason
		}
	}
	return ""
}

// neverInTerraform are planted fields whose value decides what is built but is written
// nowhere (their marker must not appear: the list stays true).
var neverInTerraform = []string{"stateBackend.type"}

// TestPlantedPayloadsAreInertInSynthesis bypasses validation: a payload in every string
// field of production at once, EscapeLiterals (what Parse does last), one synthesis. Every
// template sequence left live in any string of any stack must be a Terraform reference
// made by cdktf; each planted field must reach the output only escaped.
func TestPlantedPayloadsAreInertInSynthesis(t *testing.T) {
	env, err := config.Load("production")
	if err != nil {
		t.Fatal(err)
	}
	paths, keys := config.StringFields(env)
	planted := map[string]string{} // marker -> field
	for i, path := range paths {
		if keys[i] || excludedFromSynthesis(path) != "" {
			continue // map keys select the services: the refusal test covers them
		}
		config.SetString(env, path, false, func(s string) string { return payload(i) + s })
		planted[marker(i)] = path
	}
	config.EscapeLiterals(env)
	seen := scanPlanted(t, synthEnv(t, env), planted)
	for m, field := range planted {
		switch never := slices.Contains(neverInTerraform, field); {
		case never && seen[m] > 0:
			t.Errorf("%s reaches the output (%d times): take it off neverInTerraform", field, seen[m])
		case !never && seen[m] == 0:
			t.Errorf("%s never reached the output: the test proves nothing for it (add it to neverInTerraform if it is meant not to)", field)
		}
	}
	for _, want := range []string{"services.gateway.artifactVersion", "alerts.emails[0]", "aws.drRegion", "tags.owner"} {
		if !slices.Contains(maps(planted), want) {
			t.Errorf("%s was not planted", want)
		}
	}
}

// scanPlanted reads every string of every synthesized stack: it reports each live
// template that no cdktf reference made, and returns how often each planted marker
// (a key of planted) appears.
func scanPlanted(t *testing.T, out map[string]string, planted map[string]string) map[string]int {
	t.Helper()
	seen := map[string]int{}
	for id, doc := range out {
		var v any
		if err := json.Unmarshal([]byte(doc), &v); err != nil {
			t.Fatal(err)
		}
		eachString(v, func(s string) {
			for m := range planted {
				seen[m] += strings.Count(s, m)
			}
			for _, live := range liveTemplates(s) {
				if !referenceRE.MatchString(live) {
					t.Errorf("%s: a live template that no cdktf reference made: %q in %q", id, live, s)
				}
			}
		})
	}
	return seen
}

func mapsKeys(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func maps(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// TestExcludedFieldsAreRefusedByConstructs: the fields the synthesis above leaves alone
// stop synthesis with an error (not a panic) when planted past validation. A short
// payload keeps bucket names under 63 characters, so the grammar, not the length, refuses.
func TestExcludedFieldsAreRefusedByConstructs(t *testing.T) {
	fields := slices.Collect(mapsKeys(synthesisExcluded))
	for _, g := range synthesisExcludedPrefixes {
		fields = append(fields, g.sample)
	}
	for _, field := range fields {
		if field == "name" {
			continue // the payload test of Parse covers it; it has no construct grammar
		}
		t.Run(field, func(t *testing.T) {
			env, _ := config.Load("production")
			config.SetString(env, field, false, func(s string) string { return "${x}" + s })
			config.EscapeLiterals(env)
			app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(t.TempDir())})
			if _, err := stacks.Build(app, env); err == nil {
				t.Fatalf("stacks.Build accepted %s = %q", field, "${x}")
			}
		})
	}
}

// TestSynthesizedTemplatesAreOnlyReferences: in every stack of every environment, every
// live "${...}" is a reference cdktf made, and no "%{" directive is live: nothing in code
// or config writes an expression of its own.
func TestSynthesizedTemplatesAreOnlyReferences(t *testing.T) {
	for _, envName := range config.Names() {
		s := synth(t, envName)
		for _, id := range s.ids {
			var v any
			if err := json.Unmarshal([]byte(s.json[id]), &v); err != nil {
				t.Fatal(err)
			}
			n := 0
			eachString(v, func(str string) {
				for _, live := range liveTemplates(str) {
					n++
					if !referenceRE.MatchString(live) {
						t.Errorf("%s/%s: live template %q is not a reference", envName, id, live)
					}
				}
			})
			if n == 0 {
				t.Errorf("%s/%s: no reference found: the scan is broken", envName, id)
			}
		}
	}
}

// referenceRE is what cdktf writes for a reference: ${type.name.attribute...},
// ${data.type.name.attribute...} (remote-state outputs included), ${terraform.workspace}.
var referenceRE = regexp.MustCompile(`^\$\{(data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\}$`)

// liveTemplates returns the template sequences Terraform would evaluate in s, as
// Terraform's template scanner reads them: "$${" and "%%{" are escapes, "${"/"%{" open
// a sequence that runs to its closing brace (quoted strings skipped).
func liveTemplates(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "$${"), strings.HasPrefix(s[i:], "%%{"):
			i += 2
		case strings.HasPrefix(s[i:], "${"), strings.HasPrefix(s[i:], "%{"):
			end, depth, quoted := i+2, 1, false
			for ; end < len(s) && depth > 0; end++ {
				switch c := s[end]; {
				case quoted && c == '\\':
					end++
				case c == '"':
					quoted = !quoted
				case !quoted && c == '{':
					depth++
				case !quoted && c == '}':
					depth--
				}
			}
			out = append(out, s[i:end])
			i = end - 1
		}
	}
	return out
}

// eachString calls f for every string of a decoded JSON value, object keys included.
func eachString(v any, f func(string)) {
	switch x := v.(type) {
	case string:
		f(x)
	case []any:
		for _, e := range x {
			eachString(e, f)
		}
	case map[string]any:
		for k, e := range x {
			f(k)
			eachString(e, f)
		}
	}
}

// TestLiveTemplateScanner pins the scanner the tests above rely on.
func TestLiveTemplateScanner(t *testing.T) {
	cases := map[string][]string{
		`$${file("/etc/passwd")}`:              nil,
		`%%{ for x in y }x%%{ endfor }`:        nil,
		`$$${x}`:                               nil, // "$" then the escape "$${"
		`a${aws_s3_bucket.b.arn}/*`:            {`${aws_s3_bucket.b.arn}`},
		`${file("/etc/passwd")}`:               {`${file("/etc/passwd")}`},
		`x%{ if true }y%{ endif }`:             {`%{ if true }`, `%{ endif }`},
		`${jsonencode({"a": "}"})} tail`:       {`${jsonencode({"a": "}"})}`},
		`{"Resource": "${aws_kms_key.k.arn}"}`: {`${aws_kms_key.k.arn}`},
	}
	for in, want := range cases {
		if got := liveTemplates(in); !slices.Equal(got, want) {
			t.Errorf("liveTemplates(%q) = %q, want %q", in, got, want)
		}
	}
	if !referenceRE.MatchString("${data.terraform_remote_state.cross-stack-reference-input-phase1.outputs.cross-stack-output-aws_kms_keyk}") ||
		referenceRE.MatchString(`${file("/etc/passwd")}`) {
		t.Error("referenceRE accepts the wrong things")
	}
}

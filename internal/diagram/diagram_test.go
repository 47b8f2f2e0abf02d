package diagram

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// stackJSON builds a tiny Terraform JSON document: resources by "type.name" -> attributes.
func stackJSON(t *testing.T, env string, resources map[string]map[string]any, extra map[string]any) []byte {
	t.Helper()
	doc := map[string]any{
		"provider": map[string]any{"aws": []any{
			map[string]any{"region": "us-east-1", "default_tags": []any{map[string]any{"tags": map[string]any{"environment": env, "data-classification": "phi"}}}},
			map[string]any{"alias": "dr", "region": "us-west-2"},
		}},
	}
	res := map[string]any{}
	for addr, attrs := range resources {
		typ, name, _ := strings.Cut(addr, ".")
		if res[typ] == nil {
			res[typ] = map[string]any{}
		}
		res[typ].(map[string]any)[name] = attrs
	}
	doc["resource"] = res
	for k, v := range extra {
		doc[k] = v
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func model(t *testing.T, docs map[string][]byte) *Model {
	t.Helper()
	m, err := FromDocuments(docs)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func node(g *Graph, id string) *Node {
	for _, n := range g.Nodes {
		if n.ID == id {
			return n
		}
	}
	return nil
}

func hasEdge(g *Graph, from, to string) (Edge, bool) {
	for _, e := range g.Edges {
		if e.From == from && e.To == to {
			return e, true
		}
	}
	return Edge{}, false
}

func TestFoldsConfigurationIntoItsResource(t *testing.T) {
	m := model(t, map[string][]byte{"phase1": stackJSON(t, "dev", map[string]map[string]any{
		"aws_kms_key.K":              {"//": map[string]any{"metadata": map[string]any{"path": "phase1/Data/Key"}}},
		"aws_kms_alias.A":            {"target_key_id": "${aws_kms_key.K.key_id}"},
		"aws_s3_bucket.B":            {"bucket": "b", "//": map[string]any{"hipaa_not_phi": "a bucket of build artifacts, nothing else"}},
		"aws_s3_bucket_versioning.V": {"bucket": "${aws_s3_bucket.B.id}"},
		"aws_s3_bucket_policy.P":     {"bucket": "${aws_s3_bucket.B.id}", "policy": `{"Resource":"${aws_s3_bucket.B.arn}/*"}`},
		"aws_s3_bucket_server_side_encryption_configuration.E": {"bucket": "${aws_s3_bucket.B.id}", "rule": []any{map[string]any{"kms": "${aws_kms_key.K.arn}"}}},
	}, nil)})
	g := m.Graph(Views[0])
	if len(g.Nodes) != 2 {
		t.Fatalf("nodes = %v, want the key and the bucket only (alias, versioning, policy and encryption folded)", ids(g))
	}
	if n := node(g, "phase1/aws_kms_key.K"); n == nil || n.Name != "Data" || n.Layer != "security" {
		t.Errorf("key node = %+v, want name Data (generic leaf Key dropped), layer security", n)
	}
	// The encryption configuration's reference to the key becomes the bucket's.
	if _, ok := hasEdge(g, "phase1/aws_s3_bucket.B", "phase1/aws_kms_key.K"); !ok {
		t.Errorf("edges = %v, want bucket -> key (from the folded encryption configuration)", g.Edges)
	}
}

func TestCollapsesRepeatsButNeverPHIStores(t *testing.T) {
	res := map[string]map[string]any{"aws_sns_topic.T": {}}
	for i := range 5 {
		res[fmt.Sprintf("aws_cloudwatch_metric_alarm.A%d", i)] = map[string]any{"alarm_actions": []any{"${aws_sns_topic.T.arn}"}}
	}
	for i := range 4 {
		res[fmt.Sprintf("aws_dynamodb_table.T%d", i)] = map[string]any{"name": fmt.Sprint(i)}
	}
	res["aws_s3_bucket.Dr"] = map[string]any{"provider": "aws.dr", "tags": map[string]any{"phi": "true"}}
	g := model(t, map[string][]byte{"phase3": stackJSON(t, "production", res, nil)}).Graph(Views[0])
	alarms := node(g, "phase3/aws_cloudwatch_metric_alarm*")
	if alarms == nil || alarms.Count != 5 || !strings.HasPrefix(alarms.Label(), "5 CloudWatch alarms") {
		t.Fatalf("nodes = %v, want one node for 5 alarms", ids(g))
	}
	if _, ok := hasEdge(g, alarms.ID, "phase3/aws_sns_topic.T"); !ok {
		t.Errorf("edges = %v, want the counted alarms -> topic once", g.Edges)
	}
	for i := range 4 {
		n := node(g, fmt.Sprintf("phase3/aws_dynamodb_table.T%d", i))
		if n == nil || !n.PHI || !strings.HasPrefix(n.Label(), "PHI\n") {
			t.Errorf("table T%d = %+v: a PHI store is drawn on its own and marked", i, n)
		}
	}
	if n := node(g, "phase3/aws_s3_bucket.Dr"); n == nil || n.Region != "us-west-2" || !strings.Contains(n.Label(), "(us-west-2)") {
		t.Errorf("DR bucket = %+v, want its region shown", n)
	}
	if !strings.Contains(g.Mermaid(), "class phase3_aws_dynamodb_table_T0,") || !strings.Contains(g.DOT(), `fillcolor="#f9d6d5"`) {
		t.Error("PHI stores are not styled in the Mermaid and DOT output")
	}
}

func TestCrossStackEdgeThroughRemoteState(t *testing.T) {
	p1 := stackJSON(t, "staging", map[string]map[string]any{"aws_sns_topic.Alerts": {}}, map[string]any{
		"output":    map[string]any{"cross-stack-output-aws_sns_topicAlertsarn": map[string]any{"value": "${aws_sns_topic.Alerts.arn}"}},
		"terraform": map[string]any{"backend": map[string]any{"s3": map[string]any{"key": "staging/phase1.tfstate"}}},
	})
	p2 := stackJSON(t, "staging", map[string]map[string]any{
		"aws_cloudwatch_metric_alarm.A": {"alarm_actions": []any{"${data.terraform_remote_state.cross-stack-reference-input-phase1.outputs.cross-stack-output-aws_sns_topicAlertsarn}"}},
		"aws_lambda_function.F":         {"description": "literal $${aws_sqs_queue.Q.arn}", "depends_on": []any{"aws_cloudwatch_metric_alarm.A"}},
		"aws_sqs_queue.Q":               {},
	}, map[string]any{
		"data": map[string]any{"terraform_remote_state": map[string]any{"cross-stack-reference-input-phase1": map[string]any{
			"backend": "s3", "config": map[string]any{"key": "staging/phase1.tfstate"},
		}}},
	})
	g := model(t, map[string][]byte{"phase2": p2, "phase1": p1}).Graph(Views[0])
	e, ok := hasEdge(g, "phase2/aws_cloudwatch_metric_alarm.A", "phase1/aws_sns_topic.Alerts")
	if !ok || !e.CrossStack {
		t.Fatalf("edges = %v, want a cross-stack edge alarm -> phase1's topic", g.Edges)
	}
	if _, ok := hasEdge(g, "phase2/aws_lambda_function.F", "phase2/aws_cloudwatch_metric_alarm.A"); !ok {
		t.Errorf("edges = %v, want depends_on drawn as an edge", g.Edges)
	}
	if len(g.Edges) != 2 {
		t.Errorf("edges = %v: the escaped literal $${...} is not a reference, the remote state data source is not a node", g.Edges)
	}
	if !strings.Contains(g.DOT(), `[style=dashed, color="#1f5fbf"]`) || !strings.Contains(g.Mermaid(), " -.-> ") {
		t.Error("cross-stack edges are not dashed")
	}
}

func TestFocusedViewDrawsContext(t *testing.T) {
	g := model(t, map[string][]byte{"phase1": stackJSON(t, "dev", map[string]map[string]any{
		"aws_vpc.V":             {},
		"aws_subnet.S":          {"vpc_id": "${aws_vpc.V.id}"},
		"aws_lambda_function.F": {"vpc_config": []any{map[string]any{"subnet_ids": []any{"${aws_subnet.S.id}"}}}},
		"aws_kms_key.K":         {},
	}, nil)}).Graph(View{Name: "network", Focus: []string{"network"}, Threshold: 8})
	if n := node(g, "phase1/aws_lambda_function.F"); n == nil || !n.Context {
		t.Errorf("function = %+v, want it drawn as context of the network view", n)
	}
	if node(g, "phase1/aws_kms_key.K") != nil {
		t.Error("a key with no reference to the network is not in the network view")
	}
	if n := node(g, "phase1/aws_vpc.V"); n == nil || n.Context {
		t.Errorf("VPC = %+v, want it in focus", n)
	}
}

func TestOutputIsDeterministicAndStacksInPhaseOrder(t *testing.T) {
	docs := map[string][]byte{}
	for _, id := range []string{"phase10", "phase2", "bootstrap", "phase1"} {
		docs[id] = stackJSON(t, "dev", map[string]map[string]any{"aws_sns_topic.T": {}}, nil)
	}
	g := model(t, docs).Graph(Views[0])
	if got := strings.Join(g.Stacks, ","); got != "bootstrap,phase1,phase2,phase10" {
		t.Errorf("stack order %s", got)
	}
	first := g.DOT() + g.Mermaid()
	for range 5 {
		if again := model(t, docs).Graph(Views[0]); again.DOT()+again.Mermaid() != first {
			t.Fatal("two renderings of the same input differ")
		}
	}
	if strings.Index(first, `"cluster_phase2"`) > strings.Index(first, `"cluster_phase10"`) {
		t.Error("clusters are not drawn in phase order")
	}
}

func TestLayersAndNames(t *testing.T) {
	for typ, want := range map[string]string{
		"aws_vpc_endpoint": "network", "aws_s3_bucket_policy": "data", "aws_lambda_function": "compute",
		"aws_cloudfront_distribution": "edge", "aws_kms_key": "security", "aws_cloudwatch_metric_alarm": "monitoring",
		"neon_project": "data", "neon_vpc_endpoint_assignment": "network", "aws_iot_thing": "other",
	} {
		if got := Layer(typ); got != want {
			t.Errorf("Layer(%s) = %s, want %s", typ, got, want)
		}
	}
	for typ, want := range map[string]string{"aws_appautoscaling_policy": "appautoscaling policies", "aws_iam_policy": "IAM policies", "neon_branch": "Neon branches"} {
		if got := TypeName(typ, true); got != want {
			t.Errorf("TypeName(%s, plural) = %q, want %q", typ, got, want)
		}
	}
	if got := mermaidText(`a "b" <c>` + "\nd"); got != "a #quot;b#quot; #lt;c#gt;<br/>d" {
		t.Errorf("mermaidText = %q", got)
	}
	if got := dotString("a\"b\\c\nd"); got != `"a\"b\\c\nd"` {
		t.Errorf("dotString = %s", got)
	}
}

func TestReplaceReadmeBlock(t *testing.T) {
	readme := "# x\n" + BeginMarker + "\nold\n" + EndMarker + "\ntail\n"
	got, old, err := ReplaceReadmeBlock(readme, "flowchart LR\n")
	if err != nil || old != "\nold\n" {
		t.Fatalf("old = %q, err = %v", old, err)
	}
	want := "# x\n" + BeginMarker + "\n```mermaid\nflowchart LR\n```\n" + EndMarker + "\ntail\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, bad := range []string{"no markers", EndMarker + BeginMarker, BeginMarker + BeginMarker + EndMarker} {
		if _, _, err := ReplaceReadmeBlock(bad, "x"); err == nil {
			t.Errorf("ReplaceReadmeBlock(%q) accepted", bad)
		}
	}
}

func ids(g *Graph) []string {
	var out []string
	for _, n := range g.Nodes {
		out = append(out, n.ID)
	}
	return out
}

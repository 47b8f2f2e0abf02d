// Package diagram draws the platform from its synthesized Terraform JSON (cdktf.out), never
// by hand: stacks are clusters, resources are grouped by layer inside them, edges are the
// references between resources (cross-stack ones through terraform_remote_state
// included), and stores of patient data are marked. Graphviz lays the graph out; this
// package only decides what is drawn.
//
// What one node is (so the overview stays readable):
//
//	rule       what                                      example
//	fold       a resource that only configures another   aws_s3_bucket_versioning, _policy,
//	           one of the same stack is drawn as that    _lifecycle... -> the bucket;
//	           one (its references become that node's)   aws_kms_alias -> the key;
//	                                                     aws_iam_role_policy -> the role
//	collapse   more than Threshold nodes of one type in  "16 autoscaling targets",
//	           one stack, layer and region become one     "3 Lambda functions / ServiceAuth,
//	           node that says how many (and names them    ServiceGateway, ServicePatient";
//	           up to three); the overview collapses any   the focused views collapse past 8
//	           type that repeats
//	never      a store of patient data (compliance's     each DynamoDB table, the documents
//	           IsPHI) is never folded into a count: each  bucket and its DR replica
//	           one is drawn, named and marked PHI
//
// Layers come from the resource type (layerPrefixes); a type no prefix matches is drawn
// in the layer "other", so a new kind of resource shows up instead of disappearing.
package diagram

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/healthhub/platform-infra/constructs/compliance"
)

// Layers in drawing order.
var Layers = []string{"edge", "compute", "data", "network", "security", "monitoring", "other"}

// layerPrefixes map resource type prefixes to layers; the longest matching prefix wins.
var layerPrefixes = map[string]string{
	"aws_vpc": "network", "aws_subnet": "network", "aws_route": "network", "aws_internet_gateway": "network",
	"aws_nat_gateway": "network", "aws_eip": "network", "aws_security_group": "network",
	"aws_default_security_group": "network", "aws_flow_log": "network", "aws_network_acl": "network",
	"neon_vpc_endpoint": "network",

	"aws_s3_": "data", "aws_dynamodb_": "data", "aws_backup_": "data", "aws_appautoscaling_": "data",
	"aws_sqs_": "data", "aws_efs_": "data", "aws_db_": "data", "aws_rds_": "data", "aws_elasticache_": "data",
	"neon_": "data",

	"aws_lambda_": "compute", "aws_ecs_": "compute", "aws_instance": "compute", "aws_sfn_": "compute",
	"aws_batch_": "compute", "aws_sagemaker_": "compute", "aws_bedrock": "compute",

	"aws_apigatewayv2_": "edge", "aws_api_gateway_": "edge", "aws_cloudfront_": "edge", "aws_wafv2_": "edge",
	"aws_acm_": "edge", "aws_route53_": "edge", "aws_lb": "edge", "aws_alb": "edge",

	"aws_kms_": "security", "aws_iam_": "security", "aws_secretsmanager_": "security", "aws_guardduty_": "security",
	"aws_config_": "security", "aws_cloudtrail": "security", "aws_securityhub_": "security",
	"aws_accessanalyzer_": "security", "aws_macie2_": "security", "aws_acmpca_": "security", "aws_rolesanywhere_": "security",

	"aws_cloudwatch_": "monitoring", "aws_sns_": "monitoring", "aws_xray_": "monitoring",
	"aws_synthetics_": "monitoring", "aws_budgets_": "monitoring", "aws_ce_": "monitoring",

	"railway_": "compute", "railway_service_domain": "edge", "railway_custom_domain": "edge", "railway_tcp_proxy": "edge",
}

// Layer is the layer a resource type is drawn in.
func Layer(typ string) string {
	best, layer := "", "other"
	for p, l := range layerPrefixes {
		if strings.HasPrefix(typ, p) && len(p) > len(best) {
			best, layer = p, l
		}
	}
	return layer
}

// foldInto names, per type, the attribute that references the resource it configures;
// such a resource is drawn as that one when both are in the same stack. Every type
// starting with "aws_s3_bucket_" folds into its "bucket".
var foldInto = map[string]string{
	"aws_kms_alias":                             "target_key_id",
	"aws_iam_role_policy":                       "role",
	"aws_iam_role_policy_attachment":            "role",
	"aws_lambda_permission":                     "function_name",
	"railway_variable":                          "service_id",
	"railway_variable_collection":               "service_id",
	"aws_lambda_alias":                          "function_name",
	"aws_lambda_provisioned_concurrency_config": "function_name",
	"aws_lambda_function_event_invoke_config":   "function_name",
	"aws_sns_topic_policy":                      "arn",
	"aws_sns_topic_subscription":                "topic_arn",
	"aws_secretsmanager_secret_version":         "secret_id",
	"aws_secretsmanager_secret_rotation":        "secret_id",
	"aws_secretsmanager_secret_policy":          "secret_arn",
	"aws_route":                                 "route_table_id",
	"aws_route_table_association":               "route_table_id",
	"aws_vpc_security_group_ingress_rule":       "security_group_id",
	"aws_vpc_security_group_egress_rule":        "security_group_id",
	"aws_vpc_endpoint_private_dns":              "vpc_endpoint_id",
	"neon_vpc_endpoint_assignment":              "vpc_endpoint_id",
	"neon_vpc_endpoint_restriction":             "vpc_endpoint_id",
	"aws_backup_vault_lock_configuration":       "backup_vault_name",
	"aws_backup_vault_policy":                   "backup_vault_name",
	"aws_backup_selection":                      "plan_id",
	"aws_appautoscaling_policy":                 "resource_id",
	"aws_wafv2_web_acl_logging_configuration":   "resource_arn",
	"aws_acm_certificate_validation":            "certificate_arn",
	"aws_guardduty_detector_feature":            "detector_id",
	"aws_config_configuration_recorder_status":  "name",
	"aws_cloudwatch_event_target":               "rule",
	"aws_cloudwatch_log_metric_filter":          "log_group_name",
	"aws_apigatewayv2_stage":                    "api_id",
	"aws_apigatewayv2_route":                    "api_id",
	"aws_apigatewayv2_integration":              "api_id",
	"aws_apigatewayv2_authorizer":               "api_id",
}

func foldAttr(typ string) string {
	if a, ok := foldInto[typ]; ok {
		return a
	}
	if strings.HasPrefix(typ, "aws_s3_bucket_") {
		return "bucket"
	}
	return ""
}

// typeNames are the singular and plural labels of common types; others are derived from
// the type name.
var typeNames = map[string][2]string{
	"aws_s3_bucket":                      {"S3 bucket", "S3 buckets"},
	"aws_dynamodb_table":                 {"DynamoDB table", "DynamoDB tables"},
	"aws_kms_key":                        {"KMS key", "KMS keys"},
	"aws_iam_role":                       {"IAM role", "IAM roles"},
	"aws_iam_policy":                     {"IAM policy", "IAM policies"},
	"aws_lambda_function":                {"Lambda function", "Lambda functions"},
	"aws_sqs_queue":                      {"SQS queue", "SQS queues"},
	"aws_sns_topic":                      {"SNS topic", "SNS topics"},
	"aws_secretsmanager_secret":          {"secret", "secrets"},
	"aws_cloudwatch_metric_alarm":        {"CloudWatch alarm", "CloudWatch alarms"},
	"aws_cloudwatch_log_group":           {"log group", "log groups"},
	"aws_cloudwatch_dashboard":           {"dashboard", "dashboards"},
	"aws_cloudwatch_event_rule":          {"EventBridge rule", "EventBridge rules"},
	"aws_config_config_rule":             {"Config rule", "Config rules"},
	"aws_appautoscaling_target":          {"autoscaling target", "autoscaling targets"},
	"aws_vpc":                            {"VPC", "VPCs"},
	"aws_subnet":                         {"subnet", "subnets"},
	"aws_route_table":                    {"route table", "route tables"},
	"aws_nat_gateway":                    {"NAT gateway", "NAT gateways"},
	"aws_eip":                            {"Elastic IP", "Elastic IPs"},
	"aws_vpc_endpoint":                   {"VPC endpoint", "VPC endpoints"},
	"aws_security_group":                 {"security group", "security groups"},
	"aws_apigatewayv2_api":               {"HTTP API", "HTTP APIs"},
	"aws_apigatewayv2_route":             {"API route", "API routes"},
	"aws_apigatewayv2_integration":       {"API integration", "API integrations"},
	"aws_cloudfront_distribution":        {"CloudFront distribution", "CloudFront distributions"},
	"aws_wafv2_web_acl":                  {"WAF web ACL", "WAF web ACLs"},
	"aws_acm_certificate":                {"ACM certificate", "ACM certificates"},
	"aws_backup_vault":                   {"backup vault", "backup vaults"},
	"aws_backup_plan":                    {"backup plan", "backup plans"},
	"aws_cloudtrail":                     {"CloudTrail trail", "CloudTrail trails"},
	"aws_guardduty_detector":             {"GuardDuty detector", "GuardDuty detectors"},
	"aws_config_configuration_recorder":  {"Config recorder", "Config recorders"},
	"neon_project":                       {"Neon project", "Neon projects"},
	"neon_database":                      {"Neon database", "Neon databases"},
	"neon_branch":                        {"Neon branch", "Neon branches"},
	"neon_endpoint":                      {"Neon endpoint", "Neon endpoints"},
	"neon_role":                          {"Neon role", "Neon roles"},
	"aws_cloudwatch_log_delivery_source": {"log delivery source", "log delivery sources"},
	"aws_cloudwatch_log_delivery":        {"log delivery", "log deliveries"},
}

// TypeName is the label of a type, singular or plural.
func TypeName(typ string, plural bool) string {
	if n, ok := typeNames[typ]; ok {
		if plural {
			return n[1]
		}
		return n[0]
	}
	name := strings.ReplaceAll(strings.TrimPrefix(strings.TrimPrefix(typ, "aws_"), "neon_"), "_", " ")
	if strings.HasPrefix(typ, "neon_") {
		name = "Neon " + name
	}
	if !plural {
		return name
	}
	switch {
	case strings.HasSuffix(name, "y") && !strings.HasSuffix(name, "ey"):
		return name[:len(name)-1] + "ies"
	case strings.HasSuffix(name, "s"), strings.HasSuffix(name, "ch"):
		return name + "es"
	}
	return name + "s"
}

// Node is one box of a diagram: a resource (with the resources folded into it) or a
// count of resources of one type.
type Node struct {
	// ID is stable: "<stack>/<type>.<name>" for a resource, "<stack>/<type>*<region>"
	// for a count.
	ID           string
	Stack, Layer string
	Type         string
	// Name is the construct path inside the stack (or the Terraform name); empty for a count.
	Name string
	// Count is how many resources a collapsed node stands for; 1 for a resource.
	Count int
	// Members are the names of a collapsed node's resources, sorted.
	Members []string
	PHI     bool
	// Region is set when it differs from the stack's primary region (the DR copy).
	Region string
	// Context is true for a node a focused view shows only because it touches the focus.
	Context bool
}

// Label is the node's text, lines separated by "\n".
func (n *Node) Label() string {
	var lines []string
	if n.PHI {
		lines = append(lines, "PHI")
	}
	if n.Count > 1 {
		lines = append(lines, fmt.Sprintf("%d %s", n.Count, TypeName(n.Type, true)))
		if len(n.Members) <= maxListed {
			lines = append(lines, n.Members...)
		}
	} else {
		lines = append(lines, TypeName(n.Type, false))
		if n.Name != "" {
			lines = append(lines, n.Name)
		}
	}
	if n.Region != "" {
		lines = append(lines, "("+n.Region+")")
	}
	return strings.Join(lines, "\n")
}

// maxListed is how many members a counted node names; a larger count only says how many.
const maxListed = 3

// Edge is a reference from one node to another: From uses To.
type Edge struct {
	From, To   string
	CrossStack bool
}

// Graph is one view of one environment, sorted.
type Graph struct {
	Env, View string
	Stacks    []string
	Nodes     []*Node
	Edges     []Edge
}

// Model is every resource of an environment folded to its nodes, with the references
// between those nodes.
type Model struct {
	Env    string
	Stacks []string
	nodes  map[string]*Node
	// edges[from][to] is a reference from node from to node to.
	edges map[string]map[string]bool
}

// Load reads every stack of a synthesized cdktf.out directory.
func Load(dir string) (*Model, error) {
	files, err := filepath.Glob(filepath.Join(dir, "stacks", "*", "cdk.tf.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("%s: no stacks/<stack>/cdk.tf.json found: synthesize first (make synth)", dir)
	}
	docs := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		docs[filepath.Base(filepath.Dir(f))] = data
	}
	return FromDocuments(docs)
}

// FromDocuments builds the model from stack id -> Terraform JSON (a cdk.tf.json, or a
// stack's ToTerraform() marshalled: both resolve the same references).
func FromDocuments(docs map[string][]byte) (*Model, error) {
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sortStacks(ids)
	var stacks []*compliance.Stack
	for _, id := range ids {
		s, err := compliance.ParseStackJSON(id, docs[id])
		if err != nil {
			return nil, err
		}
		stacks = append(stacks, s)
	}
	env := compliance.NewEnv(stacks...)
	m := &Model{Stacks: ids, nodes: map[string]*Node{}, edges: map[string]map[string]bool{}}
	for _, s := range env.Stacks {
		if m.Env == "" {
			m.Env = s.Environment()
		}
	}

	// Fold: every resource to the node it is drawn as.
	owner := map[*compliance.Resource]*compliance.Resource{}
	var ownerOf func(r *compliance.Resource, depth int) *compliance.Resource
	ownerOf = func(r *compliance.Resource, depth int) *compliance.Resource {
		if o, ok := owner[r]; ok {
			return o
		}
		o := r
		if attr := foldAttr(r.Type); attr != "" && depth < 8 {
			if t, ok := r.Stack.Resolve(r.Attrs[attr]); ok && !t.Resource.Data && t.Resource.Stack == r.Stack && t.Resource != r {
				o = ownerOf(t.Resource, depth+1)
			}
		}
		owner[r] = o
		return o
	}
	for _, s := range env.Stacks {
		primary := s.PrimaryRegion()
		for _, r := range s.Resources {
			o := ownerOf(r, 0)
			id := nodeID(o)
			if m.nodes[id] != nil {
				continue
			}
			n := &Node{ID: id, Stack: s.Name, Layer: Layer(o.Type), Type: o.Type, Name: displayName(s.Name, o), Count: 1, PHI: s.IsPHI(o)}
			if reg := s.Region(o); reg != "" && primary != "" && reg != primary {
				n.Region = reg
			}
			m.nodes[id] = n
		}
	}
	// Edges: every reference of every resource, from its node to the referenced one's.
	for _, s := range env.Stacks {
		for _, r := range s.Resources {
			from := nodeID(ownerOf(r, 0))
			for _, ref := range references(r.Attrs) {
				t, ok := s.Resolve(ref)
				if !ok || t.Resource.Data {
					continue
				}
				to := nodeID(ownerOf(t.Resource, 0))
				if to == from || m.nodes[to] == nil {
					continue
				}
				if m.edges[from] == nil {
					m.edges[from] = map[string]bool{}
				}
				m.edges[from][to] = true
			}
		}
	}
	return m, nil
}

func nodeID(r *compliance.Resource) string { return r.Stack.Name + "/" + r.Address() }

// displayName is the construct path inside the stack without the generic last part
// ("Documents/Bucket" -> "Documents"), else the Terraform name.
func displayName(stack string, r *compliance.Resource) string {
	p := strings.TrimPrefix(r.Path, stack+"/")
	if p == "" || p == r.Path {
		return r.Name
	}
	parts := strings.Split(p, "/")
	if len(parts) > 1 && genericLeaf[parts[len(parts)-1]] {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, "/")
}

// genericLeaf are construct ids the constructs give their main resource.
var genericLeaf = map[string]bool{
	"Bucket": true, "Key": true, "Role": true, "Topic": true, "Function": true, "Table": true,
	"Secret": true, "Vault": true, "Project": true, "Api": true, "Detector": true,
}

var stackNumRE = regexp.MustCompile(`^(\D*)(\d+)$`)

// sortStacks puts bootstrap first, then phase stacks in numeric order (phase10 after
// phase9), then the rest by name.
func sortStacks(ids []string) {
	key := func(s string) (int, string, int) {
		if s == "bootstrap" {
			return 0, "", 0
		}
		if m := stackNumRE.FindStringSubmatch(s); m != nil {
			n, _ := strconv.Atoi(m[2])
			return 1, m[1], n
		}
		return 2, s, 0
	}
	sort.Slice(ids, func(i, j int) bool {
		a1, a2, a3 := key(ids[i])
		b1, b2, b3 := key(ids[j])
		if a1 != b1 {
			return a1 < b1
		}
		if a2 != b2 {
			return a2 < b2
		}
		if a3 != b3 {
			return a3 < b3
		}
		return ids[i] < ids[j]
	})
}

// references lists every Terraform reference in a resource's attributes: each "${"
// (not the escaped literal "$${"), and each depends_on entry.
func references(attrs map[string]any) []string {
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			for i := 0; i+1 < len(x); i++ {
				if x[i] != '$' || x[i+1] != '{' {
					continue
				}
				if i > 0 && x[i-1] == '$' {
					continue
				}
				out = append(out, x[i:])
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, k := range sortedKeys(x) {
				walk(x[k])
			}
		}
	}
	for _, k := range sortedKeys(attrs) {
		switch k {
		case "//":
			continue
		case "depends_on":
			deps, _ := attrs[k].([]any)
			for _, d := range deps {
				if s, ok := d.(string); ok {
					out = append(out, "${"+s+"}")
				}
			}
		default:
			walk(attrs[k])
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// View chooses what a diagram shows.
type View struct {
	// Name names the diagram: overview, network, security, monitoring.
	Name string
	// Focus lists the layers drawn in full; empty for every layer. A focused view also
	// draws, as context, each node one reference away from the focus.
	Focus []string
	// Threshold: more than this many nodes of one type in one stack, layer and region
	// (not PHI) are drawn as one counted node.
	Threshold int
}

// Views are the diagrams `make diagram` draws: the overview, and focused views for the
// network, security and monitoring layers.
var Views = []View{
	{Name: "overview", Threshold: 1},
	{Name: "network", Focus: []string{"network"}, Threshold: 8},
	{Name: "security", Focus: []string{"security"}, Threshold: 8},
	{Name: "monitoring", Focus: []string{"monitoring"}, Threshold: 8},
}

// Graph draws one view.
func (m *Model) Graph(v View) *Graph {
	focus := map[string]bool{}
	for _, l := range v.Focus {
		focus[l] = true
	}
	inFocus := func(n *Node) bool { return len(focus) == 0 || focus[n.Layer] }
	shown := map[string]bool{}
	for id, n := range m.nodes {
		if inFocus(n) {
			shown[id] = true
		}
	}
	context := map[string]bool{}
	if len(focus) > 0 {
		for from, tos := range m.edges {
			for to := range tos {
				if shown[from] && !shown[to] {
					context[to] = true
				}
				if shown[to] && !shown[from] {
					context[from] = true
				}
			}
		}
	}

	// Collapse: group the nodes drawn by stack, layer, type, region and role (focus or
	// context); PHI stores stay single.
	type groupKey struct {
		stack, layer, typ, region string
		ctx                       bool
	}
	groups := map[groupKey][]string{}
	for _, set := range []map[string]bool{shown, context} {
		for id := range set {
			n := m.nodes[id]
			if n.PHI {
				continue
			}
			k := groupKey{n.Stack, n.Layer, n.Type, n.Region, set[id] && !shown[id]}
			groups[k] = append(groups[k], id)
		}
	}
	drawnAs := map[string]string{} // node id -> id of the node it is drawn as
	g := &Graph{Env: m.Env, View: v.Name, Stacks: m.Stacks}
	threshold := v.Threshold
	for k, ids := range groups {
		limit := threshold
		if k.ctx {
			limit = 3 // context is summarized harder: it is not what the view is about
		}
		if len(ids) <= limit {
			continue
		}
		cid := k.stack + "/" + k.typ + "*" + k.region
		if k.ctx {
			cid += "*context"
		}
		var members []string
		for _, id := range ids {
			drawnAs[id] = cid
			members = append(members, m.nodes[id].Name)
		}
		sort.Strings(members)
		g.Nodes = append(g.Nodes, &Node{ID: cid, Stack: k.stack, Layer: k.layer, Type: k.typ, Count: len(ids), Members: members, Region: k.region, Context: k.ctx})
	}
	for _, set := range []map[string]bool{shown, context} {
		for id := range set {
			if _, ok := drawnAs[id]; ok {
				continue
			}
			n := *m.nodes[id]
			n.Context = !shown[id]
			g.Nodes = append(g.Nodes, &n)
			drawnAs[id] = id
		}
	}
	seen := map[[2]string]bool{}
	for from, tos := range m.edges {
		for to := range tos {
			if len(focus) > 0 && !shown[from] && !shown[to] {
				continue
			}
			a, okA := drawnAs[from]
			b, okB := drawnAs[to]
			if !okA || !okB || a == b || seen[[2]string{a, b}] {
				continue
			}
			seen[[2]string{a, b}] = true
			g.Edges = append(g.Edges, Edge{From: a, To: b, CrossStack: m.nodes[from].Stack != m.nodes[to].Stack})
		}
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.Slice(g.Edges, func(i, j int) bool {
		if g.Edges[i].From != g.Edges[j].From {
			return g.Edges[i].From < g.Edges[j].From
		}
		return g.Edges[i].To < g.Edges[j].To
	})
	return g
}

// layerIndex orders layers for drawing.
func layerIndex(l string) int {
	for i, x := range Layers {
		if x == l {
			return i
		}
	}
	return len(Layers)
}

// clusters groups the graph's nodes by stack, then layer, in drawing order.
func (g *Graph) clusters() []stackCluster {
	byStack := map[string]map[string][]*Node{}
	for _, n := range g.Nodes {
		if byStack[n.Stack] == nil {
			byStack[n.Stack] = map[string][]*Node{}
		}
		byStack[n.Stack][n.Layer] = append(byStack[n.Stack][n.Layer], n)
	}
	var out []stackCluster
	for _, s := range g.Stacks {
		layers := byStack[s]
		if len(layers) == 0 {
			continue
		}
		sc := stackCluster{Stack: s}
		names := sortedKeys(layers)
		sort.SliceStable(names, func(i, j int) bool { return layerIndex(names[i]) < layerIndex(names[j]) })
		for _, l := range names {
			sc.Layers = append(sc.Layers, layerCluster{Layer: l, Nodes: layers[l]})
		}
		out = append(out, sc)
	}
	return out
}

type stackCluster struct {
	Stack  string
	Layers []layerCluster
}

type layerCluster struct {
	Layer string
	Nodes []*Node
}

// Title is the diagram's caption.
func (g *Graph) Title() string {
	t := fmt.Sprintf("HealthHub %s: %s", g.Env, g.View)
	if g.View != "overview" {
		t += " (grey: context one reference away)"
	}
	return t
}

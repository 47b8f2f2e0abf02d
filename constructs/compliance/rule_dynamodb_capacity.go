package compliance

import (
	"fmt"
	"regexp"
	"strings"
)

// DynamoDBCapacity: tables are on-demand, or autoscaled on every provisioned dimension:
// reads and writes of the table and of each global secondary index, each with a scalable
// target that can actually scale and a target-tracking policy.
var DynamoDBCapacity = &Rule{
	ID: "dynamodb-capacity", Controls: []string{"164.308(a)(7)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_dynamodb_table"},
	Problem: "a provisioned table (or one of its indexes) does not autoscale reads and writes",
	Why:     "throttled writes lose clinical events and throttled reads deny access to records; capacity must follow load (emergency mode operation).",
	Fix:     "use billing_mode PAY_PER_REQUEST, or add for the table and every global secondary index an aws_appautoscaling_target per dimension (dynamodb:table|index:ReadCapacityUnits and WriteCapacityUnits, max_capacity above min_capacity) and an aws_appautoscaling_policy of type TargetTrackingScaling on each",
	Check: func(s *Stack, r *Resource) (Status, string) {
		switch bm := r.Attrs["billing_mode"]; str(bm) {
		case "PAY_PER_REQUEST":
			return Pass, ""
		case "PROVISIONED":
		default:
			if bm != nil {
				return unresolved("billing_mode", bm)
			}
			// absent: PROVISIONED, DynamoDB's default
		}
		id := "table/" + dynamoTableKey(r)
		type need struct{ resource, dimension string }
		needs := []need{{id, "dynamodb:table:ReadCapacityUnits"}, {id, "dynamodb:table:WriteCapacityUnits"}}
		for i, gsi := range list(r.Attrs["global_secondary_index"]) {
			name := dig(gsi, "name")
			if str(name) == "" || isRef(name) {
				return unresolved(fmt.Sprintf("global_secondary_index #%d name", i), name)
			}
			needs = append(needs, need{id + "/index/" + str(name), "dynamodb:index:ReadCapacityUnits"}, need{id + "/index/" + str(name), "dynamodb:index:WriteCapacityUnits"})
		}
		targets := dynamoScaling(s, "aws_appautoscaling_target")
		policies := dynamoScaling(s, "aws_appautoscaling_policy")
		var gaps []string
		for _, n := range needs {
			key := n.resource + "|" + n.dimension
			label := strings.ReplaceAll(n.resource, "\x00", "") + " " + n.dimension
			t := targets[key]
			if t == nil {
				gaps = append(gaps, "no aws_appautoscaling_target for "+label)
				continue
			}
			lo, okLo := dataNum(t.Attrs["min_capacity"])
			hi, okHi := dataNum(t.Attrs["max_capacity"])
			if !okLo || !okHi || hi <= lo {
				gaps = append(gaps, fmt.Sprintf("%s (%s) cannot scale: min_capacity %v, max_capacity %v", t.Address(), label, t.Attrs["min_capacity"], t.Attrs["max_capacity"]))
				continue
			}
			p := policies[key]
			if p == nil {
				gaps = append(gaps, "no aws_appautoscaling_policy for "+label)
				continue
			}
			if str(p.Attrs["policy_type"]) != "TargetTrackingScaling" {
				gaps = append(gaps, fmt.Sprintf("%s (%s) has policy_type %q, not TargetTrackingScaling", p.Address(), label, str(p.Attrs["policy_type"])))
				continue
			}
			if tv, ok := dataNum(dig(p.Attrs, "target_tracking_scaling_policy_configuration", 0, "target_value")); !ok || tv <= 0 {
				gaps = append(gaps, fmt.Sprintf("%s (%s) has no positive target_tracking_scaling_policy_configuration.target_value", p.Address(), label))
			}
		}
		if notes := dynamoScalingUnresolved(s); len(gaps) > 0 && len(notes) > 0 {
			gaps = append(gaps, notes...)
		}
		return verdict(len(gaps) == 0, "%s", strings.Join(gaps, "; "))
	},
}

// dynamoTableKey is how scaling resources name the table: its literal name, or, when the
// name is itself a reference, a private token standing for the resource.
func dynamoTableKey(r *Resource) string {
	if n := str(r.Attrs["name"]); n != "" && !isRef(n) {
		return n
	}
	return "\x00" + r.Stack.Name + "/" + r.Address()
}

// interpolationRE matches one "${...}" in a string.
var interpolationRE = regexp.MustCompile(`\$\{[^}]*\}`)

// dynamoScalingExpand substitutes the references in a resource_id or scalable_dimension:
// a DynamoDB table's name or id by the table's key, a scalable target's resource_id,
// scalable_dimension or service_namespace by its own expanded value. ok is false when one cannot be resolved.
func dynamoScalingExpand(s *Stack, v any, depth int) (string, bool) {
	val, ok := v.(string)
	if !ok || depth > 4 {
		return "", false
	}
	good := true
	out := interpolationRE.ReplaceAllStringFunc(val, func(ref string) string {
		t, ok := s.Resolve(ref)
		if !ok || t.Resource.Data {
			good = false
			return ref
		}
		switch {
		case t.Resource.Type == "aws_dynamodb_table" && (t.Attr == "name" || t.Attr == "id"):
			return dynamoTableKey(t.Resource)
		case t.Resource.Type == "aws_appautoscaling_target" && (t.Attr == "resource_id" || t.Attr == "scalable_dimension" || t.Attr == "service_namespace"):
			x, ok := dynamoScalingExpand(t.Resource.Stack, t.Resource.Attrs[t.Attr], depth+1)
			good = good && ok
			return x
		}
		good = false
		return ref
	})
	return out, good
}

// dynamoScaling indexes the DynamoDB scalable targets or scaling policies of the
// environment by "resource_id|scalable_dimension", references expanded.
func dynamoScaling(s *Stack, typ string) map[string]*Resource {
	out := map[string]*Resource{}
	for _, x := range s.AllOfType(typ) {
		if ns, ok := dynamoScalingExpand(x.Stack, x.Attrs["service_namespace"], 0); !ok || ns != "dynamodb" {
			continue
		}
		rid, ok1 := dynamoScalingExpand(x.Stack, x.Attrs["resource_id"], 0)
		dim, ok2 := dynamoScalingExpand(x.Stack, x.Attrs["scalable_dimension"], 0)
		if ok1 && ok2 {
			out[rid+"|"+dim] = x
		}
	}
	return out
}

// dynamoScalingUnresolved lists the DynamoDB scaling resources whose resource_id or
// scalable_dimension cannot be resolved (they might have been meant for the table).
func dynamoScalingUnresolved(s *Stack) []string {
	var out []string
	for _, typ := range []string{"aws_appautoscaling_target", "aws_appautoscaling_policy"} {
		for _, x := range s.AllOfType(typ) {
			if ns, ok := dynamoScalingExpand(x.Stack, x.Attrs["service_namespace"], 0); ok && ns != "dynamodb" {
				continue
			}
			for _, a := range []string{"service_namespace", "resource_id", "scalable_dimension"} {
				if _, ok := dynamoScalingExpand(x.Stack, x.Attrs[a], 0); !ok {
					_, d := unresolved(x.Address()+" "+a, x.Attrs[a])
					out = append(out, d)
				}
			}
		}
	}
	return out
}

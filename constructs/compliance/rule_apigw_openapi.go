package compliance

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// netOpenAPIMethods are the operation keys of an OpenAPI path item, plus API Gateway's
// catch-all method.
var netOpenAPIMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace", "x-amazon-apigateway-any-method"}

// netOpenAPIUnauthenticated lists the operations of an OpenAPI body (an API defined by
// import rather than by route or method resources) that require no authentication. An
// operation is authenticated when its security (or the document's) lists requirements
// and none is the empty, anonymous one, or when it names x-amazon-apigateway-auth. A
// preflight OPTIONS operation with a mock integration is accepted when mockOptions is
// set (REST APIs: it runs no code). A body that is not a JSON document (YAML, a
// reference, a function call) cannot be verified.
func netOpenAPIUnauthenticated(body any, mockOptions bool) ([]string, error) {
	var doc map[string]any
	if err := json.Unmarshal([]byte(str(body)), &doc); err != nil || doc == nil {
		return nil, fmt.Errorf("cannot verify the authorization of the operations in body %.60q: it is not a JSON OpenAPI document", str(body))
	}
	global, hasGlobal := doc["security"]
	paths, _ := doc["paths"].(map[string]any)
	var open []string
	for _, path := range sortedKeys(paths) {
		item, _ := paths[path].(map[string]any)
		for _, m := range netOpenAPIMethods {
			op, ok := item[m].(map[string]any)
			if !ok {
				continue
			}
			if str(dig(op, "x-amazon-apigateway-auth", "type")) != "" && !strings.EqualFold(str(dig(op, "x-amazon-apigateway-auth", "type")), "NONE") {
				continue
			}
			sec, has := op["security"]
			if !has {
				sec, has = global, hasGlobal
			}
			if has && netSecurityRequired(sec) {
				continue
			}
			if m == "options" && mockOptions && strings.EqualFold(str(dig(op, "x-amazon-apigateway-integration", "type")), "mock") {
				continue
			}
			open = append(open, strings.ToUpper(strings.TrimPrefix(m, "x-amazon-apigateway-"))+" "+path)
		}
	}
	sort.Strings(open)
	return open, nil
}

// netSecurityRequired: an OpenAPI security list with at least one requirement, none of
// them the empty (anonymous) one.
func netSecurityRequired(sec any) bool {
	reqs, ok := sec.([]any)
	if !ok || len(reqs) == 0 {
		return false
	}
	for _, r := range reqs {
		m, ok := r.(map[string]any)
		if !ok || len(m) == 0 {
			return false
		}
	}
	return true
}

package compliance

import "fmt"

// APIGatewayRESTStageCacheEncrypted: when a REST API (v1) stage caches responses, the
// cache is encrypted.
var APIGatewayRESTStageCacheEncrypted = &Rule{
	ID: "apigw-rest-stage-cache-encrypted", Controls: []string{"164.312(a)(2)(iv)"}, Level: Error,
	Types:   []string{"aws_api_gateway_stage"},
	Problem: "the REST API stage caches responses unencrypted",
	Why:     "cached responses are PHI at rest in API Gateway's cache cluster.",
	Fix: "set settings.cache_data_encrypted = true on the stage's \"*/*\" aws_api_gateway_method_settings and on every method setting that enables caching " +
		"(or turn cache_cluster_enabled off)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		cluster := r.Attrs["cache_cluster_enabled"]
		if isRef(cluster) {
			return unresolved("cache_cluster_enabled", cluster)
		}
		if !truthy(cluster) {
			return NotApplicable, "" // without a cache cluster nothing is cached
		}
		var problems []string
		all := false
		for _, ms := range netStageMethodSettings(s, r) {
			path := str(ms.Attrs["method_path"])
			enc := truthy(dig(ms.Attrs, "settings", 0, "cache_data_encrypted"))
			if path == "*/*" && enc {
				all = true
			}
			if truthy(dig(ms.Attrs, "settings", 0, "caching_enabled")) && !enc {
				problems = append(problems, fmt.Sprintf("%s caches %s without cache_data_encrypted", ms.Address(), path))
			}
		}
		if !all {
			problems = append(problems, `cache_cluster_enabled, and no "*/*" aws_api_gateway_method_settings sets cache_data_encrypted (GET methods cache by default)`)
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

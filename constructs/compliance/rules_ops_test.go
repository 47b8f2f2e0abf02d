package compliance

// opsCases are the rule cases of pack_ops.go (run by TestRules).
var opsCases = map[*Rule][]ruleCase{}

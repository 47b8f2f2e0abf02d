package compliance

// networkCases are the rule cases of pack_network.go (run by TestRules).
var networkCases = map[*Rule][]ruleCase{}

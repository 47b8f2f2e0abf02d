package compliance

// iamCases are the rule cases of pack_iam.go (run by TestRules).
var iamCases = map[*Rule][]ruleCase{}

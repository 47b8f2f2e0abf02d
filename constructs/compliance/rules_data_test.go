package compliance

// dataCases are the rule cases of pack_data.go (run by TestRules).
var dataCases = map[*Rule][]ruleCase{}

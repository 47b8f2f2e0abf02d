package compliance

// iamRules are added to HIPAAPack (pack.go).
var iamRules = []*Rule{}

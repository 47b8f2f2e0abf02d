package compliance

// networkRules are added to HIPAAPack (pack.go).
var networkRules = []*Rule{}

package compliance

// opsRules are added to HIPAAPack (pack.go).
var opsRules = []*Rule{}

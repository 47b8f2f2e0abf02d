package compliance

// dataRules are added to HIPAAPack (pack.go).
var dataRules = []*Rule{}

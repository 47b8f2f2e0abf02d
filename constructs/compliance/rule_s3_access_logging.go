package compliance

// S3AccessLogging: server access logs record every request, into another bucket of the
// environment.
var S3AccessLogging = &Rule{
	ID: "s3-access-logging", Controls: []string{"164.312(b)"}, Level: Error,
	Types:   []string{"aws_s3_bucket"},
	Problem: "server access logging is not enabled into an access-log bucket of the environment",
	Why:     "every access to stored records must be recorded for audit, in a bucket the organisation controls.",
	Fix:     "add an aws_s3_bucket_logging whose target_bucket is the access-log bucket of the environment (storage.NewBucket requires one)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		type target struct {
			from  string
			value any
			stack *Stack
		}
		var targets []target
		for _, l := range s.Attached("aws_s3_bucket_logging", "bucket", r) {
			targets = append(targets, target{l.Address(), l.Attrs["target_bucket"], l.Stack})
		}
		if lg := dig(r.Attrs, "logging", 0); lg != nil {
			targets = append(targets, target{r.Address() + " logging", dig(lg, "target_bucket"), r.Stack})
		}
		if len(targets) == 0 {
			return Fail, "no aws_s3_bucket_logging"
		}
		var detail string
		for _, t := range targets {
			dst, ok := t.stack.ResolvesTo(t.value, "aws_s3_bucket")
			if !ok {
				dst = s3BucketNamed(s, str(t.value))
			}
			switch {
			case dst == nil:
				_, detail = unresolved(t.from+" target_bucket", t.value)
			case dst == r:
				detail = t.from + ": the bucket logs into itself (each log delivery is a request that is logged)"
			default:
				return Pass, ""
			}
		}
		return Fail, detail
	},
}

// s3BucketNamed finds the bucket of the environment with the literal name.
func s3BucketNamed(s *Stack, name string) *Resource {
	if name == "" || isRef(name) {
		return nil
	}
	for _, b := range s.AllOfType("aws_s3_bucket") {
		if str(b.Attrs["bucket"]) == name {
			return b
		}
	}
	return nil
}

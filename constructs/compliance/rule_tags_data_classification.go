package compliance

import "strings"

// TagsDataClassification: every AWS resource carries the data-classification tag.
var TagsDataClassification = &Rule{
	ID: "tags-data-classification", Controls: []string{"164.308(a)(1)(ii)(A)", "164.310(d)(1)"}, Level: Error,
	Types:   nil, // every aws_* resource: see Pack
	Problem: "the resource has no data-classification tag",
	Why:     "the risk analysis and media controls start from knowing which resources hold PHI.",
	Fix:     "set it in the AWS provider's default_tags (stacks.NewBase does) or on the resource",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !strings.HasPrefix(r.Type, "aws_") {
			return NotApplicable, ""
		}
		if s.DefaultTags["data-classification"] != "" || str(dig(r.Attrs, "tags", "data-classification")) != "" {
			return Pass, ""
		}
		return Fail, "neither the provider's default_tags nor the resource's tags set data-classification"
	},
}

package compliance

import (
	"slices"
	"strings"
)

// DataClassifications are the values the data-classification tag may take.
var DataClassifications = []string{"phi", "confidential", "internal", "public"}

// TagsDataClassification: every AWS resource carries a known data-classification tag.
var TagsDataClassification = &Rule{
	ID: "tags-data-classification", Controls: []string{"164.308(a)(1)(ii)(A)", "164.310(d)(1)"}, Level: Error,
	Types:   nil, // every aws_* resource: see Pack
	Problem: "the resource has no valid data-classification tag",
	Why:     "the risk analysis and media controls start from knowing which resources hold PHI; an unknown value (a typo of phi) silently takes stores out of PHI scope.",
	Fix:     "set data-classification to one of " + strings.Join(DataClassifications, ", ") + " in the AWS provider's default_tags (stacks.NewBase does) or on the resource",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !strings.HasPrefix(r.Type, "aws_") {
			return NotApplicable, ""
		}
		from, v := "the resource's tag", dig(r.Attrs, "tags", "data-classification")
		if v == nil || v == "" {
			from, v = "the provider's default_tags", s.DefaultTags["data-classification"]
		}
		if v == nil || v == "" {
			return Fail, "neither the provider's default_tags nor the resource's tags set data-classification"
		}
		if !slices.Contains(DataClassifications, str(v)) {
			if isRef(v) {
				return unresolved("data-classification", v)
			}
			return Fail, "data-classification " + `"` + str(v) + `"` + " (from " + from + ") is not one of " + strings.Join(DataClassifications, ", ")
		}
		return Pass, ""
	},
}

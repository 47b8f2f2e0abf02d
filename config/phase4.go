package config

import (
	"slices"
	"sort"
	"strings"
)

// AIVendors are the outside AI services of phase 4, by the name config and secrets use.
var AIVendors = []string{"openai", "azure-speech", "google-vision"}

// AI configures the AI service's outside vendors.
type AI struct {
	// Vendors by name (AIVendors): whether the AI service uses it, and whether a
	// business associate agreement with the vendor is in place. In an environment whose
	// data classification is phi, the compliance pack refuses an enabled vendor without
	// one (HIPAA 164.308(b)(1), 164.314(a)).
	Vendors map[string]AIVendor `json:"vendors"`
}

// AIVendor is one outside AI vendor.
type AIVendor struct {
	Enabled    bool `json:"enabled"`
	BAAInPlace bool `json:"baaInPlace"`
}

// Rotation sets how often the product's secrets rotate, in days.
type Rotation struct {
	// DatabaseDays rotates the database credentials (default platform figure: 30).
	DatabaseDays int `json:"databaseDays"`
	// VendorKeyDays rotates the AI vendors' keys (the platform promises 90).
	VendorKeyDays int `json:"vendorKeyDays"`
}

func validateAI(c *checker, e *Environment) {
	names := make([]string, 0, len(e.AI.Vendors))
	for n := range e.AI.Vendors {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if !slices.Contains(AIVendors, n) {
			c.add("ai.vendors."+n, n, "is not a vendor of the AI service (one of %s)", strings.Join(AIVendors, ", "))
		}
	}
	r := e.Rotation
	if r.DatabaseDays < 1 || r.DatabaseDays > 90 {
		c.add("rotation.databaseDays", r.DatabaseDays, "must be from 1 to 90 days")
	}
	if r.VendorKeyDays < 1 || r.VendorKeyDays > 90 {
		c.add("rotation.vendorKeyDays", r.VendorKeyDays, "must be from 1 to 90 days: the platform promises a 90-day rotation of every vendor key")
	}
}

// EnabledAIVendors lists the enabled vendors, sorted.
func (e *Environment) EnabledAIVendors() []string {
	var out []string
	for _, n := range AIVendors {
		if e.AI.Vendors[n].Enabled {
			out = append(out, n)
		}
	}
	return out
}

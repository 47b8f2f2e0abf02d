package compliance

// VendorTag names the outside vendor a secret holds a credential of; BAATag says whether
// a business associate agreement with that vendor is in place ("true" or "false"). The
// stacks set both from config (ai.vendors.<name>.baaInPlace).
const (
	VendorTag = "vendor"
	BAATag    = "baa"
)

// AIVendorBAA: in an environment whose data classification is phi, no credential of an
// outside vendor exists without a business associate agreement with that vendor: PHI
// (a transcript, an image, a question about a patient) reaches the vendor through it.
var AIVendorBAA = &Rule{
	ID: "ai-vendor-baa", Controls: []string{"164.308(b)(1)", "164.314(a)(1)"}, Level: Error,
	Types:   []string{"aws_secretsmanager_secret"},
	Problem: "a credential of an outside vendor exists in a PHI environment without a business associate agreement with that vendor",
	Why:     "a covered entity may disclose PHI to a business associate only under a written agreement; the vendor receives patient data through this credential.",
	Fix:     "sign the BAA and set ai.vendors.<vendor>.baaInPlace to true in config, or disable the vendor (ai.vendors.<vendor>.enabled false)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		vendor := str(dig(r.Attrs, "tags", VendorTag))
		if vendor == "" {
			return NotApplicable, ""
		}
		if s.Classification(r) != "phi" {
			return NotApplicable, ""
		}
		baa := str(dig(r.Attrs, "tags", BAATag))
		return verdict(baa == "true", "the %s credential's %s tag is %q (no business associate agreement declared)", vendor, BAATag, baa)
	},
}

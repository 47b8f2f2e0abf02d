package compliance

import "fmt"

// MaxKeyRotationDays is the longest automatic rotation period accepted: yearly, KMS's
// default.
const MaxKeyRotationDays = 365

// KMSRotation: customer-managed encryption keys rotate automatically, at least yearly.
var KMSRotation = &Rule{
	ID: "kms-rotation", Controls: []string{"164.312(a)(2)(iv)"}, Level: Error,
	Types:   []string{"aws_kms_key"},
	Problem: "automatic key rotation is off",
	Why:     "rotating key material limits how much PHI one compromised key exposes.",
	Fix:     fmt.Sprintf("set enable_key_rotation = true and leave rotation_period_in_days unset or at most %d (security.NewKey always does)", MaxKeyRotationDays),
	Check: func(s *Stack, r *Resource) (Status, string) {
		switch str(r.Attrs["key_usage"]) {
		case "SIGN_VERIFY", "GENERATE_VERIFY_MAC", "KEY_AGREEMENT":
			return NotApplicable, "" // not an encryption key: it encrypts no data
		}
		if !truthy(r.Attrs["enable_key_rotation"]) {
			return Fail, fmt.Sprintf("enable_key_rotation = %v", r.Attrs["enable_key_rotation"])
		}
		if v := r.Attrs["rotation_period_in_days"]; v != nil {
			d, ok := dataNum(v)
			if !ok {
				return unresolved("rotation_period_in_days", v)
			}
			return verdict(d <= MaxKeyRotationDays, "rotation_period_in_days = %v: rotation slower than every %d days counts as off", d, MaxKeyRotationDays)
		}
		return Pass, ""
	},
}

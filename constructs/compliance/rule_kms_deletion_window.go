package compliance

// KMSDeletionWindow: a scheduled deletion of a key that encrypts no store of patient
// data waits the full 30 days (a warning; keys of patient data: kms-phi-key-deletion-window).
var KMSDeletionWindow = &Rule{
	ID: "kms-deletion-window", Controls: []string{"164.308(a)(7)(ii)(A)"}, Level: Warning,
	Types:   []string{"aws_kms_key", "aws_kms_replica_key"},
	Problem: "the deletion window is shorter than 30 days",
	Why:     "deleting a key destroys every record encrypted under it; the window is the only undo.",
	Fix:     "set deletion_window_in_days = 30 (security.NewKey's default)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if kmsKeyPHIStore(r) != "" {
			return NotApplicable, "" // kms-phi-key-deletion-window
		}
		return kmsDeletionWindowVerdict(r, "")
	},
}

// kmsDeletionWindowVerdict checks deletion_window_in_days: unset (30, the maximum) or 30.
func kmsDeletionWindowVerdict(r *Resource, suffix string) (Status, string) {
	v := r.Attrs["deletion_window_in_days"]
	if v == nil {
		return Pass, ""
	}
	w, ok := dataNum(v)
	if !ok {
		return unresolved("deletion_window_in_days", v)
	}
	return verdict(w >= 30, "deletion_window_in_days = %v%s", w, suffix)
}

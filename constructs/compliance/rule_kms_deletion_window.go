package compliance

// KMSDeletionWindow: a scheduled key deletion waits the full 30 days.
var KMSDeletionWindow = &Rule{
	ID: "kms-deletion-window", Controls: []string{"164.308(a)(7)(ii)(A)"}, Level: Warning,
	Types:   []string{"aws_kms_key"},
	Problem: "the deletion window is shorter than 30 days",
	Why:     "deleting a key destroys every record encrypted under it; the window is the only undo.",
	Fix:     "set deletion_window_in_days = 30 (security.NewKey's default)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		w := num(r.Attrs["deletion_window_in_days"])
		return verdict(w == 0 || w >= 30, "deletion_window_in_days = %v", w)
	},
}

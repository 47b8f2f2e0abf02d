package compliance

// MinNeonHistorySeconds is the product's floor (config.FloorNeonHistorySeconds).
const MinNeonHistorySeconds = 86400

// NeonHistoryRetention: point-in-time restore covers at least a day.
var NeonHistoryRetention = &Rule{
	ID: "neon-history-retention", Controls: []string{"164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)"}, Level: Error,
	Types:   []string{"neon_project"},
	Problem: "the project's history retention is under the floor",
	Why:     "the database must be restorable to a point before a bad change or a deletion.",
	Fix:     "set history_retention_seconds from config (at least 86400)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		h := num(r.Attrs["history_retention_seconds"])
		return verdict(h >= MinNeonHistorySeconds, "history_retention_seconds = %v", h)
	},
}

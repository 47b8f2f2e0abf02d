package compliance

// VPCFlowLogs: every VPC records its traffic.
var VPCFlowLogs = &Rule{
	ID: "vpc-flow-logs", Controls: []string{"164.312(b)"}, Level: Error,
	Types:   []string{"aws_vpc"},
	Problem: "the VPC has no flow log",
	Why:     "network access to systems holding PHI must be recorded.",
	Fix:     "add an aws_flow_log with traffic_type ALL (network.New does)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		for _, f := range s.Attached("aws_flow_log", "vpc_id", r) {
			if str(f.Attrs["traffic_type"]) == "ALL" {
				return Pass, ""
			}
		}
		return Fail, "no aws_flow_log with traffic_type ALL"
	},
}

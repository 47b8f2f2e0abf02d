package compliance

import (
	"fmt"
	"strings"
)

// NeonIPAllowlist: in every environment, a Neon project accepts connections only from
// listed, narrow addresses (or blocks public connections altogether).
var NeonIPAllowlist = &Rule{
	ID: "neon-ip-allowlist", Controls: []string{"164.312(a)(1)", "164.312(e)(1)"}, Level: Error,
	Types:   []string{"neon_project"},
	Problem: "the Neon project accepts connections from the internet",
	Why: "the database is reached over the internet; its IP allow-list is what keeps anyone holding a leaked connection string out. " +
		"An empty list, a /0 (or anything wider than a /8 IPv4 or /32 IPv6), or allowed_ips_protected_branches_only = yes (every unprotected " +
		"branch open to all) admits the whole internet, in every environment: development branches hold copies of real schemas and credentials.",
	Fix: "set allowed_ips to the environment's NAT egress addresses (${aws_eip.<nat>.public_ip}, database.New does) and " +
		"allowed_ips_protected_branches_only = no, or block_public_connections = yes with Neon Private Networking",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var problems []string
		blocked := str(r.Attrs["block_public_connections"]) == "yes"
		ips := list(r.Attrs["allowed_ips"])
		if len(ips) == 0 && !blocked {
			problems = append(problems, "allowed_ips is empty and block_public_connections is not yes: any IP can connect")
		}
		for _, ip := range ips {
			if d := netNeonEntry(s, ip); d != "" {
				problems = append(problems, d)
			}
		}
		if str(r.Attrs["allowed_ips_protected_branches_only"]) == "yes" && !blocked {
			problems = append(problems, "allowed_ips_protected_branches_only = yes: every unprotected branch accepts connections from any IP")
		}
		return verdict(len(problems) == 0, "%s", netJoin(problems))
	},
}

// netNeonEntry checks one allow-list entry: a literal address, block or range no wider
// than the limit, or a public IP of this environment (an aws_eip or a NAT gateway),
// optionally as a /32 or /128.
func netNeonEntry(s *Stack, v any) string {
	e := str(v)
	if strings.Contains(e, "${") {
		ref := strings.TrimSuffix(strings.TrimSuffix(e, "/32"), "/128")
		t, ok := netWholeRef(s, ref)
		if ok && !t.Resource.Data && t.Attr == "public_ip" && (t.Resource.Type == "aws_eip" || t.Resource.Type == "aws_nat_gateway") {
			return ""
		}
		_, d := unresolved("the allowed_ips entry is an address of this environment (an aws_eip or NAT gateway public_ip)", v)
		return d
	}
	if wide, ok := netWideBlock(e); ok {
		if wide {
			return fmt.Sprintf("allowed_ips entry %q admits the internet", e)
		}
		return ""
	}
	if wide, ok := netWideRange(e); ok {
		if wide {
			return fmt.Sprintf("allowed_ips range %q is wider than a /%d IPv4 or /%d IPv6 block", e, netMinPrefixV4, netMinPrefixV6)
		}
		return ""
	}
	return fmt.Sprintf("allowed_ips entry %q is not an address, block or range", fmt.Sprint(v))
}

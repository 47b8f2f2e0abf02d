package compliance

// Helpers shared by the network, entry-point and transit rules (pack_network.go).

import (
	"fmt"
	"math/big"
	"net/netip"
	"strconv"
	"strings"
)

// Widest blocks still accepted as "a range", not "the internet": an IPv4 block wider
// than a /8 (16.7 million addresses) or an IPv6 block wider than a /32 (a whole
// regional-registry allocation) is treated like 0.0.0.0/0 or ::/0, so that 0.0.0.0/1 +
// 128.0.0.0/1 cannot stand in for 0.0.0.0/0.
const (
	netMinPrefixV4 = 8
	netMinPrefixV6 = 32
)

// netWholeRef resolves v when it is exactly one reference, "${type.name.attr}" (or the
// cross-stack remote-state form), with nothing before or after it: a reference followed
// by "/0" or wrapped in a function is not proven to be what it names.
func netWholeRef(s *Stack, v any) (Target, bool) {
	t := str(v)
	if !strings.HasPrefix(t, "${") || !strings.HasSuffix(t, "}") || strings.Count(t, "${") != 1 || strings.Index(t, "}") != len(t)-1 {
		return Target{}, false
	}
	return s.Resolve(t)
}

// netWideBlock parses a literal IP address or CIDR block and reports whether it is
// the internet (0.0.0.0/0, ::/0) or a block wider than the limits above.
func netWideBlock(v string) (wide bool, ok bool) {
	v = strings.TrimSpace(v)
	if a, err := netip.ParseAddr(v); err == nil {
		return false, a.IsValid()
	}
	p, err := netip.ParsePrefix(v)
	if err != nil {
		return false, false
	}
	bits := p.Bits()
	if p.Addr().Is4In6() { // ::ffff:0.0.0.0/96 is every IPv4 address
		return bits-96 < netMinPrefixV4, true
	}
	if p.Addr().Is4() {
		return bits < netMinPrefixV4, true
	}
	return bits < netMinPrefixV6, true
}

// netWideRange parses "first-last" (an address range, as Neon's allow-list accepts) and
// reports whether it spans more addresses than the widest accepted block.
func netWideRange(v string) (wide bool, ok bool) {
	lo, hi, found := strings.Cut(v, "-")
	if !found {
		return false, false
	}
	a, err1 := netip.ParseAddr(strings.TrimSpace(lo))
	b, err2 := netip.ParseAddr(strings.TrimSpace(hi))
	if err1 != nil || err2 != nil || a.Is4() != b.Is4() || b.Less(a) {
		return false, false
	}
	limit := netMinPrefixV6
	total := 128
	if a.Is4() {
		limit, total = netMinPrefixV4, 32
	}
	size := new(big.Int).Sub(new(big.Int).SetBytes(b.AsSlice()), new(big.Int).SetBytes(a.AsSlice()))
	max := new(big.Int).Lsh(big.NewInt(1), uint(total-limit))
	return size.Cmp(max) >= 0, true
}

// netPorts is the port range a security group rule opens.
type netPorts struct {
	// all is every protocol (-1) or every port of TCP/UDP.
	all bool
	// known is false when the protocol or ports are not literals.
	known bool
	// portless is a protocol without ports (ICMP, ESP, ...): label says which.
	portless bool
	lo, hi   int
	label    string
}

// netPortNames names the ports findings call out.
var netPortNames = map[int]string{
	20: "FTP data", 21: "FTP", 22: "SSH", 23: "Telnet", 25: "SMTP", 135: "MS RPC", 139: "NetBIOS", 445: "SMB",
	1433: "SQL Server", 1434: "SQL Server browser", 1521: "Oracle", 2049: "NFS", 2375: "Docker API", 2376: "Docker API",
	2483: "Oracle", 2484: "Oracle TLS", 3306: "MySQL", 3389: "RDP", 4333: "mSQL", 5432: "PostgreSQL", 5439: "Redshift",
	5601: "Kibana", 5984: "CouchDB", 5985: "WinRM", 5986: "WinRM", 6379: "Redis", 6380: "Redis TLS", 7000: "Cassandra",
	7001: "Cassandra", 8086: "InfluxDB", 9042: "Cassandra", 9160: "Cassandra", 9200: "Elasticsearch",
	9300: "Elasticsearch", 11211: "Memcached", 26257: "CockroachDB", 27017: "MongoDB", 27018: "MongoDB", 27019: "MongoDB",
}

// NetDatabasePorts are the ports of database engines and caches: egress to the internet
// on them is how data is copied out (sg-no-internet-egress-sensitive-ports).
var NetDatabasePorts = []int{1433, 1434, 1521, 2483, 2484, 3306, 5432, 5439, 5984, 6379, 6380, 7000, 7001, 8086, 9042, 9160, 9200, 9300, 11211, 26257, 27017, 27018, 27019}

// netAdminPorts are remote administration and file-sharing ports named in ingress findings.
var netAdminPorts = []int{20, 21, 22, 23, 135, 139, 445, 2049, 2375, 2376, 3389, 4333, 5985, 5986}

func netPortNumber(v any) (int, bool) {
	switch x := v.(type) {
	case float64:
		return int(x), true
	case string:
		n, err := strconv.Atoi(strings.TrimSpace(x))
		return n, err == nil
	}
	return 0, false
}

// netRulePorts reads protocol, from_port and to_port of a rule (inline block, rule
// resource or VPC rule resource).
func netRulePorts(proto any, from, to any) netPorts {
	p := strings.ToLower(strings.TrimSpace(fmt.Sprint(proto)))
	if proto == nil {
		p = ""
	}
	if n, ok := proto.(float64); ok {
		p = strconv.Itoa(int(n))
	}
	switch p {
	case "-1", "all":
		return netPorts{all: true, known: true, lo: 0, hi: 65535, label: "all protocols and ports"}
	case "tcp", "6", "udp", "17":
		name := "TCP"
		if p == "udp" || p == "17" {
			name = "UDP"
		}
		lo, ok1 := netPortNumber(from)
		hi, ok2 := netPortNumber(to)
		if !ok1 || !ok2 {
			return netPorts{label: fmt.Sprintf("%s ports %v-%v that cannot be read", name, from, to)}
		}
		if lo > hi {
			lo, hi = hi, lo
		}
		np := netPorts{known: true, lo: lo, hi: hi}
		switch {
		case lo <= 0 && hi >= 65535 || lo == -1 || hi == -1:
			np.all, np.lo, np.hi, np.label = true, 0, 65535, "all "+name+" ports"
		case lo == hi:
			np.label = fmt.Sprintf("%s %d", name, lo)
		default:
			np.label = fmt.Sprintf("%s %d-%d", name, lo, hi)
		}
		return np
	case "icmp", "1", "icmpv6", "58":
		return netPorts{known: true, portless: true, label: "ICMP"}
	case "":
		return netPorts{label: "a protocol that is not set"}
	}
	if _, err := strconv.Atoi(p); err == nil {
		return netPorts{known: true, portless: true, label: "IP protocol " + p}
	}
	return netPorts{label: fmt.Sprintf("protocol %q that cannot be read", p)}
}

// includes lists the ports of the set that the range opens, by name.
func (np netPorts) includes(ports []int) []string {
	var out []string
	if np.portless {
		return nil
	}
	for _, p := range ports {
		if np.all || (p >= np.lo && p <= np.hi) {
			out = append(out, fmt.Sprintf("%d (%s)", p, netPortNames[p]))
		}
	}
	return out
}

// Where a security group rule's peer is, for the rules on security groups.
type netPeerKind int

const (
	netPeerInternal   netPeerKind = iota // another group, the VPC's own blocks, a narrow block
	netPeerInternet                      // 0.0.0.0/0, ::/0 or a block as wide
	netPeerAWSService                    // an AWS-managed service prefix list (S3, DynamoDB gateway endpoints)
	netPeerUnknown                       // a reference or prefix list the rule cannot read
)

type netPeer struct {
	kind netPeerKind
	desc string
}

// netCIDRPeer classifies one cidr_blocks / ipv6_cidr_blocks / cidr_ipv4 / cidr_ipv6 value.
func netCIDRPeer(s *Stack, v any) netPeer {
	txt := str(v)
	if strings.Contains(txt, "${") {
		if t, ok := netWholeRef(s, txt); ok && !t.Resource.Data {
			switch {
			case (t.Resource.Type == "aws_vpc" || t.Resource.Type == "aws_subnet" || t.Resource.Type == "aws_vpc_ipv4_cidr_block_association" || t.Resource.Type == "aws_vpc_ipv6_cidr_block_association") &&
				(t.Attr == "cidr_block" || t.Attr == "ipv6_cidr_block"):
				return netPeer{netPeerInternal, txt}
			}
		}
		return netPeer{netPeerUnknown, fmt.Sprintf("%q (not a literal block nor a VPC or subnet block of this environment)", txt)}
	}
	wide, ok := netWideBlock(txt)
	switch {
	case !ok:
		return netPeer{netPeerUnknown, fmt.Sprintf("%q (not an address block)", fmt.Sprint(v))}
	case wide:
		return netPeer{netPeerInternet, txt}
	}
	return netPeer{netPeerInternal, txt}
}

// netPrefixListPeers classifies a prefix list id: the entries of a managed prefix list
// of this environment, the AWS service list of a gateway endpoint of this environment,
// anything else unknown.
func netPrefixListPeers(s *Stack, v any) []netPeer {
	t, ok := netWholeRef(s, v)
	if ok && !t.Resource.Data {
		switch {
		case t.Resource.Type == "aws_vpc_endpoint" && t.Attr == "prefix_list_id":
			return []netPeer{{netPeerAWSService, "the AWS service prefix list of " + t.Resource.Address()}}
		case t.Resource.Type == "aws_ec2_managed_prefix_list" && (t.Attr == "id" || t.Attr == "arn"):
			var out []netPeer
			for _, e := range list(t.Resource.Attrs["entry"]) {
				out = append(out, netCIDRPeer(t.Resource.Stack, dig(e, "cidr")))
			}
			for _, e := range s.Attached("aws_ec2_managed_prefix_list_entry", "prefix_list_id", t.Resource) {
				out = append(out, netCIDRPeer(e.Stack, e.Attrs["cidr"]))
			}
			for i := range out {
				out[i].desc += " (in " + t.Resource.Address() + ")"
			}
			return out
		}
	}
	return []netPeer{{netPeerUnknown, fmt.Sprintf("prefix list %q (its entries cannot be read)", fmt.Sprint(v))}}
}

// netSGRule is one security group rule, normalized from the four ways to write it.
type netSGRule struct {
	egress bool
	peers  []netPeer
	ports  netPorts
	// where says which block or resource it came from, for findings.
	where string
}

// netSGRules reads the rules a resource declares: inline ingress and egress blocks of an
// aws_security_group, an aws_security_group_rule, or an aws_vpc_security_group_*_rule.
// A block that is not an object (a reference, a dynamic expression) is a rule with an
// unknown peer and unknown ports.
func netSGRules(s *Stack, r *Resource) []netSGRule {
	var out []netSGRule
	switch r.Type {
	case "aws_security_group", "aws_default_security_group":
		for _, dir := range []string{"ingress", "egress"} {
			for i, b := range list(r.Attrs[dir]) {
				where := fmt.Sprintf("%s[%d]", dir, i)
				if _, ok := b.(map[string]any); !ok {
					out = append(out, netSGRule{egress: dir == "egress", where: where,
						peers: []netPeer{{netPeerUnknown, fmt.Sprintf("%q (the block cannot be read)", fmt.Sprint(b))}}, ports: netPorts{label: "ports that cannot be read"}})
					continue
				}
				out = append(out, netLegacyRule(s, b, dir == "egress", where))
			}
		}
	case "aws_security_group_rule":
		t := str(r.Attrs["type"])
		if t != "ingress" && t != "egress" {
			out = append(out, netSGRule{egress: true, where: "type " + t, peers: []netPeer{{netPeerUnknown, fmt.Sprintf("type %q (not ingress or egress)", t)}}, ports: netPorts{label: "ports that cannot be read"}})
			out = append(out, netSGRule{egress: false, where: "type " + t, peers: []netPeer{{netPeerUnknown, fmt.Sprintf("type %q (not ingress or egress)", t)}}, ports: netPorts{label: "ports that cannot be read"}})
			break
		}
		out = append(out, netLegacyRule(s, r.Attrs, t == "egress", t))
	case "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule":
		rule := netSGRule{egress: r.Type == "aws_vpc_security_group_egress_rule", where: strings.TrimPrefix(r.Type, "aws_vpc_security_group_"),
			ports: netRulePorts(r.Attrs["ip_protocol"], r.Attrs["from_port"], r.Attrs["to_port"])}
		for _, k := range []string{"cidr_ipv4", "cidr_ipv6"} {
			if v, ok := r.Attrs[k]; ok && v != nil && v != "" {
				rule.peers = append(rule.peers, netCIDRPeer(s, v))
			}
		}
		if v, ok := r.Attrs["prefix_list_id"]; ok && v != nil && v != "" {
			rule.peers = append(rule.peers, netPrefixListPeers(s, v)...)
		}
		out = append(out, rule)
	}
	return out
}

func netLegacyRule(s *Stack, b any, egress bool, where string) netSGRule {
	rule := netSGRule{egress: egress, where: where, ports: netRulePorts(dig(b, "protocol"), dig(b, "from_port"), dig(b, "to_port"))}
	for _, k := range []string{"cidr_blocks", "ipv6_cidr_blocks"} {
		for _, c := range list(dig(b, k)) {
			rule.peers = append(rule.peers, netCIDRPeer(s, c))
		}
	}
	for _, pl := range list(dig(b, "prefix_list_ids")) {
		rule.peers = append(rule.peers, netPrefixListPeers(s, pl)...)
	}
	return rule
}

// netIsPublicSubnet: a subnet is public when tagged tier = public or when it hosts a
// public NAT gateway. Everything else, including a subnet the rule cannot resolve, is
// private.
func netIsPublicSubnet(s *Stack, subnet *Resource) bool {
	if subnet == nil || subnet.Type != "aws_subnet" && subnet.Type != "aws_default_subnet" {
		return false
	}
	if str(dig(subnet.Attrs, "tags", "tier")) == "public" {
		return true
	}
	for _, n := range s.Attached("aws_nat_gateway", "subnet_id", subnet) {
		if str(n.Attrs["connectivity_type"]) != "private" {
			return true
		}
	}
	return false
}

// netJoin joins problems for a detail.
func netJoin(problems []string) string { return strings.Join(problems, "; ") }

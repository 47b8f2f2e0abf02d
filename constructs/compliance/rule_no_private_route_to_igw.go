package compliance

import (
	"fmt"
	"strings"
)

// NoPrivateRouteToIGW: a route table serving a private subnet has no default route
// (0.0.0.0/0, ::/0) to an internet gateway.
var NoPrivateRouteToIGW = &Rule{
	ID: "no-private-route-to-igw", Controls: []string{"164.312(e)(1)", "164.312(a)(1)"}, Level: Error,
	Types:   []string{"aws_route_table", "aws_default_route_table", "aws_route"},
	Problem: "a route table of a private subnet sends the internet straight to an internet gateway",
	Why: "a private subnet reaches the internet only through a NAT gateway; a direct route to an internet gateway makes any public " +
		"address in it reachable from the internet, bypassing the NAT egress that Neon's allow-list and the network design rely on.",
	Fix: "route private subnets' 0.0.0.0/0 to a NAT gateway and ::/0 to an egress-only internet gateway; only subnets tagged tier = public " +
		"(or hosting the NAT gateway) may use a route table with an internet gateway default route",
	Check: func(s *Stack, r *Resource) (Status, string) {
		var routes []netRoute
		var table netTable
		if r.Type == "aws_route" {
			routes = []netRoute{netReadRoute(s, r.Attrs, "destination_cidr_block", "destination_ipv6_cidr_block", r.Address())}
			table = netResolveTable(s, r.Attrs["route_table_id"])
		} else {
			for i, b := range list(r.Attrs["route"]) {
				routes = append(routes, netReadRoute(s, b, "cidr_block", "ipv6_cidr_block", fmt.Sprintf("route[%d]", i)))
			}
			table = netTable{res: r}
		}
		var risky []string
		for _, rt := range routes {
			if rt.risk != "" {
				risky = append(risky, rt.risk)
			}
		}
		if len(risky) == 0 {
			return Pass, ""
		}
		private, why := netTablePrivate(s, table)
		if !private {
			return Pass, ""
		}
		return Fail, fmt.Sprintf("%s, and the table %s", netJoin(risky), why)
	},
}

type netRoute struct{ risk string }

// netReadRoute describes a route when it may send a default (or as wide) destination to
// an internet gateway; a value it cannot read counts as such.
func netReadRoute(s *Stack, b any, v4, v6, where string) netRoute {
	if _, ok := b.(map[string]any); !ok {
		return netRoute{fmt.Sprintf("%s: cannot read the route %q", where, fmt.Sprint(b))}
	}
	gw := dig(b, "gateway_id")
	igw := ""
	switch g := str(gw); {
	case g == "" || g == "local":
		return netRoute{}
	case strings.HasPrefix(g, "igw-"):
		igw = g
	case strings.HasPrefix(g, "${"):
		t, ok := netWholeRef(s, g)
		switch {
		case ok && !t.Resource.Data && t.Resource.Type == "aws_internet_gateway":
			igw = t.Resource.Address()
		case ok && !t.Resource.Data && t.Resource.Type == "aws_vpn_gateway":
			return netRoute{}
		default:
			igw = fmt.Sprintf("gateway %q that cannot be verified not to be an internet gateway", g)
		}
	case strings.HasPrefix(g, "vgw-"):
		return netRoute{}
	default:
		igw = fmt.Sprintf("gateway %q that cannot be verified not to be an internet gateway", g)
	}
	var dests []string
	for _, k := range []string{v4, v6} {
		d := str(dig(b, k))
		if d == "" {
			continue
		}
		if wide, ok := netWideBlock(d); !ok {
			dests = append(dests, fmt.Sprintf("destination %q that cannot be read", d))
		} else if wide {
			dests = append(dests, d)
		}
	}
	if pl := dig(b, "destination_prefix_list_id"); pl != nil && pl != "" {
		dests = append(dests, fmt.Sprintf("prefix list %q", fmt.Sprint(pl)))
	}
	if len(dests) == 0 {
		return netRoute{}
	}
	return netRoute{fmt.Sprintf("%s: %s -> %s", where, strings.Join(dests, ", "), igw)}
}

// netTable is a route table: a resource, and whether it is a VPC's main table (then it
// also serves every subnet of the VPC without an explicit association).
type netTable struct {
	res    *Resource // aws_route_table, aws_default_route_table, or aws_vpc for its main table
	main   bool
	vpc    *Resource
	broken string // why the table cannot be resolved
}

func netResolveTable(s *Stack, v any) netTable {
	t, ok := netWholeRef(s, v)
	if !ok || t.Resource.Data {
		return netTable{broken: fmt.Sprintf("route table %q cannot be resolved to a route table of this environment", str(v))}
	}
	switch {
	case t.Resource.Type == "aws_vpc" && (t.Attr == "main_route_table_id" || t.Attr == "default_route_table_id"):
		return netTable{res: t.Resource, main: true, vpc: t.Resource}
	case t.Resource.Type == "aws_route_table" || t.Resource.Type == "aws_default_route_table":
		return netTable{res: t.Resource}
	}
	return netTable{broken: fmt.Sprintf("route table %q is not a route table", str(v))}
}

// netTablePrivate reports whether the table serves a subnet that is not public, and says
// which. A subnet, VPC or table it cannot resolve counts as private.
func netTablePrivate(s *Stack, t netTable) (bool, string) {
	if t.broken != "" {
		return true, t.broken
	}
	var tables []*Resource // resources a reference to this table may name
	tables = append(tables, t.res)
	switch t.res.Type {
	case "aws_default_route_table":
		vt := netResolveTable(s, t.res.Attrs["default_route_table_id"])
		if vt.broken != "" {
			return true, "is a VPC's main table and its " + vt.broken
		}
		t.main, t.vpc = true, vt.vpc
		if vt.vpc != nil {
			tables = append(tables, vt.vpc)
		}
	case "aws_route_table":
		for _, m := range s.Attached("aws_main_route_table_association", "route_table_id", t.res) {
			vpc, ok := s.ResolvesTo(m.Attrs["vpc_id"], "aws_vpc")
			if !ok {
				return true, fmt.Sprintf("is made a main table by %s, whose VPC cannot be resolved", m.Address())
			}
			t.main, t.vpc = true, vpc
		}
	}
	var private []string
	associated := map[*Resource]bool{}
	for _, a := range s.AllOfType("aws_route_table_association") {
		rt, ok := a.Stack.Resolve(a.Attrs["route_table_id"])
		if !ok || !netContains(tables, rt.Resource) {
			continue
		}
		if g := a.Attrs["gateway_id"]; g != nil && g != "" {
			continue // an edge association serves a gateway, not a subnet
		}
		sub, ok := netWholeRef(a.Stack, a.Attrs["subnet_id"])
		if !ok || sub.Resource.Data || sub.Resource.Type != "aws_subnet" {
			private = append(private, fmt.Sprintf("subnet %q (cannot be resolved, so counted private) through %s", str(a.Attrs["subnet_id"]), a.Address()))
			continue
		}
		if !netIsPublicSubnet(s, sub.Resource) {
			private = append(private, fmt.Sprintf("private subnet %s", sub.Resource.Address()))
		}
	}
	if t.main {
		for _, a := range s.AllOfType("aws_route_table_association") {
			if sub, ok := a.Stack.ResolvesTo(a.Attrs["subnet_id"], "aws_subnet"); ok {
				associated[sub] = true
			}
		}
		for _, sub := range s.AllOfType("aws_subnet") {
			if associated[sub] {
				continue
			}
			vpc, ok := sub.Stack.ResolvesTo(sub.Attrs["vpc_id"], "aws_vpc")
			if ok && vpc != t.vpc {
				continue
			}
			if !netIsPublicSubnet(s, sub) {
				private = append(private, fmt.Sprintf("private subnet %s (no explicit association, so it uses the main table)", sub.Address()))
			}
		}
	}
	if len(private) == 0 {
		return false, ""
	}
	return true, "serves " + strings.Join(private, ", ")
}

func netContains(rs []*Resource, r *Resource) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

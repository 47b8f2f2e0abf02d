package tests

import (
	"slices"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/api"
	"github.com/healthhub/platform-infra/stacks"
)

// TestEveryRouteIsAuthorized: every route of the shared API is behind an authorizer of
// the auth service; only the declared sign-in routes use the origin-only authorizer;
// and every authorizer requires the edge's origin-verification header, so no request
// reaches a function around the edge.
func TestEveryRouteIsAuthorized(t *testing.T) {
	for _, envName := range config.Names() {
		s := synth(t, envName)
		var public []string
		for _, id := range s.ids {
			d := s.doc(t, id)
			for name, a := range d.resources("aws_apigatewayv2_authorizer") {
				if !slices.Contains(asList(a["identity_sources"]), "$request.header."+api.OriginVerifyHeader) {
					t.Errorf("%s/%s: identity sources %v lack the origin-verification header", id, name, a["identity_sources"])
				}
			}
			for name, r := range d.resources("aws_apigatewayv2_route") {
				key, _ := r["route_key"].(string)
				auth, _ := r["authorizer_id"].(string)
				switch {
				case r["authorization_type"] != "CUSTOM":
					t.Errorf("%s/%s %s: authorization_type %v, want CUSTOM", id, name, key, r["authorization_type"])
				case strings.Contains(auth, "OriginAuthorizer"):
					public = append(public, key)
				case !strings.Contains(auth, "ApiAuthorizer"):
					t.Errorf("%s/%s %s: authorizer_id %q is not the auth service's authorizer", id, name, key, auth)
				}
			}
		}
		slices.Sort(public)
		want := slices.Sorted(slices.Values(stacks.PublicRoutes))
		if s.env.UsesRailway() {
			// Phase 1's services run on Railway (preview): no HTTP API, no route at all;
			// TestPreviewPublicEntryIsTheGatewayOnly covers its one public entry.
			want = nil
		}
		if !slices.Equal(public, want) {
			t.Errorf("%s: routes without a token %v, want exactly %v", envName, public, want)
		}
	}
}

// TestFunctionsReachOnlyEndpointsAndPostgres: the function security group sends HTTPS
// only to the VPC endpoints (by group or prefix list) and Postgres only to Neon: through
// its PrivateLink endpoints where the environment has private database connectivity
// (nothing then leaves the VPC), through NAT in dev.
func TestFunctionsReachOnlyEndpointsAndPostgres(t *testing.T) {
	for _, envName := range config.Names() {
		s := synth(t, envName)
		d := s.doc(t, stacks.IDPhase1)
		var open []float64
		neonPrivate := false
		for name, r := range d.resources("aws_vpc_security_group_egress_rule") {
			if !strings.Contains(r["security_group_id"].(string), "FunctionSecurityGroup") {
				continue
			}
			cidr, _ := r["cidr_ipv4"].(string)
			ref, _ := r["referenced_security_group_id"].(string)
			switch {
			case cidr == "0.0.0.0/0":
				open = append(open, r["from_port"].(float64), r["to_port"].(float64))
			case strings.Contains(ref, "NeonEndpointSecurityGroup"):
				neonPrivate = r["from_port"] == 5432.0 && r["to_port"] == 5432.0
			case ref == "" && r["prefix_list_id"] == nil:
				t.Errorf("%s: %s goes to %v, not to a VPC endpoint", envName, name, r)
			}
			if r["cidr_ipv6"] != nil {
				t.Errorf("%s: %s has an IPv6 destination", envName, name)
			}
		}
		if s.env.Network.PrivateDatabase {
			if len(open) > 0 || !neonPrivate {
				t.Errorf("%s: egress to the internet on ports %v (want none), Postgres to the Neon endpoints %v (want true)", envName, open, neonPrivate)
			}
			project := d.resources("neon_project")
			for _, p := range project {
				if p["block_public_connections"] != "yes" {
					t.Errorf("%s: the Neon project accepts connections from the internet", envName)
				}
			}
			if n := len(d.resources("neon_vpc_endpoint_restriction")); n != len(config.NeonPrivateLinkServices[s.env.Neon.Region]) {
				t.Errorf("%s: %d endpoint restrictions, want one per Neon endpoint service", envName, n)
			}
			continue
		}
		if !slices.Equal(open, []float64{5432, 5432}) {
			t.Errorf("%s: function egress to the internet on ports %v, want only 5432", envName, open)
		}
	}
}

package tests

import (
	"slices"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/stacks"
)

// TestEveryRouteIsAuthorizedButSignIn: no route of the shared API reaches a function
// without the auth service's authorizer, except the declared sign-in routes.
func TestEveryRouteIsAuthorizedButSignIn(t *testing.T) {
	for _, envName := range config.Names() {
		s := synth(t, envName)
		var public []string
		for _, id := range s.ids {
			for name, r := range s.doc(t, id).resources("aws_apigatewayv2_route") {
				key, _ := r["route_key"].(string)
				switch r["authorization_type"] {
				case "CUSTOM":
					if auth, _ := r["authorizer_id"].(string); !strings.Contains(auth, "ApiAuthorizer") {
						t.Errorf("%s/%s %s: authorizer_id %q is not the auth service's authorizer", id, name, key, auth)
					}
				case "NONE":
					public = append(public, key)
				default:
					t.Errorf("%s/%s %s: authorization_type %v, want CUSTOM", id, name, key, r["authorization_type"])
				}
			}
		}
		slices.Sort(public)
		if want := slices.Sorted(slices.Values(stacks.PublicRoutes)); !slices.Equal(public, want) {
			t.Errorf("%s: public routes %v, want exactly %v", envName, public, want)
		}
	}
}

// TestFunctionsReachOnlyEndpointsAndPostgres: the function security group sends HTTPS
// only to the VPC endpoints (by group or prefix list); the one rule open to the
// internet is Postgres.
func TestFunctionsReachOnlyEndpointsAndPostgres(t *testing.T) {
	for _, envName := range config.Names() {
		d := synth(t, envName).doc(t, stacks.IDPhase1)
		var open []float64
		for name, r := range d.resources("aws_vpc_security_group_egress_rule") {
			if !strings.Contains(r["security_group_id"].(string), "FunctionSecurityGroup") {
				continue
			}
			cidr, _ := r["cidr_ipv4"].(string)
			switch {
			case cidr == "0.0.0.0/0":
				open = append(open, r["from_port"].(float64), r["to_port"].(float64))
			case r["referenced_security_group_id"] == nil && r["prefix_list_id"] == nil:
				t.Errorf("%s: %s goes to %v, not to a VPC endpoint", envName, name, r)
			}
			if r["cidr_ipv6"] != nil {
				t.Errorf("%s: %s has an IPv6 destination", envName, name)
			}
		}
		if !slices.Equal(open, []float64{5432, 5432}) {
			t.Errorf("%s: function egress to the internet on ports %v, want only 5432", envName, open)
		}
	}
}

// Package railway is a typed binding of the Railway Terraform provider,
// registry.terraform.io/terraform-community-providers/railway, pinned to ProviderVersion.
//
// Its binary is not on the Go module proxy, so `cdktf get` cannot generate bindings on
// the build machines. This package stands in for them: each Props struct mirrors the
// schema documented for one resource at the provider's v0.6.2 tag (docs/resources/*.md of
// terraform-community-providers/terraform-provider-railway, commit ProviderCommit):
// attribute names, types, required and optional attributes and their conflicts. The
// resources are emitted through CDKTF's generic TerraformProvider and TerraformResource,
// so the synthesized JSON is what generated bindings would write. Field names follow the
// generated bindings' naming (ProjectId, SourceImage, NumReplicas), and every value that
// may be a Terraform reference is a *string or *float64, as there: replacing this
// package's internals with `cdktf get` output later leaves the stacks untouched.
//
// Resources of the provider at v0.6.2, and where they are here:
//
//	railway_project              Project              project.go
//	railway_environment          Environment          project.go
//	railway_service              Service              service.go
//	railway_variable             Variable             variables.go
//	railway_variable_collection  VariableCollection   variables.go
//	railway_shared_variable      SharedVariable       variables.go
//	railway_service_domain       ServiceDomain        domains.go
//	railway_custom_domain        CustomDomain         domains.go
//	railway_tcp_proxy            TCPProxy             domains.go
//
// Later, unreleased resources of the repository's default branch (volumes, service
// instances, buckets, egress gateways, ...) are deliberately absent.
//
// Authentication: the provider reads its token from RAILWAY_TOKEN (TokenEnvVar) at plan
// and apply time. ProviderProps.Token exists because the schema has it, and refuses
// anything but a Terraform reference: a token written into the synthesized JSON would
// sit in version control and in every state file.
//
// Constructors validate their props first and report every problem, one per line,
// naming the attribute, the value and the rule, before anything is created.
package railway

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// The pinned provider.
const (
	// ProviderSource is the provider's registry address, in required_providers.
	ProviderSource = "terraform-community-providers/railway"
	// ProviderVersion is the exact version required (no range: a provider release can
	// change what a plan does).
	ProviderVersion = "0.6.2"
	// ProviderCommit is the commit of the v0.6.2 tag whose documented schema this package
	// mirrors (2026-04-21).
	ProviderCommit = "b1cd755cb124020a33fba8230bad4437e339b05a"
	// TokenEnvVar is where the provider reads its token at plan and apply time.
	TokenEnvVar = "RAILWAY_TOKEN"
)

// providerName is the provider's local name: resource types start with it.
const providerName = "railway"

// ProviderProps configures the provider (schema: docs/index.md).
type ProviderProps struct {
	// Token is the Railway API token. Default: unset, and it must stay unset or be a
	// Terraform reference (a variable): the provider then reads RAILWAY_TOKEN. A literal
	// is refused.
	Token *string
}

// Provider is the Railway provider configuration of one stack.
type Provider struct {
	Provider cdktf.TerraformProvider
}

// NewProvider adds the provider to the stack, required at exactly ProviderVersion.
func NewProvider(scope constructs.Construct, id string, props ProviderProps) (*Provider, error) {
	v := validator{}
	if props.Token != nil && !isReference(*props.Token) {
		v.add("token", "(a literal)", "must not be set to a literal: the provider reads %s at plan and apply time; a token in the synthesized JSON would sit in version control and in state", TokenEnvVar)
	}
	if err := v.err("railway.NewProvider " + id); err != nil {
		return nil, err
	}
	// TerraformProvider is abstract in CDKTF: a Go struct embedding it is the subclass
	// (what generated bindings are, minus their typed attributes).
	p := &terraformProvider{token: props.Token}
	cdktf.NewTerraformProvider_Override(p, scope, jsii.String(id), &cdktf.TerraformProviderConfig{
		TerraformResourceType:   jsii.String(providerName),
		TerraformProviderSource: jsii.String(ProviderSource),
		TerraformGeneratorMetadata: &cdktf.TerraformProviderGeneratorMetadata{
			ProviderName: jsii.String(providerName), ProviderVersion: jsii.String(ProviderVersion),
			ProviderVersionConstraint: jsii.String(ProviderVersion),
		},
	})
	return &Provider{Provider: p}, nil
}

// terraformProvider is the generic provider with the schema's one attribute, token.
type terraformProvider struct {
	cdktf.TerraformProvider
	token *string
}

// SynthesizeAttributes overrides CDKTF's (empty) provider attributes, as generated
// bindings do: the token when one is given.
func (p *terraformProvider) SynthesizeAttributes() *map[string]interface{} {
	attrs := map[string]interface{}{}
	if p.token != nil {
		attrs["token"] = p.token
	}
	return &attrs
}

// resource creates one resource of the provider with the attributes given (nil values
// are left out, as optional attributes that are not set).
func (p *Provider) resource(scope constructs.Construct, id, typ string, attrs map[string]any) cdktf.TerraformResource {
	r := cdktf.NewTerraformResource(scope, jsii.String(id), &cdktf.TerraformResourceConfig{
		TerraformResourceType: jsii.String(typ),
		Provider:              p.Provider,
		TerraformGeneratorMetadata: &cdktf.TerraformProviderGeneratorMetadata{
			ProviderName: jsii.String(providerName), ProviderVersion: jsii.String(ProviderVersion),
		},
	})
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if present(attrs[k]) {
			r.AddOverride(jsii.String(k), attrs[k])
		}
	}
	return r
}

// present reports whether an attribute value is set.
func present(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case *string:
		return x != nil
	case *float64:
		return x != nil
	case *bool:
		return x != nil
	case map[string]any:
		return x != nil
	case []map[string]any:
		return x != nil
	case *map[string]*string:
		return x != nil
	}
	return true
}

// isReference reports whether s is (or contains) a Terraform reference or a CDKTF token
// that resolves to one.
func isReference(s string) bool {
	// A CDKTF token is rendered in Go as "${TfToken[...]}", a reference as "${...}";
	// "$${" is an escaped literal (tfliteral.Escape), not a reference.
	return strings.Contains(strings.ReplaceAll(s, "$${", ""), "${")
}

// validator collects the problems of one set of props.
type validator struct{ problems []string }

func (v *validator) add(attr string, value any, rule string, args ...any) {
	v.problems = append(v.problems, fmt.Sprintf("%s = %s: %s", attr, shown(value), fmt.Sprintf(rule, args...)))
}

// required reports an unset or empty string attribute.
func (v *validator) required(attr string, value *string) {
	if value == nil || strings.TrimSpace(*value) == "" {
		v.add(attr, value, "is required")
	}
}

// err joins the problems, one line each, prefixed with where.
func (v *validator) err(where string) error {
	if len(v.problems) == 0 {
		return nil
	}
	return errors.New(where + ": " + strings.Join(v.problems, "\n"+where+": "))
}

// shown renders a value for a problem line.
func shown(value any) string {
	switch x := value.(type) {
	case *string:
		if x == nil {
			return "(unset)"
		}
		return fmt.Sprintf("%q", *x)
	case *float64:
		if x == nil {
			return "(unset)"
		}
		return fmt.Sprint(*x)
	case string:
		return x
	}
	return fmt.Sprint(value)
}

// set reports whether an optional string attribute is set to something.
func set(s *string) bool { return s != nil && *s != "" }

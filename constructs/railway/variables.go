package railway

import (
	"regexp"
	"sort"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// variableNameRE is what Railway accepts as a variable name (a shell-style identifier).
var variableNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// VariableProps mirrors railway_variable (docs/resources/variable.md at v0.6.2): one
// variable of a service in an environment. Its value is sensitive: Terraform never shows
// it in a plan. Every attribute is required.
type VariableProps struct {
	EnvironmentId *string
	Name          *string
	ProjectId     *string
	ServiceId     *string
	// Value is sensitive. Pass a Terraform reference for anything secret, so that the
	// synthesized JSON holds the reference and never the value.
	Value *string
}

// Variable is a railway_variable.
type Variable struct {
	Resource cdktf.TerraformResource
}

// NewVariable creates a railway_variable.
func (p *Provider) NewVariable(scope constructs.Construct, id string, props VariableProps) (*Variable, error) {
	v := validator{}
	v.required("environment_id", props.EnvironmentId)
	v.required("project_id", props.ProjectId)
	v.required("service_id", props.ServiceId)
	v.required("value", props.Value)
	name(&v, "name", props.Name)
	if err := v.err("railway.NewVariable " + id); err != nil {
		return nil, err
	}
	return &Variable{Resource: p.resource(scope, id, "railway_variable", map[string]any{
		"environment_id": props.EnvironmentId, "name": props.Name, "project_id": props.ProjectId,
		"service_id": props.ServiceId, "value": props.Value,
	})}, nil
}

// VariableCollectionProps mirrors railway_variable_collection
// (docs/resources/variable_collection.md at v0.6.2): variables of a service managed as a
// whole; any change redeploys the service. The values are not marked sensitive: Terraform
// shows them in plans. Every attribute is required.
type VariableCollectionProps struct {
	EnvironmentId *string
	ServiceId     *string
	Variables     map[string]*string
}

// VariableCollection is a railway_variable_collection.
type VariableCollection struct {
	Resource cdktf.TerraformResource
}

// NewVariableCollection creates a railway_variable_collection.
func (p *Provider) NewVariableCollection(scope constructs.Construct, id string, props VariableCollectionProps) (*VariableCollection, error) {
	v := validator{}
	v.required("environment_id", props.EnvironmentId)
	v.required("service_id", props.ServiceId)
	if len(props.Variables) == 0 {
		v.add("variables", "{}", "needs at least one variable")
	}
	keys := make([]string, 0, len(props.Variables))
	for k := range props.Variables {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	vars := map[string]*string{}
	for _, k := range keys {
		name(&v, "variables."+k, jsii.String(k))
		if props.Variables[k] == nil {
			v.add("variables."+k, props.Variables[k], "needs a value")
		}
		vars[k] = props.Variables[k]
	}
	if err := v.err("railway.NewVariableCollection " + id); err != nil {
		return nil, err
	}
	return &VariableCollection{Resource: p.resource(scope, id, "railway_variable_collection", map[string]any{
		"environment_id": props.EnvironmentId, "service_id": props.ServiceId, "variables": &vars,
	})}, nil
}

// SharedVariableProps mirrors railway_shared_variable
// (docs/resources/shared_variable.md at v0.6.2): a variable of an environment that its
// services may reference. Its value is sensitive. Every attribute is required.
type SharedVariableProps struct {
	EnvironmentId *string
	Name          *string
	ProjectId     *string
	Value         *string
}

// SharedVariable is a railway_shared_variable.
type SharedVariable struct {
	Resource cdktf.TerraformResource
}

// NewSharedVariable creates a railway_shared_variable.
func (p *Provider) NewSharedVariable(scope constructs.Construct, id string, props SharedVariableProps) (*SharedVariable, error) {
	v := validator{}
	v.required("environment_id", props.EnvironmentId)
	v.required("project_id", props.ProjectId)
	v.required("value", props.Value)
	name(&v, "name", props.Name)
	if err := v.err("railway.NewSharedVariable " + id); err != nil {
		return nil, err
	}
	return &SharedVariable{Resource: p.resource(scope, id, "railway_shared_variable", map[string]any{
		"environment_id": props.EnvironmentId, "name": props.Name, "project_id": props.ProjectId, "value": props.Value,
	})}, nil
}

// name checks a variable name.
func name(v *validator, attr string, value *string) {
	switch {
	case value == nil || *value == "":
		v.add(attr, value, "is required")
	case !variableNameRE.MatchString(*value):
		v.add(attr, value, "must be a variable name: a letter or _, then letters, digits or _")
	}
}

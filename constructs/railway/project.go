package railway

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// ProjectProps mirrors railway_project (docs/resources/project.md at v0.6.2).
type ProjectProps struct {
	// Name of the project. Required.
	Name *string
	// DefaultEnvironment is the project's default environment, created with it. Default:
	// one named "production".
	DefaultEnvironment *ProjectDefaultEnvironment
	// Description of the project. Default: "".
	Description *string
	// HasPrDeploys enables PR deploys. Default: false.
	HasPrDeploys *bool
	// Private is the project's privacy. Default: true.
	Private *bool
	// WorkspaceId is the workspace (formerly team) the project belongs to, a UUID.
	// Default: the token's personal workspace. (The attribute was team_id before v0.6.0.)
	WorkspaceId *string
}

// ProjectDefaultEnvironment is the nested default_environment attribute. Its id is
// read-only (Project.DefaultEnvironmentId).
type ProjectDefaultEnvironment struct {
	// Name of the default environment. Default: "production". Changing it replaces the
	// project.
	Name *string
}

// Project is a railway_project.
type Project struct {
	Resource cdktf.TerraformResource
}

// NewProject creates a railway_project.
func (p *Provider) NewProject(scope constructs.Construct, id string, props ProjectProps) (*Project, error) {
	v := validator{}
	v.required("name", props.Name)
	if props.DefaultEnvironment != nil {
		v.required("default_environment.name", props.DefaultEnvironment.Name)
	}
	if props.WorkspaceId != nil && !isReference(*props.WorkspaceId) && !uuidRE.MatchString(*props.WorkspaceId) {
		v.add("workspace_id", props.WorkspaceId, "must be a Railway id (a UUID)")
	}
	if err := v.err("railway.NewProject " + id); err != nil {
		return nil, err
	}
	var defaultEnv map[string]any
	if props.DefaultEnvironment != nil {
		defaultEnv = map[string]any{"name": props.DefaultEnvironment.Name}
	}
	return &Project{Resource: p.resource(scope, id, "railway_project", map[string]any{
		"name": props.Name, "default_environment": defaultEnv, "description": props.Description,
		"has_pr_deploys": props.HasPrDeploys, "private": props.Private, "workspace_id": props.WorkspaceId,
	})}, nil
}

// Id is the project's identifier (a Terraform reference).
func (p *Project) Id() *string { return p.Resource.GetStringAttribute(jsii.String("id")) }

// DefaultEnvironmentId is the default environment's identifier (a Terraform reference).
func (p *Project) DefaultEnvironmentId() *string {
	return p.Resource.GetStringAttribute(jsii.String("default_environment.id"))
}

// EnvironmentProps mirrors railway_environment (docs/resources/environment.md at v0.6.2).
type EnvironmentProps struct {
	// Name of the environment. Required; changing it replaces the environment.
	Name *string
	// ProjectId is the project the environment belongs to. Required.
	ProjectId *string
}

// Environment is a railway_environment.
type Environment struct {
	Resource cdktf.TerraformResource
}

// NewEnvironment creates a railway_environment.
func (p *Provider) NewEnvironment(scope constructs.Construct, id string, props EnvironmentProps) (*Environment, error) {
	v := validator{}
	v.required("name", props.Name)
	v.required("project_id", props.ProjectId)
	if err := v.err("railway.NewEnvironment " + id); err != nil {
		return nil, err
	}
	return &Environment{Resource: p.resource(scope, id, "railway_environment", map[string]any{
		"name": props.Name, "project_id": props.ProjectId,
	})}, nil
}

// Id is the environment's identifier (a Terraform reference).
func (e *Environment) Id() *string { return e.Resource.GetStringAttribute(jsii.String("id")) }

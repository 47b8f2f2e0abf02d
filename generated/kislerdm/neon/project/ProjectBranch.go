package project


type ProjectBranch struct {
	// The name of the default database provisioned upon creation of new project.
	//
	// It's owned by the default role (`role_name`).
	// If not specified, the default database name will be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#database_name Project#database_name}
	DatabaseName *string `field:"optional" json:"databaseName" yaml:"databaseName"`
	// The name of the default branch provisioned upon creation of new project.
	//
	// If not specified, the default branch name will be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#name Project#name}
	Name *string `field:"optional" json:"name" yaml:"name"`
	// The name of the default role provisioned upon creation of new project.
	//
	// If not specified, the default role name will be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#role_name Project#role_name}
	RoleName *string `field:"optional" json:"roleName" yaml:"roleName"`
}


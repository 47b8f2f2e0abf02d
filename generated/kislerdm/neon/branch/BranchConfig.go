package branch

import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

type BranchConfig struct {
	// Experimental.
	Connection interface{} `field:"optional" json:"connection" yaml:"connection"`
	// Experimental.
	Count interface{} `field:"optional" json:"count" yaml:"count"`
	// Experimental.
	DependsOn *[]cdktf.ITerraformDependable `field:"optional" json:"dependsOn" yaml:"dependsOn"`
	// Experimental.
	ForEach cdktf.ITerraformIterator `field:"optional" json:"forEach" yaml:"forEach"`
	// Experimental.
	Lifecycle *cdktf.TerraformResourceLifecycle `field:"optional" json:"lifecycle" yaml:"lifecycle"`
	// Experimental.
	Provider cdktf.TerraformProvider `field:"optional" json:"provider" yaml:"provider"`
	// Experimental.
	Provisioners *[]interface{} `field:"optional" json:"provisioners" yaml:"provisioners"`
	// Project ID.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/branch#project_id Branch#project_id}
	ProjectId *string `field:"required" json:"projectId" yaml:"projectId"`
	// Branch name.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/branch#name Branch#name}
	Name *string `field:"optional" json:"name" yaml:"name"`
	// ID of the branch to check out.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/branch#parent_id Branch#parent_id}
	ParentId *string `field:"optional" json:"parentId" yaml:"parentId"`
	// Log Sequence Number (LSN) horizon for the data to be present in the new branch. See details: https://neon.tech/docs/reference/glossary/#lsn.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/branch#parent_lsn Branch#parent_lsn}
	ParentLsn *string `field:"optional" json:"parentLsn" yaml:"parentLsn"`
	// Timestamp horizon for the data to be present in the new branch. **Note**: it's defined as Unix epoch.'.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/branch#parent_timestamp Branch#parent_timestamp}
	ParentTimestamp *float64 `field:"optional" json:"parentTimestamp" yaml:"parentTimestamp"`
	// Set to 'yes' to activate, 'no' to deactivate explicitly, and omit to keep the default value.
	//
	// Set whether the branch is protected.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/branch#protected Branch#protected}
	Protected *string `field:"optional" json:"protected" yaml:"protected"`
}


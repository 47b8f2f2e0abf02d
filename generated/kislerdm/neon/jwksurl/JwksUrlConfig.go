package jwksurl

import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

type JwksUrlConfig struct {
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
	// The URL that lists the JWKS.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/jwks_url#jwks_url JwksUrl#jwks_url}
	JwksUrl *string `field:"required" json:"jwksUrl" yaml:"jwksUrl"`
	// Project ID.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/jwks_url#project_id JwksUrl#project_id}
	ProjectId *string `field:"required" json:"projectId" yaml:"projectId"`
	// The name of the authentication provider.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/jwks_url#provider_name JwksUrl#provider_name}
	ProviderName *string `field:"required" json:"providerName" yaml:"providerName"`
	// The roles the JWKS should be mapped to.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/jwks_url#role_names JwksUrl#role_names}
	RoleNames *[]*string `field:"required" json:"roleNames" yaml:"roleNames"`
	// Branch ID.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/jwks_url#branch_id JwksUrl#branch_id}
	BranchId *string `field:"optional" json:"branchId" yaml:"branchId"`
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/jwks_url#id JwksUrl#id}.
	//
	// Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
	// If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
	Id *string `field:"optional" json:"id" yaml:"id"`
	// The name of the required JWT Audience to be used.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/jwks_url#jwt_audience JwksUrl#jwt_audience}
	JwtAudience *string `field:"optional" json:"jwtAudience" yaml:"jwtAudience"`
}


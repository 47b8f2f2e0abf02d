package project

import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

type ProjectConfig struct {
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
	// A list of IP addresses that are allowed to connect to the endpoints.
	//
	// Note that the feature is available to the Neon Scale plans only. Details: https://neon.tech/docs/manage/projects#configure-ip-allow
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#allowed_ips Project#allowed_ips}
	AllowedIps *[]*string `field:"optional" json:"allowedIps" yaml:"allowedIps"`
	// Set to 'yes' to activate, 'no' to deactivate explicitly, and omit to keep the default value.
	//
	// Apply the allow-list to the protected branches only.
	// Note that the feature is available to the Neon Scale plans only.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#allowed_ips_protected_branches_only Project#allowed_ips_protected_branches_only}
	AllowedIpsProtectedBranchesOnly *string `field:"optional" json:"allowedIpsProtectedBranchesOnly" yaml:"allowedIpsProtectedBranchesOnly"`
	// Set to 'yes' to activate, 'no' to deactivate explicitly, and omit to keep the default value.
	//
	// Block connections from public internet. This supersedes the AllowedIPs list.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#block_public_connections Project#block_public_connections}
	BlockPublicConnections *string `field:"optional" json:"blockPublicConnections" yaml:"blockPublicConnections"`
	// Set to 'yes' to activate, 'no' to deactivate explicitly, and omit to keep the default value.
	//
	// Block connections that use VPC endpoints.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#block_vpc_connections Project#block_vpc_connections}
	BlockVpcConnections *string `field:"optional" json:"blockVpcConnections" yaml:"blockVpcConnections"`
	// branch block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#branch Project#branch}
	Branch *ProjectBranch `field:"optional" json:"branch" yaml:"branch"`
	// Provisioner The Neon compute provisioner. Specify the k8s-neonvm provisioner to create a compute endpoint that supports Autoscaling.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#compute_provisioner Project#compute_provisioner}
	ComputeProvisioner *string `field:"optional" json:"computeProvisioner" yaml:"computeProvisioner"`
	// default_endpoint_settings block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#default_endpoint_settings Project#default_endpoint_settings}
	DefaultEndpointSettings *ProjectDefaultEndpointSettings `field:"optional" json:"defaultEndpointSettings" yaml:"defaultEndpointSettings"`
	// Set to 'yes' to activate, 'no' to deactivate explicitly, and omit to keep the default value.
	//
	// Sets wal_level=logical for all compute endpoints in this project.
	// All active endpoints will be suspended. Once enabled, logical replication cannot be disabled.
	// See details: https://neon.tech/docs/introduction/logical-replication
	//
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#enable_logical_replication Project#enable_logical_replication}
	EnableLogicalReplication *string `field:"optional" json:"enableLogicalReplication" yaml:"enableLogicalReplication"`
	// The number of seconds to retain the point-in-time restore (PITR) backup history for this project. Default: 1 day, see https://neon.tech/docs/reference/glossary#point-in-time-restore.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#history_retention_seconds Project#history_retention_seconds}
	HistoryRetentionSeconds *float64 `field:"optional" json:"historyRetentionSeconds" yaml:"historyRetentionSeconds"`
	// maintenance_window block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#maintenance_window Project#maintenance_window}
	MaintenanceWindow *ProjectMaintenanceWindow `field:"optional" json:"maintenanceWindow" yaml:"maintenanceWindow"`
	// Project name.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#name Project#name}
	Name *string `field:"optional" json:"name" yaml:"name"`
	// Identifier of the organisation to which this project belongs.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#org_id Project#org_id}
	OrgId *string `field:"optional" json:"orgId" yaml:"orgId"`
	// Postgres version.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#pg_version Project#pg_version}
	PgVersion *float64 `field:"optional" json:"pgVersion" yaml:"pgVersion"`
	// quota block.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#quota Project#quota}
	Quota *ProjectQuota `field:"optional" json:"quota" yaml:"quota"`
	// Deployment region: https://neon.tech/docs/introduction/regions.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#region_id Project#region_id}
	RegionId *string `field:"optional" json:"regionId" yaml:"regionId"`
	// Set to 'yes' to activate, 'no' to deactivate explicitly, and omit to keep the default value.
	//
	// Whether or not passwords are stored for roles in the Neon project.
	// Storing passwords facilitates access to Neon features that require authorization.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#store_password Project#store_password}
	StorePassword *string `field:"optional" json:"storePassword" yaml:"storePassword"`
}


package project

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/healthhub/platform-infra/generated/kislerdm/neon/jsii"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
	"github.com/healthhub/platform-infra/generated/kislerdm/neon/project/internal"
)

// Represents a {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project neon_project}.
type Project interface {
	cdktf.TerraformResource
	AllowedIps() *[]*string
	SetAllowedIps(val *[]*string)
	AllowedIpsInput() *[]*string
	AllowedIpsProtectedBranchesOnly() *string
	SetAllowedIpsProtectedBranchesOnly(val *string)
	AllowedIpsProtectedBranchesOnlyInput() *string
	BlockPublicConnections() *string
	SetBlockPublicConnections(val *string)
	BlockPublicConnectionsInput() *string
	BlockVpcConnections() *string
	SetBlockVpcConnections(val *string)
	BlockVpcConnectionsInput() *string
	Branch() ProjectBranchOutputReference
	BranchInput() *ProjectBranch
	// Experimental.
	CdktfStack() cdktf.TerraformStack
	ComputeProvisioner() *string
	SetComputeProvisioner(val *string)
	ComputeProvisionerInput() *string
	// Experimental.
	Connection() interface{}
	// Experimental.
	SetConnection(val interface{})
	ConnectionUri() *string
	ConnectionUriPooler() *string
	// Experimental.
	ConstructNodeMetadata() *map[string]interface{}
	// Experimental.
	Count() interface{}
	// Experimental.
	SetCount(val interface{})
	DatabaseHost() *string
	DatabaseHostPooler() *string
	DatabaseName() *string
	DatabasePassword() *string
	DatabaseUser() *string
	DefaultBranchId() *string
	DefaultEndpointId() *string
	DefaultEndpointSettings() ProjectDefaultEndpointSettingsOutputReference
	DefaultEndpointSettingsInput() *ProjectDefaultEndpointSettings
	// Experimental.
	DependsOn() *[]*string
	// Experimental.
	SetDependsOn(val *[]*string)
	EnableLogicalReplication() *string
	SetEnableLogicalReplication(val *string)
	EnableLogicalReplicationInput() *string
	// Experimental.
	ForEach() cdktf.ITerraformIterator
	// Experimental.
	SetForEach(val cdktf.ITerraformIterator)
	// Experimental.
	Fqn() *string
	// Experimental.
	FriendlyUniqueId() *string
	HistoryRetentionSeconds() *float64
	SetHistoryRetentionSeconds(val *float64)
	HistoryRetentionSecondsInput() *float64
	Id() *string
	// Experimental.
	Lifecycle() *cdktf.TerraformResourceLifecycle
	// Experimental.
	SetLifecycle(val *cdktf.TerraformResourceLifecycle)
	MaintenanceWindow() ProjectMaintenanceWindowOutputReference
	MaintenanceWindowInput() *ProjectMaintenanceWindow
	Name() *string
	SetName(val *string)
	NameInput() *string
	// The tree node.
	Node() constructs.Node
	OrgId() *string
	SetOrgId(val *string)
	OrgIdInput() *string
	PgVersion() *float64
	SetPgVersion(val *float64)
	PgVersionInput() *float64
	// Experimental.
	Provider() cdktf.TerraformProvider
	// Experimental.
	SetProvider(val cdktf.TerraformProvider)
	// Experimental.
	Provisioners() *[]interface{}
	// Experimental.
	SetProvisioners(val *[]interface{})
	Quota() ProjectQuotaOutputReference
	QuotaInput() *ProjectQuota
	// Experimental.
	RawOverrides() interface{}
	RegionId() *string
	SetRegionId(val *string)
	RegionIdInput() *string
	StorePassword() *string
	SetStorePassword(val *string)
	StorePasswordInput() *string
	// Experimental.
	TerraformGeneratorMetadata() *cdktf.TerraformProviderGeneratorMetadata
	// Experimental.
	TerraformMetaArguments() *map[string]interface{}
	// Experimental.
	TerraformResourceType() *string
	// Adds a user defined moveTarget string to this resource to be later used in .moveTo(moveTarget) to resolve the location of the move.
	// Experimental.
	AddMoveTarget(moveTarget *string)
	// Experimental.
	AddOverride(path *string, value interface{})
	// Experimental.
	GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{}
	// Experimental.
	GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable
	// Experimental.
	GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool
	// Experimental.
	GetListAttribute(terraformAttribute *string) *[]*string
	// Experimental.
	GetNumberAttribute(terraformAttribute *string) *float64
	// Experimental.
	GetNumberListAttribute(terraformAttribute *string) *[]*float64
	// Experimental.
	GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64
	// Experimental.
	GetStringAttribute(terraformAttribute *string) *string
	// Experimental.
	GetStringMapAttribute(terraformAttribute *string) *map[string]*string
	// Experimental.
	HasResourceMove() interface{}
	// Experimental.
	ImportFrom(id *string, provider cdktf.TerraformProvider)
	// Experimental.
	InterpolationForAttribute(terraformAttribute *string) cdktf.IResolvable
	// Move the resource corresponding to "id" to this resource.
	//
	// Note that the resource being moved from must be marked as moved using it's instance function.
	// Experimental.
	MoveFromId(id *string)
	// Moves this resource to the target resource given by moveTarget.
	// Experimental.
	MoveTo(moveTarget *string, index interface{})
	// Moves this resource to the resource corresponding to "id".
	// Experimental.
	MoveToId(id *string)
	// Overrides the auto-generated logical ID with a specific ID.
	// Experimental.
	OverrideLogicalId(newLogicalId *string)
	PutBranch(value *ProjectBranch)
	PutDefaultEndpointSettings(value *ProjectDefaultEndpointSettings)
	PutMaintenanceWindow(value *ProjectMaintenanceWindow)
	PutQuota(value *ProjectQuota)
	ResetAllowedIps()
	ResetAllowedIpsProtectedBranchesOnly()
	ResetBlockPublicConnections()
	ResetBlockVpcConnections()
	ResetBranch()
	ResetComputeProvisioner()
	ResetDefaultEndpointSettings()
	ResetEnableLogicalReplication()
	ResetHistoryRetentionSeconds()
	ResetMaintenanceWindow()
	ResetName()
	ResetOrgId()
	// Resets a previously passed logical Id to use the auto-generated logical id again.
	// Experimental.
	ResetOverrideLogicalId()
	ResetPgVersion()
	ResetQuota()
	ResetRegionId()
	ResetStorePassword()
	SynthesizeAttributes() *map[string]interface{}
	SynthesizeHclAttributes() *map[string]interface{}
	// Experimental.
	ToHclTerraform() interface{}
	// Experimental.
	ToMetadata() interface{}
	// Returns a string representation of this construct.
	ToString() *string
	// Adds this resource to the terraform JSON output.
	// Experimental.
	ToTerraform() interface{}
}

// The jsii proxy struct for Project
type jsiiProxy_Project struct {
	internal.Type__cdktfTerraformResource
}

func (j *jsiiProxy_Project) AllowedIps() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"allowedIps",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) AllowedIpsInput() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"allowedIpsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) AllowedIpsProtectedBranchesOnly() *string {
	var returns *string
	_jsii_.Get(
		j,
		"allowedIpsProtectedBranchesOnly",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) AllowedIpsProtectedBranchesOnlyInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"allowedIpsProtectedBranchesOnlyInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) BlockPublicConnections() *string {
	var returns *string
	_jsii_.Get(
		j,
		"blockPublicConnections",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) BlockPublicConnectionsInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"blockPublicConnectionsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) BlockVpcConnections() *string {
	var returns *string
	_jsii_.Get(
		j,
		"blockVpcConnections",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) BlockVpcConnectionsInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"blockVpcConnectionsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Branch() ProjectBranchOutputReference {
	var returns ProjectBranchOutputReference
	_jsii_.Get(
		j,
		"branch",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) BranchInput() *ProjectBranch {
	var returns *ProjectBranch
	_jsii_.Get(
		j,
		"branchInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) CdktfStack() cdktf.TerraformStack {
	var returns cdktf.TerraformStack
	_jsii_.Get(
		j,
		"cdktfStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) ComputeProvisioner() *string {
	var returns *string
	_jsii_.Get(
		j,
		"computeProvisioner",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) ComputeProvisionerInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"computeProvisionerInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Connection() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"connection",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) ConnectionUri() *string {
	var returns *string
	_jsii_.Get(
		j,
		"connectionUri",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) ConnectionUriPooler() *string {
	var returns *string
	_jsii_.Get(
		j,
		"connectionUriPooler",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) ConstructNodeMetadata() *map[string]interface{} {
	var returns *map[string]interface{}
	_jsii_.Get(
		j,
		"constructNodeMetadata",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Count() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"count",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) DatabaseHost() *string {
	var returns *string
	_jsii_.Get(
		j,
		"databaseHost",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) DatabaseHostPooler() *string {
	var returns *string
	_jsii_.Get(
		j,
		"databaseHostPooler",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) DatabaseName() *string {
	var returns *string
	_jsii_.Get(
		j,
		"databaseName",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) DatabasePassword() *string {
	var returns *string
	_jsii_.Get(
		j,
		"databasePassword",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) DatabaseUser() *string {
	var returns *string
	_jsii_.Get(
		j,
		"databaseUser",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) DefaultBranchId() *string {
	var returns *string
	_jsii_.Get(
		j,
		"defaultBranchId",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) DefaultEndpointId() *string {
	var returns *string
	_jsii_.Get(
		j,
		"defaultEndpointId",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) DefaultEndpointSettings() ProjectDefaultEndpointSettingsOutputReference {
	var returns ProjectDefaultEndpointSettingsOutputReference
	_jsii_.Get(
		j,
		"defaultEndpointSettings",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) DefaultEndpointSettingsInput() *ProjectDefaultEndpointSettings {
	var returns *ProjectDefaultEndpointSettings
	_jsii_.Get(
		j,
		"defaultEndpointSettingsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) DependsOn() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"dependsOn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) EnableLogicalReplication() *string {
	var returns *string
	_jsii_.Get(
		j,
		"enableLogicalReplication",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) EnableLogicalReplicationInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"enableLogicalReplicationInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) ForEach() cdktf.ITerraformIterator {
	var returns cdktf.ITerraformIterator
	_jsii_.Get(
		j,
		"forEach",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) FriendlyUniqueId() *string {
	var returns *string
	_jsii_.Get(
		j,
		"friendlyUniqueId",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) HistoryRetentionSeconds() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"historyRetentionSeconds",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) HistoryRetentionSecondsInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"historyRetentionSecondsInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Id() *string {
	var returns *string
	_jsii_.Get(
		j,
		"id",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Lifecycle() *cdktf.TerraformResourceLifecycle {
	var returns *cdktf.TerraformResourceLifecycle
	_jsii_.Get(
		j,
		"lifecycle",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) MaintenanceWindow() ProjectMaintenanceWindowOutputReference {
	var returns ProjectMaintenanceWindowOutputReference
	_jsii_.Get(
		j,
		"maintenanceWindow",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) MaintenanceWindowInput() *ProjectMaintenanceWindow {
	var returns *ProjectMaintenanceWindow
	_jsii_.Get(
		j,
		"maintenanceWindowInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Name() *string {
	var returns *string
	_jsii_.Get(
		j,
		"name",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) NameInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"nameInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Node() constructs.Node {
	var returns constructs.Node
	_jsii_.Get(
		j,
		"node",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) OrgId() *string {
	var returns *string
	_jsii_.Get(
		j,
		"orgId",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) OrgIdInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"orgIdInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) PgVersion() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"pgVersion",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) PgVersionInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"pgVersionInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Provider() cdktf.TerraformProvider {
	var returns cdktf.TerraformProvider
	_jsii_.Get(
		j,
		"provider",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Provisioners() *[]interface{} {
	var returns *[]interface{}
	_jsii_.Get(
		j,
		"provisioners",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) Quota() ProjectQuotaOutputReference {
	var returns ProjectQuotaOutputReference
	_jsii_.Get(
		j,
		"quota",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) QuotaInput() *ProjectQuota {
	var returns *ProjectQuota
	_jsii_.Get(
		j,
		"quotaInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) RawOverrides() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"rawOverrides",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) RegionId() *string {
	var returns *string
	_jsii_.Get(
		j,
		"regionId",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) RegionIdInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"regionIdInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) StorePassword() *string {
	var returns *string
	_jsii_.Get(
		j,
		"storePassword",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) StorePasswordInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"storePasswordInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) TerraformGeneratorMetadata() *cdktf.TerraformProviderGeneratorMetadata {
	var returns *cdktf.TerraformProviderGeneratorMetadata
	_jsii_.Get(
		j,
		"terraformGeneratorMetadata",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) TerraformMetaArguments() *map[string]interface{} {
	var returns *map[string]interface{}
	_jsii_.Get(
		j,
		"terraformMetaArguments",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_Project) TerraformResourceType() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformResourceType",
		&returns,
	)
	return returns
}


// Create a new {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project neon_project} Resource.
func NewProject(scope constructs.Construct, id *string, config *ProjectConfig) Project {
	_init_.Initialize()

	if err := validateNewProjectParameters(scope, id, config); err != nil {
		panic(err)
	}
	j := jsiiProxy_Project{}

	_jsii_.Create(
		"neon.project.Project",
		[]interface{}{scope, id, config},
		&j,
	)

	return &j
}

// Create a new {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project neon_project} Resource.
func NewProject_Override(p Project, scope constructs.Construct, id *string, config *ProjectConfig) {
	_init_.Initialize()

	_jsii_.Create(
		"neon.project.Project",
		[]interface{}{scope, id, config},
		p,
	)
}

func (j *jsiiProxy_Project)SetAllowedIps(val *[]*string) {
	if err := j.validateSetAllowedIpsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"allowedIps",
		val,
	)
}

func (j *jsiiProxy_Project)SetAllowedIpsProtectedBranchesOnly(val *string) {
	if err := j.validateSetAllowedIpsProtectedBranchesOnlyParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"allowedIpsProtectedBranchesOnly",
		val,
	)
}

func (j *jsiiProxy_Project)SetBlockPublicConnections(val *string) {
	if err := j.validateSetBlockPublicConnectionsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"blockPublicConnections",
		val,
	)
}

func (j *jsiiProxy_Project)SetBlockVpcConnections(val *string) {
	if err := j.validateSetBlockVpcConnectionsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"blockVpcConnections",
		val,
	)
}

func (j *jsiiProxy_Project)SetComputeProvisioner(val *string) {
	if err := j.validateSetComputeProvisionerParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"computeProvisioner",
		val,
	)
}

func (j *jsiiProxy_Project)SetConnection(val interface{}) {
	if err := j.validateSetConnectionParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"connection",
		val,
	)
}

func (j *jsiiProxy_Project)SetCount(val interface{}) {
	if err := j.validateSetCountParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"count",
		val,
	)
}

func (j *jsiiProxy_Project)SetDependsOn(val *[]*string) {
	_jsii_.Set(
		j,
		"dependsOn",
		val,
	)
}

func (j *jsiiProxy_Project)SetEnableLogicalReplication(val *string) {
	if err := j.validateSetEnableLogicalReplicationParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"enableLogicalReplication",
		val,
	)
}

func (j *jsiiProxy_Project)SetForEach(val cdktf.ITerraformIterator) {
	_jsii_.Set(
		j,
		"forEach",
		val,
	)
}

func (j *jsiiProxy_Project)SetHistoryRetentionSeconds(val *float64) {
	if err := j.validateSetHistoryRetentionSecondsParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"historyRetentionSeconds",
		val,
	)
}

func (j *jsiiProxy_Project)SetLifecycle(val *cdktf.TerraformResourceLifecycle) {
	if err := j.validateSetLifecycleParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"lifecycle",
		val,
	)
}

func (j *jsiiProxy_Project)SetName(val *string) {
	if err := j.validateSetNameParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"name",
		val,
	)
}

func (j *jsiiProxy_Project)SetOrgId(val *string) {
	if err := j.validateSetOrgIdParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"orgId",
		val,
	)
}

func (j *jsiiProxy_Project)SetPgVersion(val *float64) {
	if err := j.validateSetPgVersionParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"pgVersion",
		val,
	)
}

func (j *jsiiProxy_Project)SetProvider(val cdktf.TerraformProvider) {
	_jsii_.Set(
		j,
		"provider",
		val,
	)
}

func (j *jsiiProxy_Project)SetProvisioners(val *[]interface{}) {
	if err := j.validateSetProvisionersParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"provisioners",
		val,
	)
}

func (j *jsiiProxy_Project)SetRegionId(val *string) {
	if err := j.validateSetRegionIdParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"regionId",
		val,
	)
}

func (j *jsiiProxy_Project)SetStorePassword(val *string) {
	if err := j.validateSetStorePasswordParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"storePassword",
		val,
	)
}

// Generates CDKTF code for importing a Project resource upon running "cdktf plan <stack-name>".
func Project_GenerateConfigForImport(scope constructs.Construct, importToId *string, importFromId *string, provider cdktf.TerraformProvider) cdktf.ImportableResource {
	_init_.Initialize()

	if err := validateProject_GenerateConfigForImportParameters(scope, importToId, importFromId); err != nil {
		panic(err)
	}
	var returns cdktf.ImportableResource

	_jsii_.StaticInvoke(
		"neon.project.Project",
		"generateConfigForImport",
		[]interface{}{scope, importToId, importFromId, provider},
		&returns,
	)

	return returns
}

// Checks if `x` is a construct.
//
// Use this method instead of `instanceof` to properly detect `Construct`
// instances, even when the construct library is symlinked.
//
// Explanation: in JavaScript, multiple copies of the `constructs` library on
// disk are seen as independent, completely different libraries. As a
// consequence, the class `Construct` in each copy of the `constructs` library
// is seen as a different class, and an instance of one class will not test as
// `instanceof` the other class. `npm install` will not create installations
// like this, but users may manually symlink construct libraries together or
// use a monorepo tool: in those cases, multiple copies of the `constructs`
// library can be accidentally installed, and `instanceof` will behave
// unpredictably. It is safest to avoid using `instanceof`, and using
// this type-testing method instead.
//
// Returns: true if `x` is an object created from a class which extends `Construct`.
func Project_IsConstruct(x interface{}) *bool {
	_init_.Initialize()

	if err := validateProject_IsConstructParameters(x); err != nil {
		panic(err)
	}
	var returns *bool

	_jsii_.StaticInvoke(
		"neon.project.Project",
		"isConstruct",
		[]interface{}{x},
		&returns,
	)

	return returns
}

// Experimental.
func Project_IsTerraformElement(x interface{}) *bool {
	_init_.Initialize()

	if err := validateProject_IsTerraformElementParameters(x); err != nil {
		panic(err)
	}
	var returns *bool

	_jsii_.StaticInvoke(
		"neon.project.Project",
		"isTerraformElement",
		[]interface{}{x},
		&returns,
	)

	return returns
}

// Experimental.
func Project_IsTerraformResource(x interface{}) *bool {
	_init_.Initialize()

	if err := validateProject_IsTerraformResourceParameters(x); err != nil {
		panic(err)
	}
	var returns *bool

	_jsii_.StaticInvoke(
		"neon.project.Project",
		"isTerraformResource",
		[]interface{}{x},
		&returns,
	)

	return returns
}

func Project_TfResourceType() *string {
	_init_.Initialize()
	var returns *string
	_jsii_.StaticGet(
		"neon.project.Project",
		"tfResourceType",
		&returns,
	)
	return returns
}

func (p *jsiiProxy_Project) AddMoveTarget(moveTarget *string) {
	if err := p.validateAddMoveTargetParameters(moveTarget); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"addMoveTarget",
		[]interface{}{moveTarget},
	)
}

func (p *jsiiProxy_Project) AddOverride(path *string, value interface{}) {
	if err := p.validateAddOverrideParameters(path, value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"addOverride",
		[]interface{}{path, value},
	)
}

func (p *jsiiProxy_Project) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
	if err := p.validateGetAnyMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]interface{}

	_jsii_.Invoke(
		p,
		"getAnyMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
	if err := p.validateGetBooleanAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		p,
		"getBooleanAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
	if err := p.validateGetBooleanMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*bool

	_jsii_.Invoke(
		p,
		"getBooleanMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) GetListAttribute(terraformAttribute *string) *[]*string {
	if err := p.validateGetListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*string

	_jsii_.Invoke(
		p,
		"getListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) GetNumberAttribute(terraformAttribute *string) *float64 {
	if err := p.validateGetNumberAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *float64

	_jsii_.Invoke(
		p,
		"getNumberAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
	if err := p.validateGetNumberListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*float64

	_jsii_.Invoke(
		p,
		"getNumberListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
	if err := p.validateGetNumberMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*float64

	_jsii_.Invoke(
		p,
		"getNumberMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) GetStringAttribute(terraformAttribute *string) *string {
	if err := p.validateGetStringAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *string

	_jsii_.Invoke(
		p,
		"getStringAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
	if err := p.validateGetStringMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*string

	_jsii_.Invoke(
		p,
		"getStringMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) HasResourceMove() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		p,
		"hasResourceMove",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) ImportFrom(id *string, provider cdktf.TerraformProvider) {
	if err := p.validateImportFromParameters(id); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"importFrom",
		[]interface{}{id, provider},
	)
}

func (p *jsiiProxy_Project) InterpolationForAttribute(terraformAttribute *string) cdktf.IResolvable {
	if err := p.validateInterpolationForAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		p,
		"interpolationForAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) MoveFromId(id *string) {
	if err := p.validateMoveFromIdParameters(id); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"moveFromId",
		[]interface{}{id},
	)
}

func (p *jsiiProxy_Project) MoveTo(moveTarget *string, index interface{}) {
	if err := p.validateMoveToParameters(moveTarget, index); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"moveTo",
		[]interface{}{moveTarget, index},
	)
}

func (p *jsiiProxy_Project) MoveToId(id *string) {
	if err := p.validateMoveToIdParameters(id); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"moveToId",
		[]interface{}{id},
	)
}

func (p *jsiiProxy_Project) OverrideLogicalId(newLogicalId *string) {
	if err := p.validateOverrideLogicalIdParameters(newLogicalId); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"overrideLogicalId",
		[]interface{}{newLogicalId},
	)
}

func (p *jsiiProxy_Project) PutBranch(value *ProjectBranch) {
	if err := p.validatePutBranchParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"putBranch",
		[]interface{}{value},
	)
}

func (p *jsiiProxy_Project) PutDefaultEndpointSettings(value *ProjectDefaultEndpointSettings) {
	if err := p.validatePutDefaultEndpointSettingsParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"putDefaultEndpointSettings",
		[]interface{}{value},
	)
}

func (p *jsiiProxy_Project) PutMaintenanceWindow(value *ProjectMaintenanceWindow) {
	if err := p.validatePutMaintenanceWindowParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"putMaintenanceWindow",
		[]interface{}{value},
	)
}

func (p *jsiiProxy_Project) PutQuota(value *ProjectQuota) {
	if err := p.validatePutQuotaParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		p,
		"putQuota",
		[]interface{}{value},
	)
}

func (p *jsiiProxy_Project) ResetAllowedIps() {
	_jsii_.InvokeVoid(
		p,
		"resetAllowedIps",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetAllowedIpsProtectedBranchesOnly() {
	_jsii_.InvokeVoid(
		p,
		"resetAllowedIpsProtectedBranchesOnly",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetBlockPublicConnections() {
	_jsii_.InvokeVoid(
		p,
		"resetBlockPublicConnections",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetBlockVpcConnections() {
	_jsii_.InvokeVoid(
		p,
		"resetBlockVpcConnections",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetBranch() {
	_jsii_.InvokeVoid(
		p,
		"resetBranch",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetComputeProvisioner() {
	_jsii_.InvokeVoid(
		p,
		"resetComputeProvisioner",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetDefaultEndpointSettings() {
	_jsii_.InvokeVoid(
		p,
		"resetDefaultEndpointSettings",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetEnableLogicalReplication() {
	_jsii_.InvokeVoid(
		p,
		"resetEnableLogicalReplication",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetHistoryRetentionSeconds() {
	_jsii_.InvokeVoid(
		p,
		"resetHistoryRetentionSeconds",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetMaintenanceWindow() {
	_jsii_.InvokeVoid(
		p,
		"resetMaintenanceWindow",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetName() {
	_jsii_.InvokeVoid(
		p,
		"resetName",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetOrgId() {
	_jsii_.InvokeVoid(
		p,
		"resetOrgId",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetOverrideLogicalId() {
	_jsii_.InvokeVoid(
		p,
		"resetOverrideLogicalId",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetPgVersion() {
	_jsii_.InvokeVoid(
		p,
		"resetPgVersion",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetQuota() {
	_jsii_.InvokeVoid(
		p,
		"resetQuota",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetRegionId() {
	_jsii_.InvokeVoid(
		p,
		"resetRegionId",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) ResetStorePassword() {
	_jsii_.InvokeVoid(
		p,
		"resetStorePassword",
		nil, // no parameters
	)
}

func (p *jsiiProxy_Project) SynthesizeAttributes() *map[string]interface{} {
	var returns *map[string]interface{}

	_jsii_.Invoke(
		p,
		"synthesizeAttributes",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) SynthesizeHclAttributes() *map[string]interface{} {
	var returns *map[string]interface{}

	_jsii_.Invoke(
		p,
		"synthesizeHclAttributes",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) ToHclTerraform() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		p,
		"toHclTerraform",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) ToMetadata() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		p,
		"toMetadata",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		p,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (p *jsiiProxy_Project) ToTerraform() interface{} {
	var returns interface{}

	_jsii_.Invoke(
		p,
		"toTerraform",
		nil, // no parameters
		&returns,
	)

	return returns
}


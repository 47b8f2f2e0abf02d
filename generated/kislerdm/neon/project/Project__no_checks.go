//go:build no_runtime_type_checking

package project

// Building without runtime type checking enabled, so all the below just return nil

func (p *jsiiProxy_Project) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (p *jsiiProxy_Project) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateImportFromParameters(id *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (p *jsiiProxy_Project) validateMoveToIdParameters(id *string) error {
	return nil
}

func (p *jsiiProxy_Project) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (p *jsiiProxy_Project) validatePutBranchParameters(value *ProjectBranch) error {
	return nil
}

func (p *jsiiProxy_Project) validatePutDefaultEndpointSettingsParameters(value *ProjectDefaultEndpointSettings) error {
	return nil
}

func (p *jsiiProxy_Project) validatePutMaintenanceWindowParameters(value *ProjectMaintenanceWindow) error {
	return nil
}

func (p *jsiiProxy_Project) validatePutQuotaParameters(value *ProjectQuota) error {
	return nil
}

func validateProject_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateProject_IsConstructParameters(x interface{}) error {
	return nil
}

func validateProject_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateProject_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetAllowedIpsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetAllowedIpsProtectedBranchesOnlyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetBlockPublicConnectionsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetBlockVpcConnectionsParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetComputeProvisionerParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetEnableLogicalReplicationParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetHistoryRetentionSecondsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetPgVersionParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetRegionIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Project) validateSetStorePasswordParameters(val *string) error {
	return nil
}

func validateNewProjectParameters(scope constructs.Construct, id *string, config *ProjectConfig) error {
	return nil
}


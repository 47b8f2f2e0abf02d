//go:build no_runtime_type_checking

package dataneonbranchrolepassword

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataNeonBranchRolePassword) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolePassword) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataNeonBranchRolePassword_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataNeonBranchRolePassword_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataNeonBranchRolePassword_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataNeonBranchRolePassword_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRolePassword) validateSetBranchIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRolePassword) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRolePassword) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRolePassword) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRolePassword) validateSetProjectIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRolePassword) validateSetRoleNameParameters(val *string) error {
	return nil
}

func validateNewDataNeonBranchRolePasswordParameters(scope constructs.Construct, id *string, config *DataNeonBranchRolePasswordConfig) error {
	return nil
}


//go:build no_runtime_type_checking

package dataneonbranchroles

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataNeonBranchRoles) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRoles) validatePutRolesParameters(value interface{}) error {
	return nil
}

func validateDataNeonBranchRoles_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataNeonBranchRoles_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataNeonBranchRoles_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataNeonBranchRoles_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRoles) validateSetBranchIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRoles) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRoles) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRoles) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRoles) validateSetProjectIdParameters(val *string) error {
	return nil
}

func validateNewDataNeonBranchRolesParameters(scope constructs.Construct, id *string, config *DataNeonBranchRolesConfig) error {
	return nil
}


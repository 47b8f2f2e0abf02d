//go:build no_runtime_type_checking

package dataneonbranches

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataNeonBranches) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranches) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataNeonBranches_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataNeonBranches_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataNeonBranches_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataNeonBranches_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranches) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranches) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranches) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranches) validateSetProjectIdParameters(val *string) error {
	return nil
}

func validateNewDataNeonBranchesParameters(scope constructs.Construct, id *string, config *DataNeonBranchesConfig) error {
	return nil
}


//go:build no_runtime_type_checking

package dataneonbranchendpoints

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataNeonBranchEndpoints) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpoints) validatePutEndpointsParameters(value interface{}) error {
	return nil
}

func validateDataNeonBranchEndpoints_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataNeonBranchEndpoints_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataNeonBranchEndpoints_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataNeonBranchEndpoints_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchEndpoints) validateSetBranchIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchEndpoints) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchEndpoints) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchEndpoints) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchEndpoints) validateSetProjectIdParameters(val *string) error {
	return nil
}

func validateNewDataNeonBranchEndpointsParameters(scope constructs.Construct, id *string, config *DataNeonBranchEndpointsConfig) error {
	return nil
}


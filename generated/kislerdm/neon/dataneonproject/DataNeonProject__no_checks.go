//go:build no_runtime_type_checking

package dataneonproject

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataNeonProject) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonProject) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataNeonProject_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataNeonProject_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataNeonProject_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataNeonProject_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonProject) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonProject) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonProject) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func validateNewDataNeonProjectParameters(scope constructs.Construct, id *string, config *DataNeonProjectConfig) error {
	return nil
}


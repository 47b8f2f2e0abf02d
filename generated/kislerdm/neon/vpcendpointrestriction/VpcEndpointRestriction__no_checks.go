//go:build no_runtime_type_checking

package vpcendpointrestriction

// Building without runtime type checking enabled, so all the below just return nil

func (v *jsiiProxy_VpcEndpointRestriction) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateImportFromParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateMoveToIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointRestriction) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateVpcEndpointRestriction_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateVpcEndpointRestriction_IsConstructParameters(x interface{}) error {
	return nil
}

func validateVpcEndpointRestriction_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateVpcEndpointRestriction_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointRestriction) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointRestriction) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointRestriction) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointRestriction) validateSetLabelParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointRestriction) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointRestriction) validateSetProjectIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointRestriction) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointRestriction) validateSetVpcEndpointIdParameters(val *string) error {
	return nil
}

func validateNewVpcEndpointRestrictionParameters(scope constructs.Construct, id *string, config *VpcEndpointRestrictionConfig) error {
	return nil
}


//go:build no_runtime_type_checking

package vpcendpointassignment

// Building without runtime type checking enabled, so all the below just return nil

func (v *jsiiProxy_VpcEndpointAssignment) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateImportFromParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateMoveToIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointAssignment) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateVpcEndpointAssignment_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateVpcEndpointAssignment_IsConstructParameters(x interface{}) error {
	return nil
}

func validateVpcEndpointAssignment_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateVpcEndpointAssignment_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointAssignment) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointAssignment) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointAssignment) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointAssignment) validateSetLabelParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointAssignment) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointAssignment) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointAssignment) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointAssignment) validateSetRegionIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointAssignment) validateSetVpcEndpointIdParameters(val *string) error {
	return nil
}

func validateNewVpcEndpointAssignmentParameters(scope constructs.Construct, id *string, config *VpcEndpointAssignmentConfig) error {
	return nil
}


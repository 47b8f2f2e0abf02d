//go:build no_runtime_type_checking

package jwksurl

// Building without runtime type checking enabled, so all the below just return nil

func (j *jsiiProxy_JwksUrl) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateImportFromParameters(id *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateMoveToIdParameters(id *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateJwksUrl_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateJwksUrl_IsConstructParameters(x interface{}) error {
	return nil
}

func validateJwksUrl_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateJwksUrl_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetBranchIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetJwksUrlParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetJwtAudienceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetProjectIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetProviderNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_JwksUrl) validateSetRoleNamesParameters(val *[]*string) error {
	return nil
}

func validateNewJwksUrlParameters(scope constructs.Construct, id *string, config *JwksUrlConfig) error {
	return nil
}


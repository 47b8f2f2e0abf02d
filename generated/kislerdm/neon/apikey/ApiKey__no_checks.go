//go:build no_runtime_type_checking

package apikey

// Building without runtime type checking enabled, so all the below just return nil

func (a *jsiiProxy_ApiKey) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateImportFromParameters(id *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateMoveToIdParameters(id *string) error {
	return nil
}

func (a *jsiiProxy_ApiKey) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateApiKey_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateApiKey_IsConstructParameters(x interface{}) error {
	return nil
}

func validateApiKey_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateApiKey_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_ApiKey) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ApiKey) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ApiKey) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_ApiKey) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ApiKey) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewApiKeyParameters(scope constructs.Construct, id *string, config *ApiKeyConfig) error {
	return nil
}


//go:build no_runtime_type_checking

package orgapikey

// Building without runtime type checking enabled, so all the below just return nil

func (o *jsiiProxy_OrgApiKey) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateImportFromParameters(id *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateMoveToIdParameters(id *string) error {
	return nil
}

func (o *jsiiProxy_OrgApiKey) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateOrgApiKey_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateOrgApiKey_IsConstructParameters(x interface{}) error {
	return nil
}

func validateOrgApiKey_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateOrgApiKey_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_OrgApiKey) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_OrgApiKey) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_OrgApiKey) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_OrgApiKey) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_OrgApiKey) validateSetOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_OrgApiKey) validateSetProjectIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_OrgApiKey) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewOrgApiKeyParameters(scope constructs.Construct, id *string, config *OrgApiKeyConfig) error {
	return nil
}


//go:build no_runtime_type_checking

package projectpermission

// Building without runtime type checking enabled, so all the below just return nil

func (p *jsiiProxy_ProjectPermission) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateImportFromParameters(id *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateMoveToIdParameters(id *string) error {
	return nil
}

func (p *jsiiProxy_ProjectPermission) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateProjectPermission_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateProjectPermission_IsConstructParameters(x interface{}) error {
	return nil
}

func validateProjectPermission_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateProjectPermission_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_ProjectPermission) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ProjectPermission) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ProjectPermission) validateSetGranteeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ProjectPermission) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_ProjectPermission) validateSetProjectIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ProjectPermission) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewProjectPermissionParameters(scope constructs.Construct, id *string, config *ProjectPermissionConfig) error {
	return nil
}


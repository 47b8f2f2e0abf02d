//go:build no_runtime_type_checking

package role

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_Role) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (r *jsiiProxy_Role) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateImportFromParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (r *jsiiProxy_Role) validateMoveToIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_Role) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateRole_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateRole_IsConstructParameters(x interface{}) error {
	return nil
}

func validateRole_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateRole_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Role) validateSetBranchIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Role) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Role) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Role) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Role) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Role) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Role) validateSetProjectIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Role) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewRoleParameters(scope constructs.Construct, id *string, config *RoleConfig) error {
	return nil
}


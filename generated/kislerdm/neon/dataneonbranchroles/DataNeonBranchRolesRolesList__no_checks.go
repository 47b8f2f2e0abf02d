//go:build no_runtime_type_checking

package dataneonbranchroles

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataNeonBranchRolesRolesList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolesRolesList) validateGetParameters(index *float64) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchRolesRolesList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRolesRolesList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRolesRolesList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRolesRolesList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchRolesRolesList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewDataNeonBranchRolesRolesListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}


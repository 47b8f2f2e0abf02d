//go:build no_runtime_type_checking

package dataneonbranches

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataNeonBranchesBranchesList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchesBranchesList) validateGetParameters(index *float64) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchesBranchesList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchesBranchesList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchesBranchesList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchesBranchesList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewDataNeonBranchesBranchesListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}


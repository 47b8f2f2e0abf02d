//go:build no_runtime_type_checking

package dataneonbranchendpoints

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataNeonBranchEndpointsEndpointsList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpointsEndpointsList) validateGetParameters(index *float64) error {
	return nil
}

func (d *jsiiProxy_DataNeonBranchEndpointsEndpointsList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchEndpointsEndpointsList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchEndpointsEndpointsList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchEndpointsEndpointsList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_DataNeonBranchEndpointsEndpointsList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewDataNeonBranchEndpointsEndpointsListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}


//go:build no_runtime_type_checking

package project

// Building without runtime type checking enabled, so all the below just return nil

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (p *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateSetAutoscalingLimitMaxCuParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateSetAutoscalingLimitMinCuParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateSetInternalValueParameters(val *ProjectDefaultEndpointSettings) error {
	return nil
}

func (j *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateSetSuspendTimeoutSecondsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ProjectDefaultEndpointSettingsOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewProjectDefaultEndpointSettingsOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}


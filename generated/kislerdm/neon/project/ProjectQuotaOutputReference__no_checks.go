//go:build no_runtime_type_checking

package project

// Building without runtime type checking enabled, so all the below just return nil

func (p *jsiiProxy_ProjectQuotaOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectQuotaOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectQuotaOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectQuotaOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectQuotaOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectQuotaOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectQuotaOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectQuotaOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectQuotaOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (p *jsiiProxy_ProjectQuotaOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (p *jsiiProxy_ProjectQuotaOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_ProjectQuotaOutputReference) validateSetActiveTimeSecondsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ProjectQuotaOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_ProjectQuotaOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_ProjectQuotaOutputReference) validateSetComputeTimeSecondsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ProjectQuotaOutputReference) validateSetDataTransferBytesParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ProjectQuotaOutputReference) validateSetInternalValueParameters(val *ProjectQuota) error {
	return nil
}

func (j *jsiiProxy_ProjectQuotaOutputReference) validateSetLogicalSizeBytesParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_ProjectQuotaOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_ProjectQuotaOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_ProjectQuotaOutputReference) validateSetWrittenDataBytesParameters(val *float64) error {
	return nil
}

func validateNewProjectQuotaOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}


//go:build no_runtime_type_checking

package provider

// Building without runtime type checking enabled, so all the below just return nil

func (n *jsiiProxy_NeonProvider) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (n *jsiiProxy_NeonProvider) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateNeonProvider_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateNeonProvider_IsConstructParameters(x interface{}) error {
	return nil
}

func validateNeonProvider_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateNeonProvider_IsTerraformProviderParameters(x interface{}) error {
	return nil
}

func validateNewNeonProviderParameters(scope constructs.Construct, id *string, config *NeonProviderConfig) error {
	return nil
}


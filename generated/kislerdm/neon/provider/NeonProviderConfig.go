package provider


type NeonProviderConfig struct {
	// Alias name.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs#alias NeonProvider#alias}
	Alias *string `field:"optional" json:"alias" yaml:"alias"`
	// API access key. Default is read from the environment variable `NEON_API_KEY`.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs#api_key NeonProvider#api_key}
	ApiKey *string `field:"optional" json:"apiKey" yaml:"apiKey"`
}


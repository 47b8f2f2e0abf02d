package project


type ProjectDefaultEndpointSettings struct {
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#autoscaling_limit_max_cu Project#autoscaling_limit_max_cu}.
	AutoscalingLimitMaxCu *float64 `field:"optional" json:"autoscalingLimitMaxCu" yaml:"autoscalingLimitMaxCu"`
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#autoscaling_limit_min_cu Project#autoscaling_limit_min_cu}.
	AutoscalingLimitMinCu *float64 `field:"optional" json:"autoscalingLimitMinCu" yaml:"autoscalingLimitMinCu"`
	// Duration of inactivity in seconds after which the compute endpoint is automatically suspended.
	//
	// The value 0 means use the global default.
	// The value -1 means never suspend. The default value is 300 seconds (5 minutes).
	// The maximum value is 604800 seconds (1 week)
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#suspend_timeout_seconds Project#suspend_timeout_seconds}
	SuspendTimeoutSeconds *float64 `field:"optional" json:"suspendTimeoutSeconds" yaml:"suspendTimeoutSeconds"`
}


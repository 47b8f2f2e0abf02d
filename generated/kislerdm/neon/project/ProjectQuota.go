package project


type ProjectQuota struct {
	// The total amount of wall-clock time allowed to be spent by the project's compute endpoints.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#active_time_seconds Project#active_time_seconds}
	ActiveTimeSeconds *float64 `field:"optional" json:"activeTimeSeconds" yaml:"activeTimeSeconds"`
	// The total amount of CPU seconds allowed to be spent by the project's compute endpoints.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#compute_time_seconds Project#compute_time_seconds}
	ComputeTimeSeconds *float64 `field:"optional" json:"computeTimeSeconds" yaml:"computeTimeSeconds"`
	// Total amount of data transferred from all of a project's branches using the proxy.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#data_transfer_bytes Project#data_transfer_bytes}
	DataTransferBytes *float64 `field:"optional" json:"dataTransferBytes" yaml:"dataTransferBytes"`
	// Limit on the logical size of every project's branch.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#logical_size_bytes Project#logical_size_bytes}
	LogicalSizeBytes *float64 `field:"optional" json:"logicalSizeBytes" yaml:"logicalSizeBytes"`
	// Total amount of data written to all of a project's branches.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#written_data_bytes Project#written_data_bytes}
	WrittenDataBytes *float64 `field:"optional" json:"writtenDataBytes" yaml:"writtenDataBytes"`
}


package project


type ProjectMaintenanceWindow struct {
	// End time of the maintenance window, in the format of "HH:MM". Uses UTC.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#end_time Project#end_time}
	EndTime *string `field:"required" json:"endTime" yaml:"endTime"`
	// Start time of the maintenance window, in the format of "HH:MM". Uses UTC.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#start_time Project#start_time}
	StartTime *string `field:"required" json:"startTime" yaml:"startTime"`
	// A list of weekdays when the maintenance window is active.
	//
	// Encoded as ints, where 1 - Monday, and 7 - Sunday.
	//
	// Docs at Terraform Registry: {@link https://registry.terraform.io/providers/kislerdm/neon/0.13.0/docs/resources/project#weekdays Project#weekdays}
	Weekdays *[]*float64 `field:"required" json:"weekdays" yaml:"weekdays"`
}


package config

// NeonPrivateLinkServices maps a Neon region id to the AWS VPC endpoint service names
// Neon publishes for Private Networking in that region (Neon's "Neon Private
// Networking" guide, version of 2026-07: some regions need one endpoint per service
// name, and each endpoint is assigned to the organization and restricted to the
// project). A region missing here cannot use network.privateDatabase. Neon changes this
// list: check it against the guide before the first apply of a new region.
var NeonPrivateLinkServices = map[string][]string{
	"aws-us-east-1": {
		"com.amazonaws.vpce.us-east-1.vpce-svc-01aeec2f4b558bc22",
		"com.amazonaws.vpce.us-east-1.vpce-svc-01b3c73657ed9bd29",
		"com.amazonaws.vpce.us-east-1.vpce-svc-02a0abd91f32f1ed7",
		"com.amazonaws.vpce.us-east-1.vpce-svc-040132f4a2dc43d76",
		"com.amazonaws.vpce.us-east-1.vpce-svc-0492424e0bf471d59",
		"com.amazonaws.vpce.us-east-1.vpce-svc-074ac4111275eaf07",
		"com.amazonaws.vpce.us-east-1.vpce-svc-0824666dc46176a87",
		"com.amazonaws.vpce.us-east-1.vpce-svc-0adffb07ac0333ac0",
		"com.amazonaws.vpce.us-east-1.vpce-svc-0c4afbefbfdf6b031",
		"com.amazonaws.vpce.us-east-1.vpce-svc-0d07f7f68c9a99f3b",
		"com.amazonaws.vpce.us-east-1.vpce-svc-0de57c578b0e614a9",
		"com.amazonaws.vpce.us-east-1.vpce-svc-0f37140e9710ee3af",
	},
	"aws-us-east-2": {
		"com.amazonaws.vpce.us-east-2.vpce-svc-0056bdfba63cc6ea1",
		"com.amazonaws.vpce.us-east-2.vpce-svc-010736480bcef5824",
		"com.amazonaws.vpce.us-east-2.vpce-svc-0465c21ce8ba95fb2",
		"com.amazonaws.vpce.us-east-2.vpce-svc-0d421498ff01becac",
		"com.amazonaws.vpce.us-east-2.vpce-svc-0fcb5fccfc8573aa3",
	},
	"aws-us-west-2": {
		"com.amazonaws.vpce.us-west-2.vpce-svc-045eebdf710e1066d",
		"com.amazonaws.vpce.us-west-2.vpce-svc-060e0d5f582365b8e",
		"com.amazonaws.vpce.us-west-2.vpce-svc-07b750990c172f22f",
	},
	"aws-eu-central-1": {
		"com.amazonaws.vpce.eu-central-1.vpce-svc-0260f9dcc9bf59e3e",
		"com.amazonaws.vpce.eu-central-1.vpce-svc-04bac3120b20929cd",
		"com.amazonaws.vpce.eu-central-1.vpce-svc-05554c35009a5eccb",
		"com.amazonaws.vpce.eu-central-1.vpce-svc-05a252e6836f01cfd",
	},
	"aws-eu-west-2": {
		"com.amazonaws.vpce.eu-west-2.vpce-svc-0375428488d22c05b",
		"com.amazonaws.vpce.eu-west-2.vpce-svc-0c6fedbe99fced2cd",
	},
	"aws-ap-southeast-1": {
		"com.amazonaws.vpce.ap-southeast-1.vpce-svc-01c64edf7fe936ac7",
		"com.amazonaws.vpce.ap-southeast-1.vpce-svc-028cc7060eb23ff43",
		"com.amazonaws.vpce.ap-southeast-1.vpce-svc-07c68d307f9f05687",
	},
	"aws-ap-southeast-2": {
		"com.amazonaws.vpce.ap-southeast-2.vpce-svc-031161490f5647f32",
	},
	"aws-sa-east-1": {
		"com.amazonaws.vpce.sa-east-1.vpce-svc-061204a851dbd1a47",
	},
}

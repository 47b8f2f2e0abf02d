// Command synthfloor is the benchmark's floor: it loads cdktf and the AWS provider
// bindings (jsii unpacks and loads the AWS assembly on first use) and synthesizes
// nothing. Subtracting it from a full synthesis shows what the platform's own constructs
// cost.
package main

import (
	"github.com/aws/jsii-runtime-go"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

func main() {
	app := cdktf.NewApp(nil)
	stack := cdktf.NewTerraformStack(app, jsii.String("floor"))
	awsprovider.NewAwsProvider(stack, jsii.String("aws"), &awsprovider.AwsProviderConfig{Region: jsii.String("us-east-1")})
	jsii.Close()
}

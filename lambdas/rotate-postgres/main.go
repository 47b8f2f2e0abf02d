// Command rotate-postgres is the rotation function of the platform's PostgreSQL (Neon)
// credentials: Secrets Manager invokes it on each database secret's schedule, and it
// rotates the service secrets <prefix>/db/<service> between the service's two login
// roles and, when wired to it, the migrator secret <prefix>/db/migrator single-user
// (package internal/rotation/postgres says how and why no login fails).
//
// Configuration, from the environment (no secret is ever in it):
//
//   - MASTER_SECRET_ARN (required): the ARN of the migrator secret. The function reads its
//     AWSCURRENT value to log in as the role that owns the service databases and set the
//     new password of a service's other login role.
//   - ENVIRONMENT_NAME (optional, set by constructs/rotation): the environment's name,
//     only checked for shape.
//
// The function needs: secretsmanager:DescribeSecret, GetSecretValue, PutSecretValue and
// UpdateSecretVersionStage on each secret it rotates; secretsmanager:GetRandomPassword
// (not scoped to a resource); secretsmanager:GetSecretValue on the migrator secret;
// kms:Decrypt and kms:GenerateDataKey on the secrets' key through Secrets Manager
// (kms:ViaService); Secrets Manager's permission to invoke it; and the network path to
// Secrets Manager (the VPC endpoint) and to Postgres on 5432 (the functions' private
// subnets and security group).
package main

import (
	"context"
	"fmt"
	"os"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/healthhub/platform-infra/internal/rotation"
	"github.com/healthhub/platform-infra/internal/rotation/postgres"
)

// secretARN is the shape of a Secrets Manager secret ARN, in any partition.
var secretARN = regexp.MustCompile(`^arn:aws(-[a-z]+)*:secretsmanager:[a-z]{2}(-[a-z]+)+-\d:\d{12}:secret:[A-Za-z0-9/_+=.@-]+$`)

var envName = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)

func main() {
	rotation.Main(func(_ context.Context, cfg aws.Config) (rotation.Strategy, error) {
		return newStrategy(os.Getenv, rotation.NewSDK(cfg))
	})
}

// newStrategy reads the configuration and builds the strategy.
func newStrategy(getenv func(string) string, sm rotation.SecretsManager) (rotation.Strategy, error) {
	master := getenv("MASTER_SECRET_ARN")
	switch {
	case master == "":
		return nil, fmt.Errorf("MASTER_SECRET_ARN is not set: the ARN of the migrator secret (<prefix>/db/migrator) is required")
	case !secretARN.MatchString(master):
		return nil, fmt.Errorf("MASTER_SECRET_ARN %q is not a Secrets Manager secret ARN (arn:<partition>:secretsmanager:<region>:<account>:secret:<name>)", master)
	}
	if name := getenv("ENVIRONMENT_NAME"); name != "" && !envName.MatchString(name) {
		return nil, fmt.Errorf("ENVIRONMENT_NAME %q: must match %s", name, envName)
	}
	return postgres.NewRotator(sm, master), nil
}

// Command rotate-vendor-keys is the rotation function of the AI service's outside
// vendor credentials (OpenAI, Azure Speech, Google Cloud Vision, and the OpenAI admin key
// the rotation itself uses): Secrets Manager invokes it on each secret's schedule (90
// days at most) and it rotates the credential through the vendor's own key-management
// API; the secret's "vendor" field picks the adapter (package
// internal/rotation/vendor).
//
// The vendors' base URLs are the real ones, fixed here: vendor.Options.Endpoints is left
// empty, and nothing is read from the function's environment. An override by
// environment variable would let whoever can change the function's configuration send
// the admin key, the Entra client secret and JWTs signed with the service account's key
// to a host of their choosing; endpoints change in code, through review. Tests point the
// adapters at local servers through vendor.Options directly.
package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/healthhub/platform-infra/internal/rotation"
	"github.com/healthhub/platform-infra/internal/rotation/vendor"
)

func main() {
	rotation.Main(func(_ context.Context, cfg aws.Config) (rotation.Strategy, error) {
		// The OpenAI service key's secret names the admin key's secret, which the
		// function reads with its own role.
		return vendor.New(vendor.Options{SecretsManager: rotation.NewSDK(cfg)})
	})
}

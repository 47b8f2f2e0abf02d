// Command rotate-origin-verify is the rotation function of the API's origin-verification
// secret <prefix>/edge/origin-verify: Secrets Manager invokes it on the secret's
// schedule, and it makes a new value, has the API's CloudFront distribution send it in
// the origin's custom header, checks the distribution's configuration, and retires
// nothing (package internal/rotation/origin says how and why no request fails while
// CloudFront's edges pick the value up: the auth service accepts AWSCURRENT, AWSPENDING
// and AWSPREVIOUS).
//
// Configuration, from the environment (no secret is ever in it):
//
//   - API_DOMAIN (required): a DNS name, the alias of the API's distribution
//     (api.<domain>). The function updates the one distribution with that alias, and
//     only if one of its origins already sends the header. API_DOMAIN_NAME is the same
//     setting under a name constructs/compute accepts (environment variable names end in
//     _ARN, _NAME or _URL there); when both are set they must be equal.
//   - HEADER_NAME (optional, default x-origin-verify): the custom header the API's
//     origin sends; an HTTP header name CloudFront lets an origin send.
//   - ENVIRONMENT_NAME (optional, set by constructs/rotation): the environment's name,
//     only checked for shape.
//
// The function needs:
//
//   - secretsmanager:DescribeSecret, GetSecretValue, PutSecretValue and
//     UpdateSecretVersionStage on the one secret, and kms:Decrypt and kms:GenerateDataKey
//     on its key through Secrets Manager (the rotation construct grants those), and
//     Secrets Manager's permission to invoke it;
//   - secretsmanager:GetRandomPassword (not scoped to a resource);
//   - cloudfront:ListDistributions on "*" (AWS authorizes it on no narrower resource);
//   - cloudfront:GetDistributionConfig and cloudfront:UpdateDistribution on
//     arn:<partition>:cloudfront::<account>:distribution/* (the distribution's id is
//     found at run time, by alias; a stack that knows the id may narrow it to that
//     distribution);
//   - the network path to Secrets Manager (the VPC endpoint) and HTTPS to CloudFront's
//     global endpoint, cloudfront.amazonaws.com: there is no VPC endpoint for
//     CloudFront's API, so internet egress through the NAT gateway.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/healthhub/platform-infra/internal/rotation"
	"github.com/healthhub/platform-infra/internal/rotation/origin"
)

var envName = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)

func main() {
	rotation.Main(func(_ context.Context, cfg aws.Config) (rotation.Strategy, error) {
		s, err := newStrategy(os.Getenv, origin.NewSDK(cfg))
		if err != nil {
			return nil, err
		}
		s.Log = slog.New(slog.NewJSONHandler(os.Stdout, nil))
		return s, nil
	})
}

// newStrategy reads the configuration and builds the strategy.
func newStrategy(getenv func(string) string, cf origin.CloudFront) (*origin.Strategy, error) {
	domain, alias := getenv("API_DOMAIN"), getenv("API_DOMAIN_NAME")
	switch {
	case domain == "" && alias == "":
		return nil, fmt.Errorf("API_DOMAIN is not set: the alias of the API's CloudFront distribution (api.<domain>) is required")
	case domain == "":
		domain = alias
	case alias != "" && alias != domain:
		return nil, fmt.Errorf("API_DOMAIN %q and API_DOMAIN_NAME %q differ: set one of them", domain, alias)
	}
	if name := getenv("ENVIRONMENT_NAME"); name != "" && !envName.MatchString(name) {
		return nil, fmt.Errorf("ENVIRONMENT_NAME %q: must match %s", name, envName)
	}
	s, err := origin.New(cf, domain, getenv("HEADER_NAME"))
	if err != nil {
		return nil, fmt.Errorf("API_DOMAIN, HEADER_NAME: %w", err)
	}
	return s, nil
}

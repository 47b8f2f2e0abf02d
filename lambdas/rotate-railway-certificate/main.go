// Command rotate-railway-certificate is the rotation function of the IAM Roles Anywhere
// certificates of the services that run on Railway, the secrets
// <prefix>/railway/<service>/aws-certificate: Secrets Manager invokes it on each secret's
// schedule, and it issues a new client certificate for a new key from the platform's
// short-lived-certificate Private CA, puts the pair in the variables
// AWS_ROLES_ANYWHERE_CERTIFICATE and AWS_ROLES_ANYWHERE_PRIVATE_KEY of the Railway
// service named like the secret's "service" in the project and redeploys that service
// once, checks that the certificate chains to the CA and that Railway holds it,
// and revokes nothing (package internal/rotation/railwaycert says how, and why no
// request fails: both certificates are valid at once, and the old one expires by itself
// within 7 days).
//
// Configuration, from the environment (no secret is ever in it):
//
//   - CERTIFICATE_AUTHORITY_ARN (required): the AWS Private CA that issues the
//     certificates, arn:<partition>:acm-pca:<region>:<account>:certificate-authority/<uuid>
//     (partition aws, aws-us-gov or aws-cn); the trust anchor of the services' Roles
//     Anywhere roles.
//   - RAILWAY_TOKEN_SECRET_ARN (required): the Secrets Manager secret holding the Railway
//     project token (a plain string, stored by an operator), scoped to the project's
//     environment below; it must be able to read the project's services (to find a
//     service's id by its name). It is read at every setSecret and testSecret, never
//     cached.
//   - RAILWAY_PROJECT_ID and RAILWAY_ENVIRONMENT_ID (required): the Railway project and
//     environment, UUIDs.
//   - <SERVICE>_RAILWAY_SERVICE_ID (optional, any number): an override of a service's
//     Railway service id (a UUID). Without one, the function finds the service's id at
//     each setSecret and testSecret by its name in the project (Railway's project query;
//     exactly one service of the project must have the name of the secret's "service"
//     field), so it needs no id of services deployed after it. The service's name is the
//     prefix in lower case with "_" as "-" (RECORDS_RAILWAY_SERVICE_ID is "records",
//     PATIENT_PORTAL_RAILWAY_SERVICE_ID is "patient-portal"), and is matched against the
//     secret's "service" field.
//   - ENVIRONMENT_NAME (optional, set by constructs/rotation): the environment's name,
//     only checked for shape.
//
// The certificates' validity is fixed at 7 days (the most a short-lived-certificate CA
// issues); Railway's API endpoint is fixed in code (an override in the environment would
// let whoever can change the function's configuration receive the token and the keys).
// Every problem of the configuration is reported at once, one per line.
//
// The function needs:
//
//   - secretsmanager:DescribeSecret, GetSecretValue, PutSecretValue and
//     UpdateSecretVersionStage on the certificate secrets, and kms:Decrypt and
//     kms:GenerateDataKey on their key through Secrets Manager (the rotation construct
//     grants those), and Secrets Manager's permission to invoke it;
//   - secretsmanager:GetSecretValue on RAILWAY_TOKEN_SECRET_ARN (and kms:Decrypt on its
//     key through Secrets Manager);
//   - acm-pca:IssueCertificate and acm-pca:GetCertificate on the CA's ARN, and
//     acm-pca:GetCertificateAuthorityCertificate on it;
//   - the network path to Secrets Manager and ACM PCA (VPC endpoints or the NAT
//     gateway), and HTTPS to Railway's public API, backboard.railway.com, over the
//     internet (the NAT gateway);
//   - a timeout above a minute: createSecret waits up to a minute for the CA to issue
//     the certificate.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/healthhub/platform-infra/internal/rotation"
	"github.com/healthhub/platform-infra/internal/rotation/railwaycert"
)

const serviceIDSuffix = "_RAILWAY_SERVICE_ID"

var (
	envName    = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)
	envService = regexp.MustCompile(`^[A-Z0-9]+(_[A-Z0-9]+)*$`)
)

func main() {
	rotation.Main(func(_ context.Context, cfg aws.Config) (rotation.Strategy, error) {
		s, err := newStrategy(os.Getenv, names(os.Environ()), cfg)
		if err != nil {
			return nil, err
		}
		s.Log = slog.New(slog.NewJSONHandler(os.Stdout, nil))
		return s, nil
	})
}

// names returns the names of environment entries ("NAME=value").
func names(environ []string) []string {
	var out []string
	for _, kv := range environ {
		if name, _, ok := strings.Cut(kv, "="); ok {
			out = append(out, name)
		}
	}
	return out
}

// newStrategy reads the configuration (getenv, and names: the environment's variable
// names, where the per-service ids are found) and builds the strategy over the
// function's AWS configuration.
func newStrategy(getenv func(string) string, names []string, cfg aws.Config) (*railwaycert.Strategy, error) {
	var errs []error
	check := func(name string, validate func(string) error) string {
		v := getenv(name)
		if v == "" {
			errs = append(errs, fmt.Errorf("%s is not set", name))
		} else if err := validate(v); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
		return v
	}
	caARN := check("CERTIFICATE_AUTHORITY_ARN", railwaycert.ValidateCAARN)
	tokenARN := check("RAILWAY_TOKEN_SECRET_ARN", railwaycert.ValidateSecretARN)
	projectID := check("RAILWAY_PROJECT_ID", railwaycert.ValidateID)
	environmentID := check("RAILWAY_ENVIRONMENT_ID", railwaycert.ValidateID)

	services := map[string]string{}
	owner := map[string]string{} // Railway service id -> variable
	names = slices.Sorted(slices.Values(names))
	for _, name := range slices.Compact(names) {
		prefix, ok := strings.CutSuffix(name, serviceIDSuffix)
		if !ok {
			continue
		}
		if !envService.MatchString(prefix) {
			errs = append(errs, fmt.Errorf("%s: the service's name before %s must be upper-case letters and digits in words joined by '_'", name, serviceIDSuffix))
			continue
		}
		service := strings.ToLower(strings.ReplaceAll(prefix, "_", "-"))
		if err := railwaycert.ValidateService(service); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		id := check(name, railwaycert.ValidateID)
		if other, dup := owner[id]; dup && id != "" {
			errs = append(errs, fmt.Errorf("%s and %s name the same Railway service %s: each service gets its own certificate", other, name, id))
		}
		owner[id] = name
		services[service] = id
	}
	if name := getenv("ENVIRONMENT_NAME"); name != "" && !envName.MatchString(name) {
		errs = append(errs, fmt.Errorf("ENVIRONMENT_NAME %q: must match %s", name, envName))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	ca, err := railwaycert.NewSDK(cfg, caARN)
	if err != nil {
		return nil, fmt.Errorf("CERTIFICATE_AUTHORITY_ARN: %w", err)
	}
	railway, err := railwaycert.NewGraphQL(railwaycert.GraphQLOptions{})
	if err != nil {
		return nil, err
	}
	return railwaycert.New(railwaycert.Config{
		CA: ca, Railway: railway, SecretsManager: rotation.NewSDK(cfg), TokenSecretARN: tokenARN,
		ProjectID: projectID, EnvironmentID: environmentID, ServiceIDs: services,
		ValidityDays: railwaycert.DefaultValidityDays,
	})
}

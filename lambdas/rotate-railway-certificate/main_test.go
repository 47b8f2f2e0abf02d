package main

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/healthhub/platform-infra/internal/rotation/railwaycert"
)

const (
	caARN     = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/0f3c2a1e-5b6d-4c7e-8f90-123456789abc"
	tokenARN  = "arn:aws:secretsmanager:us-east-1:123456789012:secret:hh-preview/railway/project-token-AbCdEf"
	project   = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
	railEnv   = "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e"
	records   = "c3d4e5f6-a7b8-4c9d-8e1f-2a3b4c5d6e7f"
	provider  = "d4e5f6a7-b8c9-4d0e-9f2a-3b4c5d6e7f80"
	portalSvc = "e5f6a7b8-c9d0-4e1f-8a3b-4c5d6e7f8091"
)

func valid() map[string]string {
	return map[string]string{
		"CERTIFICATE_AUTHORITY_ARN":   caARN,
		"RAILWAY_TOKEN_SECRET_ARN":    tokenARN,
		"RAILWAY_PROJECT_ID":          project,
		"RAILWAY_ENVIRONMENT_ID":      railEnv,
		"RECORDS_RAILWAY_SERVICE_ID":  records,
		"PROVIDER_RAILWAY_SERVICE_ID": provider,
		"ENVIRONMENT_NAME":            "preview",
		"PATH":                        "/usr/bin",
	}
}

func with(changes map[string]string) map[string]string {
	env := valid()
	for k, v := range changes {
		if v == "-" {
			delete(env, k)
		} else {
			env[k] = v
		}
	}
	return env
}

func TestNewStrategy(t *testing.T) {
	cfg := aws.Config{Region: "eu-west-1"}
	for _, tc := range []struct {
		name     string
		env      map[string]string
		want     []string // parts of the error; none for a valid configuration
		services map[string]string
	}{
		{name: "valid", env: valid(), services: map[string]string{"records": records, "provider": provider}},
		{name: "hyphenated service", env: with(map[string]string{"PATIENT_PORTAL_RAILWAY_SERVICE_ID": portalSvc, "PROVIDER_RAILWAY_SERVICE_ID": "-"}),
			services: map[string]string{"records": records, "patient-portal": portalSvc}},
		{name: "GovCloud CA", env: with(map[string]string{"CERTIFICATE_AUTHORITY_ARN": "arn:aws-us-gov:acm-pca:us-gov-west-1:123456789012:certificate-authority/0f3c2a1e-5b6d-4c7e-8f90-123456789abc"}),
			services: map[string]string{"records": records, "provider": provider}},
		{name: "China CA", env: with(map[string]string{"CERTIFICATE_AUTHORITY_ARN": "arn:aws-cn:acm-pca:cn-north-1:123456789012:certificate-authority/0f3c2a1e-5b6d-4c7e-8f90-123456789abc", "ENVIRONMENT_NAME": "-"}),
			services: map[string]string{"records": records, "provider": provider}},
		{name: "nothing set", env: map[string]string{"PATH": "/usr/bin"}, want: []string{
			"CERTIFICATE_AUTHORITY_ARN is not set", "RAILWAY_TOKEN_SECRET_ARN is not set", "RAILWAY_PROJECT_ID is not set",
			"RAILWAY_ENVIRONMENT_ID is not set",
		}},
		{name: "everything wrong", env: map[string]string{
			"CERTIFICATE_AUTHORITY_ARN":  "arn:aws:acm:us-east-1:123456789012:certificate/0f3c2a1e-5b6d-4c7e-8f90-123456789abc",
			"RAILWAY_TOKEN_SECRET_ARN":   "hh-preview/railway/project-token",
			"RAILWAY_PROJECT_ID":         "my-project",
			"RAILWAY_ENVIRONMENT_ID":     "production",
			"RECORDS_RAILWAY_SERVICE_ID": "records",
			"ENVIRONMENT_NAME":           "Preview Env",
		}, want: []string{
			"CERTIFICATE_AUTHORITY_ARN: \"arn:aws:acm:", "is not an AWS Private CA ARN",
			"RAILWAY_TOKEN_SECRET_ARN: \"hh-preview/railway/project-token\" is not a Secrets Manager secret ARN",
			"RAILWAY_PROJECT_ID: \"my-project\" is not a UUID", "RAILWAY_ENVIRONMENT_ID: \"production\" is not a UUID",
			"RECORDS_RAILWAY_SERVICE_ID: \"records\" is not a UUID", "ENVIRONMENT_NAME \"Preview Env\"",
		}},
		{name: "CA of another service", env: with(map[string]string{"CERTIFICATE_AUTHORITY_ARN": "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/0f3c2a1e-5b6d-4c7e-8f90-123456789abc/certificate/01"}),
			want: []string{"CERTIFICATE_AUTHORITY_ARN", "is not an AWS Private CA ARN"}},
		{name: "CA in another partition spelling", env: with(map[string]string{"CERTIFICATE_AUTHORITY_ARN": "arn:aws-iso:acm-pca:us-iso-east-1:123456789012:certificate-authority/0f3c2a1e-5b6d-4c7e-8f90-123456789abc"}),
			want: []string{"CERTIFICATE_AUTHORITY_ARN"}},
		{name: "secret ARN of another service", env: with(map[string]string{"RAILWAY_TOKEN_SECRET_ARN": "arn:aws:ssm:us-east-1:123456789012:parameter/railway-token"}),
			want: []string{"RAILWAY_TOKEN_SECRET_ARN", "is not a Secrets Manager secret ARN"}},
		{name: "no override: services found by name", env: with(map[string]string{"RECORDS_RAILWAY_SERVICE_ID": "-", "PROVIDER_RAILWAY_SERVICE_ID": "-"}),
			services: map[string]string{}},
		{name: "one override", env: with(map[string]string{"PROVIDER_RAILWAY_SERVICE_ID": "-"}),
			services: map[string]string{"records": records}},
		{name: "empty service id", env: with(map[string]string{"RECORDS_RAILWAY_SERVICE_ID": ""}),
			want: []string{"RECORDS_RAILWAY_SERVICE_ID is not set"}},
		{name: "bad service names", env: with(map[string]string{"records_RAILWAY_SERVICE_ID": records, "_RAILWAY_SERVICE_ID": records, "A__B_RAILWAY_SERVICE_ID": records}),
			want: []string{"records_RAILWAY_SERVICE_ID: the service's name", "_RAILWAY_SERVICE_ID: the service's name", "A__B_RAILWAY_SERVICE_ID: the service's name"}},
		{name: "two services, one Railway service", env: with(map[string]string{"PROVIDER_RAILWAY_SERVICE_ID": records}),
			want: []string{"PROVIDER_RAILWAY_SERVICE_ID and RECORDS_RAILWAY_SERVICE_ID name the same Railway service"}},
		{name: "newline in an id", env: with(map[string]string{"RAILWAY_PROJECT_ID": project + "\n"}), want: []string{"RAILWAY_PROJECT_ID", "is not a UUID"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := newStrategy(func(k string) string { return tc.env[k] }, slices.Collect(maps.Keys(tc.env)), cfg)
			if len(tc.want) > 0 {
				if err == nil {
					t.Fatalf("accepted %v", tc.env)
				}
				for _, w := range tc.want {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("%q missing from:\n%v", w, err)
					}
				}
				if n := strings.Count(err.Error(), "\n") + 1; n < len(tc.want)-1 {
					t.Errorf("%d lines for %d problems:\n%v", n, len(tc.want), err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !maps.Equal(s.ServiceIDs, tc.services) || s.ProjectID != project || s.EnvironmentID != railEnv || s.TokenSecretARN != tokenARN || s.ValidityDays != 7 {
				t.Errorf("strategy %+v", s.Config)
			}
			ca, ok := s.CA.(*railwaycert.SDK)
			if !ok || ca.CertificateAuthorityARN != tc.env["CERTIFICATE_AUTHORITY_ARN"] {
				t.Errorf("CA %#v", s.CA)
			}
			if region := strings.Split(ca.CertificateAuthorityARN, ":")[3]; ca.Client.Options().Region != region {
				t.Errorf("the CA client's region is %s, not the CA's %s", ca.Client.Options().Region, region)
			}
			if _, ok := s.Railway.(*railwaycert.GraphQL); !ok || s.SecretsManager == nil {
				t.Errorf("Railway %T, Secrets Manager %T", s.Railway, s.SecretsManager)
			}
		})
	}
}

func TestNames(t *testing.T) {
	got := names([]string{"A=1", "B=", "C=x=y", "junk"})
	if !slices.Equal(got, []string{"A", "B", "C"}) {
		t.Errorf("names = %q", got)
	}
}

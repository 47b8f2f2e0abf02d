package main

import (
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/healthhub/platform-infra/internal/rotation/origin"
)

func TestNewStrategy(t *testing.T) {
	cf := origin.NewSDK(aws.Config{Region: "us-east-1"})
	for _, tc := range []struct {
		env        map[string]string
		want       string
		domain, hd string
	}{
		{env: map[string]string{"API_DOMAIN": "api.example.org", "ENVIRONMENT_NAME": "production"}, domain: "api.example.org", hd: "x-origin-verify"},
		{env: map[string]string{"API_DOMAIN": "API.Example.org", "HEADER_NAME": "X-Api-Verify"}, domain: "api.example.org", hd: "X-Api-Verify"},
		{env: map[string]string{"API_DOMAIN_NAME": "api.example.org"}, domain: "api.example.org", hd: "x-origin-verify"},
		{env: map[string]string{"API_DOMAIN": "api.example.org", "API_DOMAIN_NAME": "api.example.org"}, domain: "api.example.org", hd: "x-origin-verify"},
		{env: map[string]string{"API_DOMAIN": "api.example.org", "API_DOMAIN_NAME": "api.example.com"}, want: "differ"},
		{env: map[string]string{}, want: "API_DOMAIN is not set"},
		{env: map[string]string{"API_DOMAIN": "https://api.example.org"}, want: "is not a DNS name"},
		{env: map[string]string{"API_DOMAIN": "*.example.org"}, want: "is not a DNS name"},
		{env: map[string]string{"API_DOMAIN": "api.example.org\n"}, want: "is not a DNS name"},
		{env: map[string]string{"API_DOMAIN": "api.example.org", "HEADER_NAME": "x origin verify"}, want: "is not an HTTP header name"},
		{env: map[string]string{"API_DOMAIN": "api.example.org", "HEADER_NAME": "X-Amz-Verify"}, want: "CloudFront does not add"},
		{env: map[string]string{"API_DOMAIN": "api.example.org", "ENVIRONMENT_NAME": "Prod Env"}, want: "ENVIRONMENT_NAME"},
	} {
		s, err := newStrategy(func(k string) string { return tc.env[k] }, cf)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%v: %v", tc.env, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%v: %v; want an error containing %q", tc.env, err, tc.want)
		case tc.want == "" && (s.APIDomain != tc.domain || s.HeaderName != tc.hd || s.CloudFront != cf):
			t.Errorf("%v: strategy %+v", tc.env, s)
		}
	}
}

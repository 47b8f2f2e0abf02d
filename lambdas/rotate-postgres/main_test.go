package main

import (
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/internal/rotation"
	"github.com/healthhub/platform-infra/internal/rotation/postgres"
)

func TestNewStrategy(t *testing.T) {
	const arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:hh-prod/db/migrator-AbCdEf"
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"MASTER_SECRET_ARN": arn, "ENVIRONMENT_NAME": "production"}, ""},
		{map[string]string{"MASTER_SECRET_ARN": "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:hh/db/migrator-AbCdEf"}, ""},
		{map[string]string{}, "MASTER_SECRET_ARN is not set"},
		{map[string]string{"MASTER_SECRET_ARN": "hh-prod/db/migrator"}, "is not a Secrets Manager secret ARN"},
		{map[string]string{"MASTER_SECRET_ARN": "arn:aws:kms:us-east-1:123456789012:key/abc"}, "is not a Secrets Manager secret ARN"},
		{map[string]string{"MASTER_SECRET_ARN": arn + "\n"}, "is not a Secrets Manager secret ARN"},
		{map[string]string{"MASTER_SECRET_ARN": arn, "ENVIRONMENT_NAME": "Prod Env"}, "ENVIRONMENT_NAME"},
	} {
		s, err := newStrategy(func(k string) string { return tc.env[k] }, rotation.NewFake())
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%v: %v", tc.env, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%v: %v; want an error containing %q", tc.env, err, tc.want)
		case tc.want == "":
			r, ok := s.(*postgres.Rotator)
			if !ok || r.Alternating.MasterSecretID != tc.env["MASTER_SECRET_ARN"] || r.Single == nil {
				t.Errorf("%v: strategy %#v; want a Rotator with the master secret", tc.env, s)
			}
		}
	}
}

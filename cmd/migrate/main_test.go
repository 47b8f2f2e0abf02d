package main

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"strings"
	"testing"
)

func TestConnConfig(t *testing.T) {
	for _, tc := range []struct {
		url, wantErr string
	}{
		{"postgres://migrator:pw@127.0.0.1:5432/platform?sslmode=disable", ""},
		{"postgres://migrator:pw@localhost/platform", ""},
		{"postgres://migrator:pw@[::1]/platform?sslmode=disable", ""},
		{"host=/var/run/postgresql user=migrator sslmode=disable", ""},
		{"postgres://migrator:pw@ep-x.eu-central-1.aws.neon.tech/platform?sslmode=require", ""},
		{"postgres://migrator:pw@db.internal/platform?sslmode=verify-full", ""},
		{"postgres://migrator:pw@db.internal/platform", "host db.internal is not loopback, so sslmode must be require"},
		{"postgres://migrator:pw@db.internal/platform?sslmode=prefer", "host db.internal is not loopback"},
		{"postgres://migrator:pw@db.internal/platform?sslmode=disable", "host db.internal is not loopback"},
		{"postgres://migrator:pw@127.0.0.1,db.internal/platform?sslmode=allow", "host db.internal is not loopback"},
		{"postgres://migrator:hunter2secret@127.0.0.1:port/platform", "not a valid PostgreSQL connection string"},
	} {
		cfg, err := connConfig(tc.url, "auth")
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("connConfig(%q): %v", tc.url, err)
		case tc.wantErr == "" && cfg.Database != "auth":
			t.Errorf("connConfig(%q): database %q, want the service's database auth", tc.url, cfg.Database)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("connConfig(%q) = %v; want an error containing %q", tc.url, err, tc.wantErr)
		case err != nil && strings.Contains(err.Error(), "hunter2secret"):
			t.Errorf("connConfig(%q): the error shows the password: %v", tc.url, err)
		}
	}
}

func TestRunErrorsNeverShowSecrets(t *testing.T) {
	const urlPassword, servicePassword = "url-secret-0123456789", "service-secret-0123456789"
	env := map[string]string{
		// Nothing listens on port 1: the connection fails.
		"DATABASE_URL":        "postgres://migrator:" + urlPassword + "@127.0.0.1:1/platform?sslmode=disable",
		"SERVICE_DB_PASSWORD": servicePassword,
		"SERVICE_DB_USERNAME": "auth_service_alt",
	}
	with := func(k, v string) map[string]string {
		m := maps.Clone(env)
		if v == "" {
			delete(m, k)
		} else {
			m[k] = v
		}
		return m
	}
	for _, tc := range []struct {
		args    []string
		env     map[string]string
		wantErr string
	}{
		{[]string{"-service", "auth"}, env, "connect to database auth on 127.0.0.1"},
		{[]string{"-service", "auth"}, with("SERVICE_DB_USERNAME", "auth_service"), "connect to database auth on 127.0.0.1"},
		{[]string{"-service", "auth"}, with("SERVICE_DB_USERNAME", ""), "SERVICE_DB_PASSWORD is set without SERVICE_DB_USERNAME: give the username of the same secret (auth_service or auth_service_alt)"},
		{[]string{"-service", "auth"}, with("SERVICE_DB_PASSWORD", ""), "SERVICE_DB_USERNAME is set without SERVICE_DB_PASSWORD"},
		{[]string{"-service", "auth"}, with("SERVICE_DB_USERNAME", "patient_service"), `SERVICE_DB_USERNAME "patient_service": must be auth_service or auth_service_alt`},
		{[]string{"-service", "auth"}, with("SERVICE_DB_USERNAME", "auth_app"), `must be auth_service or auth_service_alt`},
		{[]string{"-service", "provider"}, with("SERVICE_DB_USERNAME", "provider_service"), "connect to database provider on 127.0.0.1"},
		{[]string{"-service", "records", "-dry-run"}, with("SERVICE_DB_USERNAME", "records_service"), "connect to database records on 127.0.0.1"},
		{[]string{"-service", "auth"}, nil, "DATABASE_URL is not set"},
		{[]string{}, env, "-service is required (one of: auth, patient, provider, records)"},
		{[]string{"-service", "billing"}, env, `service "billing": no migrations/billing/ folder`},
		{[]string{"-service", "auth", "now"}, env, `unexpected argument "now"`},
	} {
		var out bytes.Buffer
		err := run(context.Background(), tc.args, func(k string) string { return tc.env[k] }, &out)
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("run(%q) = %v; want an error containing %q", tc.args, err, tc.wantErr)
		}
		if all := out.String() + errString(err); strings.Contains(all, urlPassword) || strings.Contains(all, servicePassword) {
			t.Errorf("run(%q): output or error shows a password: %s", tc.args, all)
		}
	}
}

func TestRedact(t *testing.T) {
	err := redact(errors.New("ALTER ROLE x PASSWORD 'p4ss' failed; p4ss again"), "", "p4ss")
	if got, want := err.Error(), "ALTER ROLE x PASSWORD '[REDACTED]' failed; [REDACTED] again"; got != want {
		t.Errorf("redact = %q, want %q", got, want)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

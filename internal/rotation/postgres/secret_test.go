package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/internal/rotation"
)

const (
	secretPassword = "hunter2-Secret-Password-0123456789abcdef"
	masterARN      = "arn:aws:secretsmanager:us-east-1:123456789012:secret:healthhub-prod/db/migrator-AbCdEf"
)

// secretJSON is a production-shaped service secret with fields changed by edit.
func secretJSON(t *testing.T, edit func(map[string]any)) string {
	t.Helper()
	m := map[string]any{
		"engine": "postgres", "host": "ep-cool-sun-123456.us-east-1.aws.neon.tech", "port": 5432,
		"dbname": "auth", "username": "auth_service", "password": secretPassword, "sslmode": "require",
	}
	if edit != nil {
		edit(m)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestParseSecret(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(map[string]any)
		raw  string // instead of secretJSON
		want string // "" for valid
	}{
		{name: "production shape"},
		{name: "port as a string", edit: func(m map[string]any) { m["port"] = "5432" }},
		{name: "verify-full", edit: func(m map[string]any) { m["sslmode"] = "verify-full" }},
		{name: "loopback without TLS", edit: func(m map[string]any) { m["host"], m["sslmode"] = "127.0.0.1", "disable" }},
		{name: "an IPv6 address", edit: func(m map[string]any) { m["host"] = "fd00::1" }},
		{name: "extra fields", edit: func(m map[string]any) { m["masterarn"], m["note"] = masterARN, map[string]any{"a": 1} }},
		{name: "not JSON", raw: "host=x password=" + secretPassword, want: "service secret: is not a JSON object"},
		{name: "a JSON array", raw: `["` + secretPassword + `"]`, want: "is not a JSON object"},
		{name: "null", raw: "null", want: "is not a JSON object"},
		{name: "trailing data", raw: `{"password":"` + secretPassword + `"} x`, want: "is not a JSON object"},
		{name: "no host", edit: func(m map[string]any) { delete(m, "host") }, want: `field "host" is missing`},
		{name: "empty host", edit: func(m map[string]any) { m["host"] = "" }, want: `field "host" is empty`},
		{name: "host with a space", edit: func(m map[string]any) { m["host"] = "db host" }, want: `field "host" "db host" is not a host name`},
		{name: "two hosts", edit: func(m map[string]any) { m["host"] = "a.example,b.example" }, want: `is not a host name`},
		{name: "host with a connection option", edit: func(m map[string]any) { m["host"] = "x' sslmode='disable" }, want: `is not a host name`},
		{name: "a Unix socket", edit: func(m map[string]any) { m["host"] = "/var/run/postgresql" }, want: `is not a host name`},
		{name: "host not a string", edit: func(m map[string]any) { m["host"] = 7 }, want: `field "host" must be a string`},
		{name: "no port", edit: func(m map[string]any) { delete(m, "port") }, want: `field "port" is missing`},
		{name: "port 0", edit: func(m map[string]any) { m["port"] = 0 }, want: `field "port" must be a port number`},
		{name: "port 70000", edit: func(m map[string]any) { m["port"] = 70000 }, want: `must be a port number`},
		{name: "port not a number", edit: func(m map[string]any) { m["port"] = "postgres" }, want: `must be a port number`},
		{name: "port a fraction", edit: func(m map[string]any) { m["port"] = 5432.5 }, want: `must be a port number`},
		{name: "another engine", edit: func(m map[string]any) { m["engine"] = "mysql" }, want: `field "engine" is "mysql", want "postgres"`},
		{name: "no engine", edit: func(m map[string]any) { delete(m, "engine") }, want: `field "engine" is missing`},
		{name: "upper-case dbname", edit: func(m map[string]any) { m["dbname"] = "Auth" }, want: `field "dbname" "Auth" must match`},
		{name: "username with a quote", edit: func(m map[string]any) { m["username"] = `auth_service"; DROP ROLE x; --` }, want: `field "username"`},
		{name: "no username", edit: func(m map[string]any) { delete(m, "username") }, want: `field "username" is missing`},
		{name: "no password", edit: func(m map[string]any) { delete(m, "password") }, want: `field "password" is missing`},
		{name: "empty password", edit: func(m map[string]any) { m["password"] = "" }, want: `field "password" is empty`},
		{name: "password with NUL", edit: func(m map[string]any) { m["password"] = secretPassword + "\x00" }, want: `field "password" holds a NUL character`},
		{name: "password not a string", edit: func(m map[string]any) { m["password"] = 12345 }, want: `field "password" must be a string`},
		{name: "no TLS to a remote host", edit: func(m map[string]any) { m["sslmode"] = "disable" }, want: `field "sslmode" is "disable", but host ep-cool-sun-123456.us-east-1.aws.neon.tech is not loopback`},
		{name: "prefer to a remote host", edit: func(m map[string]any) { m["sslmode"] = "prefer" }, want: `is not loopback`},
		{name: "unknown sslmode", edit: func(m map[string]any) { m["sslmode"] = "on" }, want: `field "sslmode" "on" is not a PostgreSQL sslmode`},
		{name: "masterarn not a string", edit: func(m map[string]any) { m["masterarn"] = true }, want: `field "masterarn" must be a string`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			value := tc.raw
			if value == "" {
				value = secretJSON(t, tc.edit)
			}
			s, err := ParseSecret("service", value)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("ParseSecret: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("ParseSecret = %v; want an error containing %q", err, tc.want)
			case err != nil && strings.Contains(err.Error(), secretPassword):
				t.Fatalf("the error shows the password: %v", err)
			case err == nil && s.Port != 5432:
				t.Fatalf("port %d, want 5432", s.Port)
			}
		})
	}
}

func TestConnConfig(t *testing.T) {
	s, err := ParseSecret("service", secretJSON(t, func(m map[string]any) { m["sslmode"] = "verify-full" }))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := s.ConnConfig("", DefaultConnectTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Host != s.Host || cfg.Port != 5432 || cfg.Database != "auth" || cfg.User != "auth_service" || cfg.Password != secretPassword {
		t.Errorf("config %s:%d/%s as %s; want the secret's", cfg.Host, cfg.Port, cfg.Database, cfg.User)
	}
	if cfg.TLSConfig == nil || cfg.TLSConfig.InsecureSkipVerify || cfg.TLSConfig.ServerName != s.Host || len(cfg.Fallbacks) != 0 {
		t.Errorf("verify-full: TLS %+v, %d fallbacks; want the certificate verified for %s, no fallback", cfg.TLSConfig, len(cfg.Fallbacks), s.Host)
	}
	s.SSLMode = "require"
	if cfg, err = s.ConnConfig("platform", DefaultConnectTimeout); err != nil || cfg.TLSConfig == nil || cfg.Database != "platform" || len(cfg.Fallbacks) != 0 {
		t.Errorf("require: %v, %+v; want TLS always, database platform", err, cfg)
	}
}

func TestStrategyChecksTheSecret(t *testing.T) {
	ctx := context.Background()
	sm := rotation.NewFake()
	s := &Strategy{MasterSecretID: masterARN}
	for _, tc := range []struct {
		name string
		edit func(map[string]any)
		want string
	}{
		{"another service's role", func(m map[string]any) { m["username"] = "patient_service" },
			`field "username" is "patient_service", want one of the service's login roles auth_service and auth_service_alt`},
		{"the group", func(m map[string]any) { m["username"] = "auth_app" }, `want one of the service's login roles`},
		{"the migrator", func(m map[string]any) { m["username"] = "migrator" }, `want one of the service's login roles`},
		{"a database of no service", func(m map[string]any) { m["dbname"] = "billing" }, `field "dbname" names no service`},
		{"the shared audit set", func(m map[string]any) { m["dbname"] = "audit" }, `field "dbname" names no service`},
		{"another master", func(m map[string]any) { m["masterarn"] = strings.Replace(masterARN, "prod", "dev", 1) },
			`field "masterarn" is arn:aws:secretsmanager:us-east-1:123456789012:secret:healthhub-dev/db/migrator-AbCdEf, but this function's master secret`},
		{"no host", func(m map[string]any) { m["host"] = "" }, `field "host" is empty`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			value := secretJSON(t, tc.edit)
			_, err := s.Create(ctx, sm, value)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Create = %v; want an error containing %q", err, tc.want)
			}
			err = s.Test(ctx, value)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Test = %v; want an error containing %q", err, tc.want)
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Errorf("Test = %T; want a *FieldError in the chain", err)
			}
		})
	}
}

func TestCreateSwitchesTheLoginRole(t *testing.T) {
	ctx := context.Background()
	sm := rotation.NewFake()
	s := &Strategy{MasterSecretID: masterARN}
	current := secretJSON(t, func(m map[string]any) { m["masterarn"], m["note"] = masterARN, "kept" })
	pending, err := s.Create(ctx, sm, current)
	if err != nil {
		t.Fatal(err)
	}
	var cur, pen map[string]any
	if err := json.Unmarshal([]byte(current), &cur); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(pending), &pen); err != nil {
		t.Fatal(err)
	}
	pw, _ := pen["password"].(string)
	if !regexp.MustCompile(`^[A-Za-z0-9]{40}$`).MatchString(pw) || pw == secretPassword {
		t.Errorf("pending password %q; want 40 new letters and digits", pw)
	}
	if pen["username"] != "auth_service_alt" {
		t.Errorf("pending username %v; want auth_service_alt", pen["username"])
	}
	for k, v := range cur {
		if k != "username" && k != "password" && pen[k] != v {
			t.Errorf("field %s: pending %v, current %v; want it kept", k, pen[k], v)
		}
	}
	if len(pen) != len(cur) {
		t.Errorf("pending has %d fields, current %d", len(pen), len(cur))
	}
	// And back.
	again, err := s.Create(ctx, sm, pending)
	if err != nil || !strings.Contains(again, `"username":"auth_service"`) {
		t.Errorf("Create from auth_service_alt = %s, %v; want auth_service", again, err)
	}
}

// shortPasswords is a Secrets Manager whose GetRandomPassword disobeys.
type shortPasswords struct{ rotation.SecretsManager }

func (shortPasswords) GetRandomPassword(context.Context, int, bool) (string, error) {
	return "abc!", nil
}

func TestCreateRefusesAWeakPassword(t *testing.T) {
	_, err := (&Strategy{}).Create(context.Background(), shortPasswords{}, secretJSON(t, nil))
	if err == nil || !strings.Contains(err.Error(), "not 32+ letters and digits") {
		t.Errorf("Create = %v; want the password refused", err)
	}
}

func TestSetRefusesAPendingSecretThatIsNotTheOtherRole(t *testing.T) {
	s := &Strategy{MasterSecretID: masterARN, SM: rotation.NewFake()}
	current := secretJSON(t, nil)
	good := func(m map[string]any) { m["username"], m["password"] = "auth_service_alt", strings.Repeat("a", 40) }
	for _, tc := range []struct {
		name string
		edit func(map[string]any)
		want string
	}{
		{"the current role", func(m map[string]any) { m["password"] = strings.Repeat("a", 40) },
			"the pending secret names auth_service, but the current one names auth_service: a rotation must switch to auth_service_alt"},
		{"another host", func(m map[string]any) { good(m); m["host"] = "evil.example.com" }, "a rotation changes only username and password"},
		{"another port", func(m map[string]any) { good(m); m["port"] = 5433 }, "a rotation changes only username and password"},
		{"a short password", func(m map[string]any) { good(m); m["password"] = "0123456789" }, `field "password" has 10 characters, want at least 32`},
		{"no master configured", good, "no master secret configured"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := s
			if tc.name == "no master configured" {
				st = &Strategy{}
			}
			err := st.Set(context.Background(), current, secretJSON(t, tc.edit))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Set = %v; want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestQuoting(t *testing.T) {
	for in, want := range map[string]string{
		"auth_service":               `"auth_service"`,
		`a"; DROP ROLE b; --`:        `"a""; DROP ROLE b; --"`,
		`""`:                         `""""""`,
		`it's \ "x" $$ $q$ '; -- /*`: `"it's \ ""x"" $$ $q$ '; -- /*"`,
	} {
		if got := quoteIdent(in); got != want {
			t.Errorf("quoteIdent(%q) = %s; want %s", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"plain":                   `'plain'`,
		`x'; DROP ROLE b; --`:     `'x''; DROP ROLE b; --'`,
		`back\slash'; DROP x; --`: `E'back\\slash''; DROP x; --'`,
		`\'`:                      `E'\\'''`,
		`$$ dollar $$`:            `'$$ dollar $$'`,
	} {
		got, err := quoteLiteral(in)
		if err != nil || got != want {
			t.Errorf("quoteLiteral(%q) = %s, %v; want %s", in, got, err, want)
		}
	}
	if _, err := quoteLiteral("a\x00b"); err == nil {
		t.Error("quoteLiteral accepted a NUL")
	}
}

func TestSCRAMVerifier(t *testing.T) {
	// Computed independently (Python hashlib.pbkdf2_hmac and hmac, RFC 5802/7677).
	got, err := scramVerifier("pencil", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, 4096)
	want := "SCRAM-SHA-256$4096:AAECAwQFBgcICQoLDA0ODw==$zHCdol2044/ZyWzPLi7oxApCkamKw9Z+E4U/QApd/5Y=:dd5peBOitVnLNFu7VmwP+HiDaaw4OUCv396eVCWhYiE="
	if err != nil || got != want {
		t.Errorf("scramVerifier = %s, %v; want %s", got, err, want)
	}
	if _, err := scramVerifier("caf\u00e9-password", []byte("salt"), 4096); err == nil {
		t.Error("scramVerifier accepted a non-ASCII password (SASLprep would apply)")
	}
}

func TestAlterPasswordNeverHoldsThePassword(t *testing.T) {
	hostile := `x'; DROP ROLE auth_service; -- \' $$`
	stmt, err := alterPassword(`auth_service"; DROP ROLE y; --`, hostile)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`^ALTER ROLE "auth_service""; DROP ROLE y; --" WITH PASSWORD 'SCRAM-SHA-256\$4096:[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}='$`)
	if !re.MatchString(stmt) {
		t.Errorf("statement %s; want ALTER ROLE <quoted> WITH PASSWORD '<verifier>'", stmt)
	}
	if strings.Contains(stmt, "DROP ROLE auth_service") || strings.Contains(stmt, hostile) {
		t.Errorf("the statement holds the password: %s", stmt)
	}
	again, _ := alterPassword("r", hostile)
	first, _ := alterPassword("r", hostile)
	if again == first {
		t.Error("two verifiers of one password are equal: want a fresh salt each time")
	}
}

func TestRedact(t *testing.T) {
	base := errors.New("failed: password " + secretPassword + " rejected")
	err := redact(base, secretPassword)
	if strings.Contains(err.Error(), secretPassword) || !strings.Contains(err.Error(), "[REDACTED]") || !errors.Is(err, base) {
		t.Errorf("redact = %v; want the password replaced and the cause kept", err)
	}
	if redact(base, "") != base || redact(nil, "x") != nil {
		t.Error("redact changed an error without the password")
	}
}

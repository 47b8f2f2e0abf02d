package postgres

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"net"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/healthhub/platform-infra/internal/migrate"
)

// Secret is a database secret: the JSON object constructs/database stores in
// <prefix>/db/<service> and <prefix>/db/migrator,
//
//	{"engine": "postgres", "host": "ep-….neon.tech", "port": 5432, "dbname": "auth",
//	 "username": "auth_service", "password": "…", "sslmode": "require"}
//
// and, optionally, "masterarn": the ARN of the migrator secret (Secrets Manager's own
// rotation templates add it; when present it must name the master secret the rotation
// function is configured with). Fields not listed are kept unchanged by a rotation.
type Secret struct {
	Engine    string
	Host      string
	Port      int // a JSON number, or a string of digits
	DBName    string
	Username  string
	Password  string
	SSLMode   string
	MasterARN string

	fields map[string]json.RawMessage // every field as read, written back by withLogin
}

var (
	hostRE = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$`)
	nameRE = regexp.MustCompile(`^[a-z][a-z0-9_]{0,62}$`)
)

// secureSSLModes encrypt the connection whatever the server offers.
var secureSSLModes = []string{"require", "verify-ca", "verify-full"}

// FieldError says which field of a secret is wrong and why. It never holds a password.
type FieldError struct {
	Secret  string // "service" or "master"
	Field   string
	Problem string
}

func (e *FieldError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("%s secret: %s", e.Secret, e.Problem)
	}
	return fmt.Sprintf("%s secret: field %q %s", e.Secret, e.Field, e.Problem)
}

// ParseSecret reads and checks a database secret's value; which says whose ("service",
// "master") in errors. It checks the shape only: that the username is one of the
// service's login roles is the strategy's check (Names).
func ParseSecret(which, value string) (Secret, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(value), &fields); err != nil || fields == nil {
		// The decoder's message may quote the value; say only what is wrong.
		return Secret{}, &FieldError{Secret: which, Problem: "is not a JSON object"}
	}
	s := Secret{fields: fields}
	str := func(name string, required bool) (string, error) {
		raw, ok := fields[name]
		if !ok || string(raw) == "null" {
			if required {
				return "", &FieldError{Secret: which, Field: name, Problem: "is missing"}
			}
			return "", nil
		}
		var v string
		if err := json.Unmarshal(raw, &v); err != nil {
			return "", &FieldError{Secret: which, Field: name, Problem: "must be a string"}
		}
		if required && v == "" {
			return "", &FieldError{Secret: which, Field: name, Problem: "is empty"}
		}
		return v, nil
	}
	var err error
	for _, f := range []struct {
		name     string
		to       *string
		required bool
	}{
		{"engine", &s.Engine, true}, {"host", &s.Host, true}, {"dbname", &s.DBName, true},
		{"username", &s.Username, true}, {"password", &s.Password, true}, {"sslmode", &s.SSLMode, true},
		{"masterarn", &s.MasterARN, false},
	} {
		if *f.to, err = str(f.name, f.required); err != nil {
			return Secret{}, err
		}
	}
	if s.Port, err = port(which, fields["port"]); err != nil {
		return Secret{}, err
	}
	switch {
	case s.Engine != "postgres":
		return Secret{}, &FieldError{Secret: which, Field: "engine", Problem: fmt.Sprintf("is %q, want \"postgres\"", s.Engine)}
	case !hostRE.MatchString(s.Host) && net.ParseIP(s.Host) == nil:
		return Secret{}, &FieldError{Secret: which, Field: "host", Problem: fmt.Sprintf("%q is not a host name or IP address", s.Host)}
	case !nameRE.MatchString(s.DBName):
		return Secret{}, &FieldError{Secret: which, Field: "dbname", Problem: fmt.Sprintf("%q must match %s", s.DBName, nameRE)}
	case !nameRE.MatchString(s.Username):
		return Secret{}, &FieldError{Secret: which, Field: "username", Problem: fmt.Sprintf("%q must match %s", s.Username, nameRE)}
	case strings.ContainsRune(s.Password, 0):
		return Secret{}, &FieldError{Secret: which, Field: "password", Problem: "holds a NUL character"}
	}
	switch s.SSLMode {
	case "require", "verify-ca", "verify-full":
	case "disable", "allow", "prefer":
		// A plaintext connection (or a fallback to one) only to this machine: tests.
		if !isLoopback(s.Host) {
			return Secret{}, &FieldError{Secret: which, Field: "sslmode", Problem: fmt.Sprintf("is %q, but host %s is not loopback: must be one of %s",
				s.SSLMode, s.Host, strings.Join(secureSSLModes, ", "))}
		}
	default:
		return Secret{}, &FieldError{Secret: which, Field: "sslmode", Problem: fmt.Sprintf("%q is not a PostgreSQL sslmode (one of %s)", s.SSLMode, strings.Join(secureSSLModes, ", "))}
	}
	return s, nil
}

// port reads the port field: a JSON number or a string of digits, 1 to 65535.
func port(which string, raw json.RawMessage) (int, error) {
	bad := &FieldError{Secret: which, Field: "port", Problem: "must be a port number from 1 to 65535"}
	if raw == nil {
		return 0, &FieldError{Secret: which, Field: "port", Problem: "is missing"}
	}
	text := string(bytes.TrimSpace(raw))
	if strings.HasPrefix(text, `"`) {
		if err := json.Unmarshal(raw, &text); err != nil {
			return 0, bad
		}
	}
	p, err := strconv.Atoi(text)
	if err != nil || p < 1 || p > 65535 {
		return 0, bad
	}
	return p, nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// JSON returns the secret's value: every field read, with username and password as in s.
func (s Secret) JSON() (string, error) {
	fields := maps.Clone(s.fields)
	if fields == nil {
		fields = map[string]json.RawMessage{}
	}
	for k, v := range map[string]string{"username": s.Username, "password": s.Password} {
		b, err := json.Marshal(v)
		if err != nil {
			return "", err
		}
		fields[k] = b
	}
	b, err := json.Marshal(fields)
	return string(b), err
}

// sameDatabase reports whether s and o point at the same server and database.
func (s Secret) sameDatabase(o Secret) bool {
	return s.Host == o.Host && s.Port == o.Port && s.DBName == o.DBName
}

// ConnConfig is the connection the secret describes, to database (the secret's own when
// empty), with the secret's TLS mode and a connect timeout. The password is set on the
// configuration, never written into a connection string.
func (s Secret) ConnConfig(database string, timeout time.Duration) (*pgx.ConnConfig, error) {
	if database == "" {
		database = s.DBName
	}
	dsn := fmt.Sprintf("host=%s port=%d dbname=%s sslmode=%s", kv(s.Host), s.Port, kv(database), kv(s.SSLMode))
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("connection to %s:%d/%s: %w", s.Host, s.Port, database, err)
	}
	cfg.User, cfg.Password = s.Username, s.Password
	cfg.ConnectTimeout = timeout
	cfg.RuntimeParams["application_name"] = "healthhub-rotate-postgres"
	return cfg, nil
}

// kv quotes a value of a keyword/value connection string.
func kv(v string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v) + "'"
}

// Names are what a service secret may name: the service's two login roles, and the
// schema Test proves the role can read.
type Names struct {
	Login, Alt string
	Schema     string
}

// ServiceNames are the production names for a secret of database dbname: the database
// is named after its service (constructs/database), the login roles and the schema
// after the service (internal/migrate). A service without migrations is refused.
func ServiceNames(dbname string) (Names, error) {
	if err := migrate.CheckService(dbname); err != nil {
		return Names{}, &FieldError{Secret: "service", Field: "dbname", Problem: "names no service: " + err.Error()}
	}
	r := migrate.ServiceRoles(dbname)
	return Names{Login: r.Login, Alt: r.Alt, Schema: dbname}, nil
}

// other returns the login role that is not username, or an error when username is
// neither login role.
func (n Names) other(username string) (string, error) {
	switch username {
	case n.Login:
		return n.Alt, nil
	case n.Alt:
		return n.Login, nil
	}
	return "", &FieldError{Secret: "service", Field: "username", Problem: fmt.Sprintf("is %q, want one of the service's login roles %s and %s", username, n.Login, n.Alt)}
}

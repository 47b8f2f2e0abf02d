// Package postgres rotates the platform's PostgreSQL (Neon) credentials under the
// Secrets Manager protocol of package rotation.
//
// # Service secrets: alternating users
//
// Each service has two login roles with identical privileges, <service>_service and
// <service>_service_alt, both members of the NOLOGIN group <service>_app that holds
// every privilege (internal/migrate creates them). The service secret
// <prefix>/db/<service> names one of them in "username": the current one. Strategy
// rotates by switching to the other:
//
//   - Create: the same JSON with username switched to the other login role and a new
//     password from Secrets Manager's GetRandomPassword (40 characters, letters and
//     digits).
//   - Set: connected as the master (the migrator, which created both roles and owns the
//     service's database), ALTER ROLE <other> WITH PASSWORD, sent as a SCRAM verifier so
//     the password never reaches the server.
//   - Test: a new connection with the pending credential: SELECT 1, then a privilege
//     probe: it is the role named, no superuser, it reads every table of the service's
//     schema and may append to audit.phi_access.
//   - Finish: nothing to revoke.
//
// Why no login fails: the role AWSCURRENT names is never altered while it is current.
// Set changes the password of the role that was AWSPREVIOUS (or, on the first
// rotation, of the alternate role that never had a password): a client holding the
// current secret, or one that read it a moment before Finish moved AWSCURRENT, keeps
// logging in. The previous role keeps its password after Finish, until the next
// rotation changes it: that is the grace period of clients that cached the previous
// value, and why Finish has nothing to revoke (revoking it would break exactly those
// clients). Established connections are never affected: PostgreSQL checks a password
// only at login. The contract for clients: re-read the secret at least once per
// rotation period (a cache TTL of hours against a rotation of days).
//
// The master credential is the migrator secret, whose ARN the function is configured
// with (MasterSecretID, env MASTER_SECRET_ARN), not read from the service secret: who
// can write a service secret must not choose which credential the function uses. A
// service secret may carry "masterarn" (Secrets Manager's templates add it); it must
// then name the configured master secret.
//
// # The migrator secret: single user
//
// The migrator (<prefix>/db/migrator) owns every service database and the objects in
// them; ownership cannot alternate between two roles without moving it object by
// object, and its only client is cmd/migrate, a short batch run by the pipeline that
// reads the secret when it starts and can simply be run again. SingleUser rotates it:
// the role changes its own password; a migration starting between Set and Finish fails
// to log in and is re-run.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/healthhub/platform-infra/internal/rotation"
)

const (
	// PasswordLength is the length of a new password (letters and digits).
	PasswordLength = 40
	// MinPasswordLength is the shortest password a pending secret may hold.
	MinPasswordLength = 32
	// DefaultConnectTimeout leaves time for Neon to wake a suspended compute.
	DefaultConnectTimeout = 15 * time.Second
)

// Strategy rotates a service secret between the service's two login roles; see the
// package documentation.
type Strategy struct {
	// SM reads the master secret (the function's own Secrets Manager client).
	SM rotation.SecretsManager
	// MasterSecretID is the ARN of the migrator secret, whose AWSCURRENT value is the
	// master credential Set connects with.
	MasterSecretID string
	// Names gives the login roles and schema of a secret's database; nil means
	// ServiceNames (the production names). Tests name their roles uniquely.
	Names func(dbname string) (Names, error)
	// ConnectTimeout bounds each connection; zero means DefaultConnectTimeout.
	ConnectTimeout time.Duration
}

var _ rotation.Strategy = (*Strategy)(nil)

// service parses a service secret and checks that it names one of its login roles.
func (s *Strategy) service(value string) (Secret, Names, error) {
	sec, err := ParseSecret("service", value)
	if err != nil {
		return Secret{}, Names{}, err
	}
	names := s.Names
	if names == nil {
		names = ServiceNames
	}
	n, err := names(sec.DBName)
	if err != nil {
		return Secret{}, Names{}, err
	}
	if _, err := n.other(sec.Username); err != nil {
		return Secret{}, Names{}, err
	}
	if sec.MasterARN != "" && sec.MasterARN != s.MasterSecretID {
		return Secret{}, Names{}, &FieldError{Secret: "service", Field: "masterarn",
			Problem: fmt.Sprintf("is %s, but this function's master secret (MASTER_SECRET_ARN) is %s", sec.MasterARN, s.MasterSecretID)}
	}
	return sec, n, nil
}

// Create implements rotation.Strategy: the other login role with a new password.
func (s *Strategy) Create(ctx context.Context, sm rotation.SecretsManager, current string) (string, error) {
	cur, n, err := s.service(current)
	if err != nil {
		return "", err
	}
	other, _ := n.other(cur.Username)
	password, err := newPassword(ctx, sm)
	if err != nil {
		return "", err
	}
	pending := cur
	pending.Username, pending.Password = other, password
	return pending.JSON()
}

// newPassword asks Secrets Manager for a password of letters and digits and checks it.
func newPassword(ctx context.Context, sm rotation.SecretsManager) (string, error) {
	pw, err := sm.GetRandomPassword(ctx, PasswordLength, true)
	if err != nil {
		return "", fmt.Errorf("GetRandomPassword: %w", err)
	}
	if len(pw) < MinPasswordLength || strings.IndexFunc(pw, func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r) }) >= 0 {
		return "", fmt.Errorf("GetRandomPassword returned %d characters, not %d+ letters and digits", len(pw), MinPasswordLength)
	}
	return pw, nil
}

// pendingOf parses a pending service secret and checks it against the current one: the
// other login role of the same database, a password of MinPasswordLength+ characters.
func (s *Strategy) pendingOf(current, pending string) (Secret, Secret, Names, error) {
	cur, n, err := s.service(current)
	if err != nil {
		return Secret{}, Secret{}, Names{}, err
	}
	pen, _, err := s.service(pending)
	if err != nil {
		return Secret{}, Secret{}, Names{}, fmt.Errorf("pending %w", err)
	}
	other, _ := n.other(cur.Username)
	switch {
	case pen.Username != other:
		// Changing the current role's password would fail every client holding the
		// current secret until Finish: the one thing this strategy exists to prevent.
		return Secret{}, Secret{}, Names{}, fmt.Errorf("the pending secret names %s, but the current one names %s: a rotation must switch to %s", pen.Username, cur.Username, other)
	case !pen.sameDatabase(cur):
		return Secret{}, Secret{}, Names{}, fmt.Errorf("the pending secret points at %s:%d/%s, the current one at %s:%d/%s: a rotation changes only username and password",
			pen.Host, pen.Port, pen.DBName, cur.Host, cur.Port, cur.DBName)
	case len(pen.Password) < MinPasswordLength:
		return Secret{}, Secret{}, Names{}, &FieldError{Secret: "pending service", Field: "password", Problem: fmt.Sprintf("has %d characters, want at least %d", len(pen.Password), MinPasswordLength)}
	}
	return cur, pen, n, nil
}

// Set implements rotation.Strategy: as the master, give the pending role its password.
// Retried, it sets the same password again.
func (s *Strategy) Set(ctx context.Context, current, pending string) error {
	cur, pen, n, err := s.pendingOf(current, pending)
	if err != nil {
		return err
	}
	if s.SM == nil || s.MasterSecretID == "" {
		return errors.New("no master secret configured (MASTER_SECRET_ARN)")
	}
	masterValue, err := s.SM.GetSecretValue(ctx, s.MasterSecretID, "", rotation.Current)
	if err != nil {
		return fmt.Errorf("reading the master secret %s: %w", s.MasterSecretID, err)
	}
	master, err := ParseSecret("master", masterValue)
	if err != nil {
		return err
	}
	if master.Username == n.Login || master.Username == n.Alt {
		return &FieldError{Secret: "master", Field: "username", Problem: fmt.Sprintf("is the service's login role %s: the master must be the role that owns the database (the migrator)", master.Username)}
	}
	// The master connects to the service's own database, which it owns (cmd/migrate
	// does the same), on the master secret's host and TLS mode.
	conn, err := s.connect(ctx, master, cur.DBName)
	if err != nil {
		return fmt.Errorf("connecting as the master %s: %w", master.Username, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	var canLogin bool
	if err := conn.QueryRow(ctx, `SELECT rolcanlogin FROM pg_roles WHERE rolname = $1`, pen.Username).Scan(&canLogin); errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("role %s does not exist: run cmd/migrate -service %s, which creates both login roles", pen.Username, n.Schema)
	} else if err != nil {
		return fmt.Errorf("reading role %s: %w", pen.Username, err)
	} else if !canLogin {
		return fmt.Errorf("role %s cannot log in (NOLOGIN): run cmd/migrate -service %s, which repairs it", pen.Username, n.Schema)
	}
	return setPassword(ctx, conn, pen.Username, pen.Password)
}

// setPassword runs ALTER ROLE role WITH PASSWORD (a verifier) on conn.
func setPassword(ctx context.Context, conn *pgx.Conn, role, password string) error {
	stmt, err := alterPassword(role, password)
	if err != nil {
		return fmt.Errorf("the password of %s: %w", role, err)
	}
	if _, err := conn.Exec(ctx, stmt); err != nil {
		return fmt.Errorf("setting the password of %s: %w", role, redact(err, password))
	}
	return nil
}

// Test implements rotation.Strategy: log in with the pending credential and probe its
// privileges.
func (s *Strategy) Test(ctx context.Context, pending string) error {
	pen, n, err := s.service(pending)
	if err != nil {
		return fmt.Errorf("pending %w", err)
	}
	conn, err := s.connect(ctx, pen, "")
	if err != nil {
		return fmt.Errorf("logging in as %s with the pending password: %w", pen.Username, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	return probe(ctx, conn, pen.Username, n.Schema)
}

// probe checks, on a connection of a service's login role, that it is that role, not a
// superuser, and has the service's privileges: it reads every table of the service's
// schema (a real SELECT of no rows on each) and may append to the audit log.
func probe(ctx context.Context, conn *pgx.Conn, username, schema string) error {
	var one int
	if err := conn.QueryRow(ctx, `SELECT 1`).Scan(&one); err != nil || one != 1 {
		return fmt.Errorf("SELECT 1 as %s: %v", username, err)
	}
	var (
		user               string
		super, hasSchema   bool
		auditInsert        bool
		schemaUsage        bool
		tables, unreadable []string
	)
	err := conn.QueryRow(ctx, `
		SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),
		       to_regnamespace($1) IS NOT NULL,
		       to_regnamespace($1) IS NOT NULL AND has_schema_privilege($1, 'USAGE'),
		       to_regclass('audit.phi_access') IS NOT NULL AND has_schema_privilege('audit', 'USAGE') AND has_table_privilege('audit.phi_access', 'INSERT'),
		       ARRAY(SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = $1 ORDER BY 1)`, schema).
		Scan(&user, &super, &hasSchema, &schemaUsage, &auditInsert, &tables)
	switch {
	case err != nil:
		return fmt.Errorf("privilege probe as %s: %w", username, err)
	case user != username:
		return fmt.Errorf("logged in as %s but the session is %s", username, user)
	case super:
		return fmt.Errorf("role %s is a superuser: a service role must not be", username)
	case !hasSchema:
		return fmt.Errorf("schema %s does not exist in the service's database", schema)
	case !schemaUsage:
		return fmt.Errorf("role %s has no USAGE on schema %s: is it still a member of the service's group? run cmd/migrate", username, schema)
	case !auditInsert:
		return fmt.Errorf("role %s may not append to audit.phi_access: run cmd/migrate", username)
	case len(tables) == 0:
		return fmt.Errorf("schema %s has no tables to probe", schema)
	}
	for _, t := range tables {
		if _, err := conn.Exec(ctx, `SELECT FROM `+t+` LIMIT 0`); err != nil {
			unreadable = append(unreadable, t)
		}
	}
	if len(unreadable) > 0 {
		return fmt.Errorf("role %s cannot read %s: run cmd/migrate", username, strings.Join(unreadable, ", "))
	}
	return nil
}

// Finish implements rotation.Strategy: nothing to retire. The previous login role keeps
// its password until the next rotation sets a new one on it: clients that still hold
// the previous value keep logging in meanwhile.
func (s *Strategy) Finish(context.Context, string, string) error { return nil }

func (s *Strategy) connect(ctx context.Context, sec Secret, database string) (*pgx.Conn, error) {
	return connect(ctx, sec, database, s.ConnectTimeout)
}

func connect(ctx context.Context, sec Secret, database string, timeout time.Duration) (*pgx.Conn, error) {
	if timeout == 0 {
		timeout = DefaultConnectTimeout
	}
	cfg, err := sec.ConnConfig(database, timeout)
	if err != nil {
		return nil, err
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, redact(err, sec.Password)
	}
	return conn, nil
}

// IsAuthFailure reports whether err is PostgreSQL refusing a login: a wrong password
// (28P01) or no such role / not allowed (28000).
func IsAuthFailure(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && (pgErr.Code == "28P01" || pgErr.Code == "28000")
}

// redact removes password from err's message, keeping err in the chain (errors.As still
// finds the PostgreSQL error and its SQLSTATE).
func redact(err error, password string) error {
	if err == nil || password == "" || !strings.Contains(err.Error(), password) {
		return err
	}
	return &redacted{msg: strings.ReplaceAll(err.Error(), password, "[REDACTED]"), err: err}
}

type redacted struct {
	msg string
	err error
}

func (r *redacted) Error() string { return r.msg }
func (r *redacted) Unwrap() error { return r.err }

// SingleUser rotates a secret whose role cannot alternate (the migrator): the role
// changes its own password. Clients that log in between Set and Finish fail; see the
// package documentation for why that is acceptable for the migrator only.
type SingleUser struct {
	// ConnectTimeout bounds each connection; zero means DefaultConnectTimeout.
	ConnectTimeout time.Duration
}

var _ rotation.Strategy = (*SingleUser)(nil)

// Create implements rotation.Strategy: the same role with a new password.
func (s *SingleUser) Create(ctx context.Context, sm rotation.SecretsManager, current string) (string, error) {
	cur, err := ParseSecret("master", current)
	if err != nil {
		return "", err
	}
	if cur.Password, err = newPassword(ctx, sm); err != nil {
		return "", err
	}
	return cur.JSON()
}

// Set implements rotation.Strategy: log in with the current password and change it to
// the pending one. Retried after it succeeded, the current password no longer works
// and the pending one does: nothing to do.
func (s *SingleUser) Set(ctx context.Context, current, pending string) error {
	cur, err := ParseSecret("master", current)
	if err != nil {
		return err
	}
	pen, err := ParseSecret("pending master", pending)
	if err != nil {
		return err
	}
	switch {
	case pen.Username != cur.Username || !pen.sameDatabase(cur):
		return errors.New("the pending secret must name the same role and database as the current one: a single-user rotation changes only the password")
	case len(pen.Password) < MinPasswordLength:
		return &FieldError{Secret: "pending master", Field: "password", Problem: fmt.Sprintf("has %d characters, want at least %d", len(pen.Password), MinPasswordLength)}
	}
	conn, err := connect(ctx, cur, "", s.ConnectTimeout)
	if IsAuthFailure(err) {
		if done, perr := connect(ctx, pen, "", s.ConnectTimeout); perr == nil {
			done.Close(context.WithoutCancel(ctx))
			return nil // set by an earlier attempt
		}
	}
	if err != nil {
		return fmt.Errorf("logging in as %s with the current password: %w", cur.Username, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	return setPassword(ctx, conn, cur.Username, pen.Password)
}

// Test implements rotation.Strategy: log in with the pending password.
func (s *SingleUser) Test(ctx context.Context, pending string) error {
	pen, err := ParseSecret("pending master", pending)
	if err != nil {
		return err
	}
	conn, err := connect(ctx, pen, "", s.ConnectTimeout)
	if err != nil {
		return fmt.Errorf("logging in as %s with the pending password: %w", pen.Username, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	return conn.QueryRow(ctx, `SELECT 1`).Scan(new(int))
}

// Finish implements rotation.Strategy: the old password is already gone.
func (s *SingleUser) Finish(context.Context, string, string) error { return nil }

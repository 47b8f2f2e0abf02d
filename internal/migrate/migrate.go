// Package migrate applies the embedded SQL migrations (package migrations) to one
// service's database and gives the service's login roles least privilege in it.
//
// One database per service: Apply runs, on a connection to that database as its
// administrative owner, the shared "audit" set and then the service's own set, each file
// once, in lexical order, each in its own transaction together with its bookkeeping row
// in migrations.schema_migrations (version "<set>/<file>", the file's SHA-256). A file
// already applied with a different checksum is an error: applied migrations are never
// edited. A session advisory lock serialises concurrent runs against the same database.
//
// Apply then sets up the service's roles (see Roles): the NOLOGIN group <service>_app
// and the two login roles <service>_service and <service>_service_alt, members of the
// group (INHERIT) and of no other role, with no administrative attribute, created with
// SQL, not through Neon's API, so they are not members of neon_superuser. It sets one
// login role's password when given. The group, and only the group, is granted: CONNECT
// on this database (revoked from PUBLIC, so other services' roles cannot connect); USAGE
// on schema <service> and SELECT, INSERT, UPDATE, DELETE on its tables, now and in the
// future; USAGE on schema audit and INSERT on audit.phi_access. Nothing on schema
// migrations, no CREATE anywhere; the login roles hold no privilege of their own. Every
// grant is re-applied on each run, revoking anything beyond it, so a run also repairs
// drift, and upgrades a database set up by the previous version of this tool (a single
// NOINHERIT login role granted directly) in one transaction, keeping its password.
//
// Two login roles make password rotation safe: the rotation changes the password of the
// login role the service's secret does not name, then switches the secret to it; the
// role clients use keeps its password until the next rotation.
package migrate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/healthhub/platform-infra/migrations"
)

// AuditSet is the migration set applied first in every service database.
const AuditSet = "audit"

// lockKey identifies the advisory lock of migration runs (advisory locks are scoped to
// the current database, so runs against different databases do not wait for each other).
const lockKey int64 = 0x4848_6d69_6772 // "HHmigr"

var (
	serviceRE = regexp.MustCompile(`^[a-z][a-z0-9]{1,20}$`)
	roleRE    = regexp.MustCompile(`^[a-z][a-z0-9_]{1,62}$`)
	fileRE    = regexp.MustCompile(`^[0-9]{4}_[a-z0-9_]+\.sql$`)
)

// Options configures Apply.
type Options struct {
	// Role is the first login role; default "<service>_service". Tests set unique names
	// (Role, AltRole, Group) because roles are shared by every database of a server.
	Role string
	// AltRole is the second login role; default Role + "_alt".
	AltRole string
	// Group is the NOLOGIN role that holds the privileges; default "<service>_app".
	Group string
	// Password, when not empty, becomes the password of PasswordRole (at least 16
	// characters). It is sent to the server only as a bind parameter and never logged;
	// when empty, existing login roles keep their passwords and new ones have none (they
	// cannot log in until a password is set: the alternate role gets its first one from
	// the first rotation).
	Password string
	// PasswordRole is the login role Password belongs to, Role or AltRole (the username
	// of the service's secret, which names the current one); default Role.
	PasswordRole string
}

// roles returns the role names with the defaults filled in, validated.
func (o Options) roles(service string) (Roles, string, error) {
	r := ServiceRoles(service)
	if o.Role != "" {
		r.Login, r.Alt = o.Role, o.Role+"_alt"
	}
	if o.AltRole != "" {
		r.Alt = o.AltRole
	}
	if o.Group != "" {
		r.Group = o.Group
	}
	if err := r.check(); err != nil {
		return Roles{}, "", err
	}
	pwRole := o.PasswordRole
	if pwRole == "" {
		pwRole = r.Login
	}
	if pwRole != r.Login && pwRole != r.Alt {
		return Roles{}, "", fmt.Errorf("password role %q: must be one of the login roles %s and %s", pwRole, r.Login, r.Alt)
	}
	if o.Password != "" && len(o.Password) < 16 {
		return Roles{}, "", fmt.Errorf("password of role %s: must be at least 16 characters", pwRole)
	}
	return r, pwRole, nil
}

// migration is one file of a set.
type migration struct {
	version  string // "<set>/<file>", the key in migrations.schema_migrations
	set      string
	sql      string
	checksum string // hex SHA-256 of the file
}

// Pending returns the versions Apply would run on this database for service, in order,
// without changing anything. Like Apply, it fails when an applied file was edited.
func Pending(ctx context.Context, conn *pgx.Conn, service string) ([]string, error) {
	all, err := load(service)
	if err != nil {
		return nil, err
	}
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT to_regclass('migrations.schema_migrations') IS NOT NULL`).Scan(&exists); err != nil {
		return nil, fmt.Errorf("read applied migrations: %w", err)
	}
	applied := map[string]string{}
	if exists {
		if applied, err = appliedChecksums(ctx, conn); err != nil {
			return nil, err
		}
	}
	todo, err := pending(all, applied)
	if err != nil {
		return nil, err
	}
	return versions(todo), nil
}

// Apply brings the database of the connection up to date for service and sets up the
// service's roles; see the package documentation. The connection must be to the
// service's own database, as its owner (a role with CREATEROLE that owns the database).
// It returns the versions it applied, in order, also when it fails part way: those
// stay applied, and a later run continues after them.
func Apply(ctx context.Context, conn *pgx.Conn, service string, opts Options) (applied []string, err error) {
	all, err := load(service)
	if err != nil {
		return nil, err
	}
	roles, pwRole, err := opts.roles(service)
	if err != nil {
		return nil, err
	}

	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, lockKey); err != nil {
		return nil, fmt.Errorf("take the migration lock: %w", err)
	}
	defer func() {
		// Also after a cancelled ctx: the lock is the session's until released.
		if _, uerr := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, lockKey); uerr != nil && err == nil {
			err = fmt.Errorf("release the migration lock: %w", uerr)
		}
	}()

	applied, err = applyFiles(ctx, conn, all)
	if err != nil {
		return applied, err
	}
	if err := setupRoles(ctx, conn, service, roles); err != nil {
		return applied, err
	}
	if opts.Password != "" {
		if err := setPassword(ctx, conn, pwRole, opts.Password); err != nil {
			return applied, err
		}
	}
	return applied, nil
}

// applyFiles creates the bookkeeping table when missing and applies the files of all not
// yet applied, each in its own transaction with its bookkeeping row. The caller holds
// the migration lock.
func applyFiles(ctx context.Context, conn *pgx.Conn, all []migration) (applied []string, err error) {
	if _, err := conn.Exec(ctx, `
		CREATE SCHEMA IF NOT EXISTS migrations;
		REVOKE ALL ON SCHEMA migrations FROM PUBLIC;
		CREATE TABLE IF NOT EXISTS migrations.schema_migrations (
			version    text PRIMARY KEY,
			set_name   text NOT NULL,
			checksum   text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`); err != nil {
		return nil, fmt.Errorf("create migrations.schema_migrations: %w", err)
	}
	done, err := appliedChecksums(ctx, conn)
	if err != nil {
		return nil, err
	}
	todo, err := pending(all, done)
	if err != nil {
		return nil, err
	}
	for _, m := range todo {
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO migrations.schema_migrations (version, set_name, checksum) VALUES ($1, $2, $3)`,
				m.version, m.set, m.checksum)
			return err
		})
		if err != nil {
			return applied, fmt.Errorf("apply %s (rolled back): %w", m.version, err)
		}
		applied = append(applied, m.version)
	}
	return applied, nil
}

// CheckService returns an error unless service is a valid service name with a folder of
// migrations. Apply and Pending check it first; a caller may check before connecting.
func CheckService(service string) error {
	if !serviceRE.MatchString(service) {
		return fmt.Errorf("service %q: must match %s", service, serviceRE)
	}
	if service == AuditSet {
		return fmt.Errorf("service %q: %q is the shared audit set, not a service", service, AuditSet)
	}
	if fi, err := fs.Stat(migrations.FS, service); err != nil || !fi.IsDir() {
		return fmt.Errorf("service %q: no migrations/%s/ folder (services with migrations: %s)",
			service, service, strings.Join(Services(), ", "))
	}
	return nil
}

// load checks the service name and reads the audit set and the service's set.
func load(service string) ([]migration, error) {
	if err := CheckService(service); err != nil {
		return nil, err
	}
	var all []migration
	for _, set := range []string{AuditSet, service} {
		entries, err := fs.ReadDir(migrations.FS, set) // sorted by name
		if err != nil {
			return nil, fmt.Errorf("read migrations/%s: %w", set, err)
		}
		for _, e := range entries {
			if !fileRE.MatchString(e.Name()) {
				return nil, fmt.Errorf("migrations/%s/%s: name must match %s", set, e.Name(), fileRE)
			}
			b, err := fs.ReadFile(migrations.FS, set+"/"+e.Name())
			if err != nil {
				return nil, fmt.Errorf("read migrations/%s/%s: %w", set, e.Name(), err)
			}
			sum := sha256.Sum256(b)
			all = append(all, migration{version: set + "/" + e.Name(), set: set, sql: string(b), checksum: hex.EncodeToString(sum[:])})
		}
	}
	return all, nil
}

// Services lists the services that have migrations, sorted.
func Services() []string {
	entries, _ := fs.ReadDir(migrations.FS, ".")
	var out []string
	for _, e := range entries {
		if e.IsDir() && e.Name() != AuditSet {
			out = append(out, e.Name())
		}
	}
	return out
}

// appliedChecksums reads the recorded versions and checksums.
func appliedChecksums(ctx context.Context, conn *pgx.Conn) (map[string]string, error) {
	rows, _ := conn.Query(ctx, `SELECT version, checksum FROM migrations.schema_migrations`)
	applied := map[string]string{}
	var version, checksum string
	_, err := pgx.ForEachRow(rows, []any{&version, &checksum}, func() error {
		applied[version] = checksum
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read applied migrations: %w", err)
	}
	return applied, nil
}

// pending checks the applied versions against the files and returns the files to run.
// Every applied file of these sets must still exist, unchanged.
func pending(all []migration, applied map[string]string) ([]migration, error) {
	var todo []migration
	var errs []error
	sets := map[string]bool{}
	for _, m := range all {
		sets[m.set] = true
		sum, ok := applied[m.version]
		switch {
		case !ok:
			todo = append(todo, m)
		case sum != m.checksum:
			errs = append(errs, fmt.Errorf("migration %s was edited after it was applied (recorded checksum %s, file %s): restore the file and add a new migration instead",
				m.version, short(sum), short(m.checksum)))
		}
	}
	var missing []string
	for v := range applied {
		set, _, _ := strings.Cut(v, "/")
		if sets[set] && !slices.ContainsFunc(all, func(m migration) bool { return m.version == v }) {
			missing = append(missing, v)
		}
	}
	slices.Sort(missing)
	for _, v := range missing {
		errs = append(errs, fmt.Errorf("migration %s is applied to this database but its file is missing: is this binary older than the database?", v))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return todo, nil
}

func versions(ms []migration) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.version)
	}
	return out
}

func short(sum string) string {
	if len(sum) > 12 {
		return sum[:12]
	}
	return sum
}

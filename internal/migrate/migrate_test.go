package migrate_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/healthhub/platform-infra/internal/migrate"
)

// SQLSTATEs the tests expect.
const (
	insufficientPrivilege = "42501" // also "permission denied for database" at connect
	raiseException        = "P0001" // the audit triggers' RAISE EXCEPTION
	invalidPassword       = "28P01"
)

var (
	auditVersions   = []string{"audit/0001_audit_schema.sql"}
	authVersions    = append(slices.Clone(auditVersions), "auth/0001_auth_schema.sql")
	patientVersions = append(slices.Clone(auditVersions), "patient/0001_patient_schema.sql")
)

// server is a real PostgreSQL server reached through TEST_DATABASE_URL.
type server struct {
	base  *pgx.ConnConfig // the superuser's connection
	admin *pgx.Conn       // the superuser, to create and drop test databases and roles
}

// newServer connects to TEST_DATABASE_URL. Without it the test is skipped, except under
// CI (env CI set), where it fails: CI must run it (scripts/with-postgres.sh).
func newServer(t *testing.T) *server {
	t.Helper()
	url := os.Getenv("TEST_DATABASE_URL")
	if url == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("TEST_DATABASE_URL is not set and CI is: run the tests under scripts/with-postgres.sh")
		}
		t.Skip("TEST_DATABASE_URL is not set; run: scripts/with-postgres.sh go test ./internal/migrate/")
	}
	base, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatalf("TEST_DATABASE_URL: %v", err)
	}
	if ip := net.ParseIP(base.Host); base.Host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		t.Fatalf("TEST_DATABASE_URL: host %s is not loopback; these tests create and drop databases and roles", base.Host)
	}
	admin, err := pgx.ConnectConfig(t.Context(), base)
	if err != nil {
		t.Fatalf("connect to TEST_DATABASE_URL: %v", err)
	}
	t.Cleanup(func() { admin.Close(context.Background()) })
	return &server{base: base, admin: admin}
}

// connect logs in as user to database; the caller closes the connection.
func (s *server) connect(ctx context.Context, user, password, database string) (*pgx.Conn, error) {
	cfg := s.base.Copy()
	cfg.User, cfg.Password, cfg.Database = user, password, database
	return pgx.ConnectConfig(ctx, cfg)
}

// mustConnect is connect for connections that must succeed; closed at the end of the test.
func (s *server) mustConnect(t *testing.T, user, password, database string) *pgx.Conn {
	t.Helper()
	conn, err := s.connect(t.Context(), user, password, database)
	if err != nil {
		t.Fatalf("connect as %s to %s: %v", user, database, err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func exec(t *testing.T, conn *pgx.Conn, sql string, args ...any) {
	t.Helper()
	if _, err := conn.Exec(t.Context(), sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

func randomHex(t *testing.T, n int) string {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// wantCode fails unless err is a PostgreSQL error with SQLSTATE code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	var pgErr *pgconn.PgError
	switch {
	case err == nil:
		t.Errorf("%s: succeeded, want SQLSTATE %s", what, code)
	case !errors.As(err, &pgErr):
		t.Errorf("%s: %v, want SQLSTATE %s", what, err, code)
	case pgErr.Code != code:
		t.Errorf("%s: %v, want SQLSTATE %s", what, err, code)
	}
}

// service is one service database of the test, with its migrator connection.
type service struct {
	name, db, role, password string
	owner                    *pgx.Conn // the migrator, connected to db
}

// TestApply migrates an auth and a patient database the way production does (as a
// non-superuser owner with CREATEROLE, like Neon's migrator) and proves, logged in as each
// service role, what it can and cannot do.
func TestApply(t *testing.T) {
	s := newServer(t)
	ctx := t.Context()
	suffix := randomHex(t, 4)
	migrator, migratorPassword := "migrator_"+suffix, randomHex(t, 16)
	auth := &service{name: "auth", db: "auth_" + suffix, role: "auth_service_" + suffix,
		// Quotes, a backslash and dollar quotes: the server-side %L quoting must cope.
		password: `it's a \ $$ secret "` + randomHex(t, 8)}
	patient := &service{name: "patient", db: "patient_" + suffix, role: "patient_service_" + suffix,
		password: randomHex(t, 16)}
	services := []*service{auth, patient}

	t.Cleanup(func() {
		ctx := context.Background()
		for _, svc := range services {
			// FORCE terminates the connections still open to the database first.
			if _, err := s.admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{svc.db}.Sanitize()+" WITH (FORCE)"); err != nil {
				t.Errorf("drop database %s: %v", svc.db, err)
			}
		}
		for _, role := range []string{auth.role, patient.role, migrator} {
			if _, err := s.admin.Exec(ctx, "DROP ROLE IF EXISTS "+pgx.Identifier{role}.Sanitize()); err != nil {
				t.Errorf("drop role %s: %v", role, err)
			}
		}
	})
	exec(t, s.admin, fmt.Sprintf("CREATE ROLE %s LOGIN CREATEROLE PASSWORD '%s'", pgx.Identifier{migrator}.Sanitize(), migratorPassword))
	for _, svc := range services {
		exec(t, s.admin, "CREATE DATABASE "+pgx.Identifier{svc.db}.Sanitize()+" OWNER "+pgx.Identifier{migrator}.Sanitize())
		svc.owner = s.mustConnect(t, migrator, migratorPassword, svc.db)
	}

	// A dry run on a fresh database lists everything and creates nothing.
	pending, err := migrate.Pending(ctx, auth.owner, "auth")
	if err != nil || !slices.Equal(pending, authVersions) {
		t.Fatalf("Pending(fresh auth) = %v, %v; want %v", pending, err, authVersions)
	}
	var created bool
	if err := auth.owner.QueryRow(ctx, `SELECT to_regnamespace('migrations') IS NOT NULL`).Scan(&created); err != nil || created {
		t.Fatalf("after a dry run, schema migrations exists = %v (%v); want false", created, err)
	}

	// auth: the first run applies both sets and creates the role without a password; the
	// second applies nothing and sets the password.
	applied, err := migrate.Apply(ctx, auth.owner, "auth", migrate.Options{Role: auth.role})
	if err != nil || !slices.Equal(applied, authVersions) {
		t.Fatalf("first Apply(auth) = %v, %v; want %v", applied, err, authVersions)
	}
	_, err = s.connect(ctx, auth.role, auth.password, auth.db)
	wantCode(t, "log in before a password is set", err, invalidPassword)
	applied, err = migrate.Apply(ctx, auth.owner, "auth", migrate.Options{Role: auth.role, Password: auth.password})
	if err != nil || len(applied) != 0 {
		t.Fatalf("second Apply(auth) = %v, %v; want nothing applied", applied, err)
	}

	// patient: two concurrent runs; the advisory lock makes one apply everything and the
	// other nothing. Then a third run with the password.
	second := s.mustConnect(t, migrator, migratorPassword, patient.db)
	var wg sync.WaitGroup
	results := make([][]string, 2)
	errs := make([]error, 2)
	for i, conn := range []*pgx.Conn{patient.owner, second} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = migrate.Apply(ctx, conn, "patient", migrate.Options{Role: patient.role})
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatalf("concurrent Apply(patient): %v", err)
	}
	if got := slices.Concat(results...); !slices.Equal(got, patientVersions) {
		t.Fatalf("concurrent Apply(patient) applied %v and %v; want %v once", results[0], results[1], patientVersions)
	}
	applied, err = migrate.Apply(ctx, patient.owner, "patient", migrate.Options{Role: patient.role, Password: patient.password})
	if err != nil || len(applied) != 0 {
		t.Fatalf("third Apply(patient) = %v, %v; want nothing applied", applied, err)
	}

	for _, svc := range services {
		pending, err := migrate.Pending(ctx, svc.owner, svc.name)
		if err != nil || len(pending) != 0 {
			t.Errorf("Pending(%s) after Apply = %v, %v; want none", svc.name, pending, err)
		}
	}

	t.Run("role attributes", func(t *testing.T) {
		for _, svc := range services {
			var attrs string
			err := s.admin.QueryRow(ctx, `
				SELECT format('login=%s inherit=%s super=%s createdb=%s createrole=%s replication=%s bypassrls=%s memberships=%s',
					rolcanlogin, rolinherit, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls,
					(SELECT count(*) FROM pg_auth_members WHERE member = r.oid))
				FROM pg_roles r WHERE rolname = $1`, svc.role).Scan(&attrs)
			want := "login=t inherit=f super=f createdb=f createrole=f replication=f bypassrls=f memberships=0"
			if err != nil || attrs != want {
				t.Errorf("role %s: %s (%v); want %s", svc.role, attrs, err, want)
			}
		}
	})

	own := map[string][]string{
		"auth": {
			`INSERT INTO auth.users (email, password_hash) VALUES ('Ada@example.org', 'argon2id$x')`,
			`INSERT INTO auth.sessions (user_id, expires_at) SELECT id, now() + interval '1 hour' FROM auth.users`,
			`SELECT u.email, s.expires_at FROM auth.users u JOIN auth.sessions s ON s.user_id = u.id`,
			`UPDATE auth.users SET mfa_enabled = true`,
			`UPDATE auth.sessions SET revoked_at = now()`,
			`DELETE FROM auth.sessions`,
			`DELETE FROM auth.users`,
		},
		"patient": {
			`INSERT INTO patient.patients (mrn, given_name, family_name, date_of_birth) VALUES ('MRN-1', 'Ada', 'Lovelace', '1815-12-10')`,
			`INSERT INTO patient.contacts (patient_id, kind, value, is_primary) SELECT id, 'phone', '+44 20 0000 0000', true FROM patient.patients`,
			`SELECT p.mrn, c.value FROM patient.patients p JOIN patient.contacts c ON c.patient_id = p.id`,
			`UPDATE patient.patients SET given_name = 'Augusta Ada'`,
			`UPDATE patient.contacts SET value = '+44 20 0000 0001'`,
			`DELETE FROM patient.contacts`,
			`DELETE FROM patient.patients`,
		},
	}
	for _, svc := range services {
		t.Run(svc.name+" service role", func(t *testing.T) {
			conn := s.mustConnect(t, svc.role, svc.password, svc.db)
			for _, sql := range own[svc.name] {
				if _, err := conn.Exec(ctx, sql); err != nil {
					t.Errorf("own schema: %s: %v", sql, err)
				}
			}
			if _, err := conn.Exec(ctx, `
				INSERT INTO audit.phi_access (occurred_at, actor, action, subject_type, subject_id, purpose, request_id, source_ip, details)
				VALUES ('2001-01-01', 'user:1', 'read', 'patient', 'MRN-1', 'treatment', 'req-1', '10.0.0.1', '{"fields":["dob"]}')`); err != nil {
				t.Errorf("insert into audit.phi_access: %v", err)
			}
			var backdated bool
			if err := svc.owner.QueryRow(ctx, `SELECT bool_or(occurred_at < now() - interval '1 minute') FROM audit.phi_access`).Scan(&backdated); err != nil || backdated {
				t.Errorf("an audit entry kept the caller's occurred_at (%v): want the server's time", err)
			}

			denied := []struct{ what, sql string }{
				{"read the audit log", `SELECT * FROM audit.phi_access`},
				{"update the audit log", `UPDATE audit.phi_access SET actor = 'someone else'`},
				{"delete from the audit log", `DELETE FROM audit.phi_access`},
				{"truncate the audit log", `TRUNCATE audit.phi_access`},
				{"read the migration history", `SELECT * FROM migrations.schema_migrations`},
				{"create in schema public", `CREATE TABLE public.t (x int)`},
				{"create in its own schema", `CREATE TABLE ` + svc.name + `.t (x int)`},
				{"create a schema", `CREATE SCHEMA s`},
				{"create a temporary table", `CREATE TEMP TABLE t (x int)`},
			}
			for _, d := range denied {
				_, err := conn.Exec(ctx, d.sql)
				wantCode(t, d.what, err, insufficientPrivilege)
			}

			for _, other := range services {
				if other == svc {
					continue
				}
				c, err := s.connect(ctx, svc.role, svc.password, other.db)
				if err == nil {
					c.Close(ctx)
				}
				wantCode(t, "connect to database "+other.db, err, insufficientPrivilege)
			}
		})
	}

	t.Run("audit log is append-only for its owner and superusers", func(t *testing.T) {
		exec(t, auth.owner, `INSERT INTO audit.phi_access (actor, action) VALUES ('migrator', 'export')`)
		for _, who := range []struct {
			name string
			conn *pgx.Conn
		}{{"owner", auth.owner}, {"superuser", s.mustConnect(t, s.base.User, s.base.Password, auth.db)}} {
			for _, sql := range []string{
				`UPDATE audit.phi_access SET actor = 'someone else'`,
				`DELETE FROM audit.phi_access`,
				`TRUNCATE audit.phi_access`,
			} {
				_, err := who.conn.Exec(ctx, sql)
				wantCode(t, who.name+": "+sql, err, raiseException)
				if err != nil && !strings.Contains(err.Error(), "append-only") {
					t.Errorf("%s: %s: %v; want the append-only exception", who.name, sql, err)
				}
			}
		}
	})

	t.Run("a run repairs drift", func(t *testing.T) {
		exec(t, s.admin, "ALTER ROLE "+pgx.Identifier{auth.role}.Sanitize()+" CREATEDB INHERIT")
		exec(t, auth.owner, "GRANT SELECT ON migrations.schema_migrations TO "+pgx.Identifier{auth.role}.Sanitize())
		exec(t, auth.owner, "GRANT USAGE ON SCHEMA migrations TO "+pgx.Identifier{auth.role}.Sanitize())
		exec(t, auth.owner, "GRANT SELECT, UPDATE ON audit.phi_access TO "+pgx.Identifier{auth.role}.Sanitize())
		if _, err := migrate.Apply(ctx, auth.owner, "auth", migrate.Options{Role: auth.role}); err != nil {
			t.Fatalf("Apply: %v", err)
		}
		var createDB, inherit bool
		if err := s.admin.QueryRow(ctx, `SELECT rolcreatedb, rolinherit FROM pg_roles WHERE rolname = $1`, auth.role).Scan(&createDB, &inherit); err != nil || createDB || inherit {
			t.Errorf("after Apply: createdb=%v inherit=%v (%v); want both false", createDB, inherit, err)
		}
		conn := s.mustConnect(t, auth.role, auth.password, auth.db)
		for _, sql := range []string{`SELECT * FROM migrations.schema_migrations`, `SELECT * FROM audit.phi_access`} {
			_, err := conn.Exec(ctx, sql)
			wantCode(t, "after Apply: "+sql, err, insufficientPrivilege)
		}
	})

	t.Run("a member of another role is refused", func(t *testing.T) {
		exec(t, s.admin, "GRANT pg_read_all_data TO "+pgx.Identifier{auth.role}.Sanitize())
		defer exec(t, s.admin, "REVOKE pg_read_all_data FROM "+pgx.Identifier{auth.role}.Sanitize())
		_, err := migrate.Apply(ctx, auth.owner, "auth", migrate.Options{Role: auth.role})
		if err == nil || !strings.Contains(err.Error(), "member of pg_read_all_data") {
			t.Errorf("Apply = %v; want a refusal naming pg_read_all_data", err)
		}
	})

	t.Run("history must match the files", func(t *testing.T) {
		for _, tc := range []struct {
			name, tamper, restore, want string
		}{{
			name:    "edited file",
			tamper:  `UPDATE migrations.schema_migrations SET checksum = 'edited:' || checksum WHERE version = 'auth/0001_auth_schema.sql'`,
			restore: `UPDATE migrations.schema_migrations SET checksum = substr(checksum, 8) WHERE version = 'auth/0001_auth_schema.sql'`,
			want:    "migration auth/0001_auth_schema.sql was edited after it was applied",
		}, {
			name:    "missing file",
			tamper:  `INSERT INTO migrations.schema_migrations (version, set_name, checksum) VALUES ('auth/0000_gone.sql', 'auth', 'x')`,
			restore: `DELETE FROM migrations.schema_migrations WHERE version = 'auth/0000_gone.sql'`,
			want:    "migration auth/0000_gone.sql is applied to this database but its file is missing",
		}} {
			t.Run(tc.name, func(t *testing.T) {
				exec(t, auth.owner, tc.tamper)
				defer exec(t, auth.owner, tc.restore)
				if _, err := migrate.Apply(ctx, auth.owner, "auth", migrate.Options{Role: auth.role}); err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("Apply = %v; want an error containing %q", err, tc.want)
				}
				if _, err := migrate.Pending(ctx, auth.owner, "auth"); err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("Pending = %v; want an error containing %q", err, tc.want)
				}
			})
		}
		if applied, err := migrate.Apply(ctx, auth.owner, "auth", migrate.Options{Role: auth.role}); err != nil || len(applied) != 0 {
			t.Errorf("Apply after restoring the history = %v, %v; want nothing applied", applied, err)
		}
	})
}

// TestApplyRejectsBadInput needs no database: names and options are checked before the
// connection is used.
func TestApplyRejectsBadInput(t *testing.T) {
	for _, tc := range []struct {
		service string
		opts    migrate.Options
		want    string
	}{
		{"", migrate.Options{}, `service "": must match`},
		{"Auth", migrate.Options{}, `service "Auth": must match`},
		{"a", migrate.Options{}, `service "a": must match`},
		{"auth;drop", migrate.Options{}, `service "auth;drop": must match`},
		{"audit", migrate.Options{}, `service "audit": "audit" is the shared audit set`},
		{"billing", migrate.Options{}, `service "billing": no migrations/billing/ folder (services with migrations: auth, patient)`},
		{"auth", migrate.Options{Role: `auth"; DROP ROLE x; --`}, `must match`},
		{"auth", migrate.Options{Password: "short"}, "must be at least 16 characters"},
	} {
		_, err := migrate.Apply(context.Background(), nil, tc.service, tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Apply(%q, %+v) = %v; want an error containing %q", tc.service, tc.opts, err, tc.want)
		}
		if err != nil && tc.opts.Password != "" && strings.Contains(err.Error(), tc.opts.Password) {
			t.Errorf("Apply(%q): the error shows the password: %v", tc.service, err)
		}
	}
}

package migrate_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/healthhub/platform-infra/internal/migrate"
	"github.com/healthhub/platform-infra/internal/pgtest"
)

// SQLSTATEs the tests expect.
const (
	insufficientPrivilege = "42501" // also "permission denied for database" at connect
	raiseException        = "P0001" // the audit triggers' RAISE EXCEPTION
	invalidPassword       = "28P01"
	notNullViolation      = "23502"
	uniqueViolation       = "23505"
	checkViolation        = "23514"
)

var (
	auditVersions    = []string{"audit/0001_audit_schema.sql"}
	authVersions     = append(slices.Clone(auditVersions), "auth/0001_auth_schema.sql")
	patientVersions  = append(slices.Clone(auditVersions), "patient/0001_patient_schema.sql")
	providerVersions = append(slices.Clone(auditVersions), "provider/0001_provider_schema.sql")
	recordsVersions  = append(slices.Clone(auditVersions), "records/0001_records_schema.sql")
)

// server is a real PostgreSQL server reached through TEST_DATABASE_URL.
type server struct {
	base  *pgx.ConnConfig // the superuser's connection
	admin *pgx.Conn       // the superuser, to create and drop test databases and roles
}

// newServer connects to the test server (pgtest.Connect).
func newServer(t *testing.T) *server {
	t.Helper()
	base, admin := pgtest.Connect(t, "./internal/migrate/")
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
	return pgtest.RandomHex(t, n)
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

// errRollback ends a transaction the test wants rolled back.
var errRollback = errors.New("roll back")

// Ids and values the statements of the tests share.
const (
	patientID  = "5d0c6f4e-2f43-4d38-9a59-0b1f3c1f9a10" // a patient.patients id, in another database
	providerID = "0b7e2a51-8c3d-4f6e-9a1b-2c3d4e5f6a7b" // a provider.providers id, in another database
	entryID    = "8a1d7c2e-4b6f-4e0a-9c3d-5e7f9a1b3c5d"
	kmsKeyARN  = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
)

// documentSQL inserts the metadata of a records document with the given SQL values of
// s3_key, content_type and kms_key_arn.
func documentSQL(key, contentType, kmsKey string) string {
	return `INSERT INTO records.documents (patient_id, category, s3_key, sha256, content_type, size_bytes, kms_key_arn)
		VALUES ('` + patientID + `', 'lab_report', ` + key + `, repeat('0', 64), ` + contentType + `, 1, ` + kmsKey + `)`
}

// service is one service database of the test, with its migrator connection.
type service struct {
	name, db       string
	role, password string    // the first login role and its password
	alt, altPass   string    // the alternate login role (role + "_alt") and its password
	group          string    // the NOLOGIN role that holds the privileges
	owner          *pgx.Conn // the migrator, connected to db
}

// newService names a service database and its roles uniquely (roles are shared by every
// database of a server).
func newService(t *testing.T, name, suffix, password string) *service {
	role := name + "_service_" + suffix
	return &service{name: name, db: name + "_" + suffix, role: role, password: password,
		alt: role + "_alt", altPass: randomHex(t, 16), group: name + "_app_" + suffix}
}

// opts are the Options naming the service's roles.
func (svc *service) opts() migrate.Options {
	return migrate.Options{Role: svc.role, Group: svc.group}
}

// withPassword are the Options that set role's password (role is svc.role or svc.alt).
func (svc *service) withPassword(role, password string) migrate.Options {
	o := svc.opts()
	o.PasswordRole, o.Password = role, password
	return o
}

// logins are the service's two login roles with their passwords.
func (svc *service) logins() []struct{ role, password string } {
	return []struct{ role, password string }{{svc.role, svc.password}, {svc.alt, svc.altPass}}
}

// roles are the service's three roles, for cleanup.
func (svc *service) roles() []string { return []string{svc.role, svc.alt, svc.group} }

// directGrants lists the privileges granted to role itself (not through a group) in the
// database of conn and on databases: ACL entries naming it, default privileges included.
func directGrants(t *testing.T, conn *pgx.Conn, role string) []string {
	t.Helper()
	rows, _ := conn.Query(t.Context(), `
		SELECT format('database %s: %s', d.datname, a.privilege_type) FROM pg_database d, aclexplode(d.datacl) a WHERE a.grantee = $1::text::regrole
		UNION ALL
		SELECT format('schema %s: %s', n.nspname, a.privilege_type) FROM pg_namespace n, aclexplode(n.nspacl) a WHERE a.grantee = $1::text::regrole
		UNION ALL
		SELECT format('%s: %s', c.oid::regclass, a.privilege_type) FROM pg_class c, aclexplode(c.relacl) a WHERE a.grantee = $1::text::regrole
		UNION ALL
		SELECT format('default privileges on %s in %s: %s', d.defaclobjtype, d.defaclnamespace::regnamespace, a.privilege_type)
		FROM pg_default_acl d, aclexplode(d.defaclacl) a WHERE a.grantee = $1::text::regrole
		ORDER BY 1`, role)
	grants, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatalf("read the grants of %s: %v", role, err)
	}
	return grants
}

// roleAttrs describes role's attributes and memberships.
func roleAttrs(t *testing.T, admin *pgx.Conn, role string) string {
	t.Helper()
	var attrs string
	err := admin.QueryRow(t.Context(), `
		SELECT format('login=%s inherit=%s super=%s createdb=%s createrole=%s replication=%s bypassrls=%s member of [%s]',
			rolcanlogin, rolinherit, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls,
			array_to_string(ARRAY(SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = r.oid ORDER BY 1), ','))
		FROM pg_roles r WHERE rolname = $1`, role).Scan(&attrs)
	if err != nil {
		t.Fatalf("read role %s: %v", role, err)
	}
	return attrs
}

// wantLoginAttrs and wantGroupAttrs are what Apply leaves.
func wantLoginAttrs(group string) string {
	return "login=t inherit=t super=f createdb=f createrole=f replication=f bypassrls=f member of [" + group + "]"
}

const wantGroupAttrs = "login=f inherit=f super=f createdb=f createrole=f replication=f bypassrls=f member of []"

// TestApply migrates an auth, a patient, a provider and a records database the way
// production does (as a non-superuser owner with CREATEROLE, like Neon's migrator) and
// proves, logged in as each service role, what it can and cannot do.
func TestApply(t *testing.T) {
	s := newServer(t)
	ctx := t.Context()
	suffix := randomHex(t, 4)
	migrator, migratorPassword := "migrator_"+suffix, randomHex(t, 16)
	// Quotes, a backslash and dollar quotes: the server-side %L quoting must cope.
	auth := newService(t, "auth", suffix, `it's a \ $$ secret "`+randomHex(t, 8))
	patient := newService(t, "patient", suffix, randomHex(t, 16))
	provider := newService(t, "provider", suffix, randomHex(t, 16))
	records := newService(t, "records", suffix, randomHex(t, 16))
	services := []*service{auth, patient, provider, records}

	t.Cleanup(func() {
		ctx := context.Background()
		for _, svc := range services {
			// FORCE terminates the connections still open to the database first.
			if _, err := s.admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{svc.db}.Sanitize()+" WITH (FORCE)"); err != nil {
				t.Errorf("drop database %s: %v", svc.db, err)
			}
		}
		for _, role := range append(slices.Concat(auth.roles(), patient.roles(), provider.roles(), records.roles()), migrator) {
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
	applied, err := migrate.Apply(ctx, auth.owner, "auth", auth.opts())
	if err != nil || !slices.Equal(applied, authVersions) {
		t.Fatalf("first Apply(auth) = %v, %v; want %v", applied, err, authVersions)
	}
	_, err = s.connect(ctx, auth.role, auth.password, auth.db)
	wantCode(t, "log in before a password is set", err, invalidPassword)
	applied, err = migrate.Apply(ctx, auth.owner, "auth", auth.withPassword(auth.role, auth.password))
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
			results[i], errs[i] = migrate.Apply(ctx, conn, "patient", patient.opts())
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatalf("concurrent Apply(patient): %v", err)
	}
	if got := slices.Concat(results...); !slices.Equal(got, patientVersions) {
		t.Fatalf("concurrent Apply(patient) applied %v and %v; want %v once", results[0], results[1], patientVersions)
	}
	applied, err = migrate.Apply(ctx, patient.owner, "patient", patient.withPassword(patient.role, patient.password))
	if err != nil || len(applied) != 0 {
		t.Fatalf("third Apply(patient) = %v, %v; want nothing applied", applied, err)
	}

	// provider and records, like auth: a dry run lists everything; the first run applies
	// both sets and creates the role without a password; the second applies nothing and
	// sets the password.
	for _, tc := range []struct {
		svc  *service
		want []string
	}{{provider, providerVersions}, {records, recordsVersions}} {
		svc := tc.svc
		pending, err := migrate.Pending(ctx, svc.owner, svc.name)
		if err != nil || !slices.Equal(pending, tc.want) {
			t.Fatalf("Pending(fresh %s) = %v, %v; want %v", svc.name, pending, err, tc.want)
		}
		applied, err := migrate.Apply(ctx, svc.owner, svc.name, svc.opts())
		if err != nil || !slices.Equal(applied, tc.want) {
			t.Fatalf("first Apply(%s) = %v, %v; want %v", svc.name, applied, err, tc.want)
		}
		_, err = s.connect(ctx, svc.role, svc.password, svc.db)
		wantCode(t, svc.name+": log in before a password is set", err, invalidPassword)
		applied, err = migrate.Apply(ctx, svc.owner, svc.name, svc.withPassword(svc.role, svc.password))
		if err != nil || len(applied) != 0 {
			t.Fatalf("second Apply(%s) = %v, %v; want nothing applied", svc.name, applied, err)
		}
	}

	for _, svc := range services {
		pending, err := migrate.Pending(ctx, svc.owner, svc.name)
		if err != nil || len(pending) != 0 {
			t.Errorf("Pending(%s) after Apply = %v, %v; want none", svc.name, pending, err)
		}
	}

	// The alternate login roles exist without a password (in production the first
	// rotation gives them one); here a run with PasswordRole sets it.
	for _, svc := range services {
		_, err := s.connect(ctx, svc.alt, svc.altPass, svc.db)
		wantCode(t, svc.name+": log in as the alternate role before it has a password", err, invalidPassword)
		if applied, err := migrate.Apply(ctx, svc.owner, svc.name, svc.withPassword(svc.alt, svc.altPass)); err != nil || len(applied) != 0 {
			t.Fatalf("Apply(%s) with the alternate role's password = %v, %v; want nothing applied", svc.name, applied, err)
		}
	}

	t.Run("role attributes", func(t *testing.T) {
		for _, svc := range services {
			for _, login := range []string{svc.role, svc.alt} {
				if got, want := roleAttrs(t, s.admin, login), wantLoginAttrs(svc.group); got != want {
					t.Errorf("role %s: %s; want %s", login, got, want)
				}
			}
			if got := roleAttrs(t, s.admin, svc.group); got != wantGroupAttrs {
				t.Errorf("role %s: %s; want %s", svc.group, got, wantGroupAttrs)
			}
		}
	})

	t.Run("privileges are the group's only", func(t *testing.T) {
		for _, svc := range services {
			for _, login := range []string{svc.role, svc.alt} {
				if grants := directGrants(t, svc.owner, login); len(grants) > 0 {
					t.Errorf("%s: role %s holds privileges of its own: %v; want none (all through %s)", svc.db, login, grants, svc.group)
				}
			}
			if grants := directGrants(t, svc.owner, svc.group); len(grants) == 0 {
				t.Errorf("%s: group %s holds no privileges", svc.db, svc.group)
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
		"provider": {
			`INSERT INTO provider.specialties (code, display_name) VALUES ('207Q00000X', 'Family Medicine')`,
			`INSERT INTO provider.providers (given_name, family_name) VALUES ('Elizabeth', 'Blackwell')`,
			`INSERT INTO provider.credentials (provider_id, kind, number, verified_at) SELECT id, 'npi', '1234567893', now() FROM provider.providers`,
			`INSERT INTO provider.credentials (provider_id, kind, number, issuing_state, issued_on, expires_on)
			 SELECT id, 'state_license', '209311', 'NY', '2020-01-01', '2027-01-31' FROM provider.providers`,
			`INSERT INTO provider.provider_specialties (provider_id, specialty_code, is_primary, board_certified)
			 SELECT id, '207Q00000X', true, true FROM provider.providers`,
			// The patient is in the patient service's database: a plain uuid, no foreign key.
			`INSERT INTO provider.care_relationships (provider_id, patient_id, kind)
			 SELECT id, '` + patientID + `', 'primary_care' FROM provider.providers`,
			`SELECT p.family_name, c.number, s.display_name, r.patient_id
			 FROM provider.providers p
			 JOIN provider.credentials c ON c.provider_id = p.id AND c.kind = 'npi'
			 JOIN provider.provider_specialties ps ON ps.provider_id = p.id
			 JOIN provider.specialties s ON s.code = ps.specialty_code
			 JOIN provider.care_relationships r ON r.provider_id = p.id AND r.ended_on IS NULL`,
			`SELECT provider_id, kind, expires_on FROM provider.credentials WHERE expires_on < current_date + 90`,
			`UPDATE provider.credentials SET expires_on = '2029-01-31', verified_at = now() WHERE kind = 'state_license'`,
			`UPDATE provider.care_relationships SET ended_on = current_date`,
			`UPDATE provider.providers SET status = 'inactive'`,
			`DELETE FROM provider.care_relationships`,
			`DELETE FROM provider.provider_specialties`,
			`DELETE FROM provider.credentials`,
			`DELETE FROM provider.providers`,
			`DELETE FROM provider.specialties`,
		},
		"records": {
			// retention_until is past and there is no legal hold, so the rows may be
			// deleted at the end.
			`INSERT INTO records.encounters (patient_id, provider_id, class, status, started_at, ended_at, retention_until)
			 VALUES ('` + patientID + `', '` + providerID + `', 'ambulatory', 'finished', now() - interval '1 hour', now(), current_date - 1)`,
			`INSERT INTO records.entries (patient_id, encounter_id, kind, code_system, code, summary, recorded_by, retention_until)
			 SELECT patient_id, id, 'diagnosis', 'icd10cm', 'J45.909', 'Asthma, uncomplicated', provider_id, retention_until FROM records.encounters`,
			// An amendment: the correction, and the original pointing to it, in one statement.
			`WITH correction AS (
				INSERT INTO records.entries (patient_id, encounter_id, kind, code_system, code, summary, recorded_by, retention_until)
				SELECT patient_id, encounter_id, kind, code_system, 'J45.20', 'Mild intermittent asthma, uncomplicated', recorded_by, retention_until
				FROM records.entries
				RETURNING id)
			 UPDATE records.entries SET superseded_by = (SELECT id FROM correction), amended_at = now() WHERE superseded_by IS NULL`,
			// Document metadata: the object is in S3, under records/, SSE-KMS.
			`INSERT INTO records.documents (patient_id, encounter_id, category, title, s3_key, sha256, content_type, size_bytes, kms_key_arn, retention_until)
			 SELECT patient_id, id, 'clinical_note', 'Progress note', 'records/' || patient_id || '/' || gen_random_uuid() || '.pdf',
			        '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'application/pdf', 48213,
			        '` + kmsKeyARN + `', retention_until
			 FROM records.encounters`,
			`UPDATE records.documents SET status = 'available', uploaded_at = now(), s3_version_id = '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY'`,
			`INSERT INTO records.notes (patient_id, encounter_id, author_id, note_type, status, signed_at, document_id, retention_until)
			 SELECT d.patient_id, d.encounter_id, e.provider_id, 'progress', 'signed', now(), d.id, d.retention_until
			 FROM records.documents d JOIN records.encounters e ON e.id = d.encounter_id`,
			`SELECT e.summary, d.s3_key, d.s3_version_id, d.sha256, d.content_type, d.size_bytes, d.kms_key_arn, n.signed_at
			 FROM records.entries e
			 JOIN records.documents d ON d.encounter_id = e.encounter_id
			 JOIN records.notes n ON n.document_id = d.id
			 WHERE e.patient_id = '` + patientID + `' AND e.superseded_by IS NULL`,
			`UPDATE records.documents SET title = 'Progress note, annual review'`,
			`UPDATE records.encounters SET legal_hold = true`,
			`UPDATE records.encounters SET legal_hold = false`,
			`DELETE FROM records.notes`,
			`DELETE FROM records.documents`,
			`DELETE FROM records.entries`,
			`DELETE FROM records.encounters`,
		},
	}
	// What each schema's constraints and triggers refuse, run in order as the service
	// role; code "" marks a statement that must succeed (the setup of the next ones).
	constrained := map[string][]struct{ what, sql, code string }{
		"provider": {
			{"an NPI with a wrong check digit", `WITH p AS (INSERT INTO provider.providers (family_name) VALUES ('Check') RETURNING id)
				INSERT INTO provider.credentials (provider_id, kind, number) SELECT id, 'npi', '1234567890' FROM p`, checkViolation},
			{"an NPI that is not ten digits", `WITH p AS (INSERT INTO provider.providers (family_name) VALUES ('Check') RETURNING id)
				INSERT INTO provider.credentials (provider_id, kind, number) SELECT id, 'npi', '12345-6789' FROM p`, checkViolation},
			{"an NPI with an expiry", `WITH p AS (INSERT INTO provider.providers (family_name) VALUES ('Check') RETURNING id)
				INSERT INTO provider.credentials (provider_id, kind, number, expires_on) SELECT id, 'npi', '1234567893', '2030-01-01' FROM p`, checkViolation},
			{"a state license without a state", `WITH p AS (INSERT INTO provider.providers (family_name) VALUES ('Check') RETURNING id)
				INSERT INTO provider.credentials (provider_id, kind, number, expires_on) SELECT id, 'state_license', '209311', '2030-01-01' FROM p`, checkViolation},
			{"a license expiring before it was issued", `WITH p AS (INSERT INTO provider.providers (family_name) VALUES ('Check') RETURNING id)
				INSERT INTO provider.credentials (provider_id, kind, number, issuing_state, issued_on, expires_on)
				SELECT id, 'state_license', '209311', 'NY', '2030-01-01', '2020-01-01' FROM p`, checkViolation},
			{"a specialty code that is not a NUCC taxonomy code", `INSERT INTO provider.specialties (code, display_name) VALUES ('family', 'Family Medicine')`, checkViolation},
			{"two current relationships of one kind", `WITH p AS (INSERT INTO provider.providers (family_name) VALUES ('Check') RETURNING id)
				INSERT INTO provider.care_relationships (provider_id, patient_id, kind)
				SELECT id, '` + patientID + `', 'attending' FROM p, generate_series(1, 2)`, uniqueViolation},
		},
		"records": {
			{"a document outside records/", documentSQL(`'patient/`+patientID+`/a.pdf'`, `'application/pdf'`, `'`+kmsKeyARN+`'`), checkViolation},
			{"a document key with a .. segment", documentSQL(`'records/../auth/a.pdf'`, `'application/pdf'`, `'`+kmsKeyARN+`'`), checkViolation},
			{"a document with a content type parameter", documentSQL(`'records/a.txt'`, `'text/plain; charset=utf-8'`, `'`+kmsKeyARN+`'`), checkViolation},
			{"a document encrypted under a KMS alias", documentSQL(`'records/a.pdf'`, `'application/pdf'`, `'arn:aws:kms:us-east-1:123456789012:alias/records'`), checkViolation},
			{"a document without its KMS key", documentSQL(`'records/a.pdf'`, `'application/pdf'`, `NULL`), notNullViolation},
			{"a document with a malformed sha256", `INSERT INTO records.documents (patient_id, category, s3_key, sha256, content_type, size_bytes, kms_key_arn)
				VALUES ('` + patientID + `', 'lab_report', 'records/a.pdf', 'ABC', 'application/pdf', 1, '` + kmsKeyARN + `')`, checkViolation},
			{"a document available before its upload", `INSERT INTO records.documents (patient_id, category, s3_key, sha256, content_type, size_bytes, kms_key_arn, status)
				VALUES ('` + patientID + `', 'lab_report', 'records/a.pdf', repeat('0', 64), 'application/pdf', 1, '` + kmsKeyARN + `', 'available')`, checkViolation},
			{"an entry that supersedes itself", `INSERT INTO records.entries (id, patient_id, kind, summary, superseded_by, amended_at)
				VALUES ('` + entryID + `', '` + patientID + `', 'allergy', 'Penicillin', '` + entryID + `', now())`, checkViolation},
			{"an entry superseded without amended_at", `WITH e AS (INSERT INTO records.entries (patient_id, kind, summary) VALUES ('` + patientID + `', 'allergy', 'Penicillin') RETURNING id)
				INSERT INTO records.entries (patient_id, kind, summary, superseded_by) SELECT '` + patientID + `', 'allergy', 'Penicillin', id FROM e`, checkViolation},
			{"record an encounter under legal hold", `INSERT INTO records.encounters (patient_id, class, legal_hold, retention_until)
				VALUES ('` + patientID + `', 'virtual', true, current_date - 1)`, ""},
			{"delete an encounter under legal hold", `DELETE FROM records.encounters WHERE legal_hold`, raiseException},
			{"record an entry retained until next year", `INSERT INTO records.entries (patient_id, kind, summary, retention_until)
				VALUES ('` + patientID + `', 'allergy', 'Penicillin', current_date + 365)`, ""},
			{"delete an entry before its retention date", `DELETE FROM records.entries`, raiseException},
			{"record a document with no retention date yet", documentSQL(`'records/b.pdf'`, `'application/pdf'`, `'`+kmsKeyARN+`'`), ""},
			{"delete a document with no retention date", `DELETE FROM records.documents`, raiseException},
			{"truncate the notes", `TRUNCATE records.notes`, insufficientPrivilege},
		},
	}
	// isolated checks what a login role of svc may do beyond its own schema: append to
	// the audit log and nothing else there, nothing on the migration history, no DDL, no
	// other service's database (and nothing in it were it let in).
	isolated := func(t *testing.T, svc *service, role, password string, conn *pgx.Conn) {
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
			c, err := s.connect(ctx, role, password, other.db)
			if err == nil {
				c.Close(ctx)
			}
			wantCode(t, "connect to database "+other.db, err, insufficientPrivilege)
		}

		// Its database holds no other service's schema.
		for _, other := range services {
			if other == svc {
				continue
			}
			var found bool
			if err := conn.QueryRow(ctx, `SELECT to_regnamespace($1) IS NOT NULL`, other.name).Scan(&found); err != nil || found {
				t.Errorf("schema %s in database %s: exists = %v (%v); want false", other.name, svc.db, found, err)
			}
		}

		// Defence in depth: were it let into another service's database (CONNECT
		// granted by mistake), it could still read and write nothing there.
		for _, other := range services {
			if other == svc {
				continue
			}
			t.Run("let into "+other.name, func(t *testing.T) {
				rows, _ := other.owner.Query(ctx, `SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = $1 ORDER BY 1`, other.name)
				tables, err := pgx.CollectRows(rows, pgx.RowTo[string])
				if err != nil || len(tables) == 0 {
					t.Fatalf("tables of schema %s: %v, %v; want some", other.name, tables, err)
				}
				grantee := pgx.Identifier{role}.Sanitize()
				exec(t, s.admin, "GRANT CONNECT ON DATABASE "+pgx.Identifier{other.db}.Sanitize()+" TO "+grantee)
				func() {
					defer exec(t, s.admin, "REVOKE CONNECT ON DATABASE "+pgx.Identifier{other.db}.Sanitize()+" FROM "+grantee)
					c := s.mustConnect(t, role, password, other.db)
					defer c.Close(ctx)
					for _, table := range append(tables, "audit.phi_access", "migrations.schema_migrations") {
						_, err := c.Exec(ctx, `SELECT * FROM `+table+` LIMIT 1`)
						wantCode(t, other.db+": read "+table, err, insufficientPrivilege)
					}
					_, err := c.Exec(ctx, `INSERT INTO audit.phi_access (actor, action) VALUES ('user:1', 'read')`)
					wantCode(t, other.db+": insert into audit.phi_access", err, insufficientPrivilege)
					_, err = c.Exec(ctx, `CREATE TABLE `+other.name+`.t (x int)`)
					wantCode(t, other.db+": create in schema "+other.name, err, insufficientPrivilege)
				}()
				c, err := s.connect(ctx, role, password, other.db)
				if err == nil {
					c.Close(ctx)
				}
				wantCode(t, "connect to database "+other.db+" after the revoke", err, insufficientPrivilege)
			})
		}
	}

	for _, svc := range services {
		// The alternate login role first, while the schema is empty: its own-schema
		// statements run in a transaction that is rolled back, then the first login role
		// runs them for real, followed by the constraint checks.
		for _, login := range []struct {
			role, password string
			alt            bool
		}{{svc.alt, svc.altPass, true}, {svc.role, svc.password, false}} {
			t.Run(svc.name+" service role "+login.role, func(t *testing.T) {
				conn := s.mustConnect(t, login.role, login.password, svc.db)
				err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
					for _, sql := range own[svc.name] {
						if _, err := tx.Exec(ctx, sql); err != nil {
							return fmt.Errorf("own schema: %s: %w", sql, err)
						}
					}
					if login.alt {
						return errRollback
					}
					return nil
				})
				if err != nil && !errors.Is(err, errRollback) {
					t.Error(err)
				}
				if !login.alt {
					for _, c := range constrained[svc.name] {
						_, err := conn.Exec(ctx, c.sql)
						if c.code == "" {
							if err != nil {
								t.Errorf("%s: %v", c.what, err)
							}
							continue
						}
						wantCode(t, c.what, err, c.code)
					}
				}
				isolated(t, svc, login.role, login.password, conn)
			})
		}
	}

	t.Run("records documents hold metadata, never content", func(t *testing.T) {
		rows, _ := records.owner.Query(ctx, `
			SELECT format('%s.%s %s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod))
			FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
			WHERE c.relnamespace = 'records'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
			  AND a.atttypid IN ('bytea'::regtype, 'oid'::regtype)
			ORDER BY 1`)
		columns, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil || len(columns) != 0 {
			t.Errorf("schema records: content-capable columns %v (%v); want none", columns, err)
		}
	})

	t.Run("records are retained for their owner and superusers", func(t *testing.T) {
		for _, who := range []struct {
			name string
			conn *pgx.Conn
		}{{"owner", records.owner}, {"superuser", s.mustConnect(t, s.base.User, s.base.Password, records.db)}} {
			for _, sql := range []string{
				`DELETE FROM records.encounters WHERE legal_hold`,
				`DELETE FROM records.entries`,
				`DELETE FROM records.documents`,
				`TRUNCATE records.notes`,
			} {
				_, err := who.conn.Exec(ctx, sql)
				wantCode(t, who.name+": "+sql, err, raiseException)
			}
		}
		var n int
		if err := records.owner.QueryRow(ctx, `SELECT (SELECT count(*) FROM records.encounters) + (SELECT count(*) FROM records.entries) + (SELECT count(*) FROM records.documents)`).Scan(&n); err != nil || n != 3 {
			t.Errorf("retained rows = %d (%v); want 3 (an encounter, an entry, a document)", n, err)
		}
	})

	t.Run("audit log is append-only for its owner and superusers", func(t *testing.T) {
		for _, svc := range services {
			exec(t, svc.owner, `INSERT INTO audit.phi_access (actor, action) VALUES ('migrator', 'export')`)
			for _, who := range []struct {
				name string
				conn *pgx.Conn
			}{{svc.db + " owner", svc.owner}, {svc.db + " superuser", s.mustConnect(t, s.base.User, s.base.Password, svc.db)}} {
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
			var n int
			if err := svc.owner.QueryRow(ctx, `SELECT count(*) FROM audit.phi_access`).Scan(&n); err != nil || n != 3 {
				t.Errorf("%s: audit.phi_access holds %d rows (%v); want 3 (one of each login role, the owner's)", svc.db, n, err)
			}
		}
	})

	t.Run("a run repairs drift", func(t *testing.T) {
		login, alt, group := pgx.Identifier{auth.role}.Sanitize(), pgx.Identifier{auth.alt}.Sanitize(), pgx.Identifier{auth.group}.Sanitize()
		exec(t, s.admin, "ALTER ROLE "+login+" CREATEDB NOINHERIT")
		exec(t, s.admin, "ALTER ROLE "+alt+" CREATEROLE")
		exec(t, s.admin, "ALTER ROLE "+group+" LOGIN INHERIT")
		exec(t, s.admin, "REVOKE "+group+" FROM "+alt)
		exec(t, auth.owner, "GRANT SELECT ON migrations.schema_migrations TO "+login)
		exec(t, auth.owner, "GRANT USAGE ON SCHEMA migrations TO "+alt)
		exec(t, auth.owner, "GRANT SELECT, UPDATE ON audit.phi_access TO "+login)
		exec(t, auth.owner, "GRANT SELECT ON migrations.schema_migrations TO "+group)
		exec(t, auth.owner, "GRANT CREATE ON SCHEMA auth TO "+group)
		if _, err := migrate.Apply(ctx, auth.owner, "auth", auth.opts()); err != nil {
			t.Fatalf("Apply: %v", err)
		}
		for _, role := range []string{auth.role, auth.alt} {
			if got, want := roleAttrs(t, s.admin, role), wantLoginAttrs(auth.group); got != want {
				t.Errorf("after Apply: role %s: %s; want %s", role, got, want)
			}
			if grants := directGrants(t, auth.owner, role); len(grants) > 0 {
				t.Errorf("after Apply: role %s holds %v; want nothing of its own", role, grants)
			}
		}
		if got := roleAttrs(t, s.admin, auth.group); got != wantGroupAttrs {
			t.Errorf("after Apply: role %s: %s; want %s", auth.group, got, wantGroupAttrs)
		}
		for _, l := range auth.logins() {
			conn := s.mustConnect(t, l.role, l.password, auth.db)
			for _, sql := range []string{`SELECT * FROM migrations.schema_migrations`, `SELECT * FROM audit.phi_access`, `CREATE TABLE auth.t (x int)`} {
				_, err := conn.Exec(ctx, sql)
				wantCode(t, "after Apply: "+l.role+": "+sql, err, insufficientPrivilege)
			}
			if _, err := conn.Exec(ctx, `SELECT count(*) FROM auth.users`); err != nil {
				t.Errorf("after Apply: %s: read auth.users: %v", l.role, err)
			}
		}
	})

	t.Run("a member of another role is refused", func(t *testing.T) {
		for _, role := range auth.roles() {
			func() {
				exec(t, s.admin, "GRANT pg_read_all_data TO "+pgx.Identifier{role}.Sanitize())
				defer exec(t, s.admin, "REVOKE pg_read_all_data FROM "+pgx.Identifier{role}.Sanitize())
				_, err := migrate.Apply(ctx, auth.owner, "auth", auth.opts())
				if err == nil || !strings.Contains(err.Error(), "role "+role+" is a member of pg_read_all_data") {
					t.Errorf("Apply with %s a member of pg_read_all_data = %v; want a refusal naming it", role, err)
				}
			}()
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
				if _, err := migrate.Apply(ctx, auth.owner, "auth", auth.opts()); err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("Apply = %v; want an error containing %q", err, tc.want)
				}
				if _, err := migrate.Pending(ctx, auth.owner, "auth"); err == nil || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("Pending = %v; want an error containing %q", err, tc.want)
				}
			})
		}
		if applied, err := migrate.Apply(ctx, auth.owner, "auth", auth.opts()); err != nil || len(applied) != 0 {
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
		{"billing", migrate.Options{}, `service "billing": no migrations/billing/ folder (services with migrations: auth, patient, provider, records)`},
		{"auth", migrate.Options{Role: `auth"; DROP ROLE x; --`}, `must match`},
		{"auth", migrate.Options{Password: "short"}, "must be at least 16 characters"},
		{"auth", migrate.Options{AltRole: `auth"; DROP ROLE x; --`}, `must match`},
		{"auth", migrate.Options{Group: "auth_service"}, "must be three different roles"},
		{"auth", migrate.Options{AltRole: "auth_service"}, "must be three different roles"},
		{"auth", migrate.Options{Role: "a" + strings.Repeat("b", 60)}, "_alt\": must match"},
		{"auth", migrate.Options{Password: "0123456789abcdef", PasswordRole: "auth_app"}, "must be one of the login roles auth_service and auth_service_alt"},
		{"auth", migrate.Options{Password: "0123456789abcdef", PasswordRole: "patient_service"}, "must be one of the login roles"},
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

package migrate

// The previous version of this tool's role setup (internal/migrate/role.go as of commit
// 3714232, unchanged up to 55e29e4: before the group and the alternate login role), kept
// verbatim below the marker, renamed, so that the upgrade test can build a database
// exactly as that version left it and prove that Apply upgrades it in place.

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// ApplyV1 applies the migrations and sets up role the way the previous version did: a
// single NOINHERIT login role granted its privileges directly.
func ApplyV1(ctx context.Context, conn *pgx.Conn, service, role, password string) ([]string, error) {
	all, err := load(service)
	if err != nil {
		return nil, err
	}
	applied, err := applyFiles(ctx, conn, all)
	if err != nil {
		return applied, err
	}
	if err := v1EnsureRole(ctx, conn, role, password); err != nil {
		return applied, err
	}
	return applied, v1Grant(ctx, conn, service, role)
}

// ---- verbatim from 3714232 (renamed: ensureRole, setPassword, grant) ----

// v1EnsureRole creates the login role when it does not exist, corrects the attributes a
// database owner with CREATEROLE may correct, refuses a role that is a member of another
// role or has an attribute only a superuser may grant, and sets the password if given.
func v1EnsureRole(ctx context.Context, conn *pgx.Conn, role, password string) error {
	ident := pgx.Identifier{role}.Sanitize()
	var (
		super, replication, bypassRLS           bool
		canLogin, inherit, createDB, createRole bool
		memberOf                                []string
	)
	err := conn.QueryRow(ctx, `
		SELECT rolsuper, rolreplication, rolbypassrls, rolcanlogin, rolinherit, rolcreatedb, rolcreaterole,
		       ARRAY(SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = r.oid ORDER BY 1)
		FROM pg_roles r WHERE rolname = $1`, role).
		Scan(&super, &replication, &bypassRLS, &canLogin, &inherit, &createDB, &createRole, &memberOf)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		if _, err := conn.Exec(ctx, "CREATE ROLE "+ident+" LOGIN NOINHERIT NOCREATEDB NOCREATEROLE NOSUPERUSER NOREPLICATION NOBYPASSRLS"); err != nil {
			return fmt.Errorf("create role %s: %w", role, err)
		}
	case err != nil:
		return fmt.Errorf("read role %s: %w", role, err)
	default:
		if super || replication || bypassRLS {
			return fmt.Errorf("role %s has SUPERUSER, REPLICATION or BYPASSRLS: a service role must not; a superuser must drop or alter it", role)
		}
		if len(memberOf) > 0 {
			// E.g. a role created through Neon's API, a member of neon_superuser.
			return fmt.Errorf("role %s is a member of %s: a service role must hold only its own grants; revoke the membership or drop the role",
				role, strings.Join(memberOf, ", "))
		}
		var fix []string
		for _, a := range []struct {
			wrong bool
			set   string
		}{{!canLogin, "LOGIN"}, {inherit, "NOINHERIT"}, {createDB, "NOCREATEDB"}, {createRole, "NOCREATEROLE"}} {
			if a.wrong {
				fix = append(fix, a.set)
			}
		}
		if len(fix) > 0 {
			if _, err := conn.Exec(ctx, "ALTER ROLE "+ident+" "+strings.Join(fix, " ")); err != nil {
				return fmt.Errorf("alter role %s %s: %w", role, strings.Join(fix, " "), err)
			}
		}
	}
	if password == "" {
		return nil
	}
	return v1SetPassword(ctx, conn, role, password)
}

// v1SetPassword sets the role's password. ALTER ROLE takes no bind parameters, so the
// password travels as a bind parameter into a transaction-local setting, and the server
// builds the statement with format('%L'), which quotes any string safely. The statement
// text (which holds the password) thus never crosses the wire nor shows in
// pg_stat_activity, and an error is re-raised without the statement in its context.
func v1SetPassword(ctx context.Context, conn *pgx.Conn, role, password string) error {
	err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT set_config('healthhub_migrate.role', $1, true), set_config('healthhub_migrate.password', $2, true)`,
			role, password); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `
			DO $$
			BEGIN
				EXECUTE format('ALTER ROLE %I PASSWORD %L',
					current_setting('healthhub_migrate.role'), current_setting('healthhub_migrate.password'));
			EXCEPTION WHEN OTHERS THEN
				RAISE EXCEPTION '%', SQLERRM USING ERRCODE = SQLSTATE;
			END
			$$`)
		return err
	})
	if err != nil {
		return fmt.Errorf("set the password of role %s: %w", role, err)
	}
	return nil
}

// v1Grant gives role exactly its privileges in the current database; see the package
// documentation. Revoke-then-grant in one transaction: idempotent, and it removes any
// privilege granted by hand since the last run.
func v1Grant(ctx context.Context, conn *pgx.Conn, service, role string) error {
	var database string
	if err := conn.QueryRow(ctx, `SELECT current_database()`).Scan(&database); err != nil {
		return fmt.Errorf("read the current database: %w", err)
	}
	db, schema, r := pgx.Identifier{database}.Sanitize(), pgx.Identifier{service}.Sanitize(), pgx.Identifier{role}.Sanitize()
	statements := []string{
		// Only roles granted CONNECT here (the owner, this service) can connect.
		"REVOKE ALL ON DATABASE " + db + " FROM PUBLIC",
		"REVOKE ALL ON DATABASE " + db + " FROM " + r,
		"GRANT CONNECT ON DATABASE " + db + " TO " + r,
		"REVOKE CREATE ON SCHEMA public FROM PUBLIC",
		"REVOKE ALL ON SCHEMA public FROM " + r,

		// Its own schema: data access, no DDL.
		"REVOKE ALL ON SCHEMA " + schema + " FROM " + r,
		"GRANT USAGE ON SCHEMA " + schema + " TO " + r,
		"REVOKE ALL ON ALL TABLES IN SCHEMA " + schema + " FROM " + r,
		"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + r,
		"REVOKE ALL ON ALL SEQUENCES IN SCHEMA " + schema + " FROM " + r,
		"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + r,
		// Tables and sequences later migrations create (as this same owner).
		"ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " REVOKE ALL ON TABLES FROM " + r,
		"ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + r,
		"ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " REVOKE ALL ON SEQUENCES FROM " + r,
		"ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT USAGE, SELECT ON SEQUENCES TO " + r,

		// The audit log: append only. The identity column needs no sequence privilege.
		"REVOKE ALL ON SCHEMA " + pgx.Identifier{AuditSet}.Sanitize() + " FROM " + r,
		"GRANT USAGE ON SCHEMA " + pgx.Identifier{AuditSet}.Sanitize() + " TO " + r,
		"REVOKE ALL ON ALL TABLES IN SCHEMA " + pgx.Identifier{AuditSet}.Sanitize() + " FROM " + r,
		"REVOKE ALL ON ALL SEQUENCES IN SCHEMA " + pgx.Identifier{AuditSet}.Sanitize() + " FROM " + r,
		"GRANT INSERT ON " + pgx.Identifier{AuditSet, "phi_access"}.Sanitize() + " TO " + r,

		// Bookkeeping: none.
		"REVOKE ALL ON SCHEMA migrations FROM " + r,
		"REVOKE ALL ON ALL TABLES IN SCHEMA migrations FROM " + r,
	}
	err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, strings.Join(statements, ";\n"))
		return err
	})
	if err != nil {
		return fmt.Errorf("grant role %s its privileges in database %s: %w", role, database, err)
	}
	return nil
}

package migrate

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
)

// Roles names a service's roles: two login roles with identical privileges, both members
// (INHERIT) of a NOLOGIN group role that holds every privilege. The rotation function
// (internal/rotation/postgres) alternates between the two login roles: it changes the
// password of the one the service's secret does not name, then switches the secret to
// it, so the credential clients hold keeps working through a rotation.
type Roles struct {
	// Login is "<service>_service": the login role a new secret names.
	Login string
	// Alt is "<service>_service_alt": the other login role.
	Alt string
	// Group is "<service>_app": NOLOGIN, holds the privileges the login roles inherit.
	Group string
}

// ServiceRoles returns the production names of service's roles.
func ServiceRoles(service string) Roles {
	return Roles{Login: service + "_service", Alt: service + "_service_alt", Group: service + "_app"}
}

// Logins returns the two login roles.
func (r Roles) Logins() []string { return []string{r.Login, r.Alt} }

// check validates the names: role names, all three different.
func (r Roles) check() error {
	for _, n := range []string{r.Login, r.Alt, r.Group} {
		if !roleRE.MatchString(n) {
			return fmt.Errorf("role %q: must match %s", n, roleRE)
		}
	}
	if r.Login == r.Alt || r.Login == r.Group || r.Alt == r.Group {
		return fmt.Errorf("roles %s, %s and %s: the two login roles and the group must be three different roles", r.Login, r.Alt, r.Group)
	}
	return nil
}

// roleState is what setupRoles reads of an existing role.
type roleState struct {
	exists                                  bool
	super, replication, bypassRLS           bool
	canLogin, inherit, createDB, createRole bool
	memberOf                                []string
}

func readRole(ctx context.Context, tx pgx.Tx, role string) (roleState, error) {
	st := roleState{exists: true}
	err := tx.QueryRow(ctx, `
		SELECT rolsuper, rolreplication, rolbypassrls, rolcanlogin, rolinherit, rolcreatedb, rolcreaterole,
		       ARRAY(SELECT m.roleid::regrole::text FROM pg_auth_members m WHERE m.member = r.oid ORDER BY 1)
		FROM pg_roles r WHERE rolname = $1`, role).
		Scan(&st.super, &st.replication, &st.bypassRLS, &st.canLogin, &st.inherit, &st.createDB, &st.createRole, &st.memberOf)
	if errors.Is(err, pgx.ErrNoRows) {
		return roleState{}, nil
	}
	if err != nil {
		return roleState{}, fmt.Errorf("read role %s: %w", role, err)
	}
	return st, nil
}

// ensureRole creates role with the attributes given when it does not exist; otherwise it
// refuses attributes only a superuser may grant and memberships other than allowedIn,
// and corrects the attributes a database owner with CREATEROLE may correct.
func ensureRole(ctx context.Context, tx pgx.Tx, role string, login bool, allowedIn string) error {
	ident := pgx.Identifier{role}.Sanitize()
	loginAttr, inheritAttr := "NOLOGIN", "NOINHERIT"
	if login {
		// A login role inherits the group's privileges; the group inherits nothing.
		loginAttr, inheritAttr = "LOGIN", "INHERIT"
	}
	st, err := readRole(ctx, tx, role)
	if err != nil {
		return err
	}
	if !st.exists {
		if _, err := tx.Exec(ctx, "CREATE ROLE "+ident+" "+loginAttr+" "+inheritAttr+" NOCREATEDB NOCREATEROLE NOSUPERUSER NOREPLICATION NOBYPASSRLS"); err != nil {
			return fmt.Errorf("create role %s: %w", role, err)
		}
		return nil
	}
	if st.super || st.replication || st.bypassRLS {
		return fmt.Errorf("role %s has SUPERUSER, REPLICATION or BYPASSRLS: a service role must not; a superuser must drop or alter it", role)
	}
	if other := slices.DeleteFunc(slices.Clone(st.memberOf), func(r string) bool { return allowedIn != "" && r == allowedIn }); len(other) > 0 {
		// E.g. a role created through Neon's API, a member of neon_superuser.
		what := "hold only its own grants"
		if allowedIn != "" {
			what = "hold only the grants of " + allowedIn
		}
		return fmt.Errorf("role %s is a member of %s: a service role must %s; revoke the membership or drop the role",
			role, strings.Join(other, ", "), what)
	}
	var fix []string
	for _, a := range []struct {
		wrong bool
		set   string
	}{{st.canLogin != login, loginAttr}, {st.inherit != login, inheritAttr}, {st.createDB, "NOCREATEDB"}, {st.createRole, "NOCREATEROLE"}} {
		if a.wrong {
			fix = append(fix, a.set)
		}
	}
	if len(fix) > 0 {
		if _, err := tx.Exec(ctx, "ALTER ROLE "+ident+" "+strings.Join(fix, " ")); err != nil {
			return fmt.Errorf("alter role %s %s: %w", role, strings.Join(fix, " "), err)
		}
	}
	return nil
}

// setupRoles makes the service's roles what the package documentation says, in one
// transaction: the group and the two login roles exist with the right attributes, both
// login roles are members of the group and inherit from it, the group holds exactly the
// service's privileges and the login roles hold none directly. The login roles'
// passwords are not touched, so a run never breaks a service's logins; a database
// created by the previous version of this tool (one login role, NOINHERIT, granted
// directly) is upgraded in place within the same transaction, so no session of the
// service sees a moment without its privileges.
func setupRoles(ctx context.Context, conn *pgx.Conn, service string, roles Roles) error {
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if err := ensureRole(ctx, tx, roles.Group, false, ""); err != nil {
			return err
		}
		var version int
		if err := tx.QueryRow(ctx, `SELECT current_setting('server_version_num')::int`).Scan(&version); err != nil {
			return fmt.Errorf("read the server version: %w", err)
		}
		group := pgx.Identifier{roles.Group}.Sanitize()
		for _, login := range roles.Logins() {
			if err := ensureRole(ctx, tx, login, true, roles.Group); err != nil {
				return err
			}
			membership := "GRANT " + group + " TO " + pgx.Identifier{login}.Sanitize()
			if version >= 160000 {
				// From PostgreSQL 16 each membership has its own INHERIT and SET options
				// (INHERIT defaults to the member's attribute when first granted): inherit
				// the privileges, never SET ROLE to the group.
				membership += " WITH INHERIT TRUE, SET FALSE"
			}
			if _, err := tx.Exec(ctx, membership); err != nil {
				return fmt.Errorf("grant role %s to %s: %w", roles.Group, login, err)
			}
			var inherits bool
			if err := tx.QueryRow(ctx, `SELECT pg_has_role($1, $2, 'USAGE')`, login, roles.Group).Scan(&inherits); err != nil {
				return fmt.Errorf("check that %s inherits from %s: %w", login, roles.Group, err)
			}
			if !inherits {
				return fmt.Errorf("role %s is a member of %s but does not inherit its privileges", login, roles.Group)
			}
		}
		return grant(ctx, tx, service, roles)
	})
}

// setPassword sets the role's password. ALTER ROLE takes no bind parameters, so the
// password travels as a bind parameter into a transaction-local setting, and the server
// builds the statement with format('%L'), which quotes any string safely. The statement
// text (which holds the password) thus never crosses the wire nor shows in
// pg_stat_activity, and an error is re-raised without the statement in its context.
func setPassword(ctx context.Context, conn *pgx.Conn, role, password string) error {
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

// grant gives the group exactly the service's privileges in the current database and
// the login roles none of their own; see the package documentation. Revoke-then-grant
// in the caller's transaction: idempotent, and it removes any privilege granted by hand
// since the last run (and the direct grants of the previous version of this tool).
func grant(ctx context.Context, tx pgx.Tx, service string, roles Roles) error {
	var database string
	if err := tx.QueryRow(ctx, `SELECT current_database()`).Scan(&database); err != nil {
		return fmt.Errorf("read the current database: %w", err)
	}
	db, schema := pgx.Identifier{database}.Sanitize(), pgx.Identifier{service}.Sanitize()
	audit, g := pgx.Identifier{AuditSet}.Sanitize(), pgx.Identifier{roles.Group}.Sanitize()
	statements := []string{
		// Only roles granted CONNECT here (the owner, this service's group) can connect.
		"REVOKE ALL ON DATABASE " + db + " FROM PUBLIC",
		"REVOKE CREATE ON SCHEMA public FROM PUBLIC",
	}
	for _, role := range []string{roles.Group, roles.Login, roles.Alt} {
		r := pgx.Identifier{role}.Sanitize()
		statements = append(statements,
			"REVOKE ALL ON DATABASE "+db+" FROM "+r,
			"REVOKE ALL ON SCHEMA public FROM "+r,
			"REVOKE ALL ON SCHEMA "+schema+" FROM "+r,
			"REVOKE ALL ON ALL TABLES IN SCHEMA "+schema+" FROM "+r,
			"REVOKE ALL ON ALL SEQUENCES IN SCHEMA "+schema+" FROM "+r,
			"ALTER DEFAULT PRIVILEGES IN SCHEMA "+schema+" REVOKE ALL ON TABLES FROM "+r,
			"ALTER DEFAULT PRIVILEGES IN SCHEMA "+schema+" REVOKE ALL ON SEQUENCES FROM "+r,
			"REVOKE ALL ON SCHEMA "+audit+" FROM "+r,
			"REVOKE ALL ON ALL TABLES IN SCHEMA "+audit+" FROM "+r,
			"REVOKE ALL ON ALL SEQUENCES IN SCHEMA "+audit+" FROM "+r,
			// Bookkeeping: none.
			"REVOKE ALL ON SCHEMA migrations FROM "+r,
			"REVOKE ALL ON ALL TABLES IN SCHEMA migrations FROM "+r,
		)
	}
	statements = append(statements,
		"GRANT CONNECT ON DATABASE "+db+" TO "+g,

		// Its own schema: data access, no DDL.
		"GRANT USAGE ON SCHEMA "+schema+" TO "+g,
		"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "+schema+" TO "+g,
		"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "+schema+" TO "+g,
		// Tables and sequences later migrations create (as this same owner).
		"ALTER DEFAULT PRIVILEGES IN SCHEMA "+schema+" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "+g,
		"ALTER DEFAULT PRIVILEGES IN SCHEMA "+schema+" GRANT USAGE, SELECT ON SEQUENCES TO "+g,

		// The audit log: append only. The identity column needs no sequence privilege.
		"GRANT USAGE ON SCHEMA "+audit+" TO "+g,
		"GRANT INSERT ON "+pgx.Identifier{AuditSet, "phi_access"}.Sanitize()+" TO "+g,
	)
	if _, err := tx.Exec(ctx, strings.Join(statements, ";\n")); err != nil {
		return fmt.Errorf("grant role %s its privileges in database %s: %w", roles.Group, database, err)
	}
	return nil
}

package migrate_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/healthhub/platform-infra/internal/migrate"
)

// TestUpgradeFromOneLoginRole builds databases exactly as the previous version of this
// tool left them (one NOINHERIT login role per service, granted its privileges
// directly, migrate.ApplyV1) and runs the current Apply over them while the service keeps
// logging in and querying: every login and query succeeds during the upgrade, the login
// role keeps its password, its privileges move to the group in the same transaction, the
// alternate login role appears without a password, the isolation between services holds,
// and a second run changes nothing.
func TestUpgradeFromOneLoginRole(t *testing.T) {
	s := newServer(t)
	ctx := t.Context()
	suffix := randomHex(t, 4)
	migrator, migratorPassword := "migrator_"+suffix, randomHex(t, 16)
	auth := newService(t, "auth", suffix, randomHex(t, 16))
	patient := newService(t, "patient", suffix, randomHex(t, 16))
	services := []*service{auth, patient}
	t.Cleanup(func() {
		ctx := context.Background()
		for _, svc := range services {
			if _, err := s.admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{svc.db}.Sanitize()+" WITH (FORCE)"); err != nil {
				t.Errorf("drop database %s: %v", svc.db, err)
			}
		}
		for _, role := range append(slices.Concat(auth.roles(), patient.roles()), migrator) {
			if _, err := s.admin.Exec(ctx, "DROP ROLE IF EXISTS "+pgx.Identifier{role}.Sanitize()); err != nil {
				t.Errorf("drop role %s: %v", role, err)
			}
		}
	})
	exec(t, s.admin, fmt.Sprintf("CREATE ROLE %s LOGIN CREATEROLE PASSWORD '%s'", pgx.Identifier{migrator}.Sanitize(), migratorPassword))
	for _, svc := range services {
		exec(t, s.admin, "CREATE DATABASE "+pgx.Identifier{svc.db}.Sanitize()+" OWNER "+pgx.Identifier{migrator}.Sanitize())
		svc.owner = s.mustConnect(t, migrator, migratorPassword, svc.db)
		if _, err := migrate.ApplyV1(ctx, svc.owner, svc.name, svc.role, svc.password); err != nil {
			t.Fatalf("previous version's Apply(%s): %v", svc.name, err)
		}
	}

	// The fixture is the previous version's state: NOINHERIT, no membership, direct grants.
	if got, want := roleAttrs(t, s.admin, auth.role), "login=t inherit=f super=f createdb=f createrole=f replication=f bypassrls=f member of []"; got != want {
		t.Fatalf("before the upgrade: role %s: %s; want %s", auth.role, got, want)
	}
	if grants := directGrants(t, auth.owner, auth.role); !slices.Contains(grants, "auth.users: SELECT") {
		t.Fatalf("before the upgrade: role %s holds %v; want direct grants, auth.users: SELECT among them", auth.role, grants)
	}
	// A session opened before the upgrade, kept through it.
	session := s.mustConnect(t, auth.role, auth.password, auth.db)

	// The service keeps logging in (a new connection each time) and querying while the
	// upgrade runs, and a little after.
	var attempts, failures atomic.Int64
	var firstFailure atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			attempts.Add(1)
			err := func() error {
				c, err := s.connect(ctx, auth.role, auth.password, auth.db)
				if err != nil {
					return err
				}
				defer c.Close(context.Background())
				_, err = c.Exec(ctx, `SELECT count(*) FROM auth.users`)
				return err
			}()
			if err != nil {
				failures.Add(1)
				firstFailure.CompareAndSwap(nil, err.Error())
			}
		}
	}()
	time.Sleep(50 * time.Millisecond)
	for _, svc := range services {
		applied, err := migrate.Apply(ctx, svc.owner, svc.name, svc.opts())
		if err != nil || len(applied) != 0 {
			close(stop)
			wg.Wait()
			t.Fatalf("upgrade Apply(%s) = %v, %v; want nothing applied", svc.name, applied, err)
		}
	}
	time.Sleep(100 * time.Millisecond)
	close(stop)
	wg.Wait()
	t.Logf("during the upgrade: %d logins and queries, %d failed", attempts.Load(), failures.Load())
	if attempts.Load() < 5 || failures.Load() != 0 {
		t.Errorf("during the upgrade: %d logins and queries, %d failed (first: %v); want some, none failed", attempts.Load(), failures.Load(), firstFailure.Load())
	}

	for _, svc := range services {
		if got, want := roleAttrs(t, s.admin, svc.role), wantLoginAttrs(svc.group); got != want {
			t.Errorf("after the upgrade: role %s: %s; want %s", svc.role, got, want)
		}
		if got, want := roleAttrs(t, s.admin, svc.alt), wantLoginAttrs(svc.group); got != want {
			t.Errorf("after the upgrade: role %s: %s; want %s", svc.alt, got, want)
		}
		if got := roleAttrs(t, s.admin, svc.group); got != wantGroupAttrs {
			t.Errorf("after the upgrade: role %s: %s; want %s", svc.group, got, wantGroupAttrs)
		}
		for _, role := range []string{svc.role, svc.alt} {
			if grants := directGrants(t, svc.owner, role); len(grants) > 0 {
				t.Errorf("after the upgrade: %s: role %s holds %v; want nothing of its own", svc.db, role, grants)
			}
		}
		// The password is kept; the alternate role has none until the first rotation.
		c := s.mustConnect(t, svc.role, svc.password, svc.db)
		if _, err := c.Exec(ctx, `SELECT count(*) FROM `+svc.name+`.`+map[string]string{"auth": "users", "patient": "patients"}[svc.name]); err != nil {
			t.Errorf("after the upgrade: %s reads its schema: %v", svc.role, err)
		}
		_, err := c.Exec(ctx, `INSERT INTO audit.phi_access (actor, action) VALUES ('user:1', 'read')`)
		if err != nil {
			t.Errorf("after the upgrade: %s appends to the audit log: %v", svc.role, err)
		}
		for _, sql := range []string{`SELECT * FROM audit.phi_access`, `DELETE FROM audit.phi_access`, `SELECT * FROM migrations.schema_migrations`, `CREATE TABLE ` + svc.name + `.t (x int)`} {
			_, err := c.Exec(ctx, sql)
			wantCode(t, "after the upgrade: "+svc.role+": "+sql, err, insufficientPrivilege)
		}
		_, err = s.connect(ctx, svc.alt, svc.altPass, svc.db)
		wantCode(t, "after the upgrade: log in as "+svc.alt, err, invalidPassword)
	}
	if _, err := session.Exec(ctx, `SELECT count(*) FROM auth.users`); err != nil {
		t.Errorf("a session opened before the upgrade: %v", err)
	}
	// Isolation: neither service's roles reach the other's database.
	for _, pair := range [][2]*service{{auth, patient}, {patient, auth}} {
		c, err := s.connect(ctx, pair[0].role, pair[0].password, pair[1].db)
		if err == nil {
			c.Close(ctx)
		}
		wantCode(t, pair[0].role+" connects to "+pair[1].db, err, insufficientPrivilege)
	}

	// The first rotation's work, by hand: the alternate role gets a password and works.
	if _, err := migrate.Apply(ctx, auth.owner, "auth", auth.withPassword(auth.alt, auth.altPass)); err != nil {
		t.Fatalf("Apply with the alternate role's password: %v", err)
	}
	alt := s.mustConnect(t, auth.alt, auth.altPass, auth.db)
	if _, err := alt.Exec(ctx, `SELECT count(*) FROM auth.users`); err != nil {
		t.Errorf("%s reads auth.users: %v", auth.alt, err)
	}

	// A second run changes nothing.
	before := directGrants(t, auth.owner, auth.group)
	if applied, err := migrate.Apply(ctx, auth.owner, "auth", auth.opts()); err != nil || len(applied) != 0 {
		t.Fatalf("second Apply = %v, %v; want nothing applied", applied, err)
	}
	if after := directGrants(t, auth.owner, auth.group); !slices.Equal(before, after) {
		t.Errorf("the group's grants changed on a second run:\nbefore %s\nafter  %s", strings.Join(before, ", "), strings.Join(after, ", "))
	}
	s.mustConnect(t, auth.role, auth.password, auth.db)
}

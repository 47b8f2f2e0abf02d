package postgres_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/healthhub/platform-infra/internal/migrate"
	"github.com/healthhub/platform-infra/internal/pgtest"
	"github.com/healthhub/platform-infra/internal/rotation"
	"github.com/healthhub/platform-infra/internal/rotation/postgres"
)

// server is a real PostgreSQL server reached through TEST_DATABASE_URL.
type server struct {
	base  *pgx.ConnConfig
	admin *pgx.Conn // the superuser
}

// newServer connects to the test server (pgtest.Connect).
func newServer(t *testing.T) *server {
	t.Helper()
	base, admin := pgtest.Connect(t, "./internal/rotation/postgres/")
	return &server{base: base, admin: admin}
}

func randomHex(t *testing.T, n int) string {
	t.Helper()
	return pgtest.RandomHex(t, n)
}

func (s *server) exec(t *testing.T, sql string) {
	t.Helper()
	if _, err := s.admin.Exec(t.Context(), sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// env is one service database set up by the migration tool, its secret and the
// migrator's in a fake Secrets Manager, and the strategy configured for them.
type env struct {
	s              *server
	sm             *rotation.Fake
	names          postgres.Names
	group, db      string
	migrator       string
	serviceID      string // the service secret's id in sm
	masterID       string // the migrator secret's id in sm
	strategy       *postgres.Strategy
	initialSecret  string
	migratorSecret string
}

// secretValue is a secret JSON as constructs/database writes it, for this server.
func (s *server) secretValue(t *testing.T, dbname, username, password string) string {
	t.Helper()
	b, err := json.Marshal(map[string]any{
		"engine": "postgres", "host": s.base.Host, "port": s.base.Port, "dbname": dbname,
		"username": username, "password": password, "sslmode": "disable",
	})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// newEnv migrates an "auth" database like production (as a CREATEROLE owner, through
// migrate.Apply, the first login role's password from the secret) with names unique to
// the test.
func newEnv(t *testing.T) *env {
	t.Helper()
	s := newServer(t)
	ctx := t.Context()
	sfx := randomHex(t, 4)
	e := &env{
		s: s, sm: rotation.NewFake(),
		names:    postgres.Names{Login: "auth_service_" + sfx, Alt: "auth_service_" + sfx + "_alt", Schema: "auth"},
		group:    "auth_app_" + sfx,
		db:       "auth_" + sfx,
		migrator: "migrator_" + sfx,
	}
	e.serviceID = "arn:aws:secretsmanager:us-east-1:123456789012:secret:test-" + sfx + "/db/auth-AbCdEf"
	e.masterID = "arn:aws:secretsmanager:us-east-1:123456789012:secret:test-" + sfx + "/db/migrator-AbCdEf"
	t.Cleanup(func() {
		ctx := context.Background()
		if _, err := s.admin.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{e.db}.Sanitize()+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", e.db, err)
		}
		for _, r := range []string{e.names.Login, e.names.Alt, e.group, e.migrator} {
			if _, err := s.admin.Exec(ctx, "DROP ROLE IF EXISTS "+pgx.Identifier{r}.Sanitize()); err != nil {
				t.Errorf("drop role %s: %v", r, err)
			}
		}
	})
	migratorPassword := randomHex(t, 20)
	s.exec(t, fmt.Sprintf("CREATE ROLE %s LOGIN CREATEROLE PASSWORD '%s'", pgx.Identifier{e.migrator}.Sanitize(), migratorPassword))
	s.exec(t, "CREATE DATABASE "+pgx.Identifier{e.db}.Sanitize()+" OWNER "+pgx.Identifier{e.migrator}.Sanitize())

	// The migrator secret's dbname is not the service's: Set connects to the service's.
	e.migratorSecret = s.secretValue(t, "postgres", e.migrator, migratorPassword)
	e.initialSecret = s.secretValue(t, e.db, e.names.Login, randomHex(t, 20))
	initial, err := postgres.ParseSecret("service", e.initialSecret)
	if err != nil {
		t.Fatal(err)
	}
	owner := e.connect(t, e.migratorSecret, e.db)
	defer owner.Close(ctx)
	if _, err := migrate.Apply(ctx, owner, "auth", migrate.Options{Role: e.names.Login, Group: e.group, Password: initial.Password}); err != nil {
		t.Fatalf("migrate.Apply: %v", err)
	}
	e.sm.Create(e.serviceID, e.initialSecret)
	e.sm.Create(e.masterID, e.migratorSecret)
	e.strategy = &postgres.Strategy{
		SM: e.sm, MasterSecretID: e.masterID, ConnectTimeout: 5 * time.Second,
		Names: func(dbname string) (postgres.Names, error) {
			if dbname != e.db {
				return postgres.Names{}, fmt.Errorf("database %s is not the test's", dbname)
			}
			return e.names, nil
		},
	}
	return e
}

// connect logs in with a secret's value (to database, or the secret's own when "").
func (e *env) connect(t *testing.T, value, database string) *pgx.Conn {
	t.Helper()
	conn, err := login(t.Context(), value, database)
	if err != nil {
		t.Fatalf("log in: %v", err)
	}
	return conn
}

func login(ctx context.Context, value, database string) (*pgx.Conn, error) {
	sec, err := postgres.ParseSecret("test", value)
	if err != nil {
		return nil, err
	}
	cfg, err := sec.ConnConfig(database, 5*time.Second)
	if err != nil {
		return nil, err
	}
	return pgx.ConnectConfig(ctx, cfg)
}

// works logs in with value and reads the service's schema.
func works(ctx context.Context, value string) error {
	conn, err := login(ctx, value, "")
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(ctx, `SELECT count(*) FROM auth.users`)
	return err
}

func username(t *testing.T, value string) string {
	t.Helper()
	sec, err := postgres.ParseSecret("test", value)
	if err != nil {
		t.Fatal(err)
	}
	return sec.Username
}

// clientLoop is a service that, until stop is closed, reads AWSCURRENT and opens a new
// connection with it (and runs a query), as fast as it can, from several goroutines.
type clientLoop struct {
	attempts, authFailures, otherFailures atomic.Int64
	firstFailure                          atomic.Value
	usersMu                               sync.Mutex
	users                                 map[string]bool
	stop                                  chan struct{}
	wg                                    sync.WaitGroup
}

func startClients(ctx context.Context, sm *rotation.Fake, secretID string, workers int) *clientLoop {
	c := &clientLoop{users: map[string]bool{}, stop: make(chan struct{})}
	for range workers {
		c.wg.Add(1)
		go func() {
			defer c.wg.Done()
			for {
				select {
				case <-c.stop:
					return
				default:
				}
				value := sm.Value(secretID, rotation.Current)
				c.attempts.Add(1)
				err := works(ctx, value)
				switch {
				case err == nil:
					var sec struct{ Username string }
					_ = json.Unmarshal([]byte(value), &sec)
					c.usersMu.Lock()
					c.users[sec.Username] = true
					c.usersMu.Unlock()
				case postgres.IsAuthFailure(err):
					c.authFailures.Add(1)
					c.firstFailure.CompareAndSwap(nil, err.Error())
				default:
					c.otherFailures.Add(1)
					c.firstFailure.CompareAndSwap(nil, err.Error())
				}
			}
		}()
	}
	return c
}

func (c *clientLoop) halt() {
	close(c.stop)
	c.wg.Wait()
}

func (c *clientLoop) String() string {
	return fmt.Sprintf("%d logins, %d authentication failures, %d other failures (first: %v), users %v",
		c.attempts.Load(), c.authFailures.Load(), c.otherFailures.Load(), c.firstFailure.Load(), c.users)
}

// TestZeroFailedLoginsDuringRotation: clients keep logging in with AWSCURRENT, a new
// connection each time, while the secret is rotated three times; not one login fails.
func TestZeroFailedLoginsDuringRotation(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	clients := startClients(ctx, e.sm, e.serviceID, 4)
	start := time.Now()
	time.Sleep(100 * time.Millisecond)
	for i := range 3 {
		if _, err := rotation.Rotate(ctx, e.sm, e.strategy, e.serviceID); err != nil {
			clients.halt()
			t.Fatalf("rotation %d: %v", i+1, err)
		}
		time.Sleep(150 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	clients.halt()
	t.Logf("%v in %v", clients, time.Since(start).Round(time.Millisecond))
	if clients.attempts.Load() <= 50 || clients.authFailures.Load() != 0 || clients.otherFailures.Load() != 0 {
		t.Errorf("during three rotations: %v; want more than 50 logins and no failure", clients)
	}
	if !clients.users[e.names.Login] || !clients.users[e.names.Alt] {
		t.Errorf("the clients logged in as %v; want both %s and %s (the rotations alternated)", clients.users, e.names.Login, e.names.Alt)
	}
	if got := username(t, e.sm.Value(e.serviceID, rotation.Current)); got != e.names.Alt {
		t.Errorf("after three rotations AWSCURRENT names %s; want %s", got, e.names.Alt)
	}
}

// TestOldPasswordRetiredAfterTwoRotations: after one rotation the previous credential
// still works (clients that cached it); after the second, the password that was current
// before the first no longer does.
func TestOldPasswordRetiredAfterTwoRotations(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	if err := works(ctx, e.initialSecret); err != nil {
		t.Fatalf("the initial secret: %v", err)
	}
	if _, err := rotation.Rotate(ctx, e.sm, e.strategy, e.serviceID); err != nil {
		t.Fatalf("first rotation: %v", err)
	}
	first := e.sm.Value(e.serviceID, rotation.Current)
	if username(t, first) != e.names.Alt || e.sm.Value(e.serviceID, rotation.Previous) != e.initialSecret {
		t.Fatalf("after one rotation AWSCURRENT names %s; want %s, the initial value AWSPREVIOUS", username(t, first), e.names.Alt)
	}
	for what, v := range map[string]string{"AWSCURRENT": first, "AWSPREVIOUS (the initial value)": e.initialSecret} {
		if err := works(ctx, v); err != nil {
			t.Errorf("after one rotation, %s: %v", what, err)
		}
	}
	if _, err := rotation.Rotate(ctx, e.sm, e.strategy, e.serviceID); err != nil {
		t.Fatalf("second rotation: %v", err)
	}
	second := e.sm.Value(e.serviceID, rotation.Current)
	if username(t, second) != e.names.Login {
		t.Fatalf("after two rotations AWSCURRENT names %s; want %s", username(t, second), e.names.Login)
	}
	if err := works(ctx, second); err != nil {
		t.Errorf("after two rotations, AWSCURRENT: %v", err)
	}
	if err := works(ctx, first); err != nil {
		t.Errorf("after two rotations, AWSPREVIOUS: %v", err)
	}
	err := works(ctx, e.initialSecret)
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) || pgErr.Code != "28P01" {
		t.Errorf("after two rotations, the initial password: %v; want an authentication failure (28P01)", err)
	}
}

// TestFailedRotationLeavesCurrent: a rotation whose setSecret or testSecret fails leaves
// AWSCURRENT as it was, and clients keep logging in with it; once the cause is repaired,
// the next rotation succeeds.
func TestFailedRotationLeavesCurrent(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	clients := startClients(ctx, e.sm, e.serviceID, 2)
	defer clients.halt()

	// setSecret with a wrong master credential.
	wrongMaster := strings.Replace(e.migratorSecret, `"password":"`, `"password":"wrong`, 1)
	wrongID := e.masterID + "-wrong"
	e.sm.Create(wrongID, wrongMaster)
	bad := *e.strategy
	bad.MasterSecretID = wrongID
	if _, err := rotation.Rotate(ctx, e.sm, &bad, e.serviceID); err == nil || !strings.Contains(err.Error(), "setSecret") || !postgres.IsAuthFailure(err) {
		t.Errorf("rotation with a wrong master password = %v; want setSecret to fail with an authentication error", err)
	} else if strings.Contains(err.Error(), "wrong") {
		t.Errorf("the error shows the master password: %v", err)
	}
	if got := e.sm.Value(e.serviceID, rotation.Current); got != e.initialSecret {
		t.Errorf("after a failed setSecret AWSCURRENT changed to %s", username(t, got))
	}

	// testSecret when the pending role is out of the group: it cannot even connect.
	e.s.exec(t, "REVOKE "+pgx.Identifier{e.group}.Sanitize()+" FROM "+pgx.Identifier{e.names.Alt}.Sanitize())
	if _, err := rotation.Rotate(ctx, e.sm, e.strategy, e.serviceID); err == nil || !strings.Contains(err.Error(), "testSecret") ||
		!strings.Contains(err.Error(), "permission denied for database") {
		t.Errorf("rotation to a role out of the group = %v; want testSecret to fail at login", err)
	}
	if got := e.sm.Value(e.serviceID, rotation.Current); got != e.initialSecret {
		t.Errorf("after a failed testSecret AWSCURRENT changed to %s", username(t, got))
	}
	e.s.exec(t, "GRANT "+pgx.Identifier{e.group}.Sanitize()+" TO "+pgx.Identifier{e.names.Alt}.Sanitize())

	// testSecret when a privilege is missing (the privilege probe).
	owner := e.connect(t, e.migratorSecret, e.db)
	defer owner.Close(ctx)
	if _, err := owner.Exec(ctx, "REVOKE SELECT ON auth.sessions FROM "+pgx.Identifier{e.group}.Sanitize()); err != nil {
		t.Fatal(err)
	}
	if _, err := rotation.Rotate(ctx, e.sm, e.strategy, e.serviceID); err == nil || !strings.Contains(err.Error(), "testSecret") ||
		!strings.Contains(err.Error(), "cannot read auth.sessions") {
		t.Errorf("rotation with a privilege revoked = %v; want testSecret to fail on the privilege probe", err)
	}
	if got := e.sm.Value(e.serviceID, rotation.Current); got != e.initialSecret {
		t.Errorf("after a failed testSecret AWSCURRENT changed to %s", username(t, got))
	}

	// Repaired by the migration tool, the next rotation goes through.
	if _, err := migrate.Apply(ctx, owner, "auth", migrate.Options{Role: e.names.Login, Group: e.group}); err != nil {
		t.Fatal(err)
	}
	if _, err := rotation.Rotate(ctx, e.sm, e.strategy, e.serviceID); err != nil {
		t.Errorf("rotation after the repair: %v", err)
	}
	time.Sleep(50 * time.Millisecond)
	clients.halt()
	clients.stop = make(chan struct{}) // the deferred halt has nothing left to stop
	t.Logf("%v", clients)
	if clients.attempts.Load() < 10 || clients.authFailures.Load() != 0 || clients.otherFailures.Load() != 0 {
		t.Errorf("clients during the failed rotations: %v; want some logins, none failed", clients)
	}
	if got := username(t, e.sm.Value(e.serviceID, rotation.Current)); got != e.names.Alt {
		t.Errorf("after the repaired rotation AWSCURRENT names %s; want %s", got, e.names.Alt)
	}
}

// probed wraps a strategy and, after each step, logs in with what AWSCURRENT holds.
type probed struct {
	rotation.Strategy
	ctx      context.Context
	sm       *rotation.Fake
	secretID string
	results  map[string]error
}

func (p *probed) check(step string) {
	p.results[step] = works(p.ctx, p.sm.Value(p.secretID, rotation.Current))
}

func (p *probed) Set(ctx context.Context, current, pending string) error {
	err := p.Strategy.Set(ctx, current, pending)
	p.check(rotation.StepSet)
	return err
}

func (p *probed) Test(ctx context.Context, pending string) error {
	err := p.Strategy.Test(ctx, pending)
	p.check(rotation.StepTest)
	return err
}

func (p *probed) Finish(ctx context.Context, previous, current string) error {
	err := p.Strategy.Finish(ctx, previous, current)
	p.check(rotation.StepFinish)
	return err
}

// TestCurrentSecretWorksAtEveryStep is the deterministic form of the zero-failure
// property, next to its counterexample: with alternating users, AWSCURRENT logs in after
// every step; with a single user (SingleUser on the same service secret), AWSCURRENT is
// dead between setSecret and finishSecret, which is the window in which clients fail.
func TestCurrentSecretWorksAtEveryStep(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	alternating := &probed{Strategy: e.strategy, ctx: ctx, sm: e.sm, secretID: e.serviceID, results: map[string]error{}}
	if _, err := rotation.Rotate(ctx, e.sm, alternating, e.serviceID); err != nil {
		t.Fatal(err)
	}
	for _, step := range []string{rotation.StepSet, rotation.StepTest, rotation.StepFinish} {
		if err := alternating.results[step]; err != nil {
			t.Errorf("alternating users: after %s, logging in with AWSCURRENT: %v", step, err)
		}
	}

	single := &probed{Strategy: &postgres.SingleUser{ConnectTimeout: 5 * time.Second}, ctx: ctx, sm: e.sm, secretID: e.serviceID, results: map[string]error{}}
	if _, err := rotation.Rotate(ctx, e.sm, single, e.serviceID); err != nil {
		t.Fatal(err)
	}
	for _, step := range []string{rotation.StepSet, rotation.StepTest} {
		if err := single.results[step]; !postgres.IsAuthFailure(err) {
			t.Errorf("single user: after %s, logging in with AWSCURRENT: %v; want an authentication failure", step, err)
		}
	}
	if err := single.results[rotation.StepFinish]; err != nil {
		t.Errorf("single user: after finishSecret, logging in with AWSCURRENT: %v", err)
	}
}

// TestSingleUserRotatesTheMigrator: the migrator's own secret, rotated single-user; the
// service rotation then uses the new master credential.
func TestSingleUserRotatesTheMigrator(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	single := &postgres.SingleUser{ConnectTimeout: 5 * time.Second}
	token, err := rotation.Rotate(ctx, e.sm, single, e.masterID)
	if err != nil {
		t.Fatal(err)
	}
	current := e.sm.Value(e.masterID, rotation.Current)
	if current == e.migratorSecret || username(t, current) != e.migrator {
		t.Fatalf("AWSCURRENT of the migrator secret not rotated, or another user: %s", username(t, current))
	}
	// A retried setSecret (the password is already the pending one) succeeds.
	if err := rotation.Handle(ctx, e.sm, single, rotation.Event{SecretID: e.masterID, ClientRequestToken: token, Step: rotation.StepFinish}); err != nil {
		t.Errorf("retried finishSecret: %v", err)
	}
	if err := single.Set(ctx, e.migratorSecret, current); err != nil {
		t.Errorf("retried setSecret: %v", err)
	}
	c, err := login(ctx, current, e.db)
	if err != nil {
		t.Errorf("the migrator with the new password: %v", err)
	} else {
		c.Close(ctx)
	}
	if _, err := login(ctx, e.migratorSecret, e.db); !postgres.IsAuthFailure(err) {
		t.Errorf("the migrator with the old password: %v; want an authentication failure", err)
	}
	if _, err := rotation.Rotate(ctx, e.sm, e.strategy, e.serviceID); err != nil {
		t.Errorf("service rotation with the rotated master: %v", err)
	}
	if err := works(ctx, e.sm.Value(e.serviceID, rotation.Current)); err != nil {
		t.Errorf("service secret after the rotation: %v", err)
	}
}

// TestStepsAreIdempotentAgainstTheServer: Secrets Manager retries steps; a second
// setSecret sets the same password again, testSecret passes again, the value is kept.
func TestStepsAreIdempotentAgainstTheServer(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	token, err := rotation.Rotate(ctx, e.sm, e.strategy, e.serviceID)
	if err != nil {
		t.Fatal(err)
	}
	current := e.sm.Value(e.serviceID, rotation.Current)
	if err := e.strategy.Set(ctx, e.initialSecret, current); err != nil {
		t.Errorf("setSecret again: %v", err)
	}
	for _, step := range []string{rotation.StepCreate, rotation.StepSet, rotation.StepTest, rotation.StepFinish} {
		if err := rotation.Handle(ctx, e.sm, e.strategy, rotation.Event{SecretID: e.serviceID, ClientRequestToken: token, Step: step}); err != nil {
			t.Errorf("%s retried: %v", step, err)
		}
	}
	if got := e.sm.Value(e.serviceID, rotation.Current); got != current {
		t.Error("a retried step changed AWSCURRENT")
	}
	for _, v := range []string{current, e.initialSecret} {
		if err := works(ctx, v); err != nil {
			t.Errorf("after retries, %s: %v", username(t, v), err)
		}
	}
}

// TestSetRefusesAMissingRole: a secret whose other login role was never created (a
// database not migrated by this version of cmd/migrate) fails at setSecret with the fix.
func TestSetRefusesAMissingRole(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	e.s.exec(t, "DROP ROLE "+pgx.Identifier{e.names.Alt}.Sanitize())
	_, err := rotation.Rotate(ctx, e.sm, e.strategy, e.serviceID)
	if err == nil || !strings.Contains(err.Error(), "role "+e.names.Alt+" does not exist: run cmd/migrate -service auth") {
		t.Errorf("Rotate = %v; want setSecret to name the missing role and the fix", err)
	}
	if e.sm.Value(e.serviceID, rotation.Current) != e.initialSecret {
		t.Error("AWSCURRENT changed")
	}
}

// TestQuotingAgainstTheServer: hostile role names and strings sent through the quoting
// functions mean exactly themselves to a real server, whatever
// standard_conforming_strings is.
func TestQuotingAgainstTheServer(t *testing.T) {
	s := newServer(t)
	ctx := t.Context()
	sfx := randomHex(t, 4)
	victim := "victim_" + sfx
	hostile := `rot_` + sfx + `"; DROP ROLE ` + victim + `; --`
	t.Cleanup(func() {
		for _, r := range []string{hostile, victim} {
			_, _ = s.admin.Exec(context.Background(), "DROP ROLE IF EXISTS "+pgx.Identifier{r}.Sanitize())
		}
	})
	s.exec(t, "CREATE ROLE "+pgx.Identifier{victim}.Sanitize())
	s.exec(t, "CREATE ROLE "+pgx.Identifier{hostile}.Sanitize()+" LOGIN")
	password := `pass'; DROP ROLE ` + victim + `; -- \' $$ end`
	if err := postgres.SetPasswordForTest(ctx, s.admin, hostile, password); err != nil {
		t.Fatalf("set the password of %q: %v", hostile, err)
	}
	var exists bool
	if err := s.admin.QueryRow(ctx, `SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1)`, victim).Scan(&exists); err != nil || !exists {
		t.Fatalf("role %s exists = %v (%v); want true", victim, exists, err)
	}
	var stored string
	if err := s.admin.QueryRow(ctx, `SELECT rolpassword FROM pg_authid WHERE rolname = $1`, hostile).Scan(&stored); err != nil || !strings.HasPrefix(stored, "SCRAM-SHA-256$4096:") {
		t.Errorf("stored password %q (%v); want a SCRAM-SHA-256 verifier", stored, err)
	}
	cfg := s.base.Copy()
	cfg.User, cfg.Password, cfg.Database = hostile, password, "postgres"
	c, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatalf("log in as %q with the hostile password: %v", hostile, err)
	}
	c.Close(ctx)

	for _, scs := range []string{"on", "off"} {
		if _, err := s.admin.Exec(ctx, "SET standard_conforming_strings = "+scs); err != nil {
			t.Fatal(err)
		}
		for _, in := range []string{password, `\\`, `'`, `\'; SELECT 1; --`, "tab\there", "plain"} {
			lit, err := postgres.QuoteLiteralForTest(in)
			if err != nil {
				t.Fatal(err)
			}
			var out string
			if err := s.admin.QueryRow(ctx, `SELECT `+lit).Scan(&out); err != nil || out != in {
				t.Errorf("standard_conforming_strings=%s: SELECT %s = %q, %v; want %q", scs, lit, out, err, in)
			}
		}
	}
	if _, err := s.admin.Exec(ctx, "RESET standard_conforming_strings"); err != nil {
		t.Fatal(err)
	}
}

// TestRotatorPicksTheStrategy: the rotation function's strategy rotates the service
// secret between its two login roles and the master secret single-user, and refuses a
// secret that is neither.
func TestRotatorPicksTheStrategy(t *testing.T) {
	e := newEnv(t)
	ctx := t.Context()
	r := &postgres.Rotator{Alternating: e.strategy, Single: &postgres.SingleUser{ConnectTimeout: 5 * time.Second}}
	for i, want := range []string{e.names.Alt, e.names.Login} {
		if _, err := rotation.Rotate(ctx, e.sm, r, e.serviceID); err != nil {
			t.Fatalf("service rotation %d: %v", i+1, err)
		}
		if got := username(t, e.sm.Value(e.serviceID, rotation.Current)); got != want {
			t.Errorf("after service rotation %d AWSCURRENT names %s; want %s", i+1, got, want)
		}
	}
	if _, err := rotation.Rotate(ctx, e.sm, r, e.masterID); err != nil {
		t.Fatalf("master rotation: %v", err)
	}
	master := e.sm.Value(e.masterID, rotation.Current)
	if master == e.migratorSecret || username(t, master) != e.migrator {
		t.Errorf("the master secret was not rotated single-user: AWSCURRENT names %s", username(t, master))
	}
	if err := works(ctx, e.sm.Value(e.serviceID, rotation.Current)); err != nil {
		t.Errorf("service secret after the master's rotation: %v", err)
	}
	if _, err := rotation.Rotate(ctx, e.sm, r, e.serviceID); err != nil {
		t.Errorf("service rotation with the rotated master: %v", err)
	}

	other := "arn:aws:secretsmanager:us-east-1:123456789012:secret:other-AbCdEf"
	e.sm.Create(other, e.s.secretValue(t, e.db, "someone_else", randomHex(t, 20)))
	if _, err := rotation.Rotate(ctx, e.sm, r, other); err == nil || !strings.Contains(err.Error(), `field "username" is "someone_else", want one of the service's login roles`) {
		t.Errorf("rotation of a secret naming another role = %v; want it refused", err)
	}
}

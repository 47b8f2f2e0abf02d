// Package pgtest connects tests to the real PostgreSQL server that
// scripts/with-postgres.sh starts (TEST_DATABASE_URL), for the packages whose tests need
// one (the migration tool, the database rotation).
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Connect parses TEST_DATABASE_URL and connects as its (super)user, closed at the end of
// the test. Without the variable the test is skipped, except under CI (env CI set),
// where it fails: CI must run it. pkg names the package in the skip message
// ("./internal/migrate/"). The server must be on loopback: the tests create and drop
// databases and roles.
func Connect(t *testing.T, pkg string) (*pgx.ConnConfig, *pgx.Conn) {
	t.Helper()
	url := os.Getenv("TEST_DATABASE_URL")
	if url == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("TEST_DATABASE_URL is not set and CI is: run the tests under scripts/with-postgres.sh")
		}
		t.Skip("TEST_DATABASE_URL is not set; run: scripts/with-postgres.sh go test " + pkg)
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
	return base, admin
}

// RandomHex is n random bytes in hex: unique names of test databases and roles.
func RandomHex(t *testing.T, n int) string {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

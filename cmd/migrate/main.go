// Command migrate applies the SQL migrations of one service to that service's own
// database, creates the service's login role and gives it least privilege there (see
// package internal/migrate for exactly what it grants).
//
// Usage:
//
//	DATABASE_URL='postgres://migrator:…@host/platform?sslmode=require' \
//	SERVICE_DB_USERNAME=auth_service SERVICE_DB_PASSWORD='…' \
//	go run ./cmd/migrate -service auth [-database auth] [-dry-run]
//
// Inputs:
//
//   - DATABASE_URL (required): the administrative connection (the role that owns the
//     service databases). Its database name is replaced by -database, which defaults to
//     the service name: one URL serves every service. A host other than loopback or a
//     Unix socket needs sslmode=require, verify-ca or verify-full.
//   - SERVICE_DB_PASSWORD and SERVICE_DB_USERNAME (optional, together): the password and
//     username of the service's secret. The username is the login role the password
//     belongs to, <service>_service or <service>_service_alt: the rotation function
//     (internal/rotation/postgres) alternates between the two, and the secret names the
//     current one. Without them the login roles are created without a password, or keep
//     the ones they have (a new alternate role gets its first from the first rotation).
//   - -dry-run lists the pending migrations and changes nothing.
//
// Output: one line per applied (or, with -dry-run, pending) migration, then a summary
// such as "auth: 2 applied, 0 pending". An error is one line on stderr and exit status
// 1. Neither the passwords nor the connection URL are ever printed.
//
// The pipeline runs it after `cdktf deploy phase1`, once per service, with the values
// the phase1 stack stored in Secrets Manager: <prefix>/db/migrator holds the
// administrative connection and <prefix>/db/<service> the service's (its password is
// the one to set). Both are JSON objects with host, port, dbname, username, password
// and sslmode:
//
//	secret() { aws secretsmanager get-secret-value --secret-id "$1" --query SecretString --output text; }
//	DATABASE_URL=$(secret "$PREFIX/db/migrator" | jq -r '"postgres://\(.username|@uri):\(.password|@uri)@\(.host):\(.port)/\(.dbname)?sslmode=\(.sslmode)"')
//	export DATABASE_URL
//	for svc in auth patient provider records; do
//	  s=$(secret "$PREFIX/db/$svc")
//	  SERVICE_DB_USERNAME=$(jq -r .username <<<"$s") SERVICE_DB_PASSWORD=$(jq -r .password <<<"$s") ./bin/migrate -service "$svc"
//	done
//
// Runs are idempotent (a second run applies nothing and re-applies the grants), and
// concurrent runs against one database wait for each other.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/healthhub/platform-infra/internal/migrate"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout)
	stop()
	switch {
	case errors.Is(err, flag.ErrHelp):
	case err != nil:
		fmt.Fprintln(os.Stderr, "error: "+strings.Join(strings.Fields(err.Error()), " "))
		os.Exit(1)
	}
}

// run is the command; every error it returns is already redacted.
func run(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	flags := flag.NewFlagSet("migrate", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	service := flags.String("service", "", "service whose migrations to apply: "+strings.Join(migrate.Services(), ", "))
	database := flags.String("database", "", "database to migrate (default: the service name)")
	dryRun := flags.Bool("dry-run", false, "list the pending migrations without applying them")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, "usage: migrate -service NAME [-database NAME] [-dry-run]   (env DATABASE_URL, SERVICE_DB_USERNAME, SERVICE_DB_PASSWORD)")
			flags.SetOutput(stdout)
			flags.PrintDefaults()
		}
		return err
	}
	switch {
	case flags.NArg() > 0:
		return fmt.Errorf("unexpected argument %q", flags.Arg(0))
	case *service == "":
		return fmt.Errorf("-service is required (one of: %s)", strings.Join(migrate.Services(), ", "))
	case *database == "":
		*database = *service
	}
	if err := migrate.CheckService(*service); err != nil {
		return err
	}
	password, username := getenv("SERVICE_DB_PASSWORD"), getenv("SERVICE_DB_USERNAME")
	roles := migrate.ServiceRoles(*service)
	switch {
	case password != "" && username == "":
		// After a rotation the password is <service>_service_alt's: setting it on the
		// other role would lock out clients still holding the previous secret.
		return fmt.Errorf("SERVICE_DB_PASSWORD is set without SERVICE_DB_USERNAME: give the username of the same secret (%s or %s), the role the password belongs to",
			roles.Login, roles.Alt)
	case username != "" && password == "":
		return errors.New("SERVICE_DB_USERNAME is set without SERVICE_DB_PASSWORD: give both or neither")
	case username != "" && username != roles.Login && username != roles.Alt:
		return fmt.Errorf("SERVICE_DB_USERNAME %q: must be %s or %s", username, roles.Login, roles.Alt)
	}

	rawURL := getenv("DATABASE_URL")
	if rawURL == "" {
		return errors.New("DATABASE_URL is not set: the administrative connection string is required")
	}
	cfg, err := connConfig(rawURL, *database)
	if err != nil {
		return err
	}
	secrets := []string{cfg.Password, password}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return redact(fmt.Errorf("connect to database %s on %s: %w", *database, cfg.Host, err), secrets...)
	}
	defer conn.Close(context.WithoutCancel(ctx))

	if *dryRun {
		pending, err := migrate.Pending(ctx, conn, *service)
		if err != nil {
			return redact(err, secrets...)
		}
		for _, v := range pending {
			fmt.Fprintln(stdout, "pending "+v)
		}
		fmt.Fprintf(stdout, "%s: 0 applied, %d pending (dry run)\n", *service, len(pending))
		return nil
	}
	applied, err := migrate.Apply(ctx, conn, *service, migrate.Options{Password: password, PasswordRole: username})
	for _, v := range applied {
		fmt.Fprintln(stdout, "applied "+v)
	}
	if err != nil {
		return redact(err, secrets...)
	}
	fmt.Fprintf(stdout, "%s: %d applied, 0 pending\n", *service, len(applied))
	return nil
}

// connConfig parses the administrative URL, points it at database and refuses a
// connection that could travel over the network unencrypted.
func connConfig(rawURL, database string) (*pgx.ConnConfig, error) {
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		// pgx removes the password from its parse errors; the URL is never echoed.
		return nil, fmt.Errorf("DATABASE_URL is not a valid PostgreSQL connection string: %w", err)
	}
	hosts := append([]*pgconn.FallbackConfig{{Host: cfg.Host, Port: cfg.Port, TLSConfig: cfg.TLSConfig}}, cfg.Fallbacks...)
	for _, h := range hosts {
		// sslmode disable, allow and prefer leave a plaintext attempt (TLSConfig nil).
		if h.TLSConfig == nil && !isLocal(h.Host) {
			return nil, fmt.Errorf("DATABASE_URL: host %s is not loopback, so sslmode must be require, verify-ca or verify-full", h.Host)
		}
	}
	cfg.Database = database
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 30 * time.Second // Neon wakes a suspended compute in seconds
	}
	cfg.RuntimeParams["application_name"] = "healthhub-migrate"
	return cfg, nil
}

// isLocal reports whether host is a Unix socket directory or a loopback name or address.
func isLocal(host string) bool {
	if strings.HasPrefix(host, "/") || host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// redact replaces every non-empty secret in err's message.
func redact(err error, secrets ...string) error {
	msg := err.Error()
	for _, s := range secrets {
		if s != "" {
			msg = strings.ReplaceAll(msg, s, "[REDACTED]")
		}
	}
	return errors.New(msg)
}

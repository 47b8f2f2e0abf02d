package postgres

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// SetPasswordForTest and QuoteLiteralForTest expose the quoting to the tests against a
// real server.
func SetPasswordForTest(ctx context.Context, conn *pgx.Conn, role, password string) error {
	return setPassword(ctx, conn, role, password)
}

func QuoteLiteralForTest(s string) (string, error) { return quoteLiteral(s) }

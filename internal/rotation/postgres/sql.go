package postgres

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// scramIterations is PostgreSQL's default scram_iterations.
const scramIterations = 4096

// quoteIdent quotes a role name for SQL: in double quotes, a double quote doubled.
func quoteIdent(name string) string { return pgx.Identifier{name}.Sanitize() }

// quoteLiteral quotes a string constant for SQL the way libpq's PQescapeLiteral does: in
// single quotes, a single quote doubled, and, when the value holds a backslash, as an
// E” string with every backslash doubled, so the result means the same whatever
// standard_conforming_strings is. A NUL cannot be in a PostgreSQL string: refused.
func quoteLiteral(s string) (string, error) {
	if strings.ContainsRune(s, 0) {
		return "", errors.New("a SQL string cannot hold a NUL character")
	}
	q := "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `'`, `''`) + "'"
	if strings.Contains(s, `\`) {
		q = "E" + q
	}
	return q, nil
}

// scramVerifier returns PostgreSQL's SCRAM-SHA-256 verifier of password (what
// pg_authid.rolpassword holds, and what libpq's PQencryptPasswordConn and psql's
// \password send): SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>, RFC 5802
// and 7677. PostgreSQL stores a verifier given to ALTER ROLE … PASSWORD as it is, so the
// password itself never reaches the server: not its statement logs, not
// pg_stat_activity. Passwords must be printable ASCII, for which SASLprep (applied by
// the server to the password a client proves) changes nothing.
func scramVerifier(password string, salt []byte, iterations int) (string, error) {
	for _, r := range password {
		if r < 0x20 || r > 0x7e {
			return "", errors.New("the password must be printable ASCII")
		}
	}
	salted, err := pbkdf2.Key(sha256.New, password, salt, iterations, sha256.Size)
	if err != nil {
		return "", err
	}
	mac := func(key []byte, msg string) []byte {
		h := hmac.New(sha256.New, key)
		h.Write([]byte(msg))
		return h.Sum(nil)
	}
	stored := sha256.Sum256(mac(salted, "Client Key"))
	b64 := base64.StdEncoding.EncodeToString
	return fmt.Sprintf("SCRAM-SHA-256$%d:%s$%s:%s", iterations, b64(salt), b64(stored[:]), b64(mac(salted, "Server Key"))), nil
}

// alterPassword returns the statement that gives role the password, as a SCRAM verifier
// with a fresh random salt: ALTER ROLE "<role>" WITH PASSWORD '<verifier>'. Neither the
// role name nor the password can change the statement's meaning: the name is a quoted
// identifier and the password is only an input of the hash.
func alterPassword(role, password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	verifier, err := scramVerifier(password, salt, scramIterations)
	if err != nil {
		return "", err
	}
	lit, err := quoteLiteral(verifier)
	if err != nil {
		return "", err
	}
	return "ALTER ROLE " + quoteIdent(role) + " WITH PASSWORD " + lit, nil
}

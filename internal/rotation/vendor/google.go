package vendor

import (
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/healthhub/platform-infra/internal/rotation"
)

// Google rotates the key of the Google Cloud service account the AI service calls
// Cloud Vision as. The service account manages its own keys: the rotation
// authenticates with the current key.
//
// Documented API this adapter follows:
//   - projects.serviceAccounts.keys.create: POST https://iam.googleapis.com/v1/
//     projects/{PROJECT_ID}/serviceAccounts/{EMAIL}/keys, body {"privateKeyType":
//     "TYPE_GOOGLE_CREDENTIALS_FILE","keyAlgorithm":"KEY_ALG_RSA_2048"}, returns a
//     ServiceAccountKey whose privateKeyData is the base64 of the JSON key file; needs
//     iam.serviceAccountKeys.create on the service account.
//     https://cloud.google.com/iam/docs/reference/rest/v1/projects.serviceAccounts.keys/create
//   - projects.serviceAccounts.keys.delete: DELETE .../keys/{KEY_ID}, empty JSON object
//     on success; "does not revoke short-lived credentials that have been issued based
//     on the service account key"; needs iam.serviceAccountKeys.delete.
//     https://cloud.google.com/iam/docs/reference/rest/v1/projects.serviceAccounts.keys/delete
//   - projects.serviceAccounts.keys.list (?keyTypes=USER_MANAGED) and .get: the keys'
//     public metadata. https://cloud.google.com/iam/docs/reference/rest/v1/projects.serviceAccounts.keys/list
//   - Using OAuth 2.0 for Server to Server Applications: a JWT {"alg":"RS256","typ":"JWT"}
//     with iss (the service account's email), scope, aud
//     (https://oauth2.googleapis.com/token), iat and exp (at most one hour later),
//     signed RSA SHA-256 with the key, POSTed as
//     grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=JWT; errors are
//     {"error":"invalid_grant","error_description":...}.
//     https://developers.google.com/identity/protocols/oauth2/service-account#httprest
//   - Google APIs' errors: {"error":{"code":403,"message":...,"status":"PERMISSION_DENIED"}}.
//
// Create deletes user-managed keys of the account other than the current one (a key a
// failed attempt left, see the package documentation), then makes one new key; Set has
// nothing to install (the key exists at Google once created); Test gets a token with
// the new key (waiting for it to propagate) and reads the key's metadata with it;
// Finish deletes the previous key (a 404 is success: already deleted).
type Google struct{ *common }

const googleScope = "https://www.googleapis.com/auth/cloud-platform"

// googleKeyFile is the JSON key file (the fields used here; the whole file is kept).
type googleKeyFile struct {
	Type         string `json:"type"`
	ProjectID    string `json:"project_id"`
	PrivateKeyID string `json:"private_key_id"`
	PrivateKey   string `json:"private_key"`
	ClientEmail  string `json:"client_email"`
}

type googleSecret struct {
	Vendor  string          `json:"vendor"`
	KeyFile json.RawMessage `json:"keyFile"`
	file    googleKeyFile
	key     *rsa.PrivateKey
}

var (
	googleProject = regexp.MustCompile(`^[a-z][a-z0-9-]{4,28}[a-z0-9]$`)
	googleEmail   = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*@[a-z0-9.-]+\.gserviceaccount\.com$`)
	googleKeyID   = regexp.MustCompile(`^[0-9a-f]{16,64}$`)
)

func parseGoogle(value string) (googleSecret, error) {
	var s googleSecret
	if err := decode(GoogleVision, value, &s); err != nil {
		return s, err
	}
	if len(s.KeyFile) == 0 || string(s.KeyFile) == "null" {
		return s, &FieldError{Vendor: GoogleVision, Field: "keyFile", Problem: "is missing (the service account's JSON key file, as an object)"}
	}
	f, key, err := parseKeyFile(s.KeyFile)
	if err != nil {
		return s, err
	}
	s.file, s.key = f, key
	return s, nil
}

func parseKeyFile(raw []byte) (googleKeyFile, *rsa.PrivateKey, error) {
	var f googleKeyFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return f, nil, &FieldError{Vendor: GoogleVision, Field: "keyFile", Problem: "is not a JSON key file object (" + jsonProblem(err) + ")"}
	}
	c := checks{vendor: GoogleVision}
	if f.Type != "service_account" {
		c.err = &FieldError{Vendor: GoogleVision, Field: "keyFile.type", Problem: fmt.Sprintf("is %q, want service_account", f.Type)}
	}
	c.match("keyFile.project_id", f.ProjectID, googleProject, "a Google Cloud project id")
	c.match("keyFile.client_email", f.ClientEmail, googleEmail, "a service account email")
	c.match("keyFile.private_key_id", f.PrivateKeyID, googleKeyID, "a key id (hex)")
	c.required("keyFile.private_key", f.PrivateKey)
	if c.err != nil {
		return f, nil, c.err
	}
	key, err := parseRSAKey(f.PrivateKey)
	if err != nil {
		return f, nil, &FieldError{Vendor: GoogleVision, Field: "keyFile.private_key", Problem: err.Error()}
	}
	return f, key, nil
}

// parseRSAKey reads the PEM private key of a key file (PKCS #8, as Google issues them;
// PKCS #1 accepted).
func parseRSAKey(p string) (*rsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(p))
	if block == nil {
		return nil, errors.New("is not a PEM private key")
	}
	if k, err := x509.ParsePKCS8PrivateKey(block.Bytes); err == nil {
		rk, ok := k.(*rsa.PrivateKey)
		if !ok {
			return nil, errors.New("is not an RSA key")
		}
		return rk, nil
	}
	if k, err := x509.ParsePKCS1PrivateKey(block.Bytes); err == nil {
		return k, nil
	}
	return nil, errors.New("is not a PKCS #8 or PKCS #1 RSA private key")
}

// signJWT returns the RS256 assertion of the server-to-server flow.
func signJWT(f googleKeyFile, key *rsa.PrivateKey, aud string, now time.Time) (string, error) {
	enc := base64.RawURLEncoding
	header, _ := json.Marshal(map[string]string{"alg": "RS256", "typ": "JWT", "kid": f.PrivateKeyID})
	claims, _ := json.Marshal(map[string]any{
		"iss": f.ClientEmail, "scope": googleScope, "aud": aud,
		"iat": now.Unix(), "exp": now.Add(time.Hour).Unix(),
	})
	signing := enc.EncodeToString(header) + "." + enc.EncodeToString(claims)
	digest := sha256.Sum256([]byte(signing))
	sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, digest[:])
	if err != nil {
		return "", fmt.Errorf("%s: signing the JWT: %w", GoogleVision, err)
	}
	return signing + "." + enc.EncodeToString(sig), nil
}

// token exchanges a JWT signed with the key of s for an access token.
func (g *Google) token(ctx context.Context, s googleSecret, which string) (string, error) {
	assertion, err := signJWT(s.file, s.key, g.ep.GoogleToken, g.now())
	if err != nil {
		return "", err
	}
	form := url.Values{"grant_type": {"urn:ietf:params:oauth:grant-type:jwt-bearer"}, "assertion": {assertion}}
	var out struct {
		AccessToken string `json:"access_token"`
		TokenType   string `json:"token_type"`
	}
	if _, err := g.client.do(ctx, request{
		vendor: GoogleVision, op: "OAuth token with the " + which + " key " + s.file.PrivateKeyID,
		method: http.MethodPost, url: g.ep.GoogleToken,
		header:     http.Header{"Content-Type": {"application/x-www-form-urlencoded"}, "Accept": {"application/json"}},
		body:       []byte(form.Encode()),
		idempotent: true, secrets: []string{assertion},
	}, &out); err != nil {
		return "", err
	}
	if out.AccessToken == "" {
		return "", fmt.Errorf("%s: OAuth token: the answer has no access_token", GoogleVision)
	}
	return out.AccessToken, nil
}

func (g *Google) accountURL(f googleKeyFile) string {
	return fmt.Sprintf("%s/v1/projects/%s/serviceAccounts/%s/keys", g.ep.GoogleIAM, url.PathEscape(f.ProjectID), url.PathEscape(f.ClientEmail))
}

type googleKey struct {
	Name           string `json:"name"`
	PrivateKeyData string `json:"privateKeyData"`
	KeyType        string `json:"keyType"`
	Disabled       bool   `json:"disabled"`
}

func (k googleKey) id() string { return k.Name[strings.LastIndex(k.Name, "/")+1:] }

func (g *Google) deleteKey(ctx context.Context, f googleKeyFile, token, keyID string) error {
	_, err := g.client.do(ctx, request{
		vendor: GoogleVision, op: "delete key " + keyID + " of " + f.ClientEmail,
		method: http.MethodDelete, url: g.accountURL(f) + "/" + url.PathEscape(keyID), header: bearer(token),
		idempotent: true, secrets: []string{token},
	}, nil)
	if IsNotFound(err) {
		return nil // already deleted (a retried finishSecret)
	}
	return err
}

// Create implements rotation.Strategy.
func (g *Google) Create(ctx context.Context, _ rotation.SecretsManager, current string) (string, error) {
	s, err := parseGoogle(current)
	if err != nil {
		return "", err
	}
	token, err := g.token(ctx, s, "current")
	if err != nil {
		return "", err
	}
	// A key left by an attempt that failed after creating it (its test failed, or
	// Secrets Manager never stored it) is deleted first: it is not in AWSCURRENT, so no
	// client uses it, and the account holds at most ten keys.
	var list struct {
		Keys []googleKey `json:"keys"`
	}
	if _, err := g.client.do(ctx, request{
		vendor: GoogleVision, op: "list keys of " + s.file.ClientEmail,
		method: http.MethodGet, url: g.accountURL(s.file) + "?keyTypes=USER_MANAGED", header: bearer(token),
		idempotent: true, secrets: []string{token},
	}, &list); err != nil {
		return "", err
	}
	for _, k := range list.Keys {
		if k.KeyType == "USER_MANAGED" && k.id() != s.file.PrivateKeyID {
			if err := g.deleteKey(ctx, s.file, token, k.id()); err != nil {
				return "", err
			}
		}
	}
	var created googleKey
	if _, err := g.client.do(ctx, request{
		vendor: GoogleVision, op: "create key of " + s.file.ClientEmail,
		method: http.MethodPost, url: g.accountURL(s.file), header: withJSON(bearer(token)),
		body:    jsonBody(map[string]string{"privateKeyType": "TYPE_GOOGLE_CREDENTIALS_FILE", "keyAlgorithm": "KEY_ALG_RSA_2048"}),
		secrets: []string{token},
	}, &created); err != nil {
		return "", err
	}
	raw, err := base64.StdEncoding.DecodeString(created.PrivateKeyData)
	if err != nil {
		return "", fmt.Errorf("%s: create key of %s: privateKeyData is not base64", GoogleVision, s.file.ClientEmail)
	}
	f, _, err := parseKeyFile(raw)
	if err != nil {
		return "", fmt.Errorf("%s: create key of %s: the new key file: %w", GoogleVision, s.file.ClientEmail, err)
	}
	if f.ClientEmail != s.file.ClientEmail || f.PrivateKeyID != created.id() || f.PrivateKeyID == s.file.PrivateKeyID {
		return "", fmt.Errorf("%s: create key of %s: the new key file is not the key created (%s)", GoogleVision, s.file.ClientEmail, created.id())
	}
	return update(current, map[string]any{"keyFile": json.RawMessage(raw)})
}

// Set implements rotation.Strategy: a key exists at Google once created.
func (g *Google) Set(context.Context, string, string) error { return nil }

// Test implements rotation.Strategy.
func (g *Google) Test(ctx context.Context, pending string) error {
	p, err := parseGoogle(pending)
	if err != nil {
		return err
	}
	var token string
	if err := g.untilAccepted(ctx, func() (err error) {
		token, err = g.token(ctx, p, "pending")
		return err
	}); err != nil {
		return err
	}
	var k googleKey
	if _, err := g.client.do(ctx, request{
		vendor: GoogleVision, op: "get key " + p.file.PrivateKeyID + " with its own token",
		method: http.MethodGet, url: g.accountURL(p.file) + "/" + url.PathEscape(p.file.PrivateKeyID), header: bearer(token),
		idempotent: true, secrets: []string{token},
	}, &k); err != nil {
		return err
	}
	if k.Disabled {
		return fmt.Errorf("%s: key %s of %s is disabled", GoogleVision, p.file.PrivateKeyID, p.file.ClientEmail)
	}
	return nil
}

// Finish implements rotation.Strategy.
func (g *Google) Finish(ctx context.Context, previous, current string) error {
	c, err := parseGoogle(current)
	if err != nil {
		return err
	}
	p, err := parseGoogle(previous)
	if err != nil {
		return fmt.Errorf("AWSPREVIOUS: %w", err)
	}
	if p.file.ClientEmail != c.file.ClientEmail || p.file.ProjectID != c.file.ProjectID {
		return fmt.Errorf("%s: AWSPREVIOUS is a key of %s and AWSCURRENT of %s: delete the previous account's key by hand", GoogleVision, p.file.ClientEmail, c.file.ClientEmail)
	}
	if p.file.PrivateKeyID == c.file.PrivateKeyID {
		return nil // the same key: nothing to retire
	}
	token, err := g.token(ctx, c, "current")
	if err != nil {
		return err
	}
	return g.deleteKey(ctx, c.file, token, p.file.PrivateKeyID)
}

var _ rotation.Strategy = (*Google)(nil)

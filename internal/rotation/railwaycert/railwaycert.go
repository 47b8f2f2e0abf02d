// Package railwaycert rotates the X.509 client certificate a service running on Railway
// authenticates to AWS with, under the Secrets Manager protocol of package rotation.
//
// Railway (a container host) has no workload identity AWS trusts, so a service of the
// platform that runs there and needs AWS (an S3 bucket, say) gets an IAM role trusted
// through IAM Roles Anywhere, whose trust anchor is an AWS Private CA in
// short-lived-certificate mode (a root CA with an EC_prime256v1 key; it issues end-entity
// certificates of at most 7 days and has no revocation). The service exchanges a
// certificate and its private key for temporary credentials (the Roles Anywhere
// credential helper); this package issues the pair and puts it in the Railway service's
// variables AWS_ROLES_ANYWHERE_CERTIFICATE and AWS_ROLES_ANYWHERE_PRIVATE_KEY.
//
// One secret per service, <prefix>/railway/<service>/aws-certificate, a JSON object.
// Terraform writes its first value, which names the service and the certificate's
// subject:
//
//	{"service": "records", "commonName": "hh-preview-records"}
//
// and every rotation replaces it with (service and commonName carried forward unchanged):
//
//	{
//	  "service": "records",
//	  "commonName": "hh-preview-records",
//	  "certificate": "-----BEGIN CERTIFICATE-----...",     the leaf, PEM
//	  "chain": "-----BEGIN CERTIFICATE-----...",           the CA's chain as issued, PEM (may be empty)
//	  "privateKey": "-----BEGIN PRIVATE KEY-----...",      PKCS#8, ECDSA P-256
//	  "serial": "5f0c...",                                 the certificate's serial, hex
//	  "notAfter": "2026-11-20T10:00:00Z"                   RFC 3339, UTC
//	}
//
// Strategy rotates it:
//
//   - Create: a new ECDSA P-256 key (crypto/rand), a CSR whose subject is CN=commonName
//     and nothing else, IssueCertificate on the CA (template
//     EndEntityClientAuthCertificate/V1, SHA256WITHECDSA, ValidityDays days), then
//     GetCertificate until the CA has issued it (RequestInProgressException is "not
//     yet"; the wait is bounded by MaxWait and the invocation's deadline). What comes
//     back is checked before it is stored: it parses, its public key is the new key's,
//     its subject CN is commonName, it ends no later than ValidityDays (plus an hour of
//     slack) from now, and it is for client authentication. The IdempotencyToken is a
//     hash of the current value's service, commonName and serial: the same for every
//     attempt of one rotation (AWSCURRENT does not move before finishSecret), another
//     for the next rotation. A retried createSecret within the CA's idempotency window
//     (five minutes) therefore gets the same certificate instead of a second one; the
//     key of an attempt is kept in memory for that window so a retry in the same
//     execution environment completes with it. A retry in a fresh environment has lost
//     the key and is refused (the certificate is for another key) until the window
//     passes; the orphaned certificate expires unused within ValidityDays.
//   - Set: the service's Railway variables upserted with skipDeploys (so the upsert
//     alone does not restart anything), then one redeploy of the service, so it picks
//     the new pair up once. The Railway project token is read from TokenSecretARN
//     (AWSCURRENT) at each Set and Test, never cached. The Railway service is the
//     project's one service named like the secret's "service" (Railway's project query,
//     made at each Set and Test and never cached: a service deleted and created again
//     has a new id), unless ServiceIDs names its id, which then wins (an override, for a
//     service whose Railway name differs). No service of that name in the project, or
//     more than one, is refused before anything is written. A retried setSecret upserts
//     and redeploys again (the same values: harmless).
//   - Test: the pending pair is consistent (the key is the certificate's, CN, serial,
//     notAfter), the certificate chains to the CA's certificate for client
//     authentication, it has at least a day of validity left (half its validity when
//     ValidityDays is 1), and the Railway variables of the service (found as in Set)
//     read back equal exactly what Set wrote: anything else means the upsert was lost,
//     and the rotation stops with AWSCURRENT unchanged. (Roles Anywhere's CreateSession
//     is not called: proving the trust anchor and role is the infrastructure's test, not
//     the rotation's.)
//   - Finish: nothing to revoke (see below).
//
// # Why no request fails
//
// The running deployment keeps the certificate it started with in its environment
// until the redeploy Set requests; the new deployment starts with the new pair. Both
// certificates are valid at the same time (the old one was issued for ValidityDays and
// rotation runs well within that), and both chain to the same trust anchor, so whichever
// deployment serves a request can get credentials. Roles Anywhere sessions already
// obtained stay valid for their own duration, independent of the certificate. The old
// certificate is not revoked (a short-lived CA has no revocation): it expires by itself
// at most ValidityDays after it was issued, and its key is in no variable any more.
// A rotation that fails after Set leaves the pending pair in Railway: it is valid, and
// Secrets Manager re-attempts that same version. The rotation schedule must be shorter
// than ValidityDays minus a day, or the service would run on an expired certificate.
//
// No private key, certificate body or token ever appears in a log line or an error:
// messages name the service, the Railway ids, the certificate's ARN, serial and
// expiry, and the token secret's ARN.
//
// # What the function needs
//
//   - acm-pca:IssueCertificate and acm-pca:GetCertificate on the CA's ARN, and
//     acm-pca:GetCertificateAuthorityCertificate on it;
//   - secretsmanager:GetSecretValue on the Railway token secret (and kms:Decrypt on its
//     key through Secrets Manager), besides what every rotation function needs on the
//     certificate secrets;
//   - network: HTTPS to ACM PCA (acm-pca.<region>.amazonaws.com, or its VPC endpoint)
//     and to Railway's public API, https://backboard.railway.com/graphql/v2, over the
//     internet;
//   - a Railway project token (Project-Access-Token) scoped to the project's one
//     environment, stored by an operator in the token secret; it must be able to read
//     the project's services (the project query, to find a service's id by its name)
//     besides the services' variables and deployments.
//
// The CA sits behind the CA interface (SDK is the real one, through the AWS SDK), and
// Railway behind the Railway interface (GraphQL is the real one).
package railwaycert

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/healthhub/platform-infra/internal/rotation"
)

// Names of the Railway variables Set writes.
const (
	// CertificateVariable holds the leaf certificate, PEM, followed by the chain the CA
	// returned with it (if any).
	CertificateVariable = "AWS_ROLES_ANYWHERE_CERTIFICATE"
	// PrivateKeyVariable holds the certificate's private key, PKCS#8 PEM.
	PrivateKeyVariable = "AWS_ROLES_ANYWHERE_PRIVATE_KEY"
)

const (
	// DefaultValidityDays is the certificate's validity when Config.ValidityDays is 0,
	// and the most a short-lived-certificate CA issues.
	DefaultValidityDays = 7
	// MinRemaining is the validity a pending certificate must have left in Test.
	MinRemaining = 24 * time.Hour
	// DefaultPollInterval is the pause between two GetCertificate calls.
	DefaultPollInterval = time.Second
	// DefaultMaxWait bounds the wait for an issued certificate.
	DefaultMaxWait = time.Minute
	// notAfterSlack is how much later than now+ValidityDays a certificate may end.
	notAfterSlack = time.Hour
	// keyWindow is how long a key made for an idempotency token is kept for a retry:
	// the CA's idempotency window (five minutes) and some margin.
	keyWindow = 10 * time.Minute
)

// ErrNotReady is returned (wrapped) by CA.GetCertificate while the CA has not issued the
// certificate yet (ACM PCA's RequestInProgressException).
var ErrNotReady = errors.New("the certificate is not issued yet")

// CA is the part of AWS Private CA's API the strategy uses, for one certificate authority.
type CA interface {
	// IssueCertificate asks the CA for a client certificate for the PEM CSR, valid for
	// validityDays days, and returns its ARN. The same idempotencyToken within the CA's
	// window returns the same ARN.
	IssueCertificate(ctx context.Context, csrPEM []byte, validityDays int, idempotencyToken string) (certificateARN string, err error)
	// GetCertificate returns the issued certificate and its chain, PEM; ErrNotReady
	// (wrapped) while the CA is still issuing it.
	GetCertificate(ctx context.Context, certificateARN string) (certificatePEM, chainPEM string, err error)
	// GetCACertificate returns the CA's own certificate, PEM.
	GetCACertificate(ctx context.Context) (string, error)
}

// Railway is the part of Railway's public API the strategy uses. token is a project
// token (Project-Access-Token).
type Railway interface {
	// ServiceID returns the id (a UUID) of the project's one service named name; an
	// error when the project has no service of that name, or more than one.
	ServiceID(ctx context.Context, token, projectID, name string) (string, error)
	// UpsertVariables sets the service's variables in the environment (others are kept),
	// without triggering a deployment (skipDeploys).
	UpsertVariables(ctx context.Context, token, projectID, environmentID, serviceID string, vars map[string]string) error
	// Redeploy redeploys the service's latest deployment in the environment.
	Redeploy(ctx context.Context, token, environmentID, serviceID string) error
	// Variables returns the service's variables in the environment, name to value.
	Variables(ctx context.Context, token, projectID, environmentID, serviceID string) (map[string]string, error)
}

// Config is what the strategy is built from.
type Config struct {
	CA      CA
	Railway Railway
	// SecretsManager reads the Railway token secret.
	SecretsManager rotation.SecretsManager
	// TokenSecretARN is the secret holding the Railway project token (a plain string).
	TokenSecretARN string
	// ProjectID and EnvironmentID are the Railway project and environment (UUIDs).
	ProjectID, EnvironmentID string
	// ServiceIDs optionally maps a service name (the secret's "service") to its Railway
	// service id, an override of the lookup by name in the project. A service it does
	// not name is found by its name at each Set and Test.
	ServiceIDs map[string]string
	// ValidityDays is the certificates' validity, 1 to 7 (0 is DefaultValidityDays).
	ValidityDays int
	// PollInterval and MaxWait bound the wait for an issued certificate (0 is the
	// default).
	PollInterval, MaxWait time.Duration
	// Log receives what each step did (never a key, certificate or token); nil discards.
	Log *slog.Logger
	// Now is the clock; nil is time.Now.
	Now func() time.Time
}

// Strategy rotates a Railway service's Roles Anywhere certificate; see the package
// documentation.
type Strategy struct {
	Config

	mu   sync.Mutex
	keys map[string]madeKey // idempotency token -> the key requested with it
}

type madeKey struct {
	key  *ecdsa.PrivateKey
	made time.Time
}

var _ rotation.Strategy = (*Strategy)(nil)

// New validates the configuration (every problem, one per line) and returns the
// strategy.
func New(cfg Config) (*Strategy, error) {
	if cfg.ValidityDays == 0 {
		cfg.ValidityDays = DefaultValidityDays
	}
	var errs []error
	if cfg.CA == nil {
		errs = append(errs, errors.New("no CA client"))
	}
	if cfg.Railway == nil {
		errs = append(errs, errors.New("no Railway client"))
	}
	if cfg.SecretsManager == nil {
		errs = append(errs, errors.New("no Secrets Manager client (to read the Railway token)"))
	}
	if err := ValidateSecretARN(cfg.TokenSecretARN); err != nil {
		errs = append(errs, fmt.Errorf("token secret: %w", err))
	}
	if err := ValidateID(cfg.ProjectID); err != nil {
		errs = append(errs, fmt.Errorf("Railway project id: %w", err))
	}
	if err := ValidateID(cfg.EnvironmentID); err != nil {
		errs = append(errs, fmt.Errorf("Railway environment id: %w", err))
	}
	for _, name := range sortedKeys(cfg.ServiceIDs) {
		if err := ValidateService(name); err != nil {
			errs = append(errs, err)
		}
		if err := ValidateID(cfg.ServiceIDs[name]); err != nil {
			errs = append(errs, fmt.Errorf("Railway service id of %s: %w", name, err))
		}
	}
	if cfg.ValidityDays < 1 || cfg.ValidityDays > DefaultValidityDays {
		errs = append(errs, fmt.Errorf("validity of %d days: want 1 to %d (a short-lived-certificate CA issues at most %d days)", cfg.ValidityDays, DefaultValidityDays, DefaultValidityDays))
	}
	if cfg.PollInterval < 0 || cfg.MaxWait < 0 {
		errs = append(errs, errors.New("negative poll interval or maximum wait"))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	cfg.ServiceIDs = maps.Clone(cfg.ServiceIDs)
	return &Strategy{Config: cfg}, nil
}

var (
	serviceName = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)
	commonName  = regexp.MustCompile(`^[A-Za-z0-9.-]{1,64}$`)
	uuid        = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	secretARN   = regexp.MustCompile(`^arn:(aws|aws-us-gov|aws-cn):secretsmanager:[a-z]{2}(-gov)?-[a-z]+-[0-9]:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}$`)
	caARN       = regexp.MustCompile(`^arn:(aws|aws-us-gov|aws-cn):acm-pca:[a-z]{2}(-gov)?-[a-z]+-[0-9]:[0-9]{12}:certificate-authority/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
)

// ValidateService checks a service name: lowercase letters, digits and inner hyphens, at
// most 63 characters.
func ValidateService(s string) error {
	if !serviceName.MatchString(s) {
		return fmt.Errorf("service name %q: want lowercase letters, digits and inner hyphens, 1 to 63 characters", s)
	}
	return nil
}

// ValidateCommonName checks a certificate subject's common name: 1 to 64 letters,
// digits, hyphens and dots.
func ValidateCommonName(cn string) error {
	if !commonName.MatchString(cn) {
		return fmt.Errorf("common name %q: want 1 to 64 letters, digits, '-' and '.'", cn)
	}
	return nil
}

// ValidateID checks a Railway id (project, environment, service): a UUID.
func ValidateID(id string) error {
	if !uuid.MatchString(id) {
		return fmt.Errorf("%q is not a UUID", id)
	}
	return nil
}

// ValidateSecretARN checks a Secrets Manager secret ARN, of any partition.
func ValidateSecretARN(a string) error {
	if !secretARN.MatchString(a) {
		return fmt.Errorf("%q is not a Secrets Manager secret ARN (arn:<partition>:secretsmanager:<region>:<account>:secret:<name>)", a)
	}
	return nil
}

// ValidateCAARN checks an AWS Private CA certificate-authority ARN, of any partition.
func ValidateCAARN(a string) error {
	if !caARN.MatchString(a) {
		return fmt.Errorf("%q is not an AWS Private CA ARN (arn:<partition>:acm-pca:<region>:<account>:certificate-authority/<uuid>)", a)
	}
	return nil
}

// Value is the secret's JSON document.
type Value struct {
	Service     string `json:"service"`
	CommonName  string `json:"commonName"`
	Certificate string `json:"certificate,omitempty"`
	Chain       string `json:"chain,omitempty"`
	PrivateKey  string `json:"privateKey,omitempty"`
	Serial      string `json:"serial,omitempty"`
	NotAfter    string `json:"notAfter,omitempty"`
}

// parseValue reads the fields every value has (service, commonName); which ("current"
// or "pending") names the value in errors, which never show it.
func parseValue(s, which string) (Value, error) {
	var v Value
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return Value{}, fmt.Errorf("the %s value is not a JSON object with string fields (%s)", which, jsonProblem(err))
	}
	var errs []error
	if v.Service == "" {
		errs = append(errs, fmt.Errorf(`the %s value has no "service"`, which))
	} else if err := ValidateService(v.Service); err != nil {
		errs = append(errs, fmt.Errorf("the %s value's %w", which, err))
	}
	if v.CommonName == "" {
		errs = append(errs, fmt.Errorf(`the %s value has no "commonName"`, which))
	} else if err := ValidateCommonName(v.CommonName); err != nil {
		errs = append(errs, fmt.Errorf("the %s value's %w", which, err))
	}
	return v, errors.Join(errs...)
}

// issued is a parsed pending value.
type issued struct {
	Value
	cert  *x509.Certificate
	chain []*x509.Certificate
	key   *ecdsa.PrivateKey
}

// parsePending reads and checks a pending value: every field present, the key the
// certificate's, the subject, serial and expiry the certificate's.
func parsePending(s string) (*issued, error) {
	v, err := parseValue(s, "pending")
	if err != nil {
		return nil, err
	}
	p := &issued{Value: v}
	p.cert, err = parseCertificate(v.Certificate)
	if err != nil {
		return nil, fmt.Errorf("the pending value's certificate: %w", err)
	}
	if v.Chain != "" {
		if p.chain, err = parseCertificates(v.Chain); err != nil {
			return nil, fmt.Errorf("the pending value's chain: %w", err)
		}
	}
	p.key, err = parsePrivateKey(v.PrivateKey)
	if err != nil {
		return nil, fmt.Errorf("the pending value's private key: %w", err)
	}
	var errs []error
	if !p.key.PublicKey.Equal(p.cert.PublicKey) {
		errs = append(errs, fmt.Errorf("the pending private key is not the key of certificate %s", serialHex(p.cert)))
	}
	if p.cert.Subject.CommonName != v.CommonName {
		errs = append(errs, fmt.Errorf("certificate %s has the subject CN %q, not %q", serialHex(p.cert), p.cert.Subject.CommonName, v.CommonName))
	}
	if v.Serial != serialHex(p.cert) {
		errs = append(errs, fmt.Errorf("the pending serial %q is not the certificate's, %s", v.Serial, serialHex(p.cert)))
	}
	if v.NotAfter != p.cert.NotAfter.UTC().Format(time.RFC3339) {
		errs = append(errs, fmt.Errorf("the pending notAfter %q is not the certificate's, %s", v.NotAfter, p.cert.NotAfter.UTC().Format(time.RFC3339)))
	}
	return p, errors.Join(errs...)
}

func (s *Strategy) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

func (s *Strategy) now() time.Time {
	if s.Now == nil {
		return time.Now()
	}
	return s.Now()
}

func (s *Strategy) validityDays() int {
	if s.ValidityDays == 0 {
		return DefaultValidityDays
	}
	return s.ValidityDays
}

// IdempotencyToken is the IssueCertificate idempotency token of the rotation that
// starts from current: a hash of its service, commonName and serial (no secret goes
// into it), 32 hexadecimal characters. It is the same for every attempt of one rotation
// and differs from the previous and the next rotation's (each has another serial).
func IdempotencyToken(current Value) string {
	h := sha256.Sum256([]byte("railwaycert/v1\x00" + current.Service + "\x00" + current.CommonName + "\x00" + current.Serial))
	return hex.EncodeToString(h[:16])
}

// keyFor returns the key made for token within keyWindow, or a new one.
func (s *Strategy) keyFor(token string) (*ecdsa.PrivateKey, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for t, k := range s.keys {
		if now.Sub(k.made) > keyWindow {
			delete(s.keys, t)
		}
	}
	if k, ok := s.keys[token]; ok {
		return k.key, true, nil
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, false, fmt.Errorf("generating an ECDSA P-256 key: %w", err)
	}
	if s.keys == nil {
		s.keys = map[string]madeKey{}
	}
	s.keys[token] = madeKey{key: key, made: now}
	return key, false, nil
}

// Create issues a certificate for a new key; see the package documentation.
func (s *Strategy) Create(ctx context.Context, _ rotation.SecretsManager, current string) (string, error) {
	cur, err := parseValue(current, "current")
	if err != nil {
		return "", err
	}
	token := IdempotencyToken(cur)
	key, reused, err := s.keyFor(token)
	if err != nil {
		return "", err
	}
	csr, err := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{
		Subject:            pkix.Name{CommonName: cur.CommonName},
		SignatureAlgorithm: x509.ECDSAWithSHA256,
	}, key)
	if err != nil {
		return "", fmt.Errorf("making the CSR: %w", err)
	}
	csrPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE REQUEST", Bytes: csr})
	arn, err := s.CA.IssueCertificate(ctx, csrPEM, s.validityDays(), token)
	if err != nil {
		return "", fmt.Errorf("IssueCertificate for service %s (CN %s): %w", cur.Service, cur.CommonName, err)
	}
	s.log().Info("certificate requested", "service", cur.Service, "commonName", cur.CommonName, "certificateArn", arn, "retry", reused)
	certPEM, chainPEM, err := s.waitCertificate(ctx, arn)
	if err != nil {
		return "", err
	}
	cert, err := parseCertificate(certPEM)
	if err != nil {
		return "", fmt.Errorf("certificate %s: %w", arn, err)
	}
	if chainPEM != "" {
		if _, err := parseCertificates(chainPEM); err != nil {
			return "", fmt.Errorf("the chain of certificate %s: %w", arn, err)
		}
	}
	if err := s.checkIssued(cert, key, cur.CommonName); err != nil {
		return "", fmt.Errorf("certificate %s: %w", arn, err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return "", fmt.Errorf("encoding the private key: %w", err)
	}
	pending := Value{
		Service:     cur.Service,
		CommonName:  cur.CommonName,
		Certificate: normalizePEM(certPEM),
		Chain:       normalizePEM(chainPEM),
		PrivateKey:  string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})),
		Serial:      serialHex(cert),
		NotAfter:    cert.NotAfter.UTC().Format(time.RFC3339),
	}
	b, err := json.Marshal(pending)
	if err != nil {
		return "", fmt.Errorf("encoding the pending value: %w", err)
	}
	s.log().Info("certificate issued", "service", cur.Service, "certificateArn", arn, "serial", pending.Serial, "notAfter", pending.NotAfter)
	return string(b), nil
}

// checkIssued checks what the CA returned against what was asked.
func (s *Strategy) checkIssued(cert *x509.Certificate, key *ecdsa.PrivateKey, cn string) error {
	var errs []error
	if !key.PublicKey.Equal(cert.PublicKey) {
		errs = append(errs, errors.New("it is not for the key of this request: the CA issued it for another key, or an earlier attempt of this rotation requested it with a key this execution environment does not have (the CA answers a repeated idempotency token with the same certificate for five minutes; createSecret succeeds when retried after that, and the unused certificate expires by itself)"))
	}
	if cert.Subject.CommonName != cn {
		errs = append(errs, fmt.Errorf("its subject CN is %q, not %q", cert.Subject.CommonName, cn))
	}
	if latest := s.now().Add(time.Duration(s.validityDays())*24*time.Hour + notAfterSlack); cert.NotAfter.After(latest) {
		errs = append(errs, fmt.Errorf("it is valid until %s, later than the %d days asked for", cert.NotAfter.UTC().Format(time.RFC3339), s.validityDays()))
	}
	if !cert.NotAfter.After(s.now()) {
		errs = append(errs, fmt.Errorf("it expired at %s", cert.NotAfter.UTC().Format(time.RFC3339)))
	}
	if !slices.Contains(cert.ExtKeyUsage, x509.ExtKeyUsageClientAuth) {
		errs = append(errs, errors.New("it is not for client authentication (no clientAuth extended key usage): the CA did not apply the EndEntityClientAuthCertificate template"))
	}
	return errors.Join(errs...)
}

// waitCertificate calls GetCertificate until the certificate is issued, for at most
// MaxWait and never past the context's deadline (less a margin to report the error).
func (s *Strategy) waitCertificate(ctx context.Context, arn string) (string, string, error) {
	interval, maxWait := s.PollInterval, s.MaxWait
	if interval == 0 {
		interval = DefaultPollInterval
	}
	if maxWait == 0 {
		maxWait = DefaultMaxWait
	}
	deadline := time.Now().Add(maxWait)
	if d, ok := ctx.Deadline(); ok && d.Add(-2*time.Second).Before(deadline) {
		deadline = d.Add(-2 * time.Second)
	}
	for polls := 1; ; polls++ {
		certPEM, chainPEM, err := s.CA.GetCertificate(ctx, arn)
		if err == nil {
			return certPEM, chainPEM, nil
		}
		if !errors.Is(err, ErrNotReady) {
			return "", "", fmt.Errorf("GetCertificate %s: %w", arn, err)
		}
		if time.Now().Add(interval).After(deadline) {
			return "", "", fmt.Errorf("certificate %s is still not issued after %d polls: createSecret may be retried (the same certificate is requested again)", arn, polls)
		}
		t := time.NewTimer(interval)
		select {
		case <-ctx.Done():
			t.Stop()
			return "", "", fmt.Errorf("waiting for certificate %s: %w", arn, ctx.Err())
		case <-t.C:
		}
	}
}

// Variables returns what Set writes to the service's Railway variables for a pending
// value.
func Variables(v Value) map[string]string {
	cert := normalizePEM(v.Certificate)
	if chain := normalizePEM(v.Chain); chain != "" {
		cert += chain
	}
	return map[string]string{CertificateVariable: cert, PrivateKeyVariable: normalizePEM(v.PrivateKey)}
}

// Set puts the pending pair in the service's Railway variables and redeploys it once.
func (s *Strategy) Set(ctx context.Context, current, pending string) error {
	p, err := parsePending(pending)
	if err != nil {
		return err
	}
	if cur, err := parseValue(current, "current"); err == nil && cur.Service != p.Service {
		return fmt.Errorf("the pending value is for service %s, the current one for %s", p.Service, cur.Service)
	}
	token, err := s.token(ctx)
	if err != nil {
		return err
	}
	serviceID, err := s.serviceID(ctx, token, p.Service)
	if err != nil {
		return err
	}
	if err := s.Railway.UpsertVariables(ctx, token, s.ProjectID, s.EnvironmentID, serviceID, Variables(p.Value)); err != nil {
		return fmt.Errorf("setting the variables of service %s (Railway service %s): %w", p.Service, serviceID, err)
	}
	s.log().Info("Railway variables set", "service", p.Service, "railwayService", serviceID, "environment", s.EnvironmentID, "variables", []string{CertificateVariable, PrivateKeyVariable}, "serial", p.Serial, "notAfter", p.NotAfter)
	if err := s.Railway.Redeploy(ctx, token, s.EnvironmentID, serviceID); err != nil {
		return fmt.Errorf("redeploying service %s (Railway service %s) after setting its variables: %w", p.Service, serviceID, err)
	}
	s.log().Info("Railway service redeployed", "service", p.Service, "railwayService", serviceID, "environment", s.EnvironmentID)
	return nil
}

// Test proves the pending certificate is consistent, chains to the CA, has validity
// left, and is what Railway holds.
func (s *Strategy) Test(ctx context.Context, pending string) error {
	p, err := parsePending(pending)
	if err != nil {
		return err
	}
	caPEM, err := s.CA.GetCACertificate(ctx)
	if err != nil {
		return fmt.Errorf("GetCertificateAuthorityCertificate: %w", err)
	}
	ca, err := parseCertificate(caPEM)
	if err != nil {
		return fmt.Errorf("the CA's certificate: %w", err)
	}
	roots, intermediates := x509.NewCertPool(), x509.NewCertPool()
	roots.AddCert(ca)
	for _, c := range p.chain {
		if !c.Equal(ca) {
			intermediates.AddCert(c)
		}
	}
	now := s.now()
	if _, err := p.cert.Verify(x509.VerifyOptions{
		Roots: roots, Intermediates: intermediates, CurrentTime: now,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}); err != nil {
		return fmt.Errorf("certificate %s of service %s does not verify against the CA's certificate for client authentication: %v", p.Serial, p.Service, verifyProblem(err))
	}
	minLeft := MinRemaining
	if half := time.Duration(s.validityDays()) * 12 * time.Hour; half < minLeft {
		minLeft = half
	}
	if left := p.cert.NotAfter.Sub(now); left < minLeft {
		return fmt.Errorf("certificate %s of service %s expires at %s, in %s; want at least %s left", p.Serial, p.Service, p.NotAfter, left.Round(time.Minute), minLeft)
	}
	token, err := s.token(ctx)
	if err != nil {
		return err
	}
	serviceID, err := s.serviceID(ctx, token, p.Service)
	if err != nil {
		return err
	}
	got, err := s.Railway.Variables(ctx, token, s.ProjectID, s.EnvironmentID, serviceID)
	if err != nil {
		return fmt.Errorf("reading the variables of service %s (Railway service %s): %w", p.Service, serviceID, err)
	}
	want := Variables(p.Value)
	var stale []string
	for _, name := range sortedKeys(want) {
		if v, ok := got[name]; !ok || v != want[name] {
			stale = append(stale, name)
		}
	}
	if len(stale) > 0 {
		return fmt.Errorf("service %s (Railway service %s) does not hold the pending certificate %s in %s: the upsert was lost (overwritten by a concurrent change?)", p.Service, serviceID, p.Serial, strings.Join(stale, ", "))
	}
	return nil
}

// Finish has nothing to revoke: the previous certificate expires by itself within
// ValidityDays (a short-lived-certificate CA has no revocation), and the service stopped
// using it at the redeploy.
func (s *Strategy) Finish(context.Context, string, string) error { return nil }

// serviceID is the Railway service id of service: its override in ServiceIDs, or the id
// of the project's one service of that name, looked up every time (a service replaced
// in Railway has a new id).
func (s *Strategy) serviceID(ctx context.Context, token, service string) (string, error) {
	if id, ok := s.ServiceIDs[service]; ok {
		return id, nil
	}
	id, err := s.Railway.ServiceID(ctx, token, s.ProjectID, service)
	if err != nil {
		return "", fmt.Errorf("finding the Railway service of service %s: %w", service, err)
	}
	if err := ValidateID(id); err != nil {
		return "", fmt.Errorf("finding the Railway service of service %s: Railway answered an id that is not a UUID", service)
	}
	s.log().Info("Railway service found by name", "service", service, "railwayService", id, "project", s.ProjectID)
	return id, nil
}

// token reads the Railway project token (AWSCURRENT of TokenSecretARN).
func (s *Strategy) token(ctx context.Context) (string, error) {
	v, err := s.SecretsManager.GetSecretValue(ctx, s.TokenSecretARN, "", rotation.Current)
	if errors.Is(err, rotation.ErrNotFound) {
		v, err = "", nil
	}
	if err != nil {
		return "", fmt.Errorf("reading the Railway token from %s: %w", s.TokenSecretARN, err)
	}
	t := strings.TrimSpace(v)
	switch {
	case t == "":
		return "", fmt.Errorf("the Railway token secret %s is empty: an operator must store the Railway project token (of the project's environment) in it", s.TokenSecretARN)
	case len(t) > 512 || strings.ContainsFunc(t, func(r rune) bool { return r <= ' ' || r > '~' }):
		return "", fmt.Errorf("the Railway token secret %s does not hold a token (one line of printable characters, at most 512): an operator must store the Railway project token in it, as a plain string", s.TokenSecretARN)
	}
	return t, nil
}

func parseCertificate(p string) (*x509.Certificate, error) {
	certs, err := parseCertificates(p)
	if err != nil {
		return nil, err
	}
	if len(certs) != 1 {
		return nil, fmt.Errorf("%d certificates where one is expected", len(certs))
	}
	return certs[0], nil
}

// parseCertificates reads PEM CERTIFICATE blocks; anything else is an error.
func parseCertificates(p string) ([]*x509.Certificate, error) {
	rest := []byte(p)
	var certs []*x509.Certificate
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		if b.Type != "CERTIFICATE" {
			return nil, errors.New("a PEM block other than a certificate")
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, errors.New("a PEM certificate that does not parse as X.509")
		}
		certs = append(certs, c)
	}
	if len(certs) == 0 || strings.TrimSpace(string(rest)) != "" {
		return nil, errors.New("not PEM certificates")
	}
	return certs, nil
}

func parsePrivateKey(p string) (*ecdsa.PrivateKey, error) {
	b, rest := pem.Decode([]byte(p))
	if b == nil || b.Type != "PRIVATE KEY" || strings.TrimSpace(string(rest)) != "" {
		return nil, errors.New("not one PKCS#8 PEM block")
	}
	k, err := x509.ParsePKCS8PrivateKey(b.Bytes)
	if err != nil {
		return nil, errors.New("not a PKCS#8 private key")
	}
	ec, ok := k.(*ecdsa.PrivateKey)
	if !ok || ec.Curve != elliptic.P256() {
		return nil, errors.New("not an ECDSA P-256 key")
	}
	return ec, nil
}

// normalizePEM re-encodes PEM blocks canonically ("" stays ""), so that what Set writes
// and what Test compares do not depend on the CA's line endings or spacing.
func normalizePEM(p string) string {
	var out []byte
	rest := []byte(p)
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		out = append(out, pem.EncodeToMemory(&pem.Block{Type: b.Type, Bytes: b.Bytes})...)
	}
	return string(out)
}

func serialHex(c *x509.Certificate) string { return hex.EncodeToString(c.SerialNumber.Bytes()) }

// verifyProblem describes an x509 verification error without the certificate.
func verifyProblem(err error) string {
	var ua x509.UnknownAuthorityError
	var ci x509.CertificateInvalidError
	switch {
	case errors.As(err, &ua):
		return "it is not signed by the CA"
	case errors.As(err, &ci):
		switch ci.Reason {
		case x509.Expired:
			return "it is expired or not yet valid"
		case x509.IncompatibleUsage:
			return "it is not for client authentication"
		}
		return fmt.Sprintf("invalid certificate (reason %d)", ci.Reason)
	}
	return "verification failed"
}

// jsonProblem describes a JSON decoding error without the input.
func jsonProblem(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("malformed JSON at offset %d", se.Offset)
	case errors.As(err, &te):
		return fmt.Sprintf("field %q has the wrong type (%s, want %s)", te.Field, te.Value, te.Type)
	default:
		return "malformed JSON"
	}
}

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

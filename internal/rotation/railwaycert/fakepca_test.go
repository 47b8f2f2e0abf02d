package railwaycert_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/acmpca"

	"github.com/healthhub/platform-infra/internal/rotation/railwaycert"
)

// AWS Private CA's JSON API (awsJson1_1: POST /, X-Amz-Target ACMPrivateCA.<operation>,
// Content-Type application/x-amz-json-1.1, errors as {"__type","message"} with HTTP
// 400), just enough of it for the strategy: IssueCertificate, GetCertificate and
// GetCertificateAuthorityCertificate. Behind it is a real root CA in memory (ECDSA
// P-256, as the platform's short-lived-certificate CA) that checks the CSR's signature,
// the signing algorithm, the template and the validity (DAYS, at most 7 in
// short-lived-certificate mode), answers the first GetCertificate of each certificate
// with RequestInProgressException, and returns the same certificate for a repeated
// idempotency token. A request outside this contract fails the test.

const (
	caARN        = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/0f3c2a1e-5b6d-4c7e-8f90-123456789abc"
	templateARN  = "arn:aws:acm-pca:::template/EndEntityClientAuthCertificate/V1"
	pcaJSON      = "application/x-amz-json-1.1"
	targetPrefix = "ACMPrivateCA."
)

// ca is an in-memory certificate authority.
type ca struct {
	key     *ecdsa.PrivateKey
	cert    *x509.Certificate
	certPEM string
}

func newCA(t *testing.T, cn string) *ca {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: cn, Organization: []string{"HealthHub"}},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().AddDate(10, 0, 0),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	return &ca{key: key, cert: cert, certPEM: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))}
}

// issue signs an end-entity client authentication certificate, as the template
// EndEntityClientAuthCertificate/V1 does.
func (c *ca) issue(cn string, pub any, days int) (*x509.Certificate, string, error) {
	serial := make([]byte, 16)
	_, _ = rand.Read(serial)
	serial[0] &= 0x7f
	serial[0] |= 0x10
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          new(big.Int).SetBytes(serial),
		Subject:               pkix.Name{CommonName: cn},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(time.Duration(days) * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, c.cert, pub, c.key)
	if err != nil {
		return nil, "", err
	}
	cert, err := x509.ParseCertificate(der)
	return cert, string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})), err
}

type pcaCert struct {
	pem   string
	polls int
}

// fakePCA is the CA's API over a ca.
type fakePCA struct {
	*httptest.Server
	ca *ca

	mu     sync.Mutex
	certs  map[string]*pcaCert // certificate ARN -> certificate
	tokens map[string]string   // idempotency token -> certificate ARN
	// issued counts certificates issued (not idempotent repeats); requests counts
	// IssueCertificate calls; validity is the last Validity.Value asked for.
	issued, requests, validity int
	// tokenLog is every idempotency token received, in order.
	tokenLog []string
	// inProgress is how many GetCertificate calls of a certificate answer
	// RequestInProgressException (1, the documented "not yet" of a fresh certificate).
	inProgress int
	// otherCN, otherKey and otherCA make the CA issue for another subject, for another
	// key, or sign with another CA's key.
	otherCN  string
	otherKey bool
	otherCA  *ca
	// unexpected lists requests outside the contract.
	unexpected []string
}

func newFakePCA(t *testing.T) *fakePCA {
	t.Helper()
	f := &fakePCA{ca: newCA(t, "HealthHub Railway Roles Anywhere"), certs: map[string]*pcaCert{}, tokens: map[string]string{}, inProgress: 1}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(func() {
		f.Close()
		f.mu.Lock()
		defer f.mu.Unlock()
		if len(f.unexpected) > 0 {
			t.Errorf("ACM PCA server: unexpected requests: %s", strings.Join(f.unexpected, "; "))
		}
	})
	return f
}

func (f *fakePCA) counts() (issued, requests int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.issued, f.requests
}

func (f *fakePCA) set(fn func(*fakePCA)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fn(f)
}

func (f *fakePCA) refuse(rw http.ResponseWriter, r *http.Request, code, message string) {
	f.unexpected = append(f.unexpected, r.Header.Get("X-Amz-Target")+": "+code+": "+message)
	pcaError(rw, code, message)
}

func pcaError(rw http.ResponseWriter, code, message string) {
	rw.Header().Set("Content-Type", pcaJSON)
	rw.Header().Set("x-amzn-RequestId", "req-1")
	rw.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(rw).Encode(map[string]string{"__type": code, "message": message})
}

func pcaAnswer(rw http.ResponseWriter, v any) {
	rw.Header().Set("Content-Type", pcaJSON)
	rw.Header().Set("x-amzn-RequestId", "req-1")
	_ = json.NewEncoder(rw).Encode(v)
}

func (f *fakePCA) serve(rw http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	target := r.Header.Get("X-Amz-Target")
	switch {
	case r.Method != http.MethodPost || r.URL.Path != "/":
		f.refuse(rw, r, "UnknownOperationException", r.Method+" "+r.URL.Path)
		return
	case r.Header.Get("Content-Type") != pcaJSON:
		f.refuse(rw, r, "ValidationException", "content type "+r.Header.Get("Content-Type"))
		return
	case !strings.HasPrefix(r.Header.Get("Authorization"), "AWS4-HMAC-SHA256 "):
		f.refuse(rw, r, "MissingAuthenticationTokenException", "unsigned request")
		return
	}
	var in struct {
		CertificateAuthorityArn string
		CertificateArn          string
		Csr                     []byte
		SigningAlgorithm        string
		TemplateArn             string
		IdempotencyToken        string
		Validity                *struct {
			Type  string
			Value int
		}
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		f.refuse(rw, r, "SerializationException", err.Error())
		return
	}
	if in.CertificateAuthorityArn != caARN {
		pcaError(rw, "ResourceNotFoundException", "Could not find certificate authority "+in.CertificateAuthorityArn)
		return
	}
	switch strings.TrimPrefix(target, targetPrefix) {
	case "IssueCertificate":
		f.issueCertificate(rw, r, in.Csr, in.SigningAlgorithm, in.TemplateArn, in.IdempotencyToken, in.Validity)
	case "GetCertificate":
		c, ok := f.certs[in.CertificateArn]
		switch {
		case !ok:
			pcaError(rw, "ResourceNotFoundException", "Could not find certificate "+in.CertificateArn)
		case c.polls < f.inProgress:
			c.polls++
			pcaError(rw, "RequestInProgressException", "The request to issue certificate "+in.CertificateArn+" is still in progress. Try again later.")
		default:
			pcaAnswer(rw, map[string]string{"Certificate": c.pem, "CertificateChain": f.ca.certPEM})
		}
	case "GetCertificateAuthorityCertificate":
		// A root CA: its certificate, no chain.
		pcaAnswer(rw, map[string]string{"Certificate": f.ca.certPEM})
	default:
		f.refuse(rw, r, "UnknownOperationException", "target "+target)
	}
}

func (f *fakePCA) issueCertificate(rw http.ResponseWriter, r *http.Request, csrPEM []byte, alg, template, token string, validity *struct {
	Type  string
	Value int
}) {
	f.requests++
	f.tokenLog = append(f.tokenLog, token)
	switch {
	case alg != "SHA256WITHECDSA":
		f.refuse(rw, r, "InvalidArgsException", "signing algorithm "+alg+" does not match the CA's EC_prime256v1 key")
		return
	case template != templateARN:
		f.refuse(rw, r, "InvalidArgsException", "template "+template)
		return
	case validity == nil || validity.Type != "DAYS" || validity.Value < 1 || validity.Value > 7:
		f.refuse(rw, r, "ValidationException", fmt.Sprintf("validity %+v: a short-lived certificate CA issues 1 to 7 days", validity))
		return
	case len(token) < 1 || len(token) > 36:
		f.refuse(rw, r, "ValidationException", "idempotency token length")
		return
	}
	f.validity = validity.Value
	if arn, ok := f.tokens[token]; ok {
		pcaAnswer(rw, map[string]string{"CertificateArn": arn})
		return
	}
	b, _ := pem.Decode(csrPEM)
	if b == nil || b.Type != "CERTIFICATE REQUEST" {
		f.refuse(rw, r, "MalformedCSRException", "not a PEM CSR")
		return
	}
	csr, err := x509.ParseCertificateRequest(b.Bytes)
	if err != nil || csr.CheckSignature() != nil {
		f.refuse(rw, r, "MalformedCSRException", "the CSR does not parse or its signature does not verify")
		return
	}
	if len(csr.Subject.Names) != 1 || csr.Subject.CommonName == "" || len(csr.Extensions) != 0 {
		f.refuse(rw, r, "MalformedCSRException", "the CSR's subject is not CN only")
		return
	}
	cn, pub, signer := csr.Subject.CommonName, csr.PublicKey, f.ca
	if f.otherCN != "" {
		cn = f.otherCN
	}
	if f.otherKey {
		k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		pub = &k.PublicKey
	}
	if f.otherCA != nil {
		signer = f.otherCA
	}
	cert, certPEM, err := signer.issue(cn, pub, validity.Value)
	if err != nil {
		f.refuse(rw, r, "InvalidArgsException", err.Error())
		return
	}
	arn := caARN + "/certificate/" + hex.EncodeToString(cert.SerialNumber.Bytes())
	f.certs[arn] = &pcaCert{pem: certPEM}
	f.tokens[token] = arn
	f.issued++
	pcaAnswer(rw, map[string]string{"CertificateArn": arn})
}

// sdk is railwaycert.SDK pointed at the server, with static credentials and no retry.
func (f *fakePCA) sdk(t *testing.T) *railwaycert.SDK {
	t.Helper()
	cfg := aws.Config{
		Region: "us-east-1",
		Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
			return aws.Credentials{AccessKeyID: "AKIDEXAMPLE", SecretAccessKey: "secret"}, nil
		}),
		HTTPClient:       f.Client(),
		RetryMaxAttempts: 1,
	}
	s, err := railwaycert.NewSDK(cfg, caARN, func(o *acmpca.Options) { o.BaseEndpoint = aws.String(f.URL) })
	if err != nil {
		t.Fatal(err)
	}
	return s
}

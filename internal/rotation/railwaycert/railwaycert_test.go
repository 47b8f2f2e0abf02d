package railwaycert_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/healthhub/platform-infra/internal/rotation"
	"github.com/healthhub/platform-infra/internal/rotation/railwaycert"
)

const (
	secretID = "hh-preview/railway/records/aws-certificate"
	tokenARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:hh-preview/railway/project-token-AbCdEf"
	initial  = `{"service":"records","commonName":"hh-preview-records"}`
)

// env is one test's world: the CA and Railway servers, Secrets Manager holding the
// certificate secret and the Railway token, and the strategy over the real clients.
type env struct {
	t       *testing.T
	pca     *fakePCA
	railway *fakeRailway
	sm      *rotation.Fake
	s       *railwaycert.Strategy
	logs    *bytes.Buffer
	// overrides is the strategy's ServiceIDs: none, so services are found by name,
	// unless a test sets them (withOverrides).
	overrides map[string]string
	// errs collects the errors the test saw, for the scan for secret material.
	errs []string
}

func newEnv(t *testing.T, first string) *env {
	t.Helper()
	e := &env{t: t, pca: newFakePCA(t), railway: newFakeRailway(t), sm: rotation.NewFake(), logs: &bytes.Buffer{}}
	e.sm.Create(secretID, first)
	e.sm.Create(tokenARN, railwayToken+"\n")
	e.s = e.strategy()
	t.Cleanup(e.checkNoSecretMaterial)
	return e
}

// strategy is a new strategy (a fresh execution environment) over e's servers.
func (e *env) strategy() *railwaycert.Strategy {
	e.t.Helper()
	gql, err := railwaycert.NewGraphQL(railwaycert.GraphQLOptions{Endpoint: e.railway.URL + "/graphql/v2", HTTPClient: e.railway.Client(), Timeout: 5 * time.Second})
	if err != nil {
		e.t.Fatal(err)
	}
	s, err := railwaycert.New(railwaycert.Config{
		CA: e.pca.sdk(e.t), Railway: gql, SecretsManager: e.sm, TokenSecretARN: tokenARN,
		ProjectID: projectID, EnvironmentID: environmentID,
		ServiceIDs:   e.overrides,
		PollInterval: time.Millisecond, MaxWait: time.Second,
		Log: slog.New(slog.NewTextHandler(e.logs, nil)),
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// withOverrides replaces e's strategy with one whose ServiceIDs are overrides.
func (e *env) withOverrides(overrides map[string]string) {
	e.t.Helper()
	e.overrides = overrides
	e.s = e.strategy()
}

// rotate plays one rotation and records its error.
func (e *env) rotate() (string, error) {
	token, err := rotation.Rotate(context.Background(), e.sm, e.s, secretID)
	e.saw(err)
	return token, err
}

func (e *env) step(s *railwaycert.Strategy, token, step string) error {
	err := rotation.Handle(context.Background(), e.sm, s, rotation.Event{SecretID: secretID, ClientRequestToken: token, Step: step})
	e.saw(err)
	return err
}

func (e *env) saw(err error) {
	if err != nil {
		e.errs = append(e.errs, err.Error())
	}
}

// wantErr fails unless err contains every part.
func wantErr(t *testing.T, err error, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want one containing %q", parts)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Fatalf("error %q does not contain %q", err, p)
		}
	}
}

func (e *env) current() railwaycert.Value { return value(e.t, e.sm.Value(secretID, rotation.Current)) }

func value(t *testing.T, s string) railwaycert.Value {
	t.Helper()
	var v railwaycert.Value
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("secret value is not JSON: %v", err)
	}
	return v
}

func parseCert(t *testing.T, p string) *x509.Certificate {
	t.Helper()
	b, _ := pem.Decode([]byte(p))
	if b == nil {
		t.Fatal("no PEM certificate")
	}
	c, err := x509.ParseCertificate(b.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func parseKey(t *testing.T, p string) *ecdsa.PrivateKey {
	t.Helper()
	b, _ := pem.Decode([]byte(p))
	if b == nil || b.Type != "PRIVATE KEY" {
		t.Fatal("no PEM PKCS#8 private key")
	}
	k, err := x509.ParsePKCS8PrivateKey(b.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	ec, ok := k.(*ecdsa.PrivateKey)
	if !ok || ec.Curve != elliptic.P256() {
		t.Fatalf("a %T, not an ECDSA P-256 key", k)
	}
	return ec
}

// material is what must never be in a log line or an error: the token, and every line
// of every PEM body in the secret's versions, in what Railway received and in what the
// CA issued.
func (e *env) material() []string {
	out := []string{railwayToken}
	var texts []string
	for _, stage := range []string{rotation.Current, rotation.Pending, rotation.Previous} {
		texts = append(texts, e.sm.Value(secretID, stage))
	}
	e.railway.mu.Lock()
	texts = append(texts, e.railway.written...)
	e.railway.mu.Unlock()
	e.pca.mu.Lock()
	for _, c := range e.pca.certs {
		texts = append(texts, c.pem)
	}
	e.pca.mu.Unlock()
	for _, text := range texts {
		var v railwaycert.Value
		if json.Unmarshal([]byte(text), &v) == nil {
			text = v.Certificate + v.PrivateKey + v.Chain
		}
		for _, line := range strings.Split(text, "\n") {
			if len(line) >= 16 && !strings.HasPrefix(line, "-----") {
				out = append(out, line)
			}
		}
	}
	return out
}

func (e *env) checkNoSecretMaterial() {
	texts := append([]string{e.logs.String()}, e.errs...)
	for _, text := range texts {
		for _, m := range e.material() {
			if strings.Contains(text, m) {
				e.t.Errorf("secret material %.12q... in a log line or error:\n%s", m, text)
				return
			}
		}
		for _, marker := range []string{"PRIVATE KEY", "-----BEGIN"} {
			if strings.Contains(text, marker) {
				e.t.Errorf("%q in a log line or error:\n%s", marker, text)
			}
		}
	}
}

func TestThreeRotations(t *testing.T) {
	e := newEnv(t, initial)
	caPool := x509.NewCertPool()
	caPool.AddCert(e.pca.ca.cert)
	var serials []string
	var keys []*ecdsa.PrivateKey
	for round := 1; round <= 3; round++ {
		before := e.sm.Value(secretID, rotation.Current)
		if _, err := e.rotate(); err != nil {
			t.Fatalf("rotation %d: %v", round, err)
		}
		cur := e.current()
		if cur.Service != "records" || cur.CommonName != "hh-preview-records" {
			t.Fatalf("rotation %d: service and commonName not carried forward: %q %q", round, cur.Service, cur.CommonName)
		}
		if prev := e.sm.Value(secretID, rotation.Previous); prev != before {
			t.Errorf("rotation %d: AWSPREVIOUS is not the value before the rotation", round)
		}
		cert := parseCert(t, cur.Certificate)
		key := parseKey(t, cur.PrivateKey)
		if !key.PublicKey.Equal(cert.PublicKey) {
			t.Errorf("rotation %d: the private key is not the certificate's", round)
		}
		for _, k := range keys {
			if k.Equal(key) {
				t.Errorf("rotation %d: a key of an earlier rotation was reused", round)
			}
		}
		keys = append(keys, key)
		if cert.Subject.CommonName != "hh-preview-records" || cert.Subject.String() != "CN=hh-preview-records" {
			t.Errorf("rotation %d: subject %s", round, cert.Subject)
		}
		if _, err := cert.Verify(x509.VerifyOptions{Roots: caPool, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}); err != nil {
			t.Errorf("rotation %d: the certificate does not chain to the CA for client auth: %v", round, err)
		}
		if cur.Serial != cert.SerialNumber.Text(16) && strings.TrimLeft(cur.Serial, "0") != cert.SerialNumber.Text(16) {
			t.Errorf("rotation %d: serial %s, certificate's %s", round, cur.Serial, cert.SerialNumber.Text(16))
		}
		if cur.NotAfter != cert.NotAfter.UTC().Format(time.RFC3339) || !strings.HasSuffix(cur.NotAfter, "Z") {
			t.Errorf("rotation %d: notAfter %s, certificate's %s", round, cur.NotAfter, cert.NotAfter)
		}
		if d := time.Until(cert.NotAfter); d < 7*24*time.Hour-time.Minute || d > 7*24*time.Hour {
			t.Errorf("rotation %d: the certificate is valid for another %s; want 7 days", round, d)
		}
		for _, s := range serials {
			if s == cur.Serial {
				t.Errorf("rotation %d: serial %s reused", round, s)
			}
		}
		serials = append(serials, cur.Serial)
		got := e.railway.variables(recordsID)
		want := railwaycert.Variables(cur)
		if got[railwaycert.CertificateVariable] != cur.Certificate+e.pca.ca.certPEM || got[railwaycert.PrivateKeyVariable] != cur.PrivateKey || want[railwaycert.CertificateVariable] != got[railwaycert.CertificateVariable] {
			t.Errorf("rotation %d: Railway does not hold the new certificate (leaf then chain) and key", round)
		}
		if got["DATABASE_URL"] != "postgres://records" || len(got) != 4 {
			t.Errorf("rotation %d: the service's other variables changed: %v", round, keysOf(got))
		}
		if upserts, redeploys := e.railway.counts(recordsID); upserts != round || redeploys != round {
			t.Errorf("rotation %d: %d upserts, %d redeploys; want one each per rotation", round, upserts, redeploys)
		}
	}
	if issued, requests := e.pca.counts(); issued != 3 || requests != 3 || e.pca.validity != 7 {
		t.Errorf("%d certificates issued in %d requests of %d days; want 3 in 3 of 7", issued, requests, e.pca.validity)
	}
	if u, r := e.railway.counts(providerID); u != 0 || r != 0 {
		t.Errorf("another service was touched: %d upserts, %d redeploys", u, r)
	}
	// The certificate each upsert replaced was still valid when the service switched.
	e.railway.mu.Lock()
	defer e.railway.mu.Unlock()
	if len(e.railway.replacedCerts) != 2 {
		t.Fatalf("%d certificates replaced; want 2", len(e.railway.replacedCerts))
	}
	for _, r := range e.railway.replacedCerts {
		old := parseCert(t, r.value)
		if _, err := old.Verify(x509.VerifyOptions{Roots: caPool, CurrentTime: r.at, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}}); err != nil || old.NotAfter.Sub(r.at) < 6*24*time.Hour {
			t.Errorf("the previous certificate was not valid (for days) at the switch: %v, until %s", err, old.NotAfter)
		}
	}
	for _, want := range []string{"certificate issued", "Railway variables set", "Railway service redeployed", recordsID, serials[2]} {
		if !strings.Contains(e.logs.String(), want) {
			t.Errorf("the logs do not say %q:\n%s", want, e.logs)
		}
	}
}

func keysOf(m map[string]string) []string {
	var k []string
	for n := range m {
		k = append(k, n)
	}
	return k
}

func TestRetriedCreateIssuesNoSecondCertificate(t *testing.T) {
	e := newEnv(t, initial)
	// The CA takes longer than the strategy waits: the first createSecret fails after
	// the certificate was requested.
	e.pca.set(func(f *fakePCA) { f.inProgress = 1 << 30 })
	e.s.MaxWait = 20 * time.Millisecond
	token, err := e.rotate()
	wantErr(t, err, "createSecret: certificate "+caARN+"/certificate/", "is still not issued")
	if issued, _ := e.pca.counts(); issued != 1 {
		t.Fatalf("%d certificates issued; want 1", issued)
	}
	e.pca.set(func(f *fakePCA) { f.inProgress = 0 })

	// A retry in a fresh execution environment lost the key: the CA answers the same
	// idempotency token with the same certificate, for another key, and the step fails
	// without a second certificate.
	err = e.step(e.strategy(), token, rotation.StepCreate)
	wantErr(t, err, "is not for the key of this request", "five minutes")

	// Secrets Manager's retry in the same environment completes with the first
	// certificate.
	for _, step := range []string{rotation.StepCreate, rotation.StepCreate, rotation.StepSet, rotation.StepTest, rotation.StepFinish} {
		if err := e.step(e.s, token, step); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	issued, requests := e.pca.counts()
	if issued != 1 || requests != 3 {
		t.Errorf("%d certificates issued in %d requests; want 1 in 3 (the retried createSecret after success does not call the CA)", issued, requests)
	}
	e.pca.mu.Lock()
	tokens := e.pca.tokenLog
	e.pca.mu.Unlock()
	if len(tokens) != 3 || tokens[0] != tokens[1] || tokens[1] != tokens[2] || len(tokens[0]) > 36 {
		t.Errorf("idempotency tokens %q; want one token of at most 36 characters", tokens)
	}
	cur := e.current()
	e.pca.mu.Lock()
	_, ok := e.pca.certs[caARN+"/certificate/"+cur.Serial]
	e.pca.mu.Unlock()
	if !ok {
		t.Errorf("AWSCURRENT holds serial %s, not the one certificate issued", cur.Serial)
	}

	// The next rotation starts from another AWSCURRENT: another token, a new certificate.
	if _, err := e.rotate(); err != nil {
		t.Fatal(err)
	}
	if issued, _ := e.pca.counts(); issued != 2 || e.current().Serial == cur.Serial {
		t.Errorf("the next rotation issued %d certificates in all; want 2", issued)
	}
}

func TestEmptyTokenSecret(t *testing.T) {
	for name, token := range map[string]string{"empty": "", "whitespace": " \n\t", "two words": "a token"} {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t, initial)
			e.sm.Create(tokenARN, token)
			_, err := e.rotate()
			wantErr(t, err, "setSecret: the Railway token secret "+tokenARN, "an operator must store the Railway project token")
			if e.sm.Value(secretID, rotation.Current) != initial {
				t.Error("AWSCURRENT moved")
			}
			if u, _ := e.railway.counts(recordsID); u != 0 {
				t.Error("Railway was called")
			}
		})
	}
	t.Run("no version", func(t *testing.T) {
		e := newEnv(t, initial)
		e.s.TokenSecretARN = tokenARN + "x"
		_, err := e.rotate()
		wantErr(t, err, "setSecret: the Railway token secret "+tokenARN+"x is empty: an operator must store")
	})
}

func TestRailwayErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fault func(*fakeRailway)
		want  []string
	}{
		{"graphql error", func(f *fakeRailway) { f.fail["variableCollectionUpsert"] = "Problem processing request" },
			[]string{"setSecret: setting the variables of service records (Railway service " + recordsID + "): Railway variableCollectionUpsert: Problem processing request"}},
		{"wrong token", nil, []string{"Railway variableCollectionUpsert: Not Authorized"}},
		{"http 503", func(f *fakeRailway) { f.status = 503 }, []string{"Railway variableCollectionUpsert: HTTP 503: Service Unavailable"}},
		{"redeploy refused", func(f *fakeRailway) { f.fail["serviceInstanceRedeploy"] = "No deployment to redeploy" },
			[]string{"setSecret: redeploying service records", "Railway serviceInstanceRedeploy: No deployment to redeploy"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The service's id is configured: the upsert is the first call to Railway
			// (TestServiceLookupRefused has the lookup's failures).
			e := newEnv(t, initial)
			e.withOverrides(map[string]string{"records": recordsID})
			if tc.fault != nil {
				e.railway.set(tc.fault)
			} else {
				e.sm.Create(tokenARN, "0000-not-the-token")
			}
			_, err := e.rotate()
			wantErr(t, err, tc.want...)
			if e.sm.Value(secretID, rotation.Current) != initial {
				t.Error("AWSCURRENT moved")
			}
			if tc.name != "redeploy refused" {
				if _, r := e.railway.counts(recordsID); r != 0 {
					t.Error("redeployed after a failed upsert")
				}
			}
		})
	}
}

func TestRailwayErrorEchoingAValueIsRedacted(t *testing.T) {
	e := newEnv(t, initial)
	e.railway.set(func(f *fakeRailway) { f.fail["variableCollectionUpsert"] = "placeholder" })
	// Railway's message quotes what it was sent: the certificate and the key.
	_, err := e.rotate()
	wantErr(t, err, "placeholder")
	pending := value(t, e.sm.Value(secretID, rotation.Pending))
	e.railway.set(func(f *fakeRailway) {
		f.fail["variableCollectionUpsert"] = "Invalid value " + railwaycert.Variables(pending)[railwaycert.PrivateKeyVariable] + " for token " + railwayToken
	})
	s := e.s
	err = s.Set(context.Background(), initial, e.sm.Value(secretID, rotation.Pending))
	e.saw(err)
	wantErr(t, err, "Railway variableCollectionUpsert: Invalid value [redacted")
}

func TestLostUpsertFailsTheTest(t *testing.T) {
	e := newEnv(t, initial)
	e.railway.set(func(f *fakeRailway) { f.dropUpserts = true })
	_, err := e.rotate()
	wantErr(t, err, "testSecret: service records (Railway service "+recordsID+") does not hold the pending certificate", "AWS_ROLES_ANYWHERE_CERTIFICATE, AWS_ROLES_ANYWHERE_PRIVATE_KEY: the upsert was lost")
	if e.sm.Value(secretID, rotation.Current) != initial {
		t.Error("AWSCURRENT moved")
	}
}

func TestCAMisissues(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fault func(*fakePCA)
		want  string
	}{
		{"another CN", func(f *fakePCA) { f.otherCN = "hh-preview-provider" }, `createSecret: certificate ` + caARN + `/certificate/`},
		{"another key", func(f *fakePCA) { f.otherKey = true }, "is not for the key of this request"},
		{"another CA", func(f *fakePCA) { f.otherCA = newCA(t, "Impostor") }, "testSecret: certificate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, initial)
			e.pca.set(tc.fault)
			_, err := e.rotate()
			wantErr(t, err, tc.want)
			if tc.name == "another CN" {
				wantErr(t, err, `its subject CN is "hh-preview-provider", not "hh-preview-records"`)
			}
			if tc.name == "another CA" {
				wantErr(t, err, "does not verify against the CA's certificate for client authentication: it is not signed by the CA")
			}
			if e.sm.Value(secretID, rotation.Current) != initial {
				t.Error("AWSCURRENT moved")
			}
		})
	}
}

func TestTestRefusesATamperedPendingValue(t *testing.T) {
	e := newEnv(t, initial)
	if _, err := e.rotate(); err != nil {
		t.Fatal(err)
	}
	first := e.current()
	e2 := newEnv(t, `{"service":"records","commonName":"hh-preview-other"}`)
	if _, err := e2.rotate(); err != nil {
		t.Fatal(err)
	}
	other := e2.current()
	ctx := context.Background()
	otherCA := other
	otherCA.CommonName = "hh-preview-other"
	for _, tc := range []struct {
		name string
		v    railwaycert.Value
		want string
	}{
		{"another key", railwaycert.Value{Service: first.Service, CommonName: first.CommonName, Certificate: first.Certificate, PrivateKey: other.PrivateKey, Serial: first.Serial, NotAfter: first.NotAfter},
			"the pending private key is not the key of certificate " + first.Serial},
		{"another CN", railwaycert.Value{Service: other.Service, CommonName: first.CommonName, Certificate: other.Certificate, PrivateKey: other.PrivateKey, Serial: other.Serial, NotAfter: other.NotAfter},
			`has the subject CN "hh-preview-other", not "hh-preview-records"`},
		{"another serial", railwaycert.Value{Service: first.Service, CommonName: first.CommonName, Certificate: first.Certificate, PrivateKey: first.PrivateKey, Serial: "01", NotAfter: first.NotAfter},
			`the pending serial "01" is not the certificate's`},
		{"another notAfter", railwaycert.Value{Service: first.Service, CommonName: first.CommonName, Certificate: first.Certificate, PrivateKey: first.PrivateKey, Serial: first.Serial, NotAfter: "2030-01-01T00:00:00Z"},
			`the pending notAfter "2030-01-01T00:00:00Z" is not the certificate's`},
		{"another CA", otherCA, "does not verify against the CA's certificate for client authentication: it is not signed by the CA"},
		{"no key", railwaycert.Value{Service: first.Service, CommonName: first.CommonName, Certificate: first.Certificate, Serial: first.Serial, NotAfter: first.NotAfter},
			"the pending value's private key: not one PKCS#8 PEM block"},
		{"no certificate", railwaycert.Value{Service: first.Service, CommonName: first.CommonName, PrivateKey: first.PrivateKey},
			"the pending value's certificate: not PEM certificates"},
		{"key in the certificate field", railwaycert.Value{Service: first.Service, CommonName: first.CommonName, Certificate: first.PrivateKey, PrivateKey: first.PrivateKey},
			"the pending value's certificate: a PEM block other than a certificate"},
	} {
		b, _ := json.Marshal(tc.v)
		err := e.s.Test(ctx, string(b))
		e.saw(err)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Test: %v; want an error containing %q", tc.name, err, tc.want)
		}
	}
	// A pending value for another service than the current one is not set anywhere.
	moved := first
	moved.Service = "provider"
	b, _ := json.Marshal(moved)
	err := e.s.Set(ctx, e.sm.Value(secretID, rotation.Current), string(b))
	e.saw(err)
	wantErr(t, err, "the pending value is for service provider, the current one for records")
	if u, _ := e.railway.counts(providerID); u != 0 {
		t.Error("the other service's variables were set")
	}
	// Time passes: the pending certificate has less than a day left.
	e.s.Now = func() time.Time { return time.Now().Add(6*24*time.Hour + 12*time.Hour) }
	err = e.s.Test(ctx, e.sm.Value(secretID, rotation.Current))
	e.saw(err)
	wantErr(t, err, "want at least 24h0m0s left")
}

func TestCurrentWithoutService(t *testing.T) {
	for first, want := range map[string]string{
		`{"commonName":"hh-preview-records"}`:      `createSecret: the current value has no "service"`,
		`{"service":"records"}`:                    `createSecret: the current value has no "commonName"`,
		`{"service":"Records","commonName":"a b"}`: `service name "Records"`,
		`not json`:                             "createSecret: the current value is not a JSON object with string fields (malformed JSON at offset 2)",
		`{"service":"records","commonName":7}`: `field "commonName" has the wrong type`,
		`{"service":"records","commonName":"` + strings.Repeat("a", 65) + `"}`: "common name",
	} {
		e := newEnv(t, first)
		_, err := e.rotate()
		wantErr(t, err, want)
		if issued, requests := e.pca.counts(); issued != 0 || requests != 0 {
			t.Errorf("%s: the CA was asked", first)
		}
	}
}

// untouched fails if any of the project's services had its variables set or was
// redeployed.
func (e *env) untouched() {
	e.t.Helper()
	e.railway.mu.Lock()
	defer e.railway.mu.Unlock()
	for id := range e.railway.services {
		if e.railway.upserts[id] != 0 || e.railway.redeploys[id] != 0 {
			e.t.Errorf("Railway service %s (%s) was changed", id, e.railway.services[id])
		}
	}
}

func (e *env) lookups() int {
	e.railway.mu.Lock()
	defer e.railway.mu.Unlock()
	return e.railway.lookups
}

func TestServiceFoundByName(t *testing.T) {
	e := newEnv(t, initial)
	if e.s.ServiceIDs != nil {
		t.Fatalf("ServiceIDs %v; want none", e.s.ServiceIDs)
	}
	if _, err := e.rotate(); err != nil {
		t.Fatal(err)
	}
	cur := e.current()
	if got := e.railway.variables(recordsID); got[railwaycert.PrivateKeyVariable] != cur.PrivateKey || got[railwaycert.CertificateVariable] != railwaycert.Variables(cur)[railwaycert.CertificateVariable] {
		t.Error("the records service does not hold the new certificate and key")
	}
	if u, r := e.railway.counts(recordsID); u != 1 || r != 1 {
		t.Errorf("%d upserts, %d redeploys of records; want 1 each", u, r)
	}
	for _, id := range []string{providerID, portalID} {
		if u, r := e.railway.counts(id); u != 0 || r != 0 {
			t.Errorf("Railway service %s was changed", id)
		}
	}
	if n := e.lookups(); n != 2 {
		t.Errorf("%d project queries; want one at setSecret and one at testSecret", n)
	}
	if !strings.Contains(e.logs.String(), "Railway service found by name") || !strings.Contains(e.logs.String(), "railwayService="+recordsID) {
		t.Errorf("the logs do not say which service was found:\n%s", e.logs)
	}

	// The service is deleted and created again under its name: a new id, which the next
	// rotation finds (nothing cached), in the same execution environment.
	const newRecordsID = "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"
	e.railway.removeService(recordsID)
	e.railway.addService("records", newRecordsID)
	if _, err := e.rotate(); err != nil {
		t.Fatal(err)
	}
	if got := e.railway.variables(newRecordsID); got[railwaycert.PrivateKeyVariable] != e.current().PrivateKey {
		t.Error("the new records service does not hold the new key")
	}
	if n := e.lookups(); n != 4 {
		t.Errorf("%d project queries after two rotations; want 4", n)
	}
}

func TestServiceNotFound(t *testing.T) {
	e := newEnv(t, `{"service":"billing","commonName":"hh-preview-billing"}`)
	_, err := e.rotate()
	wantErr(t, err, "setSecret: finding the Railway service of service billing: no service named billing in Railway project "+projectID)
	if e.sm.Value(secretID, rotation.Current) != `{"service":"billing","commonName":"hh-preview-billing"}` {
		t.Error("AWSCURRENT moved")
	}
	e.untouched()
}

func TestServiceNameAmbiguous(t *testing.T) {
	e := newEnv(t, initial)
	const otherRecordsID = "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"
	e.railway.addService("records", otherRecordsID)
	_, err := e.rotate()
	wantErr(t, err, "setSecret: finding the Railway service of service records: the service name records is ambiguous in Railway project "+projectID, "2 services have it ("+otherRecordsID+", "+recordsID+")")
	if e.sm.Value(secretID, rotation.Current) != initial {
		t.Error("AWSCURRENT moved")
	}
	e.untouched()
}

func TestServiceOverrideWinsOverLookup(t *testing.T) {
	t.Run("a service of another name", func(t *testing.T) {
		// By name, records is recordsID; the override sends it to the portal's service.
		e := newEnv(t, initial)
		e.withOverrides(map[string]string{"records": portalID})
		if _, err := e.rotate(); err != nil {
			t.Fatal(err)
		}
		if got := e.railway.variables(portalID); got[railwaycert.PrivateKeyVariable] != e.current().PrivateKey {
			t.Error("the overriding service does not hold the new key")
		}
		if u, r := e.railway.counts(recordsID); u != 0 || r != 0 {
			t.Error("the service of that name was changed")
		}
		if n := e.lookups(); n != 0 {
			t.Errorf("%d project queries; want none", n)
		}
	})
	t.Run("an ambiguous name", func(t *testing.T) {
		e := newEnv(t, initial)
		e.railway.addService("records", "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d")
		e.withOverrides(map[string]string{"records": recordsID})
		if _, err := e.rotate(); err != nil {
			t.Fatal(err)
		}
		if u, r := e.railway.counts(recordsID); u != 1 || r != 1 {
			t.Errorf("%d upserts, %d redeploys of the overriding service; want 1 each", u, r)
		}
	})
	t.Run("another service looked up", func(t *testing.T) {
		// An override for one service leaves the others to the lookup.
		e := newEnv(t, `{"service":"provider","commonName":"hh-preview-provider"}`)
		e.withOverrides(map[string]string{"records": recordsID})
		if _, err := e.rotate(); err != nil {
			t.Fatal(err)
		}
		if u, _ := e.railway.counts(providerID); u != 1 || e.lookups() != 2 {
			t.Errorf("%d upserts of provider after %d project queries; want 1 after 2", u, e.lookups())
		}
	})
}

func TestServiceLookupRefused(t *testing.T) {
	t.Run("graphql error echoing the token", func(t *testing.T) {
		e := newEnv(t, initial)
		e.railway.set(func(f *fakeRailway) { f.fail["project"] = "Not Authorized for token " + railwayToken })
		_, err := e.rotate()
		wantErr(t, err, "setSecret: finding the Railway service of service records: Railway project: Not Authorized for token [redacted]")
		if e.sm.Value(secretID, rotation.Current) != initial {
			t.Error("AWSCURRENT moved")
		}
		e.untouched()
	})
	t.Run("wrong token", func(t *testing.T) {
		e := newEnv(t, initial)
		e.sm.Create(tokenARN, "0000-not-the-token")
		_, err := e.rotate()
		wantErr(t, err, "setSecret: finding the Railway service of service records: Railway project: Not Authorized")
		e.untouched()
	})
	t.Run("http 503", func(t *testing.T) {
		e := newEnv(t, initial)
		e.railway.set(func(f *fakeRailway) { f.status = 503 })
		_, err := e.rotate()
		wantErr(t, err, "setSecret: finding the Railway service of service records: Railway project: HTTP 503: Service Unavailable")
		e.untouched()
	})
	t.Run("another project", func(t *testing.T) {
		e := newEnv(t, initial)
		e.s.ProjectID = environmentID
		_, err := e.rotate()
		wantErr(t, err, "setSecret: finding the Railway service of service records: Railway project: Not Authorized")
		e.untouched()
	})
	t.Run("at testSecret", func(t *testing.T) {
		// Set found the service; by Test it is gone.
		e := newEnv(t, initial)
		token, err := rotation.Rotate(context.Background(), e.sm, stopAtTest{e.s}, secretID)
		if !errors.Is(err, errBoom) || token == "" {
			t.Fatalf("Rotate = %q, %v", token, err)
		}
		e.railway.removeService(recordsID)
		err = e.step(e.s, token, rotation.StepTest)
		wantErr(t, err, "no service named records in Railway project "+projectID)
	})
}

// stopAtTest is the strategy with a testSecret that fails: a rotation stops after Set.
type stopAtTest struct{ *railwaycert.Strategy }

func (stopAtTest) Test(context.Context, string) error { return errBoom }

func TestFinishRetiresNothing(t *testing.T) {
	e := newEnv(t, initial)
	if err := e.s.Finish(context.Background(), "{}", "{}"); err != nil {
		t.Fatal(err)
	}
}

func TestNew(t *testing.T) {
	e := newEnv(t, initial)
	base := railwaycert.Config{
		CA: e.pca.sdk(t), Railway: &railwaycert.GraphQL{}, SecretsManager: e.sm, TokenSecretARN: tokenARN,
		ProjectID: projectID, EnvironmentID: environmentID, ServiceIDs: map[string]string{"records": recordsID},
	}
	s, err := railwaycert.New(base)
	if err != nil || s.ValidityDays != railwaycert.DefaultValidityDays {
		t.Fatalf("New = %+v, %v", s, err)
	}
	_, err = railwaycert.New(railwaycert.Config{ValidityDays: 8, ServiceIDs: map[string]string{"Bad_Name": "x"}})
	if err == nil {
		t.Fatal("an empty configuration was accepted")
	}
	for _, want := range []string{"no CA client", "no Railway client", "no Secrets Manager client", "token secret", "project id", "environment id", `service name "Bad_Name"`, "Railway service id of Bad_Name", "validity of 8 days"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q missing from:\n%v", want, err)
		}
	}
	if n := strings.Count(err.Error(), "\n"); n != 8 {
		t.Errorf("%d lines; want every problem on its own line:\n%v", n+1, err)
	}
	// ServiceIDs is optional: services are found by name.
	noServices := base
	noServices.ServiceIDs = nil
	if s, err := railwaycert.New(noServices); err != nil || len(s.ServiceIDs) != 0 {
		t.Errorf("no services: %v", err)
	}
	badID := base
	badID.ServiceIDs = map[string]string{"records": "records"}
	if _, err := railwaycert.New(badID); err == nil || !strings.Contains(err.Error(), `Railway service id of records: "records" is not a UUID`) {
		t.Errorf("an override that is not a UUID: %v", err)
	}
}

func TestIdempotencyToken(t *testing.T) {
	a := railwaycert.IdempotencyToken(railwaycert.Value{Service: "records", CommonName: "hh-preview-records"})
	b := railwaycert.IdempotencyToken(railwaycert.Value{Service: "records", CommonName: "hh-preview-records", Serial: "0a"})
	c := railwaycert.IdempotencyToken(railwaycert.Value{Service: "records", CommonName: "hh-preview-records", Serial: "0a", PrivateKey: "x"})
	if len(a) != 32 || a == b || b != c {
		t.Errorf("tokens %q %q %q: want 32 characters, a new one per serial, the key playing no part", a, b, c)
	}
}

var errBoom = errors.New("boom")

// failingSM is a Secrets Manager whose reads of the token secret fail.
type failingSM struct{ rotation.SecretsManager }

func (failingSM) GetSecretValue(context.Context, string, string, string) (string, error) {
	return "", errBoom
}

func TestTokenReadError(t *testing.T) {
	e := newEnv(t, initial)
	if _, err := e.rotate(); err != nil {
		t.Fatal(err)
	}
	e.s.SecretsManager = failingSM{}
	err := e.s.Test(context.Background(), e.sm.Value(secretID, rotation.Current))
	e.saw(err)
	wantErr(t, err, "reading the Railway token from "+tokenARN+": boom")
}

package railwaycert_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/healthhub/platform-infra/internal/rotation/railwaycert"
)

// recorder is a transport that answers every request itself: what a client would send
// to the real endpoint, without a network.
type recorder struct {
	req  *http.Request
	body string
	// answer is the body answered (a successful redeploy when empty).
	answer string
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	b, _ := io.ReadAll(req.Body)
	r.req, r.body = req, string(b)
	answer := r.answer
	if answer == "" {
		answer = `{"data":{"serviceInstanceRedeploy":true}}`
	}
	return &http.Response{
		StatusCode: 200, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(answer)), Request: req,
	}, nil
}

func TestGraphQLTalksToRailwaysEndpoint(t *testing.T) {
	rec := &recorder{}
	g, err := railwaycert.NewGraphQL(railwaycert.GraphQLOptions{HTTPClient: &http.Client{Transport: rec}})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Redeploy(context.Background(), railwayToken, environmentID, recordsID); err != nil {
		t.Fatal(err)
	}
	r := rec.req
	if r.Method != http.MethodPost || r.URL.String() != "https://backboard.railway.com/graphql/v2" || railwaycert.Endpoint != r.URL.String() {
		t.Errorf("request %s %s", r.Method, r.URL)
	}
	if r.Header.Get("Project-Access-Token") != railwayToken || r.Header.Get("Content-Type") != "application/json" || r.Header.Get("Authorization") != "" {
		t.Errorf("headers %v", r.Header)
	}
	if !strings.Contains(rec.body, `"variables":{"environmentId":"`+environmentID+`","serviceId":"`+recordsID+`"}`) || !strings.Contains(rec.body, `"query":"mutation serviceInstanceRedeploy(`) {
		t.Errorf("body %s", rec.body)
	}

	rec.answer = `{"data":{"project":{"services":{"edges":[{"node":{"id":"` + providerID + `","name":"provider"}},{"node":{"id":"` + recordsID + `","name":"records"}}]}}}}`
	id, err := g.ServiceID(context.Background(), railwayToken, projectID, "records")
	if err != nil || id != recordsID {
		t.Fatalf("ServiceID = %q, %v", id, err)
	}
	if r := rec.req; r.URL.String() != railwaycert.Endpoint || r.Header.Get("Project-Access-Token") != railwayToken || r.Header.Get("Authorization") != "" {
		t.Errorf("project query: %s, headers %v", r.URL, r.Header)
	}
	if !strings.Contains(rec.body, `"variables":{"id":"`+projectID+`"}`) || !strings.Contains(rec.body, `"query":"query project($id: String!) {\n  project(id: $id) {`) {
		t.Errorf("body %s", rec.body)
	}
}

func TestGraphQLEndpointMustBeHTTPS(t *testing.T) {
	for _, ep := range []string{"http://backboard.railway.com/graphql/v2", "ftp://x/y", "/graphql/v2", "https://user:pw@backboard.railway.com/graphql/v2"} {
		if _, err := railwaycert.NewGraphQL(railwaycert.GraphQLOptions{Endpoint: ep}); err == nil {
			t.Errorf("endpoint %q accepted", ep)
		}
	}
	for _, ep := range []string{"https://backboard.railway.com/graphql/v2", "http://127.0.0.1:8080/graphql/v2", "http://localhost/graphql/v2", "http://[::1]:9/graphql/v2"} {
		if _, err := railwaycert.NewGraphQL(railwaycert.GraphQLOptions{Endpoint: ep}); err != nil {
			t.Errorf("endpoint %q: %v", ep, err)
		}
	}
}

func TestGraphQLDoesNotFollowRedirects(t *testing.T) {
	var elsewhere atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { elsewhere.Add(1) }))
	defer other.Close()
	redirect := httptest.NewServer(http.RedirectHandler(other.URL+"/graphql/v2", http.StatusTemporaryRedirect))
	defer redirect.Close()
	g, err := railwaycert.NewGraphQL(railwaycert.GraphQLOptions{Endpoint: redirect.URL + "/graphql/v2"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = g.Variables(context.Background(), railwayToken, projectID, environmentID, recordsID)
	wantErr(t, err, "Railway variables: HTTP 307")
	if elsewhere.Load() != 0 {
		t.Error("the redirect was followed (with the token)")
	}
}

func TestGraphQLTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	defer close(release)
	g, err := railwaycert.NewGraphQL(railwaycert.GraphQLOptions{Endpoint: slow.URL, Timeout: 30 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = g.Variables(context.Background(), railwayToken, projectID, environmentID, recordsID)
	wantErr(t, err, "Railway variables: ")
	if d := time.Since(start); d > time.Second {
		t.Errorf("the request took %s; want the 30ms timeout", d)
	}
}

func TestGraphQLAnswers(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		call   string
		want   string
	}{
		{200, `<html>` + railwayToken + `</html>`, "variables", "Railway variables: the answer is not GraphQL JSON (malformed JSON at offset 1)"},
		{200, `{"data":{"variables":null}}`, "variables", "Railway variables: no variables object in the answer"},
		{200, `{"data":null}`, "variables", "Railway variables: no data in the answer"},
		{200, `{"data":{"variables":{"A":1}}}`, "variables", `the data is not the documented shape (field "variables" has the wrong type (number, want string))`},
		{200, `{"data":{"variableCollectionUpsert":false}}`, "upsert", "Railway variableCollectionUpsert: the mutation did not return true"},
		{200, `{"data":{"serviceInstanceRedeploy":null}}`, "redeploy", "Railway serviceInstanceRedeploy: the mutation did not return true"},
		{200, `{"data":{"project":null}}`, "service", "Railway project: no project services in the answer"},
		{200, `{"data":{"project":{"services":null}}}`, "service", "Railway project: no project services in the answer"},
		{200, `{"data":{"project":{"services":{"edges":[{"node":{"id":7,"name":"records"}}]}}}}`, "service", `the data is not the documented shape (field "project.services.edges.node.id" has the wrong type (number, want string))`},
		{200, `{"data":{"project":{"services":{"edges":[{"node":{"id":"` + railwayToken + `x","name":"records"}}]}}}}`, "service", "Railway project: the id of service records is not a UUID"},
		{200, `{"data":null,"errors":[{"message":"Project ` + projectID + ` not found for token ` + railwayToken + `"}]}`, "service", "Railway project: Project " + projectID + " not found for token [redacted]"},
		{502, `<html>Bad gateway ` + railwayToken + `</html>`, "redeploy", "Railway serviceInstanceRedeploy: HTTP 502: Bad Gateway"},
		{400, `{"errors":[{"message":"a"},{"message":"b"},{"message":"c"},{"message":"d"},{"message":"e"}]}`, "variables", "Railway variables: HTTP 400: a; b; c; and 2 more"},
		{200, `{"data":null,"errors":[{"message":"Variable \"$input\" got invalid value -----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg` + strings.Repeat("A", 60) + `\n-----END PRIVATE KEY-----; token ` + railwayToken + `"}]}`, "upsert",
			`Railway variableCollectionUpsert: Variable "$input" got invalid value [redacted PEM]; token [redacted]`},
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, _ *http.Request) {
			rw.WriteHeader(tc.status)
			_, _ = io.WriteString(rw, tc.body)
		}))
		g, err := railwaycert.NewGraphQL(railwaycert.GraphQLOptions{Endpoint: srv.URL})
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		switch tc.call {
		case "variables":
			_, err = g.Variables(ctx, railwayToken, projectID, environmentID, recordsID)
		case "upsert":
			err = g.UpsertVariables(ctx, railwayToken, projectID, environmentID, recordsID, map[string]string{"A": "b"})
		case "redeploy":
			err = g.Redeploy(ctx, railwayToken, environmentID, recordsID)
		case "service":
			_, err = g.ServiceID(ctx, railwayToken, projectID, "records")
		}
		srv.Close()
		var re *railwaycert.Error
		switch {
		case err == nil || !strings.Contains(err.Error(), tc.want):
			t.Errorf("%s: %v; want an error containing %q", tc.body, err, tc.want)
		case !errors.As(err, &re) || re.Status != tc.status:
			t.Errorf("%s: %v is not a railwaycert.Error with status %d", tc.body, err, tc.status)
		case strings.Contains(err.Error(), railwayToken) || strings.Contains(err.Error(), "MIGHAgEA") || strings.Contains(err.Error(), "AAAAAAAAAAAAAAAA"):
			t.Errorf("the error shows secret material: %v", err)
		}
	}
}

func TestGraphQLAgainstTheFake(t *testing.T) {
	f := newFakeRailway(t)
	g, err := railwaycert.NewGraphQL(railwaycert.GraphQLOptions{Endpoint: f.URL + "/graphql/v2"})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := g.UpsertVariables(ctx, railwayToken, projectID, environmentID, providerID, map[string]string{"X": "1"}); err != nil {
		t.Fatal(err)
	}
	vars, err := g.Variables(ctx, railwayToken, projectID, environmentID, providerID)
	if err != nil || vars["X"] != "1" || vars["AWS_REGION"] != "us-east-1" {
		t.Errorf("variables = %v, %v", vars, err)
	}
	_, err = g.Variables(ctx, railwayToken, projectID, environmentID, "e5f6a7b8-c9d0-4e1f-8a3b-4c5d6e7f8091")
	wantErr(t, err, "Railway variables: Service not found")
	_, err = g.Variables(ctx, railwayToken, recordsID, environmentID, providerID)
	wantErr(t, err, "Railway variables: Not Authorized")
	err = g.Redeploy(ctx, railwayToken, projectID, providerID)
	wantErr(t, err, "Railway serviceInstanceRedeploy: Not Authorized")

	for name, want := range map[string]string{"records": recordsID, "provider": providerID, "patient-portal": portalID} {
		if id, err := g.ServiceID(ctx, railwayToken, projectID, name); err != nil || id != want {
			t.Errorf("ServiceID(%s) = %q, %v; want %s", name, id, err, want)
		}
	}
	_, err = g.ServiceID(ctx, railwayToken, projectID, "billing")
	wantErr(t, err, "no service named billing in Railway project "+projectID)
	_, err = g.ServiceID(ctx, railwayToken, projectID, "Records")
	wantErr(t, err, "no service named Records in Railway project "+projectID)
	_, err = g.ServiceID(ctx, railwayToken, environmentID, "records")
	wantErr(t, err, "Railway project: Not Authorized")
	_, err = g.ServiceID(ctx, "0000-not-the-token", projectID, "records")
	wantErr(t, err, "Railway project: Not Authorized")
	f.addService("provider", "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d")
	_, err = g.ServiceID(ctx, railwayToken, projectID, "provider")
	wantErr(t, err, "the service name provider is ambiguous in Railway project "+projectID+": 2 services have it (0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d, "+providerID+")")
	if id, err := g.ServiceID(ctx, railwayToken, projectID, "records"); err != nil || id != recordsID {
		t.Errorf("ServiceID(records) beside an ambiguous name = %q, %v", id, err)
	}
}

func TestSDK(t *testing.T) {
	f := newFakePCA(t)
	ca := f.sdk(t)
	ctx := context.Background()
	if ca.TemplateARN() != templateARN || ca.Client.Options().Region != "us-east-1" {
		t.Errorf("template %s, region %s", ca.TemplateARN(), ca.Client.Options().Region)
	}
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	der, _ := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{Subject: pkix.Name{CommonName: "hh-test"}}, key)
	csr := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE REQUEST", Bytes: der})
	arn, err := ca.IssueCertificate(ctx, csr, 3, "token-1")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := ca.GetCertificate(ctx, arn); !errors.Is(err, railwaycert.ErrNotReady) || !strings.Contains(err.Error(), "RequestInProgressException") {
		t.Errorf("first GetCertificate: %v; want ErrNotReady", err)
	}
	certPEM, chainPEM, err := ca.GetCertificate(ctx, arn)
	if err != nil || chainPEM != f.ca.certPEM {
		t.Fatalf("GetCertificate: %v", err)
	}
	if c := parseCert(t, certPEM); c.NotAfter.Sub(c.NotBefore) != 3*24*time.Hour+time.Hour {
		t.Errorf("validity %s; want the 3 days asked (and the hour before issue)", c.NotAfter.Sub(c.NotBefore))
	}
	if again, err := ca.IssueCertificate(ctx, csr, 3, "token-1"); err != nil || again != arn {
		t.Errorf("a repeated token: %s, %v; want %s", again, err, arn)
	}
	if _, _, err := ca.GetCertificate(ctx, caARN+"/certificate/00"); err == nil || errors.Is(err, railwaycert.ErrNotReady) || !strings.Contains(err.Error(), "ResourceNotFoundException") {
		t.Errorf("GetCertificate of an unknown certificate: %v", err)
	}
	if _, err := ca.IssueCertificate(ctx, csr, 3, strings.Repeat("t", 37)); err == nil {
		t.Error("an idempotency token of 37 characters was sent")
	}
	if got, err := ca.GetCACertificate(ctx); err != nil || got != f.ca.certPEM {
		t.Errorf("GetCACertificate: %v", err)
	}
	if issued, requests := f.counts(); issued != 1 || requests != 2 {
		t.Errorf("%d issued in %d requests", issued, requests)
	}

	gov, err := railwaycert.NewSDK(aws.Config{}, "arn:aws-us-gov:acm-pca:us-gov-west-1:123456789012:certificate-authority/0f3c2a1e-5b6d-4c7e-8f90-123456789abc")
	if err != nil || gov.TemplateARN() != "arn:aws-us-gov:acm-pca:::template/EndEntityClientAuthCertificate/V1" || gov.Client.Options().Region != "us-gov-west-1" {
		t.Errorf("GovCloud CA: %v", err)
	}
	for _, bad := range []string{"", "arn:aws:acm:us-east-1:123456789012:certificate/0f3c2a1e-5b6d-4c7e-8f90-123456789abc", caARN + "/certificate/01", "arn:aws:acm-pca:us-east-1:12345:certificate-authority/0f3c2a1e-5b6d-4c7e-8f90-123456789abc"} {
		if _, err := railwaycert.NewSDK(aws.Config{}, bad); err == nil {
			t.Errorf("CA ARN %q accepted", bad)
		}
	}
}

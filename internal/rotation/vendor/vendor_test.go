package vendor

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/healthhub/platform-infra/internal/rotation"
)

func TestDispatchRefusesUnknownAndMixedVendors(t *testing.T) {
	ctx := context.Background()
	s := newTestStrategy(t, testOptions(rotation.NewFake(), Endpoints{}))
	_, err := s.Create(ctx, nil, `{"vendor":"anthropic"}`)
	wantErr(t, err, "AWSCURRENT", `"anthropic" is not a vendor this function rotates`)
	_, err = s.Create(ctx, nil, `{"key":"abc"}`)
	wantErr(t, err, "field vendor: is missing")
	_, err = s.Create(ctx, nil, `not json`)
	wantErr(t, err, "not a JSON object")
	err = s.Set(ctx, `{"vendor":"openai"}`, `{"vendor":"azure-speech"}`)
	wantErr(t, err, "AWSCURRENT is a openai secret but AWSPENDING is azure-speech")
	err = s.Finish(ctx, `{"vendor":"google-vision"}`, `{"vendor":"openai-admin"}`)
	wantErr(t, err, "AWSCURRENT is a openai-admin secret but AWSPREVIOUS is google-vision")
}

func TestEndpointsAreHTTPSOrLoopback(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"https://api.openai.com", true},
		{"https://{region}.api.cognitive.microsoft.com", true},
		{"http://127.0.0.1:8080", true},
		{"http://localhost:1", true},
		{"http://[::1]:1", true},
		{"http://api.openai.com", false},
		{"http://10.0.0.1", false},
		{"api.openai.com", false},
	} {
		_, err := New(Options{Endpoints: Endpoints{OpenAI: tc.url}})
		if (err == nil) != tc.ok {
			t.Errorf("%s: err = %v", tc.url, err)
		}
	}
	s, err := New(Options{})
	if err != nil || s.adapters[OpenAI].(*OpenAIService).ep != Production() {
		t.Errorf("zero Options are not production: %v", err)
	}
}

func TestParseErrorShapes(t *testing.T) {
	for _, tc := range []struct{ body, code, msg string }{
		{`{"error":{"code":"AuthorizationFailed","message":"no"}}`, "AuthorizationFailed", "no"},
		{`{"error":{"code":403,"message":"denied","status":"PERMISSION_DENIED"}}`, "PERMISSION_DENIED", "denied"},
		{`{"error":{"message":"bad key","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}`, "invalid_api_key", "bad key"},
		{`{"error":{"message":"perm","type":"invalid_request_error","param":null,"code":null}}`, "invalid_request_error", "perm"},
		{`{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.\r\nTrace ID: 1"}`, "invalid_client", "AADSTS7000215: Invalid client secret provided."},
		{`<html>bad gateway</html>`, "", ""},
	} {
		code, msg := parseError([]byte(tc.body))
		if code != tc.code || msg != tc.msg {
			t.Errorf("%s: got %q %q", tc.body, code, msg)
		}
	}
}

// A request that creates something is never repeated after a 5xx or a broken
// connection (the vendor may have made it); a 429 is.
func TestRetriesOnlyWhereSafe(t *testing.T) {
	var n atomic.Int32
	status := http.StatusBadGateway
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.WriteHeader(status)
	}))
	defer ts.Close()
	c := &client{http: ts.Client(), retry: RetryPolicy{Attempts: 3, BaseDelay: time.Millisecond, MaxDelay: time.Millisecond}}
	for _, tc := range []struct {
		status     int
		idempotent bool
		want       int32
	}{
		{http.StatusBadGateway, false, 1},
		{http.StatusBadGateway, true, 3},
		{http.StatusTooManyRequests, false, 3},
		{http.StatusForbidden, true, 1},
	} {
		n.Store(0)
		status = tc.status
		_, err := c.do(context.Background(), request{vendor: "v", op: "op", method: http.MethodPost, url: ts.URL, idempotent: tc.idempotent}, nil)
		var e *Error
		if !errors.As(err, &e) || e.Status != tc.status || n.Load() != tc.want {
			t.Errorf("status %d idempotent %v: %d requests, err %v", tc.status, tc.idempotent, n.Load(), err)
		}
	}
}

func TestNoRedirectCarriesAKey(t *testing.T) {
	var leaked atomic.Bool
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Ocp-Apim-Subscription-Key") != "" {
			leaked.Store(true)
		}
	}))
	defer elsewhere.Close()
	ts := httptest.NewServer(http.RedirectHandler(elsewhere.URL, http.StatusTemporaryRedirect))
	defer ts.Close()
	s := newTestStrategy(t, testOptions(nil, Endpoints{AzureSpeech: ts.URL}))
	fa := newFakeAzure(t)
	err := s.Test(context.Background(), fa.secret(t))
	if err == nil || leaked.Load() || !strings.Contains(err.Error(), "HTTP 307") {
		t.Errorf("err %v, key sent to the redirect target: %v", err, leaked.Load())
	}
}

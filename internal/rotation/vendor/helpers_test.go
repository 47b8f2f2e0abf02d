package vendor

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/healthhub/platform-infra/internal/rotation"
)

// Tests run the real protocol (rotation.Rotate and rotation.Handle over rotation.Fake)
// against local servers that implement each vendor's documented contract: paths,
// methods, authentication headers, JSON fields, error bodies. A server that receives a
// request outside the contract fails the test.

func testOptions(sm rotation.SecretsManager, ep Endpoints) Options {
	return Options{
		Endpoints:      ep,
		Retry:          RetryPolicy{Attempts: 3, BaseDelay: time.Millisecond, MaxDelay: 2 * time.Millisecond},
		NewKeyWait:     30 * time.Millisecond,
		SecretsManager: sm,
	}
}

func newTestStrategy(t *testing.T, o Options) *Strategy {
	t.Helper()
	s, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func serve(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts
}

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// field reads a top-level string field of a secret value.
func field(t *testing.T, value, name string) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(value), &m); err != nil {
		t.Fatalf("secret is not JSON: %v", err)
	}
	s, _ := m[name].(string)
	return s
}

// noSecrets fails when err's text holds any of the credentials.
func noSecrets(t *testing.T, err error, secrets ...string) {
	t.Helper()
	if err == nil {
		return
	}
	for _, s := range secrets {
		if s != "" && strings.Contains(err.Error(), s) {
			t.Errorf("error reveals a credential: %v", err)
		}
	}
}

func wantErr(t *testing.T, err error, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("want an error with %q, got none", parts)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not contain %q", err, p)
		}
	}
}

// failure makes a fake answer an endpoint with a vendor error: times > 0 answers that
// many requests, times < 0 all of them.
type failure struct {
	status     int
	body       any
	retryAfter string
	times      int
}

func (f *failure) take() bool {
	if f == nil || f.times == 0 {
		return false
	}
	if f.times > 0 {
		f.times--
	}
	return true
}

func (f *failure) write(w http.ResponseWriter) {
	if f.retryAfter != "" {
		w.Header().Set("Retry-After", f.retryAfter)
	}
	writeJSON(w, f.status, f.body)
}

// journal records the requests a fake served, as "METHOD /path".
type journal struct {
	mu    sync.Mutex
	lines []string
}

func (j *journal) add(r *http.Request) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.lines = append(j.lines, r.Method+" "+r.URL.Path)
}

func (j *journal) count(prefix string) int {
	j.mu.Lock()
	defer j.mu.Unlock()
	n := 0
	for _, l := range j.lines {
		if strings.HasPrefix(l, prefix) {
			n++
		}
	}
	return n
}

func rotate(t *testing.T, f *rotation.Fake, s rotation.Strategy, id string) (string, error) {
	t.Helper()
	return rotation.Rotate(context.Background(), f, s, id)
}

func handle(f *rotation.Fake, s rotation.Strategy, id, token, step string) error {
	return rotation.Handle(context.Background(), f, s, rotation.Event{SecretID: id, ClientRequestToken: token, Step: step})
}

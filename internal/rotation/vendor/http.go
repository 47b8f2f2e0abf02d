package vendor

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Error is a vendor's refusal: the vendor, the operation, the HTTP status and the
// vendor's own error code and message. The message is the vendor's, with every
// credential this package knows of (and anything shaped like an OpenAI key) replaced by
// [redacted]: no key, secret or token ever appears in an Error.
type Error struct {
	Vendor  string
	Op      string
	Status  int
	Code    string
	Message string
}

func (e *Error) Error() string {
	s := fmt.Sprintf("%s: %s: HTTP %d", e.Vendor, e.Op, e.Status)
	if e.Code != "" {
		s += " " + e.Code
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	return s
}

// IsNotFound reports whether err is a vendor's 404 (a key or account already deleted).
func IsNotFound(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Status == http.StatusNotFound
}

func isStatus(err error, statuses ...int) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	for _, s := range statuses {
		if e.Status == s {
			return true
		}
	}
	return false
}

// RetryPolicy bounds the retries of one request. Attempts counts the first try.
type RetryPolicy struct {
	Attempts  int
	BaseDelay time.Duration
	MaxDelay  time.Duration
}

// DefaultRetry is used when Options.Retry is zero.
var DefaultRetry = RetryPolicy{Attempts: 3, BaseDelay: 500 * time.Millisecond, MaxDelay: 8 * time.Second}

func (p RetryPolicy) delay(attempt int, retryAfter time.Duration) time.Duration {
	d := p.BaseDelay << (attempt - 1)
	if retryAfter > d {
		d = retryAfter
	}
	if d > p.MaxDelay {
		d = p.MaxDelay
	}
	return d
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// request is one call to a vendor.
type request struct {
	vendor, op string
	method     string
	url        string
	header     http.Header
	// body is sent as is (JSON or a form, per header's Content-Type).
	body []byte
	// idempotent requests (GET, DELETE, a token, regenerating a key slot) are retried on
	// a transport error and on 5xx; every request is retried on 429, which is a refusal
	// (nothing was done). Creating a key is not idempotent: a lost response would leave
	// a key behind, so it is not retried on 5xx or a transport error.
	idempotent bool
	// secrets are redacted from the vendor's error message.
	secrets []string
}

// client sends requests with a timeout, the context, bounded retries and no redirects
// (a redirect would carry Ocp-Apim-Subscription-Key to another host).
type client struct {
	http  *http.Client
	retry RetryPolicy
}

const maxBody = 1 << 20

// do sends r and decodes a 2xx JSON answer into out (when out is not nil). It returns
// the raw body of a 2xx answer.
func (c *client) do(ctx context.Context, r request, out any) ([]byte, error) {
	attempts := c.retry.Attempts
	if attempts < 1 {
		attempts = 1
	}
	var lastErr error
	for attempt := 1; attempt <= attempts; attempt++ {
		body, retryAfter, err := c.once(ctx, r)
		if err == nil {
			if out != nil && len(body) > 0 {
				if err := json.Unmarshal(body, out); err != nil {
					return nil, fmt.Errorf("%s: %s: the answer is not the documented JSON (%v)", r.vendor, r.op, jsonProblem(err))
				}
			}
			return body, nil
		}
		lastErr = err
		if ctx.Err() != nil || attempt == attempts || !retryable(err, r.idempotent) {
			break
		}
		if err := sleep(ctx, c.retry.delay(attempt, retryAfter)); err != nil {
			break
		}
	}
	return nil, lastErr
}

func retryable(err error, idempotent bool) bool {
	var e *Error
	if errors.As(err, &e) {
		if e.Status == http.StatusTooManyRequests {
			return true
		}
		return idempotent && (e.Status == 500 || e.Status == 502 || e.Status == 503 || e.Status == 504)
	}
	return idempotent // transport error
}

func (c *client) once(ctx context.Context, r request) ([]byte, time.Duration, error) {
	var body io.Reader
	if r.body != nil {
		body = bytes.NewReader(r.body)
	}
	req, err := http.NewRequestWithContext(ctx, r.method, r.url, body)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %s: building the request: %w", r.vendor, r.op, err)
	}
	for k, vs := range r.header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	if r.body == nil && (r.method == http.MethodPost || r.method == http.MethodPut) {
		req.ContentLength = 0
		req.Body = http.NoBody
	}
	resp, err := c.http.Do(req)
	if err != nil {
		// The URL is in *url.Error; ours carry no credential (keys travel in headers or
		// bodies), but keep only the operation and the cause.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, 0, fmt.Errorf("%s: %s: %w", r.vendor, r.op, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %s: reading the answer: %w", r.vendor, r.op, err)
	}
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return raw, 0, nil
	}
	code, msg := parseError(raw)
	if msg == "" && code == "" {
		msg = http.StatusText(resp.StatusCode)
	}
	return nil, retryAfter(resp.Header.Get("Retry-After")), &Error{
		Vendor: r.vendor, Op: r.op, Status: resp.StatusCode,
		Code: redact(code, r.secrets), Message: redact(msg, r.secrets),
	}
}

func retryAfter(v string) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return time.Until(t)
	}
	return 0
}

// parseError reads the documented error bodies of the three vendors:
//   - {"error":{"code":"AuthorizationFailed","message":"..."}}: Azure Resource Manager
//     and the Cognitive Services data plane;
//   - {"error":{"code":403,"message":"...","status":"PERMISSION_DENIED"}}: Google APIs;
//   - {"error":{"message":"...","type":"invalid_request_error","code":"invalid_api_key"}}:
//     OpenAI (code may be null, then type is the code);
//   - {"error":"invalid_grant","error_description":"..."}: OAuth 2.0 token endpoints
//     (Google and Microsoft Entra ID).
func parseError(raw []byte) (code, message string) {
	var doc struct {
		Error            json.RawMessage `json:"error"`
		ErrorDescription string          `json:"error_description"`
	}
	if json.Unmarshal(raw, &doc) != nil || len(doc.Error) == 0 {
		return "", ""
	}
	var s string
	if json.Unmarshal(doc.Error, &s) == nil {
		return s, firstLine(doc.ErrorDescription)
	}
	var o struct {
		Code    any    `json:"code"`
		Message string `json:"message"`
		Status  string `json:"status"`
		Type    string `json:"type"`
	}
	if json.Unmarshal(doc.Error, &o) != nil {
		return "", ""
	}
	switch c := o.Code.(type) {
	case string:
		code = c
	}
	if o.Status != "" { // Google: the numeric code repeats the HTTP status
		code = o.Status
	}
	if code == "" {
		code = o.Type
	}
	return code, o.Message
}

// firstLine keeps the first line of an Entra error description (the rest is a trace id,
// a correlation id and a timestamp).
func firstLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		return s[:i]
	}
	return s
}

var openAIKeyShape = regexp.MustCompile(`sk-[A-Za-z0-9_\-*.]{3,}`)

const maxMessage = 400

func redact(s string, secrets []string) string {
	for _, v := range secrets {
		if len(v) >= 4 {
			s = strings.ReplaceAll(s, v, "[redacted]")
		}
	}
	s = openAIKeyShape.ReplaceAllString(s, "sk-[redacted]")
	if len(s) > maxMessage {
		s = s[:maxMessage] + "..."
	}
	return s
}

// jsonProblem describes a JSON decoding error without the input (which may hold a key).
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

// checkEndpoint accepts https URLs, and http only on a loopback address (tests' local
// servers): a credential never leaves in clear text.
func checkEndpoint(name, raw string) error {
	u, err := url.Parse(strings.ReplaceAll(raw, "{region}", "region"))
	if err != nil || u.Host == "" {
		return fmt.Errorf("endpoint %s: %q is not an absolute URL", name, raw)
	}
	if u.Scheme == "https" {
		return nil
	}
	host := u.Hostname()
	if ip := net.ParseIP(host); u.Scheme == "http" && (host == "localhost" || (ip != nil && ip.IsLoopback())) {
		return nil
	}
	return fmt.Errorf("endpoint %s: %q must be https (http only on a loopback address, for tests)", name, raw)
}

func jsonBody(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

func bearer(token string) http.Header {
	return http.Header{"Authorization": {"Bearer " + token}, "Accept": {"application/json"}}
}

func withJSON(h http.Header) http.Header {
	h.Set("Content-Type", "application/json")
	return h
}

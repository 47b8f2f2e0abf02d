package vendor

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/healthhub/platform-infra/internal/rotation"
)

// Vendor names, as the secrets' "vendor" field and config's ai.vendors spell them (the
// admin key of OpenAI has a secret of its own, see the package documentation).
const (
	AzureSpeech  = "azure-speech"
	GoogleVision = "google-vision"
	OpenAI       = "openai"
	OpenAIAdmin  = "openai-admin"
)

// Endpoints are the vendors' base URLs. Production returns the real ones; tests point
// them at local servers. {region} in AzureSpeech is replaced by the secret's region.
type Endpoints struct {
	AzureLogin      string // Microsoft Entra ID token endpoint host
	AzureManagement string // Azure Resource Manager
	AzureSpeech     string // Speech service data plane (issueToken), per region
	GoogleIAM       string // IAM API
	GoogleToken     string // OAuth 2.0 token endpoint (also the JWT's audience)
	OpenAI          string // OpenAI API (without /v1)
}

// Production is where the rotation function talks to in every environment.
func Production() Endpoints {
	return Endpoints{
		AzureLogin:      "https://login.microsoftonline.com",
		AzureManagement: "https://management.azure.com",
		AzureSpeech:     "https://{region}.api.cognitive.microsoft.com",
		GoogleIAM:       "https://iam.googleapis.com",
		GoogleToken:     "https://oauth2.googleapis.com/token",
		OpenAI:          "https://api.openai.com",
	}
}

// Options configure the strategies. The zero value is production (with
// SecretsManager set for OpenAI's service key, whose admin key is in another secret).
type Options struct {
	// Endpoints default field by field to Production. Only tests set them: the Lambda
	// entry point takes no endpoint from its environment.
	Endpoints Endpoints
	// HTTPClient defaults to a client with a 15 s timeout that follows no redirect.
	HTTPClient *http.Client
	// Retry bounds retries of one request (DefaultRetry when zero).
	Retry RetryPolicy
	// NewKeyWait is how long the test step keeps trying a new key the vendor refuses
	// with an authentication error (a new key can take a moment to propagate); 20 s
	// when zero, within the rotation function's 60 s per step. A test still refused
	// then fails, and Secrets Manager's retry of testSecret tries the same key again.
	// Create's refusals are never waited on.
	NewKeyWait time.Duration
	// SecretsManager reads the OpenAI admin key's secret (named by the service key's
	// secret); the Lambda passes the function's own client.
	SecretsManager rotation.SecretsManager
	// Now defaults to time.Now (the Google JWT's iat and exp).
	Now func() time.Time
}

type common struct {
	client     *client
	ep         Endpoints
	newKeyWait time.Duration
	retry      RetryPolicy
	sm         rotation.SecretsManager
	now        func() time.Time
}

func newCommon(o Options) (*common, error) {
	ep := o.Endpoints
	def := Production()
	for _, f := range []struct {
		name string
		v    *string
		def  string
	}{
		{"AzureLogin", &ep.AzureLogin, def.AzureLogin},
		{"AzureManagement", &ep.AzureManagement, def.AzureManagement},
		{"AzureSpeech", &ep.AzureSpeech, def.AzureSpeech},
		{"GoogleIAM", &ep.GoogleIAM, def.GoogleIAM},
		{"GoogleToken", &ep.GoogleToken, def.GoogleToken},
		{"OpenAI", &ep.OpenAI, def.OpenAI},
	} {
		if *f.v == "" {
			*f.v = f.def
		}
		if err := checkEndpoint(f.name, *f.v); err != nil {
			return nil, err
		}
	}
	hc := o.HTTPClient
	if hc == nil {
		hc = &http.Client{
			Timeout:       15 * time.Second,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		}
	}
	retry := o.Retry
	if retry.Attempts == 0 {
		retry = DefaultRetry
	}
	wait := o.NewKeyWait
	if wait == 0 {
		wait = 20 * time.Second
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	return &common{client: &client{http: hc, retry: retry}, ep: ep, newKeyWait: wait, retry: retry, sm: o.SecretsManager, now: now}, nil
}

// untilAccepted runs try until it succeeds, fails with something other than an
// authentication refusal (401, 403, or the OAuth invalid_grant of a key not yet known),
// or newKeyWait has passed.
func (c *common) untilAccepted(ctx context.Context, try func() error) error {
	deadline := time.Now().Add(c.newKeyWait)
	for attempt := 1; ; attempt++ {
		err := try()
		if err == nil || !authRefusal(err) || time.Now().After(deadline) {
			return err
		}
		if serr := sleep(ctx, c.retry.delay(attempt, 0)); serr != nil {
			return errors.Join(err, serr)
		}
	}
}

func authRefusal(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	return e.Status == http.StatusUnauthorized || e.Status == http.StatusForbidden ||
		(e.Status == http.StatusBadRequest && e.Code == "invalid_grant")
}

// Strategy rotates any of the AI vendors' credentials: it reads the secret's "vendor"
// field and hands each step to that vendor's adapter.
type Strategy struct {
	adapters map[string]rotation.Strategy
}

// New returns the dispatching strategy with an adapter per vendor.
func New(o Options) (*Strategy, error) {
	c, err := newCommon(o)
	if err != nil {
		return nil, err
	}
	return &Strategy{adapters: map[string]rotation.Strategy{
		AzureSpeech:  &Azure{c},
		GoogleVision: &Google{c},
		OpenAI:       &OpenAIService{c},
		OpenAIAdmin:  &OpenAIAdminKey{c},
	}}, nil
}

func (s *Strategy) adapter(value string) (string, rotation.Strategy, error) {
	v, err := vendorOf(value)
	if err != nil {
		return "", nil, err
	}
	a, ok := s.adapters[v]
	if !ok {
		return "", nil, &FieldError{Vendor: "vendor", Field: "vendor", Problem: fmt.Sprintf("%q is not a vendor this function rotates (%s, %s, %s, %s)", v, AzureSpeech, GoogleVision, OpenAI, OpenAIAdmin)}
	}
	return v, a, nil
}

func (s *Strategy) pair(a, b, aName, bName string) (rotation.Strategy, error) {
	va, ad, err := s.adapter(a)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", aName, err)
	}
	vb, _, err := s.adapter(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", bName, err)
	}
	if va != vb {
		return nil, fmt.Errorf("%s is a %s secret but %s is %s: a secret keeps its vendor", aName, va, bName, vb)
	}
	return ad, nil
}

// Create implements rotation.Strategy.
func (s *Strategy) Create(ctx context.Context, sm rotation.SecretsManager, current string) (string, error) {
	_, a, err := s.adapter(current)
	if err != nil {
		return "", fmt.Errorf("AWSCURRENT: %w", err)
	}
	return a.Create(ctx, sm, current)
}

// Set implements rotation.Strategy.
func (s *Strategy) Set(ctx context.Context, current, pending string) error {
	a, err := s.pair(current, pending, "AWSCURRENT", "AWSPENDING")
	if err != nil {
		return err
	}
	return a.Set(ctx, current, pending)
}

// Test implements rotation.Strategy.
func (s *Strategy) Test(ctx context.Context, pending string) error {
	_, a, err := s.adapter(pending)
	if err != nil {
		return fmt.Errorf("AWSPENDING: %w", err)
	}
	return a.Test(ctx, pending)
}

// Finish implements rotation.Strategy.
func (s *Strategy) Finish(ctx context.Context, previous, current string) error {
	a, err := s.pair(current, previous, "AWSCURRENT", "AWSPREVIOUS")
	if err != nil {
		return err
	}
	return a.Finish(ctx, previous, current)
}

var _ rotation.Strategy = (*Strategy)(nil)

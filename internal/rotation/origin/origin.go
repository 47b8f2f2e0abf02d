// Package origin rotates the origin-verification secret of the shared HTTP API under the
// Secrets Manager protocol of package rotation.
//
// The API is served at api.<domain> by a CloudFront distribution whose API origin sends
// a custom header (x-origin-verify) with a secret value; the API's Lambda authorizers
// (the auth service) refuse a request without the right value, so nobody reaches the API
// around CloudFront and its WAF. The value is the secret <prefix>/edge/origin-verify, a
// plain string (not JSON). Strategy rotates it:
//
//   - Create: a new value from Secrets Manager's GetRandomPassword (48 characters,
//     letters and digits); the secret string is that value.
//   - Set: the distribution whose aliases contain the API's domain (ListDistributions,
//     every page), its configuration and ETag (GetDistributionConfig), the header's value
//     replaced on every origin that already sends the header and nothing else changed,
//     then UpdateDistribution with If-Match set to the ETag. A distribution where no
//     origin sends the header is refused: it is not the API's, and adding the header to
//     some origin would only leak the value. PreconditionFailed (someone changed the
//     distribution between the read and the update) is retried once from a fresh read;
//     a second one fails the step, and Secrets Manager retries setSecret later.
//   - Test: the configuration read again; every origin sending the header must now send
//     the pending value, or the update was lost (overwritten by a concurrent change, say)
//     and the rotation stops with AWSCURRENT unchanged. CloudFront's propagation to its
//     edges (minutes) is not waited for: see below.
//   - Finish: nothing to revoke.
//
// # Why no request fails
//
// The auth service's contract is to accept the values in AWSCURRENT, AWSPENDING and
// AWSPREVIOUS. From Set on, edges switch to the pending value one by one while the
// others still send the current one: both are accepted. Finish makes the pending value
// AWSCURRENT and the old one AWSPREVIOUS, still accepted, so an edge that has not
// picked up the new value yet keeps working. The old value stops being accepted only
// when the next rotation's Finish moves AWSPREVIOUS again, a rotation period later: that
// is the grace period, and why Finish has nothing to revoke (there is no credential to
// delete anywhere; dropping the old value from the authorizer earlier would break exactly
// the edges still propagating). A rotation that fails after Set leaves the sent value in
// AWSPENDING, still accepted, and Secrets Manager re-attempts that same version: an
// operator must not remove AWSPENDING by hand while the distribution may send its value.
//
// The value never appears in a log line or an error: messages name the distribution and
// the origins only.
//
// CloudFront sits behind the CloudFront interface; SDK is the real one (the global
// endpoint cloudfront.amazonaws.com, reached over the internet: there is no VPC endpoint
// for CloudFront's API).
package origin

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"strings"

	"github.com/aws/aws-sdk-go-v2/service/cloudfront/types"

	"github.com/healthhub/platform-infra/internal/rotation"
)

const (
	// DefaultHeaderName is the header the API's origin sends.
	DefaultHeaderName = "x-origin-verify"
	// ValueLength is the length of a new value (letters and digits).
	ValueLength = 48
	// MinValueLength is the shortest value Set and Test accept as pending.
	MinValueLength = 32
	// maxValueLength is CloudFront's quota on a custom header's value.
	maxValueLength = 1783
	// maxPages bounds ListDistributions' pagination (a marker that never ends).
	maxPages = 1000
)

// Errors a CloudFront implementation returns (wrapped) for CloudFront's error codes.
var (
	// ErrPreconditionFailed: the If-Match ETag is not the distribution's current one.
	ErrPreconditionFailed = errors.New("PreconditionFailed")
	// ErrNoSuchDistribution: no distribution has the id.
	ErrNoSuchDistribution = errors.New("NoSuchDistribution")
)

// Summary is what the strategy reads of a distribution in a ListDistributions page.
type Summary struct {
	ID      string
	Aliases []string
}

// Page is one page of ListDistributions.
type Page struct {
	Distributions []Summary
	// NextMarker is the marker of the next page; empty on the last page.
	NextMarker string
}

// CloudFront is the part of CloudFront's API the strategy uses.
type CloudFront interface {
	// ListDistributions returns the page of distributions after marker ("" for the
	// first page).
	ListDistributions(ctx context.Context, marker string) (Page, error)
	// GetDistributionConfig returns the distribution's configuration and its ETag.
	GetDistributionConfig(ctx context.Context, id string) (*types.DistributionConfig, string, error)
	// UpdateDistribution replaces the distribution's configuration if its ETag is still
	// ifMatch (ErrPreconditionFailed otherwise).
	UpdateDistribution(ctx context.Context, id, ifMatch string, config *types.DistributionConfig) error
}

// Strategy rotates the origin-verification secret; see the package documentation.
type Strategy struct {
	CloudFront CloudFront
	// APIDomain is an alias of the API's distribution (api.<domain>).
	APIDomain string
	// HeaderName is the custom header the API's origin sends (DefaultHeaderName).
	HeaderName string
	// Log receives what Set did (distribution, origins, never the value); nil discards.
	Log *slog.Logger
}

var _ rotation.Strategy = (*Strategy)(nil)

// New validates the configuration and returns the strategy. An empty headerName is
// DefaultHeaderName.
func New(cf CloudFront, apiDomain, headerName string) (*Strategy, error) {
	if headerName == "" {
		headerName = DefaultHeaderName
	}
	var errs []error
	if cf == nil {
		errs = append(errs, errors.New("no CloudFront client"))
	}
	if err := ValidateDomain(apiDomain); err != nil {
		errs = append(errs, err)
	}
	if err := ValidateHeaderName(headerName); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &Strategy{CloudFront: cf, APIDomain: strings.ToLower(apiDomain), HeaderName: headerName}, nil
}

var dnsLabel = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)

// ValidateDomain checks that d is a DNS name of at least two labels (no wildcard, no
// trailing dot), as a CloudFront alias is written.
func ValidateDomain(d string) error {
	labels := strings.Split(strings.ToLower(d), ".")
	ok := d != "" && len(d) <= 253 && len(labels) >= 2
	for _, l := range labels {
		ok = ok && dnsLabel.MatchString(l)
	}
	if !ok {
		return fmt.Errorf("API domain %q is not a DNS name (labels of letters, digits and inner hyphens, at least two, no wildcard or trailing dot)", d)
	}
	return nil
}

var headerToken = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,256}$")

// Headers CloudFront refuses to add to origin requests (its developer guide, "Custom
// headers that CloudFront can't add to origin requests"), lower case.
var reservedHeaders = []string{
	"cache-control", "connection", "content-length", "cookie", "host", "if-match",
	"if-modified-since", "if-none-match", "if-range", "if-unmodified-since",
	"max-forwards", "pragma", "proxy-authorization", "proxy-connection", "range",
	"request-range", "te", "trailer", "transfer-encoding", "upgrade", "via", "x-real-ip",
}

// ValidateHeaderName checks that h is an HTTP header name (RFC 9110 token, at most 256
// characters) that CloudFront lets an origin send.
func ValidateHeaderName(h string) error {
	lower := strings.ToLower(h)
	switch {
	case !headerToken.MatchString(h):
		return fmt.Errorf("header name %q is not an HTTP header name of 1-256 token characters", h)
	case slices.Contains(reservedHeaders, lower), strings.HasPrefix(lower, "x-amz-"), strings.HasPrefix(lower, "x-edge-"):
		return fmt.Errorf("header name %q is one CloudFront does not add to origin requests", h)
	}
	return nil
}

// checkValue refuses a pending value the strategy would not have made; the error never
// shows it.
func checkValue(v string) error {
	if len(v) < MinValueLength || len(v) > maxValueLength {
		return fmt.Errorf("the pending value has %d characters; want %d to %d", len(v), MinValueLength, maxValueLength)
	}
	for _, c := range []byte(v) {
		if c < 0x21 || c > 0x7e {
			return errors.New("the pending value has a character other than printable ASCII")
		}
	}
	return nil
}

func alphanumeric(v string) bool {
	for _, c := range v {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

func (s *Strategy) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

func (s *Strategy) header() string {
	if s.HeaderName == "" {
		return DefaultHeaderName
	}
	return s.HeaderName
}

// Create returns a new value; the current one plays no part.
func (s *Strategy) Create(ctx context.Context, sm rotation.SecretsManager, _ string) (string, error) {
	v, err := sm.GetRandomPassword(ctx, ValueLength, true)
	if err != nil {
		return "", fmt.Errorf("GetRandomPassword: %w", err)
	}
	if len(v) != ValueLength || !alphanumeric(v) {
		return "", fmt.Errorf("GetRandomPassword returned %d characters, not %d letters and digits", len(v), ValueLength)
	}
	return v, nil
}

// Set makes the API's distribution send pending; see the package documentation.
func (s *Strategy) Set(ctx context.Context, _, pending string) error {
	if err := checkValue(pending); err != nil {
		return err
	}
	id, err := s.distribution(ctx)
	if err != nil {
		return err
	}
	for attempt := 1; ; attempt++ {
		cfg, etag, err := s.CloudFront.GetDistributionConfig(ctx, id)
		if err != nil {
			return fmt.Errorf("reading the configuration of distribution %s: %w", id, err)
		}
		if etag == "" {
			return fmt.Errorf("distribution %s: GetDistributionConfig returned no ETag, so no update can be made conditional on it", id)
		}
		carrying, changed := s.setHeader(cfg, pending)
		if len(carrying) == 0 {
			return s.notTheAPI(id)
		}
		if len(changed) == 0 {
			s.log().Info("distribution already sends the pending value", "distribution", id, "header", s.header(), "origins", carrying)
			return nil
		}
		err = s.CloudFront.UpdateDistribution(ctx, id, etag, cfg)
		switch {
		case err == nil:
			s.log().Info("distribution updated to send the pending value", "distribution", id, "header", s.header(), "origins", changed)
			return nil
		case errors.Is(err, ErrPreconditionFailed) && attempt == 1:
			s.log().Warn("distribution changed since it was read (PreconditionFailed); reading it again", "distribution", id)
		case errors.Is(err, ErrPreconditionFailed):
			return fmt.Errorf("updating distribution %s: its configuration changed between read and update twice in a row (PreconditionFailed): another change is in progress; nothing was changed, setSecret may be retried: %w", id, err)
		default:
			return fmt.Errorf("updating distribution %s: %w", id, err)
		}
	}
}

// Test proves the distribution's configuration now sends pending on every origin that
// sends the header.
func (s *Strategy) Test(ctx context.Context, pending string) error {
	if err := checkValue(pending); err != nil {
		return err
	}
	id, err := s.distribution(ctx)
	if err != nil {
		return err
	}
	cfg, _, err := s.CloudFront.GetDistributionConfig(ctx, id)
	if err != nil {
		return fmt.Errorf("reading the configuration of distribution %s: %w", id, err)
	}
	carrying, stale := s.check(cfg, pending)
	if len(carrying) == 0 {
		return s.notTheAPI(id)
	}
	if len(stale) > 0 {
		return fmt.Errorf("distribution %s: origins %s do not send the pending value of %s: the update was lost (overwritten by a concurrent change?)", id, strings.Join(stale, ", "), s.header())
	}
	return nil
}

// Finish has nothing to revoke: the previous value stays acceptable (AWSPREVIOUS) until
// the next rotation, which is the grace period of the edges still sending it.
func (s *Strategy) Finish(context.Context, string, string) error { return nil }

func (s *Strategy) notTheAPI(id string) error {
	return fmt.Errorf("distribution %s (alias %s) has no origin sending the header %s: it is not the API's distribution, or the header was removed; nothing was changed", id, s.APIDomain, s.header())
}

// distribution finds the id of the one distribution with the API's domain as an alias.
func (s *Strategy) distribution(ctx context.Context) (string, error) {
	var found []string
	marker := ""
	for pages := 0; ; pages++ {
		if pages == maxPages {
			return "", fmt.Errorf("listing distributions: more than %d pages", maxPages)
		}
		page, err := s.CloudFront.ListDistributions(ctx, marker)
		if err != nil {
			return "", fmt.Errorf("listing distributions: %w", err)
		}
		for _, d := range page.Distributions {
			if slices.ContainsFunc(d.Aliases, func(a string) bool { return strings.EqualFold(a, s.APIDomain) }) {
				found = append(found, d.ID)
			}
		}
		if page.NextMarker == "" {
			break
		}
		if page.NextMarker == marker {
			return "", fmt.Errorf("listing distributions: the marker %q does not advance", marker)
		}
		marker = page.NextMarker
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("no CloudFront distribution has the alias %s", s.APIDomain)
	case 1:
		return found[0], nil
	default:
		return "", fmt.Errorf("distributions %s all have the alias %s", strings.Join(found, ", "), s.APIDomain)
	}
}

// origins calls f with every header entry named HeaderName, and the id of its origin.
func (s *Strategy) origins(cfg *types.DistributionConfig, f func(origin string, h *types.OriginCustomHeader)) {
	if cfg == nil || cfg.Origins == nil {
		return
	}
	for i := range cfg.Origins.Items {
		o := &cfg.Origins.Items[i]
		if o.CustomHeaders == nil {
			continue
		}
		for j := range o.CustomHeaders.Items {
			h := &o.CustomHeaders.Items[j]
			if h.HeaderName != nil && strings.EqualFold(*h.HeaderName, s.header()) {
				f(derefOr(o.Id, fmt.Sprintf("#%d", i)), h)
			}
		}
	}
}

// setHeader sets the header's value to v in cfg; it returns the origins sending the
// header and those whose value changed.
func (s *Strategy) setHeader(cfg *types.DistributionConfig, v string) (carrying, changed []string) {
	s.origins(cfg, func(origin string, h *types.OriginCustomHeader) {
		carrying = appendOnce(carrying, origin)
		if h.HeaderValue == nil || *h.HeaderValue != v {
			h.HeaderValue = &v
			changed = appendOnce(changed, origin)
		}
	})
	return carrying, changed
}

// check returns the origins sending the header and those not sending v.
func (s *Strategy) check(cfg *types.DistributionConfig, v string) (carrying, stale []string) {
	s.origins(cfg, func(origin string, h *types.OriginCustomHeader) {
		carrying = appendOnce(carrying, origin)
		if h.HeaderValue == nil || *h.HeaderValue != v {
			stale = appendOnce(stale, origin)
		}
	})
	return carrying, stale
}

func appendOnce(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

func derefOr(p *string, def string) string {
	if p == nil {
		return def
	}
	return *p
}

package origin_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/internal/rotation"
	"github.com/healthhub/platform-infra/internal/rotation/origin"
)

const (
	secretID  = "hh-prod/edge/origin-verify"
	apiDomain = "api.example.org"
	header    = "x-origin-verify"
	// initial is the secret's first value, which the distribution sends.
	initial = "InitialValueInitialValueInitialValueInitial0123"
	apiDist = "E2APIDISTRIB"
)

// newWorld is an account with four distributions, one per ListDistributions page: two
// without the API's alias, the API's (third page) and one after it. The API's has two
// origins sending the header (the API in two regions) beside another header, and an
// origin without it; the frontend's sends a header of its own.
func newWorld() *world {
	w := &world{pageSize: 1}
	w.add(&dist{id: "E1FRONTEND", aliases: []string{"app.example.org"}, comment: "frontend", origins: []org{
		{id: "frontend", domain: "frontend.s3.us-east-1.amazonaws.com", headers: []hdr{{"x-frontend", "f"}}},
	}})
	w.add(&dist{id: "E1NOALIAS", comment: "no alias", origins: []org{{id: "o", domain: "o.example.net"}}})
	w.add(&dist{id: apiDist, aliases: []string{"API.example.org", "edge-api.example.org"}, comment: "api", origins: []org{
		{id: "api", domain: "abc123.execute-api.us-east-1.amazonaws.com", headers: []hdr{{"x-other", "keep"}, {header, initial}}},
		{id: "static", domain: "static.s3.us-east-1.amazonaws.com"},
		{id: "api-dr", domain: "def456.execute-api.us-west-2.amazonaws.com", headers: []hdr{{"X-Origin-Verify", initial}}},
	}})
	w.add(&dist{id: "E3LAST", aliases: []string{"docs.example.org"}, comment: "docs", origins: []org{{id: "docs", domain: "docs.example.net"}}})
	return w
}

// forBoth runs f against the fake and against the SDK talking to the CloudFront server,
// each over a fresh world that setup may adjust.
func forBoth(t *testing.T, setup func(*world), f func(t *testing.T, w *world, s *origin.Strategy, logs *bytes.Buffer)) {
	t.Helper()
	for _, backend := range []string{"fake", "cloudfront-api"} {
		t.Run(backend, func(t *testing.T) {
			w := newWorld()
			if setup != nil {
				setup(w)
			}
			var cf origin.CloudFront = fake{w}
			if backend == "cloudfront-api" {
				cf = sdkClient(newCFServer(t, w))
			}
			s, err := origin.New(cf, apiDomain, "")
			if err != nil {
				t.Fatal(err)
			}
			logs := &bytes.Buffer{}
			s.Log = slog.New(slog.NewTextHandler(logs, nil))
			f(t, w, s, logs)
		})
	}
}

func newSecret() *rotation.Fake {
	f := rotation.NewFake()
	f.Create(secretID, initial)
	return f
}

// sends returns what the API distribution's origin sends in header, "" if nothing.
func sends(t *testing.T, w *world, originID, name string) string {
	t.Helper()
	v, _ := w.snapshot(apiDist).header(originID, name)
	return v
}

func TestRotation(t *testing.T) {
	forBoth(t, nil, func(t *testing.T, w *world, s *origin.Strategy, logs *bytes.Buffer) {
		ctx := context.Background()
		sm := newSecret()
		others := map[string]*dist{}
		for _, id := range []string{"E1FRONTEND", "E1NOALIAS", "E3LAST"} {
			others[id] = w.snapshot(id)
		}
		values := []string{initial}
		for round := 1; round <= 2; round++ {
			if _, err := rotation.Rotate(ctx, sm, s, secretID); err != nil {
				t.Fatalf("rotation %d: %v", round, err)
			}
			cur := sm.Value(secretID, rotation.Current)
			if len(cur) != origin.ValueLength || cur == values[len(values)-1] {
				t.Fatalf("rotation %d: AWSCURRENT is %d characters, changed: %v", round, len(cur), cur != values[len(values)-1])
			}
			if prev := sm.Value(secretID, rotation.Previous); prev != values[len(values)-1] {
				t.Errorf("rotation %d: AWSPREVIOUS is not the value before the rotation", round)
			}
			values = append(values, cur)
			if sends(t, w, "api", header) != cur || sends(t, w, "api-dr", "X-Origin-Verify") != cur {
				t.Errorf("rotation %d: the API's origins do not send the new AWSCURRENT", round)
			}
		}
		d := w.snapshot(apiDist)
		if v, _ := d.header("api", "x-other"); v != "keep" {
			t.Errorf("x-other = %q; another header of the API origin changed", v)
		}
		if _, ok := d.header("static", header); ok || len(d.origins[1].headers) != 0 {
			t.Errorf("the origin without the header got headers %v", d.origins[1].headers)
		}
		if d.comment != "api" || len(d.aliases) != 2 || d.origins[0].domain != "abc123.execute-api.us-east-1.amazonaws.com" {
			t.Errorf("the API distribution's other settings changed: %+v", d)
		}
		for id, before := range others {
			if after := w.snapshot(id); after.etag != before.etag {
				t.Errorf("distribution %s was updated", id)
			}
		}
		if puts, applied, _ := w.counts(); puts != 2 || applied != 2 {
			t.Errorf("%d updates attempted, %d applied; want one per rotation", puts, applied)
		}
		for _, v := range values {
			if strings.Contains(logs.String(), v) {
				t.Errorf("a secret value is in the logs:\n%s", logs)
			}
		}
		if !strings.Contains(logs.String(), apiDist) {
			t.Errorf("the logs do not name the distribution updated:\n%s", logs)
		}
	})
}

func TestNoDistributionWithTheAlias(t *testing.T) {
	forBoth(t, nil, func(t *testing.T, w *world, s *origin.Strategy, _ *bytes.Buffer) {
		s.APIDomain = "api.example.com"
		sm := newSecret()
		_, err := rotation.Rotate(context.Background(), sm, s, secretID)
		if err == nil || !strings.Contains(err.Error(), "setSecret: no CloudFront distribution has the alias api.example.com") {
			t.Fatalf("err = %v", err)
		}
		if sm.Value(secretID, rotation.Current) != initial {
			t.Error("AWSCURRENT moved")
		}
		if puts, _, lists := w.counts(); puts != 0 || lists != 4 {
			t.Errorf("%d updates, %d list pages; want none and every page", puts, lists)
		}
	})
}

func TestDistributionWithoutTheHeaderIsRefused(t *testing.T) {
	forBoth(t, nil, func(t *testing.T, w *world, s *origin.Strategy, _ *bytes.Buffer) {
		s.APIDomain = "app.example.org" // the frontend: no origin sends x-origin-verify
		sm := newSecret()
		_, err := rotation.Rotate(context.Background(), sm, s, secretID)
		if err == nil || !strings.Contains(err.Error(), "distribution E1FRONTEND (alias app.example.org) has no origin sending the header x-origin-verify") {
			t.Fatalf("err = %v", err)
		}
		if sm.Value(secretID, rotation.Current) != initial {
			t.Error("AWSCURRENT moved")
		}
		if puts, _, _ := w.counts(); puts != 0 {
			t.Errorf("%d updates; want none", puts)
		}
	})
}

func TestStaleETagOnceIsRetried(t *testing.T) {
	forBoth(t, func(w *world) { w.concurrent = 1 }, func(t *testing.T, w *world, s *origin.Strategy, logs *bytes.Buffer) {
		sm := newSecret()
		if _, err := rotation.Rotate(context.Background(), sm, s, secretID); err != nil {
			t.Fatal(err)
		}
		cur := sm.Value(secretID, rotation.Current)
		if cur == initial || sends(t, w, "api", header) != cur {
			t.Error("the distribution does not send the new AWSCURRENT")
		}
		if puts, applied, _ := w.counts(); puts != 2 || applied != 1 {
			t.Errorf("%d updates attempted, %d applied; want 2 and 1", puts, applied)
		}
		// The retry read the configuration again: the concurrent change survives.
		if c := w.snapshot(apiDist).comment; c != "api (edited concurrently)" {
			t.Errorf("comment %q: the concurrent change was overwritten", c)
		}
		if !strings.Contains(logs.String(), "PreconditionFailed") {
			t.Errorf("the retry is not logged:\n%s", logs)
		}
	})
}

func TestStaleETagTwiceFails(t *testing.T) {
	forBoth(t, func(w *world) { w.concurrent = 2 }, func(t *testing.T, w *world, s *origin.Strategy, _ *bytes.Buffer) {
		sm := newSecret()
		_, err := rotation.Rotate(context.Background(), sm, s, secretID)
		if err == nil || !strings.Contains(err.Error(), "setSecret: updating distribution E2APIDISTRIB: its configuration changed between read and update twice in a row (PreconditionFailed)") {
			t.Fatalf("err = %v", err)
		}
		if !errors.Is(err, origin.ErrPreconditionFailed) {
			t.Errorf("err %v does not wrap ErrPreconditionFailed", err)
		}
		if sm.Value(secretID, rotation.Current) != initial || sends(t, w, "api", header) != initial {
			t.Error("AWSCURRENT moved or the distribution changed")
		}
		if puts, applied, _ := w.counts(); puts != 2 || applied != 0 {
			t.Errorf("%d updates attempted, %d applied; want 2 and 0", puts, applied)
		}
	})
}

func TestLostUpdateFailsTheTest(t *testing.T) {
	forBoth(t, func(w *world) { w.loseUpdates = true }, func(t *testing.T, w *world, s *origin.Strategy, _ *bytes.Buffer) {
		sm := newSecret()
		_, err := rotation.Rotate(context.Background(), sm, s, secretID)
		if err == nil || !strings.Contains(err.Error(), "testSecret: distribution E2APIDISTRIB: origins api, api-dr do not send the pending value of x-origin-verify: the update was lost") {
			t.Fatalf("err = %v", err)
		}
		if sm.Value(secretID, rotation.Current) != initial {
			t.Error("AWSCURRENT moved")
		}
		if strings.Contains(err.Error(), sm.Value(secretID, rotation.Pending)) {
			t.Error("the error shows the pending value")
		}
	})
}

func TestSetIsIdempotent(t *testing.T) {
	ctx := context.Background()
	w := newWorld()
	s, err := origin.New(fake{w}, apiDomain, header)
	if err != nil {
		t.Fatal(err)
	}
	pending := strings.Repeat("p", origin.ValueLength)
	for range 3 {
		if err := s.Set(ctx, initial, pending); err != nil {
			t.Fatal(err)
		}
	}
	if puts, _, _ := w.counts(); puts != 1 {
		t.Errorf("%d updates for a retried setSecret; want 1", puts)
	}
	if err := s.Test(ctx, pending); err != nil {
		t.Error(err)
	}
	if err := s.Test(ctx, strings.Repeat("q", origin.ValueLength)); err == nil {
		t.Error("Test accepts a value the distribution does not send")
	}
}

func TestSetRefusesABadPendingValue(t *testing.T) {
	w := newWorld()
	s, _ := origin.New(fake{w}, apiDomain, "")
	for _, v := range []string{"", "short", strings.Repeat("a", 40) + " with space", strings.Repeat("é", 40)} {
		if err := s.Set(context.Background(), initial, v); err == nil {
			t.Errorf("Set accepted %q", v)
		} else if v != "" && strings.Contains(err.Error(), v) {
			t.Errorf("the error shows the value: %v", err)
		}
	}
	if puts, _, lists := w.counts(); puts != 0 || lists != 0 {
		t.Errorf("CloudFront was called (%d updates, %d lists)", puts, lists)
	}
}

// badRandom is a Secrets Manager whose GetRandomPassword returns a fixed string.
type badRandom struct {
	rotation.SecretsManager
	v string
}

func (b badRandom) GetRandomPassword(context.Context, int, bool) (string, error) { return b.v, nil }

func TestCreate(t *testing.T) {
	s, _ := origin.New(fake{newWorld()}, apiDomain, "")
	v, err := s.Create(context.Background(), rotation.NewFake(), initial)
	if err != nil || len(v) != origin.ValueLength {
		t.Fatalf("Create = %d characters, %v", len(v), err)
	}
	for _, bad := range []string{strings.Repeat("a", 47), strings.Repeat("a", 47) + "!"} {
		if _, err := s.Create(context.Background(), badRandom{v: bad}, initial); err == nil || strings.Contains(err.Error(), bad) {
			t.Errorf("Create with GetRandomPassword %q: %v", bad, err)
		}
	}
}

func TestTwoDistributionsWithTheAlias(t *testing.T) {
	w := newWorld()
	w.add(&dist{id: "E9COPY", aliases: []string{apiDomain}, origins: []org{{id: "api", domain: "x.example.net", headers: []hdr{{header, initial}}}}})
	s, _ := origin.New(fake{w}, apiDomain, "")
	err := s.Set(context.Background(), initial, strings.Repeat("p", origin.ValueLength))
	if err == nil || !strings.Contains(err.Error(), "distributions E2APIDISTRIB, E9COPY all have the alias") {
		t.Fatalf("err = %v", err)
	}
}

// stuck is a CloudFront whose list pages never end.
type stuck struct{ origin.CloudFront }

func (stuck) ListDistributions(context.Context, string) (origin.Page, error) {
	return origin.Page{NextMarker: "same"}, nil
}

func TestListThatDoesNotAdvance(t *testing.T) {
	s, _ := origin.New(stuck{}, apiDomain, "")
	if err := s.Test(context.Background(), strings.Repeat("p", origin.ValueLength)); err == nil || !strings.Contains(err.Error(), "does not advance") {
		t.Fatalf("err = %v", err)
	}
}

func TestSDKErrors(t *testing.T) {
	w := newWorld()
	cf := sdkClient(newCFServer(t, w))
	ctx := context.Background()
	if _, _, err := cf.GetDistributionConfig(ctx, "ENOPE"); !errors.Is(err, origin.ErrNoSuchDistribution) {
		t.Errorf("GetDistributionConfig of a missing distribution: %v", err)
	}
	cfg, etag, err := cf.GetDistributionConfig(ctx, apiDist)
	if err != nil || etag == "" {
		t.Fatalf("GetDistributionConfig: %q, %v", etag, err)
	}
	if err := cf.UpdateDistribution(ctx, "ENOPE", etag, cfg); !errors.Is(err, origin.ErrNoSuchDistribution) {
		t.Errorf("UpdateDistribution of a missing distribution: %v", err)
	}
	if err := cf.UpdateDistribution(ctx, apiDist, "ESTALE", cfg); !errors.Is(err, origin.ErrPreconditionFailed) {
		t.Errorf("UpdateDistribution with a stale ETag: %v", err)
	}
	if err := cf.UpdateDistribution(ctx, apiDist, etag, cfg); err != nil {
		t.Errorf("UpdateDistribution with the ETag read: %v", err)
	}
	if _, applied, _ := w.counts(); applied != 1 {
		t.Errorf("%d updates applied; want 1", applied)
	}
	// What the SDK read of the list: every page, aliases included.
	var ids []string
	for marker := ""; ; {
		p, err := cf.ListDistributions(ctx, marker)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range p.Distributions {
			ids = append(ids, d.ID+"="+strings.Join(d.Aliases, ","))
		}
		if marker = p.NextMarker; marker == "" {
			break
		}
	}
	if got := strings.Join(ids, " "); got != "E1FRONTEND=app.example.org E1NOALIAS= E2APIDISTRIB=API.example.org,edge-api.example.org E3LAST=docs.example.org" {
		t.Errorf("listed %s", got)
	}
}

func TestNew(t *testing.T) {
	cf := fake{newWorld()}
	s, err := origin.New(cf, "API.Example.org", "")
	if err != nil || s.HeaderName != origin.DefaultHeaderName || s.APIDomain != "api.example.org" {
		t.Fatalf("New = %+v, %v", s, err)
	}
	for _, d := range []string{"", "api", "*.example.org", "api.example.org.", "api..example.org", "-api.example.org", "api_x.example.org", "https://api.example.org", strings.Repeat("a", 64) + ".org"} {
		if _, err := origin.New(cf, d, ""); err == nil {
			t.Errorf("domain %q accepted", d)
		}
	}
	for _, h := range []string{"X-Origin-Verify", "x-api-secret", "x_token"} {
		if _, err := origin.New(cf, apiDomain, h); err != nil {
			t.Errorf("header %q: %v", h, err)
		}
	}
	for _, h := range []string{"x origin", "x-origin:", "Host", "cookie", "X-Amz-Secret", "x-edge-token", "Via", strings.Repeat("x", 257)} {
		if _, err := origin.New(cf, apiDomain, h); err == nil {
			t.Errorf("header %q accepted", h)
		}
	}
	if _, err := origin.New(nil, "", "Host"); err == nil || strings.Count(err.Error(), "\n") != 2 {
		t.Errorf("every problem on its own line: %v", err)
	}
}

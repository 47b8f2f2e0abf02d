package origin_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront/types"

	"github.com/healthhub/platform-infra/internal/rotation/origin"
)

// world is CloudFront's state, shared by the two front ends the tests run against: fake
// (the CloudFront interface, in memory) and the REST/XML server the SDK talks to.
type world struct {
	mu    sync.Mutex
	dists []*dist
	// pageSize is the number of distributions per ListDistributions page.
	pageSize int
	// concurrent is the number of upcoming updates someone else's change precedes (the
	// ETag the caller read is stale by then).
	concurrent int
	// loseUpdates answers updates with success without applying them.
	loseUpdates bool
	// puts counts update attempts, applied the updates applied, lists the list calls.
	puts, applied, lists int
	etags                int
}

type dist struct {
	id      string
	aliases []string
	comment string
	origins []org
	etag    string
}

type org struct {
	id, domain string
	headers    []hdr
}

type hdr struct{ name, value string }

var (
	errStale   = errors.New("stale ETag")
	errNoSuch  = errors.New("no such distribution")
	errInvalid = errors.New("invalid configuration")
)

func (d *dist) clone() *dist {
	c := *d
	c.aliases = slices.Clone(d.aliases)
	c.origins = make([]org, len(d.origins))
	for i, o := range d.origins {
		c.origins[i] = org{id: o.id, domain: o.domain, headers: slices.Clone(o.headers)}
	}
	return &c
}

// header returns the value the origin sends for name, and whether it sends it.
func (d *dist) header(originID, name string) (string, bool) {
	for _, o := range d.origins {
		if o.id != originID {
			continue
		}
		for _, h := range o.headers {
			if h.name == name {
				return h.value, true
			}
		}
	}
	return "", false
}

func (w *world) nextETag() string {
	w.etags++
	return fmt.Sprintf("E%03dTAG", w.etags)
}

func (w *world) add(d *dist) {
	w.mu.Lock()
	defer w.mu.Unlock()
	d.etag = w.nextETag()
	w.dists = append(w.dists, d)
}

// snapshot returns a copy of the distribution (for assertions).
func (w *world) snapshot(id string) *dist {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, d := range w.dists {
		if d.id == id {
			return d.clone()
		}
	}
	return nil
}

func (w *world) counts() (puts, applied, lists int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.puts, w.applied, w.lists
}

// list returns the page after marker and the next marker (the last id of a truncated
// page, as CloudFront does).
func (w *world) list(marker string) ([]*dist, string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.lists++
	start := 0
	if marker != "" {
		start = len(w.dists)
		for i, d := range w.dists {
			if d.id == marker {
				start = i + 1
			}
		}
	}
	size := w.pageSize
	if size <= 0 {
		size = 100
	}
	end := min(start+size, len(w.dists))
	var page []*dist
	for _, d := range w.dists[start:end] {
		page = append(page, d.clone())
	}
	next := ""
	if end < len(w.dists) {
		next = w.dists[end-1].id
	}
	return page, next
}

func (w *world) get(id string) (*dist, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, d := range w.dists {
		if d.id == id {
			return d.clone(), nil
		}
	}
	return nil, errNoSuch
}

// update replaces the distribution's aliases, comment and origins if ifMatch is its
// ETag, and returns the new ETag.
func (w *world) update(id, ifMatch string, nd *dist) (string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.puts++
	i := slices.IndexFunc(w.dists, func(d *dist) bool { return d.id == id })
	if i < 0 {
		return "", errNoSuch
	}
	cur := w.dists[i]
	if w.concurrent > 0 {
		w.concurrent--
		cur.comment += " (edited concurrently)"
		cur.etag = w.nextETag()
	}
	if ifMatch != cur.etag {
		return "", errStale
	}
	if w.loseUpdates {
		cur.etag = w.nextETag()
		return cur.etag, nil
	}
	nd = nd.clone()
	nd.id, nd.etag = id, w.nextETag()
	w.dists[i] = nd
	w.applied++
	return nd.etag, nil
}

// fake is the CloudFront interface over a world, with the SDK's types.
type fake struct{ w *world }

func (f fake) ListDistributions(_ context.Context, marker string) (origin.Page, error) {
	ds, next := f.w.list(marker)
	p := origin.Page{NextMarker: next}
	for _, d := range ds {
		p.Distributions = append(p.Distributions, origin.Summary{ID: d.id, Aliases: d.aliases})
	}
	return p, nil
}

func (f fake) GetDistributionConfig(_ context.Context, id string) (*types.DistributionConfig, string, error) {
	d, err := f.w.get(id)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %s", origin.ErrNoSuchDistribution, id)
	}
	return toSDK(d), d.etag, nil
}

func (f fake) UpdateDistribution(_ context.Context, id, ifMatch string, cfg *types.DistributionConfig) error {
	d, err := fromSDK(cfg)
	if err != nil {
		return err
	}
	_, err = f.w.update(id, ifMatch, d)
	switch {
	case errors.Is(err, errStale):
		return fmt.Errorf("%w: the If-Match version is not the current one", origin.ErrPreconditionFailed)
	case errors.Is(err, errNoSuch):
		return fmt.Errorf("%w: %s", origin.ErrNoSuchDistribution, id)
	}
	return err
}

func toSDK(d *dist) *types.DistributionConfig {
	cfg := &types.DistributionConfig{
		CallerReference: aws.String("ref-" + d.id),
		Comment:         aws.String(d.comment),
		Enabled:         aws.Bool(true),
		Aliases:         &types.Aliases{Quantity: aws.Int32(int32(len(d.aliases))), Items: slices.Clone(d.aliases)},
		Origins:         &types.Origins{Quantity: aws.Int32(int32(len(d.origins)))},
		DefaultCacheBehavior: &types.DefaultCacheBehavior{
			TargetOriginId: aws.String(d.origins[0].id), ViewerProtocolPolicy: types.ViewerProtocolPolicyHttpsOnly,
		},
	}
	for _, o := range d.origins {
		ch := &types.CustomHeaders{Quantity: aws.Int32(int32(len(o.headers)))}
		for _, h := range o.headers {
			ch.Items = append(ch.Items, types.OriginCustomHeader{HeaderName: aws.String(h.name), HeaderValue: aws.String(h.value)})
		}
		cfg.Origins.Items = append(cfg.Origins.Items, types.Origin{Id: aws.String(o.id), DomainName: aws.String(o.domain), CustomHeaders: ch})
	}
	return cfg
}

// fromSDK is what CloudFront keeps of an update, refusing what it would refuse.
func fromSDK(cfg *types.DistributionConfig) (*dist, error) {
	if cfg == nil || cfg.Origins == nil || cfg.DefaultCacheBehavior == nil || cfg.CallerReference == nil {
		return nil, fmt.Errorf("%w: incomplete configuration", errInvalid)
	}
	d := &dist{comment: aws.ToString(cfg.Comment)}
	if cfg.Aliases != nil {
		d.aliases = slices.Clone(cfg.Aliases.Items)
	}
	if int(aws.ToInt32(cfg.Origins.Quantity)) != len(cfg.Origins.Items) {
		return nil, fmt.Errorf("%w: origins quantity", errInvalid)
	}
	for _, o := range cfg.Origins.Items {
		no := org{id: aws.ToString(o.Id), domain: aws.ToString(o.DomainName)}
		if o.CustomHeaders != nil {
			if int(aws.ToInt32(o.CustomHeaders.Quantity)) != len(o.CustomHeaders.Items) {
				return nil, fmt.Errorf("%w: custom headers quantity", errInvalid)
			}
			for _, h := range o.CustomHeaders.Items {
				no.headers = append(no.headers, hdr{aws.ToString(h.HeaderName), aws.ToString(h.HeaderValue)})
			}
		}
		d.origins = append(d.origins, no)
	}
	return d, nil
}

package origin_test

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront"

	"github.com/healthhub/platform-infra/internal/rotation/origin"
)

// CloudFront's REST/XML API (version 2020-05-31), just enough of it for the strategy:
// ListDistributions, GetDistributionConfig and UpdateDistribution, with the documented
// shapes, the ETag header, If-Match, and the errors PreconditionFailed (412) and
// NoSuchDistribution (404).
const cfNamespace = "http://cloudfront.amazonaws.com/doc/2020-05-31/"

type xmlAliases struct {
	Quantity int
	Items    []string `xml:"Items>CNAME"`
}

type xmlHeader struct {
	HeaderName  string
	HeaderValue string
}

type xmlHeaders struct {
	Quantity int
	Items    []xmlHeader `xml:"Items>OriginCustomHeader"`
}

type xmlOrigin struct {
	Id            string
	DomainName    string
	OriginPath    string
	CustomHeaders xmlHeaders
}

type xmlOrigins struct {
	Quantity int
	Items    []xmlOrigin `xml:"Items>Origin"`
}

type xmlCacheBehavior struct {
	TargetOriginId       string
	ViewerProtocolPolicy string
}

type xmlConfig struct {
	XMLName              xml.Name `xml:"DistributionConfig"`
	Xmlns                string   `xml:"xmlns,attr,omitempty"`
	CallerReference      string
	Aliases              xmlAliases
	Origins              xmlOrigins
	DefaultCacheBehavior xmlCacheBehavior
	Comment              string
	Enabled              bool
}

type xmlSummary struct {
	Id         string
	ARN        string
	Status     string
	DomainName string
	Aliases    xmlAliases
	Comment    string
	Enabled    bool
}

type xmlList struct {
	XMLName     xml.Name `xml:"DistributionList"`
	Xmlns       string   `xml:"xmlns,attr"`
	Marker      string
	NextMarker  string `xml:",omitempty"`
	MaxItems    int
	IsTruncated bool
	Quantity    int
	Items       []xmlSummary `xml:"Items>DistributionSummary"`
}

type xmlDistribution struct {
	XMLName            xml.Name `xml:"Distribution"`
	Xmlns              string   `xml:"xmlns,attr"`
	Id                 string
	ARN                string
	Status             string
	DomainName         string
	DistributionConfig xmlConfig
}

func toXML(d *dist) xmlConfig {
	c := xmlConfig{
		Xmlns: cfNamespace, CallerReference: "ref-" + d.id, Comment: d.comment, Enabled: true,
		Aliases:              xmlAliases{Quantity: len(d.aliases), Items: d.aliases},
		Origins:              xmlOrigins{Quantity: len(d.origins)},
		DefaultCacheBehavior: xmlCacheBehavior{TargetOriginId: d.origins[0].id, ViewerProtocolPolicy: "https-only"},
	}
	for _, o := range d.origins {
		xo := xmlOrigin{Id: o.id, DomainName: o.domain, CustomHeaders: xmlHeaders{Quantity: len(o.headers)}}
		for _, h := range o.headers {
			xo.CustomHeaders.Items = append(xo.CustomHeaders.Items, xmlHeader{h.name, h.value})
		}
		c.Origins.Items = append(c.Origins.Items, xo)
	}
	return c
}

func fromXML(c xmlConfig) (*dist, error) {
	if c.CallerReference == "" || c.DefaultCacheBehavior.TargetOriginId == "" || c.Origins.Quantity != len(c.Origins.Items) || c.Aliases.Quantity != len(c.Aliases.Items) {
		return nil, errInvalid
	}
	d := &dist{comment: c.Comment, aliases: c.Aliases.Items}
	for _, o := range c.Origins.Items {
		if o.CustomHeaders.Quantity != len(o.CustomHeaders.Items) {
			return nil, errInvalid
		}
		no := org{id: o.Id, domain: o.DomainName}
		for _, h := range o.CustomHeaders.Items {
			no.headers = append(no.headers, hdr{h.HeaderName, h.HeaderValue})
		}
		d.origins = append(d.origins, no)
	}
	return d, nil
}

// cfServer serves a world over CloudFront's API and records what it was asked.
type cfServer struct {
	*httptest.Server
	mu         sync.Mutex
	unexpected []string
	unsigned   int
}

func newCFServer(t *testing.T, w *world) *cfServer {
	t.Helper()
	s := &cfServer{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /2020-05-31/distribution", func(rw http.ResponseWriter, r *http.Request) {
		page, next := w.list(r.URL.Query().Get("Marker"))
		l := xmlList{Xmlns: cfNamespace, Marker: r.URL.Query().Get("Marker"), NextMarker: next, MaxItems: 100, IsTruncated: next != "", Quantity: len(page)}
		for _, d := range page {
			l.Items = append(l.Items, xmlSummary{
				Id: d.id, ARN: "arn:aws:cloudfront::123456789012:distribution/" + d.id, Status: "Deployed",
				DomainName: strings.ToLower(d.id) + ".cloudfront.net", Comment: d.comment, Enabled: true,
				Aliases: xmlAliases{Quantity: len(d.aliases), Items: d.aliases},
			})
		}
		writeXML(rw, http.StatusOK, "", l)
	})
	mux.HandleFunc("GET /2020-05-31/distribution/{id}/config", func(rw http.ResponseWriter, r *http.Request) {
		d, err := w.get(r.PathValue("id"))
		if err != nil {
			writeError(rw, http.StatusNotFound, "NoSuchDistribution", "The specified distribution does not exist.")
			return
		}
		writeXML(rw, http.StatusOK, d.etag, toXML(d))
	})
	mux.HandleFunc("PUT /2020-05-31/distribution/{id}/config", func(rw http.ResponseWriter, r *http.Request) {
		ifMatch := r.Header.Get("If-Match")
		if ifMatch == "" {
			writeError(rw, http.StatusBadRequest, "InvalidIfMatchVersion", "The If-Match version is missing or not valid for the resource.")
			return
		}
		var c xmlConfig
		if err := xml.NewDecoder(r.Body).Decode(&c); err != nil {
			writeError(rw, http.StatusBadRequest, "MalformedXML", err.Error())
			return
		}
		d, err := fromXML(c)
		if err != nil {
			writeError(rw, http.StatusBadRequest, "InvalidArgument", err.Error())
			return
		}
		etag, err := w.update(r.PathValue("id"), ifMatch, d)
		switch {
		case errors.Is(err, errStale):
			writeError(rw, http.StatusPreconditionFailed, "PreconditionFailed", "The precondition given in one or more of the request header fields evaluated to false.")
			return
		case errors.Is(err, errNoSuch):
			writeError(rw, http.StatusNotFound, "NoSuchDistribution", "The specified distribution does not exist.")
			return
		}
		id := r.PathValue("id")
		c.Xmlns = ""
		writeXML(rw, http.StatusOK, etag, xmlDistribution{
			Xmlns: cfNamespace, Id: id, ARN: "arn:aws:cloudfront::123456789012:distribution/" + id,
			Status: "InProgress", DomainName: strings.ToLower(id) + ".cloudfront.net", DistributionConfig: c,
		})
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.Header.Get("Authorization"), "AWS4-HMAC-SHA256 ") {
			s.mu.Lock()
			s.unsigned++
			s.mu.Unlock()
		}
		if _, pattern := mux.Handler(r); pattern == "" {
			s.mu.Lock()
			s.unexpected = append(s.unexpected, r.Method+" "+r.URL.Path)
			s.mu.Unlock()
		}
		mux.ServeHTTP(rw, r)
	}))
	t.Cleanup(func() {
		s.Close()
		s.mu.Lock()
		defer s.mu.Unlock()
		if len(s.unexpected) > 0 || s.unsigned > 0 {
			t.Errorf("CloudFront server: unexpected requests %v, %d unsigned", s.unexpected, s.unsigned)
		}
	})
	return s
}

func writeXML(rw http.ResponseWriter, status int, etag string, v any) {
	b, err := xml.Marshal(v)
	if err != nil {
		http.Error(rw, err.Error(), http.StatusInternalServerError)
		return
	}
	rw.Header().Set("Content-Type", "text/xml")
	rw.Header().Set("x-amz-request-id", "req-1")
	if etag != "" {
		rw.Header().Set("ETag", etag)
	}
	rw.WriteHeader(status)
	_, _ = rw.Write([]byte(xml.Header))
	_, _ = rw.Write(b)
}

func writeError(rw http.ResponseWriter, status int, code, message string) {
	rw.Header().Set("Content-Type", "text/xml")
	rw.Header().Set("x-amz-request-id", "req-1")
	rw.WriteHeader(status)
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(message))
	_, _ = fmt.Fprintf(rw, `<?xml version="1.0"?><ErrorResponse xmlns="%s"><Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`, cfNamespace, code, b.String())
}

// sdkClient is origin.SDK pointed at the server, with static credentials and no retry.
func sdkClient(s *cfServer) *origin.SDK {
	cfg := aws.Config{
		Region: "us-east-1",
		Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
			return aws.Credentials{AccessKeyID: "AKIDEXAMPLE", SecretAccessKey: "secret"}, nil
		}),
		HTTPClient:       s.Client(),
		RetryMaxAttempts: 1,
	}
	return origin.NewSDK(cfg, func(o *cloudfront.Options) { o.BaseEndpoint = aws.String(s.URL) })
}

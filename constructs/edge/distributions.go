package edge

import (
	"fmt"
	"slices"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudfrontcachepolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudfrontdistribution"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudfrontoriginaccesscontrol"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudfrontresponseheaderspolicy"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/security"
	"github.com/healthhub/platform-infra/constructs/storage"
)

// Cache lifetimes, in seconds.
const (
	// ImmutableTTL caches content-hashed assets one year: a new build has new names.
	ImmutableTTL = 365 * 24 * 60 * 60
	// SPAErrorCachingTTL is how long the SPA fallback (403/404 -> /index.html) is cached:
	// short, so a deploy that adds a path is seen within seconds.
	SPAErrorCachingTTL = 10
	// HSTSMaxAge is two years, the HSTS preload list's expectation.
	HSTSMaxAge = 2 * 365 * 24 * 60 * 60
)

// FrontendNotPHI is why the frontend bucket is out of PHI scope.
const FrontendNotPHI = "static frontend assets (the React build: HTML, JS, CSS, images); no patient data is ever written here"

// priceClass100Countries are the viewer countries PriceClass_100's edges serve from
// nearby (North America, Europe, Israel, Turkey).
var priceClass100Countries = strings.Fields(`US CA MX IL TR
	AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV
	MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA`)

// PriceClass is the distributions' price class: PriceClass_100 (edges in North America,
// Europe and Israel, the cheapest) when every allowed country is served from there;
// otherwise PriceClass_All, so a patient in an allowed country elsewhere is not served
// from another continent. Geo restriction refuses every other country anyway, so a wider
// class would only add cost.
func PriceClass(allowedCountries []string) string {
	for _, c := range allowedCountries {
		if !slices.Contains(priceClass100Countries, c) {
			return "PriceClass_All"
		}
	}
	return "PriceClass_100"
}

// stringProducer resolves a string when the stack is synthesized: the bucket policy and
// the key policy name the frontend distribution, which is created after them (it needs
// the bucket).
type stringProducer struct{ produce func() *string }

func (s *stringProducer) Produce(cdktf.IResolveContext) *string { return s.produce() }

// newFrontend creates the frontend's key, bucket, origin access control, cache and
// response-headers policies and distribution.
func (e *Edge) newFrontend() error {
	p := e.props
	distID := cdktf.Lazy_StringValue(&stringProducer{func() *string { return e.Frontend.Id() }}, nil)
	distArn := fmt.Sprintf("arn:%s:cloudfront::%s:distribution/%s", p.Partition, p.AccountID, *distID)
	onlyThisDistribution := iam.Conditions{"StringEquals": {"AWS:SourceArn": {distArn}}}

	key, err := security.NewKey(e.Scope, "FrontendKey", security.KeyProps{
		Alias:       p.Names.Alias("frontend"),
		Description: "Encrypts the frontend's static assets; CloudFront decrypts them for the frontend distribution only",
		AccountID:   p.AccountID, Partition: p.Partition,
		Users: []string{p.DeployRoleArn},
		Services: []security.ServiceUse{{
			Principal: "cloudfront.amazonaws.com", Actions: []string{"kms:Decrypt"}, Conditions: onlyThisDistribution,
		}},
	})
	if err != nil {
		return err
	}
	bucketName := p.Names.BucketName("frontend")
	e.Bucket, err = storage.NewBucket(e.Scope, "FrontendBucket", storage.BucketProps{
		BucketName:    bucketName,
		EncryptionKey: key,
		AccessLogs:    storage.AccessLogTarget{Bucket: p.AccessLogs, Prefix: "frontend/"},
		// A deploy replaces the build; old versions are only a rollback aid.
		NoncurrentVersionExpirationDays: 30,
		NotPHIReason:                    FrontendNotPHI,
		PolicyStatements: []iam.Statement{{
			Sid: "CloudFrontReadsThroughOriginAccessControl", Effect: "Allow",
			Principal: &iam.Principal{Service: iam.Strings{"cloudfront.amazonaws.com"}},
			Action:    iam.Strings{"s3:GetObject"}, Resource: iam.Strings{storage.BucketArn(p.Partition, bucketName) + "/*"},
			Condition: onlyThisDistribution,
		}},
	})
	if err != nil {
		return err
	}
	e.OriginAccessControl = cloudfrontoriginaccesscontrol.NewCloudfrontOriginAccessControl(e.Scope, jsii.String("OriginAccessControl"), &cloudfrontoriginaccesscontrol.CloudfrontOriginAccessControlConfig{
		Name:                          jsii.String(p.Names.Name("frontend")),
		Description:                   jsii.String("CloudFront signs every request to the frontend bucket"),
		OriginAccessControlOriginType: jsii.String("s3"),
		SigningBehavior:               jsii.String("always"),
		SigningProtocol:               jsii.String("sigv4"),
	})

	immutable := e.cachePolicy("ImmutableCachePolicy", "immutable-assets", "Content-hashed assets: one year", ImmutableTTL)
	noCache := e.cachePolicy("NoCachePolicy", "no-cache", "index.html and unhashed files: never cached", 0)
	pageHeaders := e.headersPolicy("FrontendHeadersPolicy", "frontend-headers", frontendSecurityHeaders(p.contentSecurityPolicy()), "no-cache")
	assetHeaders := e.headersPolicy("AssetHeadersPolicy", "asset-headers", frontendSecurityHeaders(p.contentSecurityPolicy()), fmt.Sprintf("public, max-age=%d, immutable", ImmutableTTL))

	const originID = "frontend-bucket"
	methods := jsii.Strings("GET", "HEAD")
	var ordered []*cloudfrontdistribution.CloudfrontDistributionOrderedCacheBehavior
	for _, path := range p.ImmutablePaths {
		ordered = append(ordered, &cloudfrontdistribution.CloudfrontDistributionOrderedCacheBehavior{
			PathPattern: jsii.String(path), TargetOriginId: jsii.String(originID),
			AllowedMethods: methods, CachedMethods: methods, ViewerProtocolPolicy: jsii.String("redirect-to-https"),
			Compress: jsii.Bool(true), CachePolicyId: immutable.Id(), ResponseHeadersPolicyId: assetHeaders.Id(),
		})
	}
	// SPA routing: a path that is no file gets index.html, and the app routes it. S3
	// answers 403 for a missing key (CloudFront may not list the bucket). CloudFront
	// applies these to its own 403s too (geo restriction, a WAF block): the blocked
	// viewer gets the app's shell, which holds no data, while the API distribution, with
	// no fallback, refuses its requests; the WAF's logs and metrics record the block.
	var spa []*cloudfrontdistribution.CloudfrontDistributionCustomErrorResponse
	for _, code := range []float64{403, 404} {
		spa = append(spa, &cloudfrontdistribution.CloudfrontDistributionCustomErrorResponse{
			ErrorCode: jsii.Number(code), ResponseCode: jsii.Number(200), ResponsePagePath: jsii.String("/index.html"),
			ErrorCachingMinTtl: jsii.Number(SPAErrorCachingTTL),
		})
	}
	cfg := e.distributionConfig("frontend", p.Domain)
	cfg.DefaultRootObject = jsii.String("index.html")
	cfg.Origin = []*cloudfrontdistribution.CloudfrontDistributionOrigin{{
		OriginId: jsii.String(originID), DomainName: e.Bucket.Bucket.BucketRegionalDomainName(),
		OriginAccessControlId: e.OriginAccessControl.Id(),
	}}
	cfg.DefaultCacheBehavior = &cloudfrontdistribution.CloudfrontDistributionDefaultCacheBehavior{
		TargetOriginId: jsii.String(originID), AllowedMethods: methods, CachedMethods: methods,
		ViewerProtocolPolicy: jsii.String("redirect-to-https"), Compress: jsii.Bool(true),
		CachePolicyId: noCache.Id(), ResponseHeadersPolicyId: pageHeaders.Id(),
	}
	cfg.OrderedCacheBehavior = ordered
	cfg.CustomErrorResponse = spa
	e.Frontend = cloudfrontdistribution.NewCloudfrontDistribution(e.Scope, jsii.String("FrontendDistribution"), cfg)
	return nil
}

// newAPI creates the API's distribution: no cache, every viewer header but Host
// forwarded, the origin-verification header added, TLS 1.2 to the origin.
func (e *Edge) newAPI() error {
	p := e.props
	const originID = "http-api"
	headers := e.headersPolicy("APIHeadersPolicy", "api-headers", &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfig{
		StrictTransportSecurity: hsts(),
		ContentTypeOptions:      &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfigContentTypeOptions{Override: jsii.Bool(true)},
		FrameOptions:            &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfigFrameOptions{FrameOption: jsii.String("DENY"), Override: jsii.Bool(true)},
		ReferrerPolicy:          &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfigReferrerPolicy{ReferrerPolicy: jsii.String("no-referrer"), Override: jsii.Bool(true)},
	}, "no-store") // responses carry patient data: never kept by a browser or a shared cache

	origin := &cloudfrontdistribution.CloudfrontDistributionOrigin{
		OriginId: jsii.String(originID), DomainName: p.API.Domain,
		CustomOriginConfig: &cloudfrontdistribution.CloudfrontDistributionOriginCustomOriginConfig{
			HttpPort: jsii.Number(80), HttpsPort: jsii.Number(443),
			OriginProtocolPolicy: jsii.String("https-only"), OriginSslProtocols: jsii.Strings("TLSv1.2"),
		},
		CustomHeader: []*cloudfrontdistribution.CloudfrontDistributionOriginCustomHeader{{
			Name: jsii.String(OriginVerifyHeader), Value: p.API.VerifyHeaderValue,
		}},
	}
	if p.API.StagePath != "" {
		origin.OriginPath = jsii.String(p.API.StagePath)
	}
	cfg := e.distributionConfig("api", apiDomain(p.Domain))
	cfg.Origin = []*cloudfrontdistribution.CloudfrontDistributionOrigin{origin}
	cfg.DefaultCacheBehavior = &cloudfrontdistribution.CloudfrontDistributionDefaultCacheBehavior{
		TargetOriginId: jsii.String(originID),
		AllowedMethods: jsii.Strings("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"),
		CachedMethods:  jsii.Strings("GET", "HEAD"), ViewerProtocolPolicy: jsii.String("redirect-to-https"), Compress: jsii.Bool(true),
		CachePolicyId: jsii.String(CachingDisabledPolicyID), OriginRequestPolicyId: jsii.String(AllViewerExceptHostHeaderPolicyID),
		ResponseHeadersPolicyId: headers.Id(),
	}
	e.API = cloudfrontdistribution.NewCloudfrontDistribution(e.Scope, jsii.String("APIDistribution"), cfg)
	return nil
}

// distributionConfig is what both distributions share: the alias and certificate (SNI,
// TLSv1.2_2021 minimum), HTTP/2 and HTTP/3, IPv6, the geo restriction, the web ACL and
// the price class. The allowed countries are also a tag, which the compliance pack's
// cloudfront-geo-restriction rule reads.
func (e *Edge) distributionConfig(name, alias string) *cloudfrontdistribution.CloudfrontDistributionConfig {
	p := e.props
	return &cloudfrontdistribution.CloudfrontDistributionConfig{
		Enabled: jsii.Bool(true), Comment: jsii.String(p.Names.Name(name)),
		Aliases:     jsii.Strings(alias),
		HttpVersion: jsii.String("http2and3"), IsIpv6Enabled: jsii.Bool(true),
		PriceClass: jsii.String(PriceClass(p.AllowedCountries)),
		ViewerCertificate: &cloudfrontdistribution.CloudfrontDistributionViewerCertificate{
			// The validation's ARN: the distribution waits until the certificate is issued.
			AcmCertificateArn:      e.CertificateValidation.CertificateArn(),
			SslSupportMethod:       jsii.String("sni-only"),
			MinimumProtocolVersion: jsii.String("TLSv1.2_2021"),
		},
		Restrictions: &cloudfrontdistribution.CloudfrontDistributionRestrictions{
			GeoRestriction: &cloudfrontdistribution.CloudfrontDistributionRestrictionsGeoRestriction{
				RestrictionType: jsii.String("whitelist"), Locations: jsii.Strings(p.AllowedCountries...),
			},
		},
		WebAclId: e.WebACL.Arn(),
		Tags: &map[string]*string{
			"Name":      jsii.String(p.Names.Name(name)),
			"geo-allow": jsii.String(strings.Join(p.AllowedCountries, " ")),
		},
	}
}

// cachePolicy caches for ttl seconds (min, default and max alike, whatever the origin
// says) with nothing but the path in the cache key. Compressed variants are cached only
// when something is cached at all (CloudFront refuses Accept-Encoding with TTL 0).
func (e *Edge) cachePolicy(id, name, comment string, ttl float64) cloudfrontcachepolicy.CloudfrontCachePolicy {
	return cloudfrontcachepolicy.NewCloudfrontCachePolicy(e.Scope, jsii.String(id), &cloudfrontcachepolicy.CloudfrontCachePolicyConfig{
		Name: jsii.String(e.props.Names.Name(name)), Comment: jsii.String(comment),
		MinTtl: jsii.Number(ttl), DefaultTtl: jsii.Number(ttl), MaxTtl: jsii.Number(ttl),
		ParametersInCacheKeyAndForwardedToOrigin: &cloudfrontcachepolicy.CloudfrontCachePolicyParametersInCacheKeyAndForwardedToOrigin{
			CookiesConfig:              &cloudfrontcachepolicy.CloudfrontCachePolicyParametersInCacheKeyAndForwardedToOriginCookiesConfig{CookieBehavior: jsii.String("none")},
			HeadersConfig:              &cloudfrontcachepolicy.CloudfrontCachePolicyParametersInCacheKeyAndForwardedToOriginHeadersConfig{HeaderBehavior: jsii.String("none")},
			QueryStringsConfig:         &cloudfrontcachepolicy.CloudfrontCachePolicyParametersInCacheKeyAndForwardedToOriginQueryStringsConfig{QueryStringBehavior: jsii.String("none")},
			EnableAcceptEncodingGzip:   jsii.Bool(ttl > 0),
			EnableAcceptEncodingBrotli: jsii.Bool(ttl > 0),
		},
	})
}

// headersPolicy adds the security headers and a Cache-Control header, overriding the
// origin's.
func (e *Edge) headersPolicy(id, name string, security *cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfig, cacheControl string) cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicy {
	return cloudfrontresponseheaderspolicy.NewCloudfrontResponseHeadersPolicy(e.Scope, jsii.String(id), &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicyConfig{
		Name:                  jsii.String(e.props.Names.Name(name)),
		SecurityHeadersConfig: security,
		CustomHeadersConfig: &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicyCustomHeadersConfig{
			Items: []*cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicyCustomHeadersConfigItems{{
				Header: jsii.String("Cache-Control"), Value: jsii.String(cacheControl), Override: jsii.Bool(true),
			}},
		},
	})
}

func hsts() *cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfigStrictTransportSecurity {
	return &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfigStrictTransportSecurity{
		AccessControlMaxAgeSec: jsii.Number(HSTSMaxAge), IncludeSubdomains: jsii.Bool(true), Preload: jsii.Bool(true), Override: jsii.Bool(true),
	}
}

// frontendSecurityHeaders are the headers of every frontend response.
func frontendSecurityHeaders(csp string) *cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfig {
	return &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfig{
		StrictTransportSecurity: hsts(),
		ContentSecurityPolicy: &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfigContentSecurityPolicy{
			ContentSecurityPolicy: jsii.String(csp), Override: jsii.Bool(true),
		},
		ContentTypeOptions: &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfigContentTypeOptions{Override: jsii.Bool(true)},
		FrameOptions:       &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfigFrameOptions{FrameOption: jsii.String("DENY"), Override: jsii.Bool(true)},
		ReferrerPolicy:     &cloudfrontresponseheaderspolicy.CloudfrontResponseHeadersPolicySecurityHeadersConfigReferrerPolicy{ReferrerPolicy: jsii.String("strict-origin-when-cross-origin"), Override: jsii.Bool(true)},
	}
}

// contentSecurityPolicy is the frontend's CSP: a React single-page app whose code,
// styles, fonts and images are its own files, which calls only its API (and
// ConnectSources), and which no one may frame. No inline script or style, no eval, no
// plugin: an injected script tag cannot run.
func (p Props) contentSecurityPolicy() string {
	connect := append([]string{"'self'", "https://" + apiDomain(p.Domain)}, p.ConnectSources...)
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self'",
		"img-src 'self' data: blob:",
		"font-src 'self'",
		"connect-src " + strings.Join(connect, " "),
		"manifest-src 'self'",
		"worker-src 'self'",
		"frame-ancestors 'none'",
		"form-action 'self'",
		"base-uri 'none'",
		"object-src 'none'",
		"upgrade-insecure-requests",
	}, "; ")
}

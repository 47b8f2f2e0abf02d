package edge

import (
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/wafv2webacl"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/wafv2webaclloggingconfiguration"
)

// Request size limits of the web ACL, in bytes.
//
//	part          limit    why
//	body          8 KiB    API requests are JSON forms (appointments, profiles, messages);
//	                       documents are uploaded with pre-signed S3 URLs straight to S3,
//	                       never through CloudFront. Same as the Core rule set's
//	                       SizeRestrictions_BODY, kept here so the limit does not depend on
//	                       a managed group's version or on someone setting that rule to
//	                       count; oversize_handling MATCH blocks a body larger than WAF
//	                       inspects (16 KiB at CloudFront), so no payload can hide past
//	                       the inspected part.
//	URI path      1 KiB    SPA routes and REST paths are short; long paths are probes.
//	query string  2 KiB    filters and pagination only; no tokens travel in URLs.
const (
	MaxBodyBytes        = 8 * 1024
	MaxURIPathBytes     = 1024
	MaxQueryStringBytes = 2 * 1024
)

// ManagedRuleGroups are the AWS managed rule groups of the web ACL, in evaluation order
// (cheapest and most decisive first).
var ManagedRuleGroups = []string{
	"AWSManagedRulesAmazonIpReputationList",
	"AWSManagedRulesCommonRuleSet",
	"AWSManagedRulesKnownBadInputsRuleSet",
	"AWSManagedRulesSQLiRuleSet",
}

// RedactedHeaders are never written to the WAF logs: they carry credentials.
var RedactedHeaders = []string{"authorization", "cookie"}

// newWebACL creates the web ACL of CLOUDFRONT scope (us-east-1). Rules, in order:
// countries outside AllowedCountries are blocked; a client IP past the rate limit is
// blocked; the managed groups block what they match; oversized requests are blocked.
// Everything else is allowed. Every rule and the ACL publish metrics and samples.
func (e *Edge) newWebACL() error {
	p := e.props
	type rule = wafv2webacl.Wafv2WebAclRule
	block := &wafv2webacl.Wafv2WebAclRuleAction{Block: &wafv2webacl.Wafv2WebAclRuleActionBlock{}}
	var rules []*rule
	add := func(name string, statement map[string]any, r *rule) {
		r.Name = jsii.String(name)
		r.Priority = jsii.Number(float64(len(rules)))
		r.Statement = statement
		r.VisibilityConfig = &wafv2webacl.Wafv2WebAclRuleVisibilityConfig{
			CloudwatchMetricsEnabled: jsii.Bool(true),
			SampledRequestsEnabled:   jsii.Bool(true),
			MetricName:               jsii.String(p.Names.Name("edge", name)),
		}
		rules = append(rules, r)
	}

	add("geo-block", map[string]any{
		"not_statement": map[string]any{"statement": map[string]any{
			"geo_match_statement": map[string]any{"country_codes": p.AllowedCountries},
		}},
	}, &rule{Action: block})
	add("rate-limit-per-ip", map[string]any{
		"rate_based_statement": map[string]any{
			"limit": p.RateLimitPerFiveMinutes, "aggregate_key_type": "IP", "evaluation_window_sec": 300,
		},
	}, &rule{Action: block})
	for _, group := range ManagedRuleGroups {
		add(group, map[string]any{
			"managed_rule_group_statement": map[string]any{"name": group, "vendor_name": "AWS"},
		}, &rule{OverrideAction: &wafv2webacl.Wafv2WebAclRuleOverrideAction{None: &wafv2webacl.Wafv2WebAclRuleOverrideActionNone{}}})
	}
	add("body-size", sizeLimit(map[string]any{"body": map[string]any{"oversize_handling": "MATCH"}}, MaxBodyBytes), &rule{Action: block})
	add("uri-path-size", sizeLimit(map[string]any{"uri_path": map[string]any{}}, MaxURIPathBytes), &rule{Action: block})
	add("query-string-size", sizeLimit(map[string]any{"query_string": map[string]any{}}, MaxQueryStringBytes), &rule{Action: block})

	e.WebACL = wafv2webacl.NewWafv2WebAcl(e.Scope, jsii.String("WebAcl"), &wafv2webacl.Wafv2WebAclConfig{
		Name:          jsii.String(p.Names.Name("edge")),
		Description:   jsii.String("Patient-facing edge: frontend and API distributions"),
		Scope:         jsii.String("CLOUDFRONT"),
		DefaultAction: &wafv2webacl.Wafv2WebAclDefaultAction{Allow: &wafv2webacl.Wafv2WebAclDefaultActionAllow{}},
		Rule:          rules,
		// The body inspection limit stated, not implied: the body-size rule relies on it.
		AssociationConfig: &wafv2webacl.Wafv2WebAclAssociationConfig{
			RequestBody: []*wafv2webacl.Wafv2WebAclAssociationConfigRequestBody{{
				Cloudfront: &wafv2webacl.Wafv2WebAclAssociationConfigRequestBodyCloudfront{DefaultSizeInspectionLimit: jsii.String("KB_16")},
			}},
		},
		VisibilityConfig: &wafv2webacl.Wafv2WebAclVisibilityConfig{
			CloudwatchMetricsEnabled: jsii.Bool(true),
			SampledRequestsEnabled:   jsii.Bool(true),
			MetricName:               jsii.String(p.Names.Name("edge")),
		},
		Provider: p.EdgeProvider,
	})
	return nil
}

// sizeLimit matches a request whose field is larger than limit bytes.
func sizeLimit(field map[string]any, limit int) map[string]any {
	return map[string]any{"size_constraint_statement": map[string]any{
		"field_to_match":      field,
		"comparison_operator": "GT",
		"size":                limit,
		"text_transformation": []map[string]any{{"priority": 0, "type": "NONE"}},
	}}
}

// newWAFLogging sends every request the web ACL sees to the WAF log group, with the
// credential headers redacted.
func (e *Edge) newWAFLogging() {
	var redacted []*wafv2webaclloggingconfiguration.Wafv2WebAclLoggingConfigurationRedactedFields
	for _, h := range RedactedHeaders {
		redacted = append(redacted, &wafv2webaclloggingconfiguration.Wafv2WebAclLoggingConfigurationRedactedFields{
			SingleHeader: &wafv2webaclloggingconfiguration.Wafv2WebAclLoggingConfigurationRedactedFieldsSingleHeader{Name: jsii.String(h)},
		})
	}
	wafv2webaclloggingconfiguration.NewWafv2WebAclLoggingConfiguration(e.Scope, jsii.String("WebAclLogging"), &wafv2webaclloggingconfiguration.Wafv2WebAclLoggingConfigurationConfig{
		ResourceArn:           e.WebACL.Arn(),
		LogDestinationConfigs: &[]*string{e.WAFLogGroup.Arn()},
		RedactedFields:        redacted,
		Provider:              e.props.EdgeProvider,
	})
}

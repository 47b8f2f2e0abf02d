// Package api holds the platform's shared HTTP API (API Gateway v2): one stage per
// environment, access logs to an encrypted log group, default throttling, and routes to
// service functions. API Gateway's endpoints accept HTTPS only.
package api

import (
	"encoding/json"
	"fmt"
	"regexp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/apigatewayv2api"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/apigatewayv2authorizer"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/apigatewayv2integration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/apigatewayv2route"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/apigatewayv2stage"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/lambdapermission"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compute"
	"github.com/healthhub/platform-infra/constructs/logs"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/security"
)

// accessLogFormat is one JSON object per request; no headers, bodies or query strings,
// which could carry PHI.
var accessLogFormat = func() string {
	b, _ := json.Marshal(map[string]string{
		"requestId": "$context.requestId", "ip": "$context.identity.sourceIp", "requestTime": "$context.requestTime",
		"httpMethod": "$context.httpMethod", "routeKey": "$context.routeKey", "status": "$context.status",
		"protocol": "$context.protocol", "responseLength": "$context.responseLength", "latency": "$context.responseLatency",
		"integrationError": "$context.integrationErrorMessage",
	})
	return string(b)
}()

// Props configures the API.
type Props struct {
	// Env and Names give the stage name, retention and names. Required.
	Env   *config.Environment
	Names naming.Namer
	// LogsKey encrypts the access-log group. Required.
	LogsKey *security.Key
	// ThrottleRate is the steady-state request rate of every route, per second.
	// Default: 50.
	ThrottleRate float64
	// ThrottleBurst is the burst limit of every route. Default: 100.
	ThrottleBurst float64
}

// HTTPAPI is the API and its stage.
type HTTPAPI struct {
	Scope constructs.Construct
	API   apigatewayv2api.Apigatewayv2Api
	Stage apigatewayv2stage.Apigatewayv2Stage
}

// New creates the API, its stage and access-log group.
func New(scope constructs.Construct, id string, props Props) (*HTTPAPI, error) {
	if props.Env == nil || props.LogsKey == nil {
		return nil, fmt.Errorf("api.New %s: Env and LogsKey are required", id)
	}
	rate, burst := props.ThrottleRate, props.ThrottleBurst
	if rate == 0 {
		rate = 50
	}
	if burst == 0 {
		burst = 100
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	a := apigatewayv2api.NewApigatewayv2Api(c, jsii.String("Api"), &apigatewayv2api.Apigatewayv2ApiConfig{
		Name: jsii.String(props.Names.Name("api")), ProtocolType: jsii.String("HTTP"),
		Description: jsii.String("HealthHub shared HTTP API (" + props.Env.Name + ")"),
	})
	group, err := logs.NewGroup(c, "AccessLogGroup", logs.GroupProps{
		Name: props.Names.LogGroup("/apigateway", "api"), Key: props.LogsKey, RetentionDays: props.Env.Retention.LogDays,
	})
	if err != nil {
		return nil, err
	}
	stage := apigatewayv2stage.NewApigatewayv2Stage(c, jsii.String("Stage"), &apigatewayv2stage.Apigatewayv2StageConfig{
		ApiId: a.Id(), Name: jsii.String(props.Env.Name), AutoDeploy: jsii.Bool(true),
		AccessLogSettings: &apigatewayv2stage.Apigatewayv2StageAccessLogSettings{
			DestinationArn: group.Arn(), Format: jsii.String(accessLogFormat),
		},
		DefaultRouteSettings: &apigatewayv2stage.Apigatewayv2StageDefaultRouteSettings{
			ThrottlingRateLimit: jsii.Number(rate), ThrottlingBurstLimit: jsii.Number(burst),
			DetailedMetricsEnabled: jsii.Bool(true),
		},
	})
	return &HTTPAPI{Scope: c, API: a, Stage: stage}, nil
}

// RouteProps configures AddRoutes.
type RouteProps struct {
	// Scope holds the route resources, e.g. a later phase's stack (the API's id and
	// ARN are then cross-stack references). Required.
	Scope constructs.Construct
	// RouteKeys are the routes, e.g. "ANY /records" and "ANY /records/{proxy+}". Required.
	RouteKeys []string
	// Function serves the routes. Required.
	Function *compute.Function
	// Authorizer authorizes every request of RouteKeys before the function sees it.
	// Required: there is no unauthenticated route.
	Authorizer *Authorizer
	// PublicRouteKeys are the endpoints a caller uses before it holds a token (sign-in,
	// token refresh), each one method and an exact path, never a {proxy+}. They are
	// guarded by PublicAuthorizer, which checks only that the request came through the
	// edge. Default: none.
	PublicRouteKeys []string
	// PublicAuthorizer guards PublicRouteKeys. Required with PublicRouteKeys.
	PublicAuthorizer *Authorizer
}

var (
	routeKeyRE       = regexp.MustCompile(`^(ANY|GET|POST|PUT|PATCH|DELETE) /[A-Za-z0-9/{}+_-]*$`)
	publicRouteKeyRE = regexp.MustCompile(`^(GET|POST|PUT|PATCH|DELETE) /[A-Za-z0-9/_-]+$`)
)

// AddRoutes routes the keys to the function, every one behind an authorizer; API
// Gateway may invoke the function from this API only.
func (h *HTTPAPI) AddRoutes(id string, p RouteProps) error {
	if p.Scope == nil || p.Function == nil || p.Authorizer == nil || len(p.RouteKeys) == 0 {
		return fmt.Errorf("api.AddRoutes %s: Scope, RouteKeys, Function and Authorizer are required", id)
	}
	for i, key := range p.RouteKeys {
		if !routeKeyRE.MatchString(key) {
			return fmt.Errorf("api.AddRoutes %s: RouteKeys[%d] %q: must be \"<METHOD> /path\"", id, i, key)
		}
	}
	for i, key := range p.PublicRouteKeys {
		if !publicRouteKeyRE.MatchString(key) {
			return fmt.Errorf("api.AddRoutes %s: PublicRouteKeys[%d] %q: must be one method and an exact path (no ANY, no {parameters})", id, i, key)
		}
	}
	if len(p.PublicRouteKeys) > 0 && p.PublicAuthorizer == nil {
		return fmt.Errorf("api.AddRoutes %s: PublicRouteKeys need a PublicAuthorizer", id)
	}
	integ := h.integration(p.Scope, id, p.Function)
	target := jsii.String("integrations/" + *integ.Id())
	route := func(routeID, key string, a *Authorizer) {
		apigatewayv2route.NewApigatewayv2Route(p.Scope, jsii.String(routeID), &apigatewayv2route.Apigatewayv2RouteConfig{
			ApiId: h.API.Id(), RouteKey: jsii.String(key), Target: target,
			AuthorizationType: jsii.String("CUSTOM"), AuthorizerId: a.Authorizer.Id(),
		})
	}
	for i, key := range p.RouteKeys {
		route(fmt.Sprintf("%sRoute%d", id, i), key, p.Authorizer)
	}
	for i, key := range p.PublicRouteKeys {
		route(fmt.Sprintf("%sPublicRoute%d", id, i), key, p.PublicAuthorizer)
	}
	return nil
}

func (h *HTTPAPI) integration(scope constructs.Construct, id string, fn *compute.Function) apigatewayv2integration.Apigatewayv2Integration {
	integ := apigatewayv2integration.NewApigatewayv2Integration(scope, jsii.String(id+"Integration"), &apigatewayv2integration.Apigatewayv2IntegrationConfig{
		ApiId: h.API.Id(), IntegrationType: jsii.String("AWS_PROXY"), IntegrationUri: fn.TargetArn(),
		IntegrationMethod: jsii.String("POST"), PayloadFormatVersion: jsii.String("2.0"), TimeoutMilliseconds: jsii.Number(29000),
	})
	lambdapermission.NewLambdaPermission(scope, jsii.String(id+"Permission"), &lambdapermission.LambdaPermissionConfig{
		StatementId: jsii.String("AllowApiGateway"), Action: jsii.String("lambda:InvokeFunction"),
		FunctionName: fn.Name(), Qualifier: fn.Qualifier(), Principal: jsii.String("apigateway.amazonaws.com"),
		SourceArn: jsii.String(*h.API.ExecutionArn() + "/*/*"),
	})
	return integ
}

// Authorizer is a Lambda REQUEST authorizer of the API.
type Authorizer struct {
	Authorizer apigatewayv2authorizer.Apigatewayv2Authorizer
}

// OriginVerifyHeader carries the secret the edge (CloudFront, behind the WAF) adds to
// every request it forwards. Every authorizer requires it, so a request sent to the
// API's own endpoint, around the edge, is refused before any function runs.
const OriginVerifyHeader = "x-origin-verify"

// AuthorizerProps configures NewLambdaAuthorizer.
type AuthorizerProps struct {
	// Name of the authorizer. Required.
	Name string
	// Function decides (the auth service): payload format 2.0, simple responses. Required.
	Function *compute.Function
	// RequireToken adds the Authorization header to the identity sources: a request
	// without a token is refused by API Gateway itself. Default: false, only the edge's
	// origin-verification header is required (sign-in routes).
	RequireToken bool
}

// NewLambdaAuthorizer makes the function (the auth service) authorize requests by
// their identity sources: always the edge's origin-verification header, and the
// Authorization header when RequireToken; decisions are cached 5 minutes per distinct
// identity. The resources live in scope; API Gateway may invoke the function as this
// API's authorizer only.
func (h *HTTPAPI) NewLambdaAuthorizer(scope constructs.Construct, id string, p AuthorizerProps) *Authorizer {
	sources := []string{"$request.header." + OriginVerifyHeader}
	if p.RequireToken {
		sources = append([]string{"$request.header.Authorization"}, sources...)
	}
	fn := p.Function
	a := apigatewayv2authorizer.NewApigatewayv2Authorizer(scope, jsii.String(id), &apigatewayv2authorizer.Apigatewayv2AuthorizerConfig{
		ApiId: h.API.Id(), Name: jsii.String(p.Name), AuthorizerType: jsii.String("REQUEST"),
		AuthorizerUri: fn.InvokeArn(), AuthorizerPayloadFormatVersion: jsii.String("2.0"),
		EnableSimpleResponses: jsii.Bool(true), IdentitySources: jsii.Strings(sources...),
		AuthorizerResultTtlInSeconds: jsii.Number(300),
	})
	lambdapermission.NewLambdaPermission(scope, jsii.String(id+"Permission"), &lambdapermission.LambdaPermissionConfig{
		StatementId: jsii.String("AllowApiGateway" + id), Action: jsii.String("lambda:InvokeFunction"),
		FunctionName: fn.Name(), Qualifier: fn.Qualifier(), Principal: jsii.String("apigateway.amazonaws.com"),
		SourceArn: jsii.String(*h.API.ExecutionArn() + "/authorizers/" + *a.Id()),
	})
	return &Authorizer{Authorizer: a}
}

// Endpoint is the stage's invoke URL (a Terraform reference).
func (h *HTTPAPI) Endpoint() *string { return h.Stage.InvokeUrl() }

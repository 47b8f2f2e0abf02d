// Package api holds the platform's shared HTTP API (API Gateway v2): one stage per
// environment, access logs to an encrypted log group, default throttling, and routes to
// service functions. API Gateway's endpoints accept HTTPS only.
package api

import (
	"encoding/json"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/apigatewayv2api"
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

// AddLambdaRoute routes routeKey ("ANY /{proxy+}") to the function, and lets API
// Gateway invoke it from this API only.
func (h *HTTPAPI) AddLambdaRoute(id, routeKey string, fn *compute.Function) {
	integ := apigatewayv2integration.NewApigatewayv2Integration(h.Scope, jsii.String(id+"Integration"), &apigatewayv2integration.Apigatewayv2IntegrationConfig{
		ApiId: h.API.Id(), IntegrationType: jsii.String("AWS_PROXY"), IntegrationUri: fn.Arn(),
		IntegrationMethod: jsii.String("POST"), PayloadFormatVersion: jsii.String("2.0"), TimeoutMilliseconds: jsii.Number(29000),
	})
	apigatewayv2route.NewApigatewayv2Route(h.Scope, jsii.String(id+"Route"), &apigatewayv2route.Apigatewayv2RouteConfig{
		ApiId: h.API.Id(), RouteKey: jsii.String(routeKey), Target: jsii.String("integrations/" + *integ.Id()),
	})
	lambdapermission.NewLambdaPermission(h.Scope, jsii.String(id+"Permission"), &lambdapermission.LambdaPermissionConfig{
		StatementId: jsii.String("AllowApiGateway"), Action: jsii.String("lambda:InvokeFunction"),
		FunctionName: fn.Name(), Principal: jsii.String("apigateway.amazonaws.com"),
		SourceArn: jsii.String(*h.API.ExecutionArn() + "/*/*"),
	})
}

// Endpoint is the stage's invoke URL (a Terraform reference).
func (h *HTTPAPI) Endpoint() *string { return h.Stage.InvokeUrl() }

package compliance

// networkRules are added to HIPAAPack (pack.go): network exposure, unauthenticated
// entry points and encryption in transit. (vpc-flow-logs, vpc-default-sg-closed,
// subnet-no-public-ip, lambda-no-public-permission, apigw-stage, apigw-tls,
// cloudfront-hardened, cloudfront-geo-restriction, waf-logging and the Neon rules of the
// core list belong to this family too.)
var networkRules = []*Rule{
	// Network exposure.
	SGNoInternetIngress, SGNoInternetEgressSensitivePorts, SGInternetEgressJustified,
	NoPrivateRouteToIGW, IGWAuthorizedVPC,
	// Unauthenticated entry points.
	APIGatewayRouteAuthorized, APIGatewayRESTMethodAuthorized, LambdaURLAuthorized,
	APIGatewayRESTStageLogging, APIGatewayRESTStageXRay, APIGatewayRESTStageClientCert, APIGatewayRESTStageWAF, APIGatewayRESTStageCacheEncrypted,
	// Encryption in transit.
	CloudFrontHTTPSOnly, CloudFrontS3OriginOAC, LBListenerTLS, ACMCertificateManaged,
	// Edge logging and the database's network access.
	WAFLogRedaction, NeonIPAllowlist,
}

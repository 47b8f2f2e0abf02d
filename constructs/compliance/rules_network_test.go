package compliance

// Fixtures of the network family's cases.
const (
	netSG       = `{"vpc_id":"${aws_vpc.v.id}"}`
	netSGRef    = `"${aws_security_group.g.id}"`
	netVPC      = `{"cidr_block":"10.0.0.0/16"}`
	netPubSub   = `{"vpc_id":"${aws_vpc.v.id}","tags":{"tier":"public"}}`
	netPrivSub  = `{"vpc_id":"${aws_vpc.v.id}","tags":{"tier":"private"}}`
	netIGW      = `{"vpc_id":"${aws_vpc.v.id}"}`
	netIGWRoute = `{"route_table_id":"${aws_route_table.t.id}","destination_cidr_block":"0.0.0.0/0","gateway_id":"${aws_internet_gateway.i.id}"}`
	netAssocPub = `{"route_table_id":"${aws_route_table.t.id}","subnet_id":"${aws_subnet.pub.id}"}`
	netAssocPrv = `{"route_table_id":"${aws_route_table.t.id}","subnet_id":"${aws_subnet.prv.id}"}`
	netLogGroup = `"${aws_cloudwatch_log_group.l.arn}"`
	netRestAPI  = `"${aws_api_gateway_rest_api.a.id}"`
	netStage    = `{"rest_api_id":` + netRestAPI + `,"stage_name":"prod","access_log_settings":{"destination_arn":` + netLogGroup + `,"format":"$context.requestId"},"xray_tracing_enabled":true}`
	netAllLogs  = `{"rest_api_id":` + netRestAPI + `,"stage_name":"${aws_api_gateway_stage.s.stage_name}","method_path":"*/*","settings":{"logging_level":"ERROR","metrics_enabled":true}}`
	netHTTPSBeh = `"viewer_protocol_policy":"redirect-to-https"`
	netHTTPSOrg = `"custom_origin_config":{"origin_protocol_policy":"https-only","origin_ssl_protocols":["TLSv1.2"],"http_port":80,"https_port":443}`
	netWAFLog   = `{"resource_arn":"${aws_wafv2_web_acl.w.arn}","log_destination_configs":["${aws_cloudwatch_log_group.l.arn}"],"redacted_fields":[{"single_header":{"name":"authorization"}},{"single_header":{"name":"cookie"}}]}`
)

// netDoc is a one-entry resource map.
func netDoc(kv ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

// networkCases are the rule cases of pack_network.go (run by TestRules).
var networkCases = map[*Rule][]ruleCase{
	SGNoInternetIngress: {
		{"from another group and the vpc", "dev", netDoc("aws_security_group.g", `{"ingress":[{"protocol":"tcp","from_port":443,"to_port":443,"security_groups":["${aws_security_group.h.id}"]},{"protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":["${aws_vpc.v.cidr_block}","10.0.0.0/16"]}]}`, "aws_vpc.v", netVPC), "aws_security_group.g", Pass, nil},
		{"no rules", "dev", netDoc("aws_security_group.g", netSG), "aws_security_group.g", Pass, nil},
		{"inline ssh from anywhere", "dev", netDoc("aws_security_group.g", `{"ingress":[{"protocol":"tcp","from_port":22,"to_port":22,"cidr_blocks":["0.0.0.0/0"]}]}`), "aws_security_group.g", Fail, nil},
		{"inline https from anywhere ipv6", "dev", netDoc("aws_security_group.g", `{"ingress":{"protocol":"tcp","from_port":443,"to_port":443,"ipv6_cidr_blocks":["::/0"]}}`), "aws_security_group.g", Fail, nil},
		{"half the internet", "dev", netDoc("aws_security_group.g", `{"ingress":[{"protocol":"-1","from_port":0,"to_port":0,"cidr_blocks":["0.0.0.0/1","128.0.0.0/1"]}]}`), "aws_security_group.g", Fail, nil},
		{"rule resource rdp", "dev", netDoc("aws_security_group_rule.r", `{"type":"ingress","security_group_id":`+netSGRef+`,"protocol":"tcp","from_port":"3389","to_port":"3389","cidr_blocks":["0.0.0.0/0"]}`), "aws_security_group_rule.r", Fail, nil},
		{"rule resource egress is not ingress", "dev", netDoc("aws_security_group_rule.r", `{"type":"egress","security_group_id":`+netSGRef+`,"protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":["0.0.0.0/0"]}`), "aws_security_group_rule.r", NotApplicable, nil},
		{"vpc rule postgres ipv4", "dev", netDoc("aws_vpc_security_group_ingress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":5432,"to_port":5432,"cidr_ipv4":"0.0.0.0/0"}`), "aws_vpc_security_group_ingress_rule.r", Fail, nil},
		{"vpc rule all ipv6", "dev", netDoc("aws_vpc_security_group_ingress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"-1","cidr_ipv6":"::/0"}`), "aws_vpc_security_group_ingress_rule.r", Fail, nil},
		{"vpc rule from the vpc", "dev", netDoc("aws_vpc_security_group_ingress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"cidr_ipv4":"10.10.0.0/16"}`), "aws_vpc_security_group_ingress_rule.r", Pass, nil},
		{"vpc rule from a group", "dev", netDoc("aws_vpc_security_group_ingress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"referenced_security_group_id":"${aws_security_group.h.id}"}`), "aws_vpc_security_group_ingress_rule.r", Pass, nil},
		{"variable cidr fails closed", "dev", netDoc("aws_vpc_security_group_ingress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"cidr_ipv4":"${var.office}"}`), "aws_vpc_security_group_ingress_rule.r", Fail, nil},
		{"cidr list from a function fails closed", "dev", netDoc("aws_security_group.g", `{"ingress":[{"protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":"${concat(var.a, var.b)}"}]}`), "aws_security_group.g", Fail, nil},
		{"reference with a suffix fails closed", "dev", netDoc("aws_vpc_security_group_ingress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"cidr_ipv4":"${aws_vpc.v.cidr_block}/0"}`, "aws_vpc.v", netVPC), "aws_vpc_security_group_ingress_rule.r", Fail, nil},
		{"literal prefix list fails closed", "dev", netDoc("aws_vpc_security_group_ingress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"prefix_list_id":"pl-12345678"}`), "aws_vpc_security_group_ingress_rule.r", Fail, nil},
		{"data source prefix list fails closed", "dev", netDoc("aws_security_group.g", `{"ingress":[{"protocol":"tcp","from_port":443,"to_port":443,"prefix_list_ids":["${data.aws_ec2_managed_prefix_list.cf.id}"]}]}`), "aws_security_group.g", Fail, nil},
		{"own prefix list with narrow entries", "dev", netDoc("aws_vpc_security_group_ingress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"prefix_list_id":"${aws_ec2_managed_prefix_list.p.id}"}`,
			"aws_ec2_managed_prefix_list.p", `{"address_family":"IPv4","max_entries":2,"entry":[{"cidr":"10.1.0.0/16"}]}`, "aws_ec2_managed_prefix_list_entry.e", `{"prefix_list_id":"${aws_ec2_managed_prefix_list.p.id}","cidr":"10.2.0.0/16"}`), "aws_vpc_security_group_ingress_rule.r", Pass, nil},
		{"own prefix list with an open entry", "dev", netDoc("aws_vpc_security_group_ingress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"prefix_list_id":"${aws_ec2_managed_prefix_list.p.id}"}`,
			"aws_ec2_managed_prefix_list.p", `{"address_family":"IPv4","max_entries":2,"entry":[{"cidr":"10.1.0.0/16"}]}`, "aws_ec2_managed_prefix_list_entry.e", `{"prefix_list_id":"${aws_ec2_managed_prefix_list.p.id}","cidr":"0.0.0.0/0"}`), "aws_vpc_security_group_ingress_rule.r", Fail, nil},
		{"garbage cidr fails closed", "dev", netDoc("aws_security_group.g", `{"ingress":[{"protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":["anywhere"]}]}`), "aws_security_group.g", Fail, nil},
		{"dynamic ingress block fails closed", "dev", netDoc("aws_security_group.g", `{"ingress":"${var.rules}"}`), "aws_security_group.g", Fail, nil},
		{"suppressed public load balancer", "dev", netDoc("aws_vpc_security_group_ingress_rule.r", `{"//":{"hipaa_suppressions":{"sg-no-internet-ingress":"public ALB on 443 only, behind WAF and TLS 1.2"}},"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"cidr_ipv4":"0.0.0.0/0"}`), "aws_vpc_security_group_ingress_rule.r", Suppressed, nil},
	},
	SGNoInternetEgressSensitivePorts: {
		{"https to vpc endpoints and s3 list", "dev", netDoc("aws_security_group.g", `{"egress":[{"protocol":"tcp","from_port":443,"to_port":443,"cidr_blocks":["10.0.0.0/16"],"prefix_list_ids":["${aws_vpc_endpoint.s3.prefix_list_id}"]}]}`, "aws_vpc_endpoint.s3", `{"service_name":"com.amazonaws.us-east-1.s3","vpc_endpoint_type":"Gateway"}`), "aws_security_group.g", Pass, nil},
		{"postgres to anywhere", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":5432,"to_port":5432,"cidr_ipv4":"0.0.0.0/0"}`), "aws_vpc_security_group_egress_rule.r", Fail, nil},
		{"all protocols to anywhere", "dev", netDoc("aws_security_group.g", `{"egress":[{"protocol":"-1","from_port":0,"to_port":0,"cidr_blocks":["0.0.0.0/0"]}]}`), "aws_security_group.g", Fail, nil},
		{"all tcp ports to anywhere ipv6", "dev", netDoc("aws_security_group_rule.r", `{"type":"egress","security_group_id":`+netSGRef+`,"protocol":"tcp","from_port":0,"to_port":65535,"ipv6_cidr_blocks":["::/0"]}`), "aws_security_group_rule.r", Fail, nil},
		{"range covering redis", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":6000,"to_port":7000,"cidr_ipv4":"0.0.0.0/0"}`), "aws_vpc_security_group_egress_rule.r", Fail, nil},
		{"mongodb to a variable fails closed", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":27017,"to_port":27017,"cidr_ipv4":"${var.dest}"}`), "aws_vpc_security_group_egress_rule.r", Fail, nil},
		{"unknown ports to anywhere fail closed", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":"${var.port}","to_port":"${var.port}","cidr_ipv4":"0.0.0.0/0"}`), "aws_vpc_security_group_egress_rule.r", Fail, nil},
		{"postgres to the vpc", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":5432,"to_port":5432,"cidr_ipv4":"10.0.0.0/16"}`), "aws_vpc_security_group_egress_rule.r", Pass, nil},
		{"https to anywhere is the other rule's", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"cidr_ipv4":"0.0.0.0/0"}`), "aws_vpc_security_group_egress_rule.r", Pass, nil},
		{"ingress rule resource", "dev", netDoc("aws_security_group_rule.r", `{"type":"ingress","security_group_id":`+netSGRef+`,"protocol":"tcp","from_port":5432,"to_port":5432,"cidr_blocks":["10.0.0.0/8"]}`), "aws_security_group_rule.r", NotApplicable, nil},
	},
	SGInternetEgressJustified: {
		{"https to the vpc", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"cidr_ipv4":"${aws_vpc.v.cidr_block}"}`, "aws_vpc.v", netVPC), "aws_vpc_security_group_egress_rule.r", Pass, nil},
		{"https to one outside address", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"cidr_ipv4":"203.0.113.10/32"}`), "aws_vpc_security_group_egress_rule.r", Pass, nil},
		{"https to anywhere", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"cidr_ipv4":"0.0.0.0/0"}`), "aws_vpc_security_group_egress_rule.r", Fail, nil},
		{"inline icmp to anywhere ipv6", "dev", netDoc("aws_security_group.g", `{"egress":[{"protocol":"icmpv6","from_port":-1,"to_port":-1,"ipv6_cidr_blocks":["::/0"]}]}`), "aws_security_group.g", Fail, nil},
		{"https to an unresolved list fails closed", "dev", netDoc("aws_security_group_rule.r", `{"type":"egress","security_group_id":`+netSGRef+`,"protocol":"tcp","from_port":443,"to_port":443,"prefix_list_ids":["pl-0abc"]}`), "aws_security_group_rule.r", Fail, nil},
		{"suppressed with the api named", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"//":{"hipaa_suppressions":{"sg-internet-egress-justified":"payments function calls api.stripe.com (card payments) over TLS; own security group"}},"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":443,"to_port":443,"cidr_ipv4":"0.0.0.0/0"}`), "aws_vpc_security_group_egress_rule.r", Suppressed, nil},
		{"database port left to the other rule", "dev", netDoc("aws_vpc_security_group_egress_rule.r", `{"security_group_id":`+netSGRef+`,"ip_protocol":"tcp","from_port":5432,"to_port":5432,"cidr_ipv4":"0.0.0.0/0"}`), "aws_vpc_security_group_egress_rule.r", Pass, nil},
	},
	NoPrivateRouteToIGW: {
		{"public table", "dev", netDoc("aws_route_table.t", netSG, "aws_route.r", netIGWRoute, "aws_internet_gateway.i", netIGW, "aws_subnet.pub", netPubSub, "aws_route_table_association.a", netAssocPub), "aws_route.r", Pass, nil},
		{"nat subnet is public", "dev", netDoc("aws_route_table.t", netSG, "aws_route.r", netIGWRoute, "aws_internet_gateway.i", netIGW, "aws_subnet.pub", `{"vpc_id":"${aws_vpc.v.id}"}`, "aws_nat_gateway.n", `{"subnet_id":"${aws_subnet.pub.id}"}`, "aws_route_table_association.a", netAssocPub), "aws_route.r", Pass, nil},
		{"private nat gateway does not make it public", "dev", netDoc("aws_route_table.t", netSG, "aws_route.r", netIGWRoute, "aws_internet_gateway.i", netIGW, "aws_subnet.pub", `{"vpc_id":"${aws_vpc.v.id}"}`, "aws_nat_gateway.n", `{"subnet_id":"${aws_subnet.pub.id}","connectivity_type":"private"}`, "aws_route_table_association.a", netAssocPub), "aws_route.r", Fail, nil},
		{"unassociated table", "dev", netDoc("aws_route_table.t", netSG, "aws_route.r", netIGWRoute, "aws_internet_gateway.i", netIGW), "aws_route.r", Pass, nil},
		{"private subnet via route resource", "dev", netDoc("aws_route_table.t", netSG, "aws_route.r", netIGWRoute, "aws_internet_gateway.i", netIGW, "aws_subnet.prv", netPrivSub, "aws_route_table_association.a", netAssocPrv), "aws_route.r", Fail, nil},
		{"private subnet via nat is fine", "dev", netDoc("aws_route_table.t", netSG, "aws_route.r", `{"route_table_id":"${aws_route_table.t.id}","destination_cidr_block":"0.0.0.0/0","nat_gateway_id":"${aws_nat_gateway.n.id}"}`, "aws_subnet.prv", netPrivSub, "aws_route_table_association.a", netAssocPrv), "aws_route.r", Pass, nil},
		{"inline ipv6 default route", "dev", netDoc("aws_route_table.t", `{"vpc_id":"${aws_vpc.v.id}","route":[{"ipv6_cidr_block":"::/0","gateway_id":"${aws_internet_gateway.i.id}"}]}`, "aws_internet_gateway.i", netIGW, "aws_subnet.prv", netPrivSub, "aws_route_table_association.a", netAssocPrv), "aws_route_table.t", Fail, nil},
		{"inline egress-only ipv6 is fine", "dev", netDoc("aws_route_table.t", `{"vpc_id":"${aws_vpc.v.id}","route":[{"ipv6_cidr_block":"::/0","egress_only_gateway_id":"${aws_egress_only_internet_gateway.e.id}"}]}`, "aws_subnet.prv", netPrivSub, "aws_route_table_association.a", netAssocPrv), "aws_route_table.t", Pass, nil},
		{"literal igw id", "dev", netDoc("aws_route_table.t", `{"route":[{"cidr_block":"0.0.0.0/0","gateway_id":"igw-0123"}]}`, "aws_subnet.prv", netPrivSub, "aws_route_table_association.a", netAssocPrv), "aws_route_table.t", Fail, nil},
		{"unresolved gateway fails closed", "dev", netDoc("aws_route_table.t", `{"route":[{"cidr_block":"0.0.0.0/0","gateway_id":"${data.aws_internet_gateway.x.id}"}]}`, "aws_subnet.prv", netPrivSub, "aws_route_table_association.a", netAssocPrv), "aws_route_table.t", Fail, nil},
		{"unresolved subnet counts private", "dev", netDoc("aws_route_table.t", netSG, "aws_route.r", netIGWRoute, "aws_internet_gateway.i", netIGW, "aws_route_table_association.a", `{"route_table_id":"${aws_route_table.t.id}","subnet_id":"subnet-0abc"}`), "aws_route.r", Fail, nil},
		{"unresolved table fails closed", "dev", netDoc("aws_route.r", `{"route_table_id":"rtb-0abc","destination_cidr_block":"0.0.0.0/0","gateway_id":"${aws_internet_gateway.i.id}"}`, "aws_internet_gateway.i", netIGW), "aws_route.r", Fail, nil},
		{"default route table serves unassociated private subnets", "dev", netDoc("aws_vpc.v", netVPC, "aws_default_route_table.d", `{"default_route_table_id":"${aws_vpc.v.default_route_table_id}","route":[{"cidr_block":"0.0.0.0/0","gateway_id":"${aws_internet_gateway.i.id}"}]}`, "aws_internet_gateway.i", netIGW, "aws_subnet.prv", netPrivSub), "aws_default_route_table.d", Fail, nil},
		{"default route table with only public implicit subnets", "dev", netDoc("aws_vpc.v", netVPC, "aws_default_route_table.d", `{"default_route_table_id":"${aws_vpc.v.default_route_table_id}","route":[{"cidr_block":"0.0.0.0/0","gateway_id":"${aws_internet_gateway.i.id}"}]}`, "aws_internet_gateway.i", netIGW, "aws_subnet.pub", netPubSub, "aws_subnet.prv", netPrivSub, "aws_route_table.t", netSG, "aws_route_table_association.a", netAssocPrv), "aws_default_route_table.d", Pass, nil},
		{"route into the main table", "dev", netDoc("aws_vpc.v", netVPC, "aws_route.r", `{"route_table_id":"${aws_vpc.v.main_route_table_id}","destination_cidr_block":"0.0.0.0/0","gateway_id":"${aws_internet_gateway.i.id}"}`, "aws_internet_gateway.i", netIGW, "aws_subnet.prv", netPrivSub), "aws_route.r", Fail, nil},
		{"main table association", "dev", netDoc("aws_vpc.v", netVPC, "aws_route_table.t", netSG, "aws_route.r", netIGWRoute, "aws_internet_gateway.i", netIGW, "aws_subnet.prv", netPrivSub, "aws_main_route_table_association.m", `{"vpc_id":"${aws_vpc.v.id}","route_table_id":"${aws_route_table.t.id}"}`), "aws_route.r", Fail, nil},
		{"half-internet route", "dev", netDoc("aws_route_table.t", netSG, "aws_route.r", `{"route_table_id":"${aws_route_table.t.id}","destination_cidr_block":"0.0.0.0/1","gateway_id":"${aws_internet_gateway.i.id}"}`, "aws_internet_gateway.i", netIGW, "aws_subnet.prv", netPrivSub, "aws_route_table_association.a", netAssocPrv), "aws_route.r", Fail, nil},
		{"narrow route to igw is fine", "dev", netDoc("aws_route_table.t", netSG, "aws_route.r", `{"route_table_id":"${aws_route_table.t.id}","destination_cidr_block":"203.0.113.0/24","gateway_id":"${aws_internet_gateway.i.id}"}`, "aws_internet_gateway.i", netIGW, "aws_subnet.prv", netPrivSub, "aws_route_table_association.a", netAssocPrv), "aws_route.r", Pass, nil},
		{"association in another stack", "dev", netDoc("aws_route_table.t", netSG, "aws_route.r", netIGWRoute, "aws_internet_gateway.i", netIGW), "aws_route.r", Fail,
			netDoc("aws_subnet.prv", netPrivSub, "aws_route_table_association.a", netAssocPrv)},
	},
	IGWAuthorizedVPC: {
		{"vpc with a public tier", "dev", netDoc("aws_vpc.v", netVPC, "aws_internet_gateway.i", netIGW, "aws_subnet.pub", netPubSub), "aws_internet_gateway.i", Pass, nil},
		{"vpc without a public tier", "dev", netDoc("aws_vpc.v", netVPC, "aws_internet_gateway.i", netIGW, "aws_subnet.prv", netPrivSub), "aws_internet_gateway.i", Fail, nil},
		{"literal vpc fails closed", "dev", netDoc("aws_internet_gateway.i", `{"vpc_id":"vpc-0abc"}`), "aws_internet_gateway.i", Fail, nil},
		{"attachment to a data source vpc fails closed", "dev", netDoc("aws_internet_gateway_attachment.a", `{"internet_gateway_id":"${aws_internet_gateway.i.id}","vpc_id":"${data.aws_vpc.shared.id}"}`), "aws_internet_gateway_attachment.a", Fail, nil},
		{"detached", "dev", netDoc("aws_internet_gateway.i", `{}`), "aws_internet_gateway.i", NotApplicable, nil},
	},
	APIGatewayRouteAuthorized: {
		{"custom authorizer", "dev", netDoc("aws_apigatewayv2_route.r", `{"api_id":"${aws_apigatewayv2_api.a.id}","route_key":"ANY /records","authorization_type":"CUSTOM","authorizer_id":"${aws_apigatewayv2_authorizer.z.id}"}`, "aws_apigatewayv2_authorizer.z", `{}`, "aws_apigatewayv2_api.a", `{"protocol_type":"HTTP"}`), "aws_apigatewayv2_route.r", Pass, nil},
		{"authorizer in another stack", "dev", netDoc("aws_apigatewayv2_route.r", `{"route_key":"ANY /records","authorization_type":"JWT","authorizer_id":"${aws_apigatewayv2_authorizer.z.id}"}`), "aws_apigatewayv2_route.r", Pass, netDoc("aws_apigatewayv2_authorizer.z", `{}`)},
		{"iam", "dev", netDoc("aws_apigatewayv2_route.r", `{"route_key":"GET /x","authorization_type":"AWS_IAM"}`), "aws_apigatewayv2_route.r", Pass, nil},
		{"absent", "dev", netDoc("aws_apigatewayv2_route.r", `{"route_key":"ANY /{proxy+}"}`), "aws_apigatewayv2_route.r", Fail, nil},
		{"none", "dev", netDoc("aws_apigatewayv2_route.r", `{"route_key":"$default","authorization_type":"NONE"}`), "aws_apigatewayv2_route.r", Fail, nil},
		{"options preflight gets no exemption", "dev", netDoc("aws_apigatewayv2_route.r", `{"route_key":"OPTIONS /records","authorization_type":"NONE"}`), "aws_apigatewayv2_route.r", Fail, nil},
		{"custom without authorizer", "dev", netDoc("aws_apigatewayv2_route.r", `{"route_key":"GET /x","authorization_type":"CUSTOM"}`), "aws_apigatewayv2_route.r", Fail, nil},
		{"unresolved authorizer fails closed", "dev", netDoc("aws_apigatewayv2_route.r", `{"route_key":"GET /x","authorization_type":"CUSTOM","authorizer_id":"${var.authorizer}"}`), "aws_apigatewayv2_route.r", Fail, nil},
		{"authorization type from a variable fails closed", "dev", netDoc("aws_apigatewayv2_route.r", `{"route_key":"GET /x","authorization_type":"${var.auth}"}`), "aws_apigatewayv2_route.r", Fail, nil},
		{"websocket message route", "dev", netDoc("aws_apigatewayv2_route.r", `{"api_id":"${aws_apigatewayv2_api.a.id}","route_key":"sendmessage"}`, "aws_apigatewayv2_api.a", `{"protocol_type":"WEBSOCKET"}`), "aws_apigatewayv2_route.r", NotApplicable, nil},
		{"websocket connect open", "dev", netDoc("aws_apigatewayv2_route.r", `{"api_id":"${aws_apigatewayv2_api.a.id}","route_key":"$connect","authorization_type":"NONE"}`, "aws_apigatewayv2_api.a", `{"protocol_type":"WEBSOCKET"}`), "aws_apigatewayv2_route.r", Fail, nil},
		{"quick create", "dev", netDoc("aws_apigatewayv2_api.a", `{"protocol_type":"HTTP","target":"${aws_lambda_function.f.arn}"}`), "aws_apigatewayv2_api.a", Fail, nil},
		{"plain api", "dev", netDoc("aws_apigatewayv2_api.a", `{"protocol_type":"HTTP"}`), "aws_apigatewayv2_api.a", NotApplicable, nil},
		{"body with security", "dev", netDoc("aws_apigatewayv2_api.a", `{"protocol_type":"HTTP","body":"{\"security\":[{\"jwt\":[]}],\"paths\":{\"/x\":{\"get\":{}}}}"}`), "aws_apigatewayv2_api.a", Pass, nil},
		{"body with an open operation", "dev", netDoc("aws_apigatewayv2_api.a", `{"protocol_type":"HTTP","body":"{\"security\":[{\"jwt\":[]}],\"paths\":{\"/x\":{\"get\":{},\"post\":{\"security\":[]}}}}"}`), "aws_apigatewayv2_api.a", Fail, nil},
		{"body from a function fails closed", "dev", netDoc("aws_apigatewayv2_api.a", `{"protocol_type":"HTTP","body":"${file(\"openapi.yaml\")}"}`), "aws_apigatewayv2_api.a", Fail, nil},
	},
	APIGatewayRESTMethodAuthorized: {
		{"cognito", "dev", netDoc("aws_api_gateway_method.m", `{"http_method":"GET","authorization":"COGNITO_USER_POOLS","authorizer_id":"${aws_api_gateway_authorizer.z.id}"}`, "aws_api_gateway_authorizer.z", `{}`), "aws_api_gateway_method.m", Pass, nil},
		{"iam", "dev", netDoc("aws_api_gateway_method.m", `{"http_method":"GET","authorization":"AWS_IAM"}`), "aws_api_gateway_method.m", Pass, nil},
		{"none", "dev", netDoc("aws_api_gateway_method.m", `{"http_method":"GET","authorization":"NONE"}`), "aws_api_gateway_method.m", Fail, nil},
		{"api key is not authentication", "dev", netDoc("aws_api_gateway_method.m", `{"http_method":"POST","authorization":"NONE","api_key_required":true}`), "aws_api_gateway_method.m", Fail, nil},
		{"custom without authorizer", "dev", netDoc("aws_api_gateway_method.m", `{"http_method":"GET","authorization":"CUSTOM"}`), "aws_api_gateway_method.m", Fail, nil},
		{"custom with an unresolved authorizer fails closed", "dev", netDoc("aws_api_gateway_method.m", `{"http_method":"GET","authorization":"CUSTOM","authorizer_id":"${data.x.y.id}"}`), "aws_api_gateway_method.m", Fail, nil},
		{"options with a mock integration", "dev", netDoc("aws_api_gateway_method.m", `{"rest_api_id":`+netRestAPI+`,"resource_id":"${aws_api_gateway_resource.r.id}","http_method":"OPTIONS","authorization":"NONE"}`,
			"aws_api_gateway_integration.i", `{"rest_api_id":`+netRestAPI+`,"resource_id":"${aws_api_gateway_resource.r.id}","http_method":"${aws_api_gateway_method.m.http_method}","type":"MOCK"}`), "aws_api_gateway_method.m", Pass, nil},
		{"options with a lambda integration", "dev", netDoc("aws_api_gateway_method.m", `{"rest_api_id":`+netRestAPI+`,"resource_id":"${aws_api_gateway_resource.r.id}","http_method":"OPTIONS","authorization":"NONE"}`,
			"aws_api_gateway_integration.i", `{"rest_api_id":`+netRestAPI+`,"resource_id":"${aws_api_gateway_resource.r.id}","http_method":"OPTIONS","type":"AWS_PROXY"}`), "aws_api_gateway_method.m", Fail, nil},
		{"options without integration", "dev", netDoc("aws_api_gateway_method.m", `{"http_method":"OPTIONS","authorization":"NONE"}`), "aws_api_gateway_method.m", Fail, nil},
		{"rest body with an open operation", "dev", netDoc("aws_api_gateway_rest_api.a", `{"body":"{\"paths\":{\"/x\":{\"get\":{}}}}"}`), "aws_api_gateway_rest_api.a", Fail, nil},
		{"rest body with mock preflight and auth", "dev", netDoc("aws_api_gateway_rest_api.a", `{"body":"{\"paths\":{\"/x\":{\"get\":{\"x-amazon-apigateway-auth\":{\"type\":\"AWS_IAM\"}},\"options\":{\"x-amazon-apigateway-integration\":{\"type\":\"mock\"}}}}}"}`), "aws_api_gateway_rest_api.a", Pass, nil},
		{"rest api without body", "dev", netDoc("aws_api_gateway_rest_api.a", `{}`), "aws_api_gateway_rest_api.a", NotApplicable, nil},
	},
	LambdaURLAuthorized: {
		{"iam", "dev", netDoc("aws_lambda_function_url.u", `{"authorization_type":"AWS_IAM"}`), "aws_lambda_function_url.u", Pass, nil},
		{"none", "dev", netDoc("aws_lambda_function_url.u", `{"authorization_type":"NONE"}`), "aws_lambda_function_url.u", Fail, nil},
		{"absent", "dev", netDoc("aws_lambda_function_url.u", `{}`), "aws_lambda_function_url.u", Fail, nil},
		{"variable fails closed", "dev", netDoc("aws_lambda_function_url.u", `{"authorization_type":"${var.auth}"}`), "aws_lambda_function_url.u", Fail, nil},
	},
	APIGatewayRESTStageLogging: {
		{"logged", "dev", netDoc("aws_api_gateway_stage.s", netStage, "aws_cloudwatch_log_group.l", `{}`, "aws_api_gateway_method_settings.all", netAllLogs), "aws_api_gateway_stage.s", Pass, nil},
		{"settings named by literal", "dev", netDoc("aws_api_gateway_stage.s", netStage, "aws_cloudwatch_log_group.l", `{}`, "aws_api_gateway_method_settings.all", `{"rest_api_id":`+netRestAPI+`,"stage_name":"prod","method_path":"*/*","settings":{"logging_level":"INFO"}}`), "aws_api_gateway_stage.s", Pass, nil},
		{"no access log", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":`+netRestAPI+`,"stage_name":"prod"}`, "aws_api_gateway_method_settings.all", netAllLogs), "aws_api_gateway_stage.s", Fail, nil},
		{"unresolved destination fails closed", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":`+netRestAPI+`,"stage_name":"prod","access_log_settings":{"destination_arn":"${var.logs}","format":"f"}}`, "aws_api_gateway_method_settings.all", netAllLogs), "aws_api_gateway_stage.s", Fail, nil},
		{"no execution logs", "dev", netDoc("aws_api_gateway_stage.s", netStage), "aws_api_gateway_stage.s", Fail, nil},
		{"execution logs off", "dev", netDoc("aws_api_gateway_stage.s", netStage, "aws_api_gateway_method_settings.all", `{"rest_api_id":`+netRestAPI+`,"stage_name":"${aws_api_gateway_stage.s.stage_name}","method_path":"*/*","settings":{"logging_level":"OFF"}}`), "aws_api_gateway_stage.s", Fail, nil},
		{"settings of another stage", "dev", netDoc("aws_api_gateway_stage.s", netStage, "aws_api_gateway_method_settings.all", `{"rest_api_id":`+netRestAPI+`,"stage_name":"dev","method_path":"*/*","settings":{"logging_level":"INFO"}}`), "aws_api_gateway_stage.s", Fail, nil},
		{"one method turned off", "dev", netDoc("aws_api_gateway_stage.s", netStage, "aws_api_gateway_method_settings.all", netAllLogs, "aws_api_gateway_method_settings.one", `{"rest_api_id":`+netRestAPI+`,"stage_name":"${aws_api_gateway_stage.s.stage_name}","method_path":"records/GET","settings":{"logging_level":"OFF"}}`), "aws_api_gateway_stage.s", Fail, nil},
		{"data trace logs bodies", "dev", netDoc("aws_api_gateway_stage.s", netStage, "aws_api_gateway_method_settings.all", `{"rest_api_id":`+netRestAPI+`,"stage_name":"${aws_api_gateway_stage.s.stage_name}","method_path":"*/*","settings":{"logging_level":"INFO","data_trace_enabled":true}}`), "aws_api_gateway_stage.s", Fail, nil},
	},
	APIGatewayRESTStageXRay: {
		{"traced", "dev", netDoc("aws_api_gateway_stage.s", netStage), "aws_api_gateway_stage.s", Pass, nil},
		{"string true", "dev", netDoc("aws_api_gateway_stage.s", `{"xray_tracing_enabled":"true"}`), "aws_api_gateway_stage.s", Pass, nil},
		{"untraced", "dev", netDoc("aws_api_gateway_stage.s", `{}`), "aws_api_gateway_stage.s", Fail, nil},
		{"variable fails closed", "dev", netDoc("aws_api_gateway_stage.s", `{"xray_tracing_enabled":"${var.x}"}`), "aws_api_gateway_stage.s", Fail, nil},
	},
	APIGatewayRESTStageClientCert: {
		{"certificate", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":`+netRestAPI+`,"client_certificate_id":"${aws_api_gateway_client_certificate.c.id}"}`, "aws_api_gateway_client_certificate.c", `{}`), "aws_api_gateway_stage.s", Pass, nil},
		{"http backend without", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":`+netRestAPI+`}`, "aws_api_gateway_rest_api.a", `{}`, "aws_api_gateway_integration.i", `{"rest_api_id":`+netRestAPI+`,"type":"HTTP_PROXY"}`), "aws_api_gateway_stage.s", Fail, nil},
		{"lambda only", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":`+netRestAPI+`}`, "aws_api_gateway_rest_api.a", `{}`, "aws_api_gateway_integration.i", `{"rest_api_id":`+netRestAPI+`,"type":"AWS_PROXY"}`, "aws_api_gateway_integration.o", `{"rest_api_id":`+netRestAPI+`,"type":"MOCK"}`), "aws_api_gateway_stage.s", NotApplicable, nil},
		{"api defined by body", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":`+netRestAPI+`}`, "aws_api_gateway_rest_api.a", `{"body":"{}"}`), "aws_api_gateway_stage.s", Fail, nil},
		{"unresolved api fails closed", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":"${var.api}"}`), "aws_api_gateway_stage.s", Fail, nil},
		{"unresolved certificate fails closed", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":`+netRestAPI+`,"client_certificate_id":"${var.cert}"}`), "aws_api_gateway_stage.s", Fail, nil},
	},
	APIGatewayRESTStageWAF: {
		{"associated", "dev", netDoc("aws_api_gateway_stage.s", netStage, "aws_wafv2_web_acl.w", `{"scope":"REGIONAL"}`, "aws_wafv2_web_acl_association.a", `{"resource_arn":"${aws_api_gateway_stage.s.arn}","web_acl_arn":"${aws_wafv2_web_acl.w.arn}"}`), "aws_api_gateway_stage.s", Pass, nil},
		{"not associated", "dev", netDoc("aws_api_gateway_stage.s", netStage), "aws_api_gateway_stage.s", Fail, nil},
		{"association of another stage", "dev", netDoc("aws_api_gateway_stage.s", netStage, "aws_api_gateway_stage.t", netStage, "aws_wafv2_web_acl.w", `{}`, "aws_wafv2_web_acl_association.a", `{"resource_arn":"${aws_api_gateway_stage.t.arn}","web_acl_arn":"${aws_wafv2_web_acl.w.arn}"}`), "aws_api_gateway_stage.s", Fail, nil},
		{"unresolved web acl fails closed", "dev", netDoc("aws_api_gateway_stage.s", netStage, "aws_wafv2_web_acl_association.a", `{"resource_arn":"${aws_api_gateway_stage.s.arn}","web_acl_arn":"${data.aws_wafv2_web_acl.shared.arn}"}`), "aws_api_gateway_stage.s", Fail, nil},
	},
	APIGatewayRESTStageCacheEncrypted: {
		{"no cache", "dev", netDoc("aws_api_gateway_stage.s", netStage), "aws_api_gateway_stage.s", NotApplicable, nil},
		{"encrypted cache", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":`+netRestAPI+`,"stage_name":"prod","cache_cluster_enabled":true}`, "aws_api_gateway_method_settings.all", `{"rest_api_id":`+netRestAPI+`,"stage_name":"${aws_api_gateway_stage.s.stage_name}","method_path":"*/*","settings":{"caching_enabled":true,"cache_data_encrypted":true}}`), "aws_api_gateway_stage.s", Pass, nil},
		{"cache without settings", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":`+netRestAPI+`,"stage_name":"prod","cache_cluster_enabled":"true"}`), "aws_api_gateway_stage.s", Fail, nil},
		{"one method caches in clear", "dev", netDoc("aws_api_gateway_stage.s", `{"rest_api_id":`+netRestAPI+`,"stage_name":"prod","cache_cluster_enabled":true}`, "aws_api_gateway_method_settings.all", `{"rest_api_id":`+netRestAPI+`,"stage_name":"${aws_api_gateway_stage.s.stage_name}","method_path":"*/*","settings":{"cache_data_encrypted":true}}`,
			"aws_api_gateway_method_settings.one", `{"rest_api_id":`+netRestAPI+`,"stage_name":"${aws_api_gateway_stage.s.stage_name}","method_path":"records/GET","settings":{"caching_enabled":true}}`), "aws_api_gateway_stage.s", Fail, nil},
		{"variable fails closed", "dev", netDoc("aws_api_gateway_stage.s", `{"cache_cluster_enabled":"${var.cache}"}`), "aws_api_gateway_stage.s", Fail, nil},
	},
	CloudFrontHTTPSOnly: {
		{"https everywhere", "dev", netDoc("aws_cloudfront_distribution.d", `{"default_cache_behavior":{`+netHTTPSBeh+`},"ordered_cache_behavior":[{"path_pattern":"/api/*","viewer_protocol_policy":"https-only"}],"origin":[{"origin_id":"api","domain_name":"api.example.org",`+netHTTPSOrg+`}]}`), "aws_cloudfront_distribution.d", Pass, nil},
		{"default allows http", "dev", netDoc("aws_cloudfront_distribution.d", `{"default_cache_behavior":{"viewer_protocol_policy":"allow-all"}}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"one ordered behavior allows http", "dev", netDoc("aws_cloudfront_distribution.d", `{"default_cache_behavior":{`+netHTTPSBeh+`},"ordered_cache_behavior":[{"path_pattern":"/a/*",`+netHTTPSBeh+`},{"path_pattern":"/b/*","viewer_protocol_policy":"allow-all"}]}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"origin over http", "dev", netDoc("aws_cloudfront_distribution.d", `{"default_cache_behavior":{`+netHTTPSBeh+`},"origin":[{"origin_id":"api","domain_name":"api.example.org","custom_origin_config":{"origin_protocol_policy":"http-only","origin_ssl_protocols":["TLSv1.2"]}}]}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"origin matches viewer", "dev", netDoc("aws_cloudfront_distribution.d", `{"default_cache_behavior":{`+netHTTPSBeh+`},"origin":{"origin_id":"api","domain_name":"api.example.org","custom_origin_config":{"origin_protocol_policy":"match-viewer","origin_ssl_protocols":["TLSv1.2"]}}}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"origin allows tls 1.0", "dev", netDoc("aws_cloudfront_distribution.d", `{"default_cache_behavior":{`+netHTTPSBeh+`},"origin":[{"origin_id":"api","domain_name":"api.example.org","custom_origin_config":{"origin_protocol_policy":"https-only","origin_ssl_protocols":["TLSv1","TLSv1.2"]}}]}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"origin protocol from a variable fails closed", "dev", netDoc("aws_cloudfront_distribution.d", `{"default_cache_behavior":{`+netHTTPSBeh+`},"origin":[{"origin_id":"api","domain_name":"api.example.org","custom_origin_config":{"origin_protocol_policy":"${var.p}","origin_ssl_protocols":["TLSv1.2"]}}]}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"no viewer policy", "dev", netDoc("aws_cloudfront_distribution.d", `{}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"vpc origin over http", "dev", netDoc("aws_cloudfront_vpc_origin.o", `{"vpc_origin_endpoint_config":{"origin_protocol_policy":"http-only","origin_ssl_protocols":{"items":["TLSv1.2"],"quantity":1}}}`), "aws_cloudfront_vpc_origin.o", Fail, nil},
		{"vpc origin over tls", "dev", netDoc("aws_cloudfront_vpc_origin.o", `{"vpc_origin_endpoint_config":{"origin_protocol_policy":"https-only","origin_ssl_protocols":{"items":["TLSv1.2"],"quantity":1}}}`), "aws_cloudfront_vpc_origin.o", Pass, nil},
	},
	CloudFrontS3OriginOAC: {
		{"oac", "dev", netDoc("aws_cloudfront_distribution.d", `{"origin":[{"origin_id":"s3","domain_name":"${aws_s3_bucket.b.bucket_regional_domain_name}","origin_access_control_id":"${aws_cloudfront_origin_access_control.o.id}"}]}`, "aws_cloudfront_origin_access_control.o", `{}`), "aws_cloudfront_distribution.d", Pass, nil},
		{"custom api origin", "dev", netDoc("aws_cloudfront_distribution.d", `{"origin":[{"origin_id":"api","domain_name":"api.example.org",`+netHTTPSOrg+`}]}`), "aws_cloudfront_distribution.d", Pass, nil},
		{"no oac", "dev", netDoc("aws_cloudfront_distribution.d", `{"origin":[{"origin_id":"s3","domain_name":"${aws_s3_bucket.b.bucket_regional_domain_name}"}]}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"legacy oai", "dev", netDoc("aws_cloudfront_distribution.d", `{"origin":[{"origin_id":"s3","domain_name":"b.s3.us-east-1.amazonaws.com","s3_origin_config":{"origin_access_identity":"origin-access-identity/cloudfront/E123"}}]}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"website endpoint", "dev", netDoc("aws_cloudfront_distribution.d", `{"origin":[{"origin_id":"site","domain_name":"${aws_s3_bucket_website_configuration.w.website_endpoint}",`+netHTTPSOrg+`}]}`, "aws_s3_bucket_website_configuration.w", `{}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"load balancer origin", "dev", netDoc("aws_cloudfront_distribution.d", `{"origin":[{"origin_id":"alb","domain_name":"${aws_lb.a.dns_name}",`+netHTTPSOrg+`}]}`, "aws_lb.a", `{}`), "aws_cloudfront_distribution.d", Pass, nil},
		{"origin domain from a variable fails closed", "dev", netDoc("aws_cloudfront_distribution.d", `{"origin":[{"origin_id":"x","domain_name":"${var.origin}",`+netHTTPSOrg+`}]}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"literal website endpoint", "dev", netDoc("aws_cloudfront_distribution.d", `{"origin":[{"origin_id":"site","domain_name":"b.s3-website-us-east-1.amazonaws.com",`+netHTTPSOrg+`}]}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"bucket as custom origin", "dev", netDoc("aws_cloudfront_distribution.d", `{"origin":[{"origin_id":"s3","domain_name":"b.s3.amazonaws.com",`+netHTTPSOrg+`}]}`), "aws_cloudfront_distribution.d", Fail, nil},
		{"unresolved oac fails closed", "dev", netDoc("aws_cloudfront_distribution.d", `{"origin":[{"origin_id":"s3","domain_name":"${aws_s3_bucket.b.bucket_regional_domain_name}","origin_access_control_id":"${var.oac}"}]}`), "aws_cloudfront_distribution.d", Fail, nil},
	},
	LBListenerTLS: {
		{"https modern", "dev", netDoc("aws_lb_listener.l", `{"protocol":"HTTPS","port":443,"ssl_policy":"ELBSecurityPolicy-TLS13-1-2-2021-06"}`), "aws_lb_listener.l", Pass, nil},
		{"https old policy", "dev", netDoc("aws_lb_listener.l", `{"protocol":"HTTPS","port":443,"ssl_policy":"ELBSecurityPolicy-2016-08"}`), "aws_lb_listener.l", Fail, nil},
		{"tls 1.1 policy", "dev", netDoc("aws_alb_listener.l", `{"protocol":"HTTPS","port":443,"ssl_policy":"ELBSecurityPolicy-TLS-1-1-2017-01"}`), "aws_alb_listener.l", Fail, nil},
		{"https without policy", "dev", netDoc("aws_lb_listener.l", `{"protocol":"HTTPS","port":443}`), "aws_lb_listener.l", Fail, nil},
		{"http redirect", "dev", netDoc("aws_lb_listener.l", `{"protocol":"HTTP","port":80,"default_action":[{"type":"redirect","redirect":{"protocol":"HTTPS","port":"443","status_code":"HTTP_301"}}]}`), "aws_lb_listener.l", Pass, nil},
		{"http forward", "dev", netDoc("aws_lb_listener.l", `{"protocol":"HTTP","port":80,"default_action":{"type":"forward","target_group_arn":"${aws_lb_target_group.t.arn}"}}`), "aws_lb_listener.l", Fail, nil},
		{"http redirect keeping http", "dev", netDoc("aws_lb_listener.l", `{"port":80,"default_action":[{"type":"redirect","redirect":{"port":"8080","status_code":"HTTP_302"}}]}`), "aws_lb_listener.l", Fail, nil},
		{"http listener rule forwards", "dev", netDoc("aws_lb_listener.l", `{"protocol":"HTTP","port":80,"default_action":[{"type":"redirect","redirect":{"protocol":"HTTPS","status_code":"HTTP_301"}}]}`, "aws_lb_listener_rule.r", `{"listener_arn":"${aws_lb_listener.l.arn}","action":[{"type":"forward","target_group_arn":"${aws_lb_target_group.t.arn}"}]}`), "aws_lb_listener.l", Fail, nil},
		{"tcp cannot be verified", "dev", netDoc("aws_lb_listener.l", `{"protocol":"TCP","port":5432}`), "aws_lb_listener.l", Fail, nil},
		{"protocol variable fails closed", "dev", netDoc("aws_lb_listener.l", `{"protocol":"${var.p}"}`), "aws_lb_listener.l", Fail, nil},
		{"geneve", "dev", netDoc("aws_lb_listener.l", `{"protocol":"GENEVE","port":6081}`), "aws_lb_listener.l", NotApplicable, nil},
	},
	ACMCertificateManaged: {
		{"dns validated", "dev", netDoc("aws_acm_certificate.c", `{"domain_name":"api.example.org","validation_method":"DNS"}`), "aws_acm_certificate.c", Pass, nil},
		{"private ca", "dev", netDoc("aws_acm_certificate.c", `{"domain_name":"api.internal","certificate_authority_arn":"${aws_acmpca_certificate_authority.ca.arn}"}`), "aws_acm_certificate.c", Pass, nil},
		{"email validated", "dev", netDoc("aws_acm_certificate.c", `{"domain_name":"api.example.org","validation_method":"EMAIL"}`), "aws_acm_certificate.c", Fail, nil},
		{"imported", "dev", netDoc("aws_acm_certificate.c", `{"certificate_body":"${file(\"cert.pem\")}","private_key":"${var.key}"}`), "aws_acm_certificate.c", Fail, nil},
		{"variable fails closed", "dev", netDoc("aws_acm_certificate.c", `{"domain_name":"api.example.org","validation_method":"${var.v}"}`), "aws_acm_certificate.c", Fail, nil},
	},
	WAFLogRedaction: {
		{"redacted", "dev", netDoc("aws_wafv2_web_acl.w", `{}`, "aws_wafv2_web_acl_logging_configuration.l", netWAFLog), "aws_wafv2_web_acl.w", Pass, nil},
		{"names in any case", "dev", netDoc("aws_wafv2_web_acl.w", `{}`, "aws_wafv2_web_acl_logging_configuration.l", `{"resource_arn":"${aws_wafv2_web_acl.w.arn}","redacted_fields":[{"single_header":{"name":"Authorization"}},{"single_header":[{"name":"Cookie"}]}]}`), "aws_wafv2_web_acl.w", Pass, nil},
		{"a second configuration leaks", "dev", netDoc("aws_wafv2_web_acl.w", `{}`, "aws_wafv2_web_acl_logging_configuration.l", netWAFLog,
			"aws_wafv2_web_acl_logging_configuration.m", `{"resource_arn":"${aws_wafv2_web_acl.w.arn}","redacted_fields":[{"single_header":{"name":"authorization"}}]}`), "aws_wafv2_web_acl.w", Fail, nil},
		{"cookies logged", "dev", netDoc("aws_wafv2_web_acl.w", `{}`, "aws_wafv2_web_acl_logging_configuration.l", `{"resource_arn":"${aws_wafv2_web_acl.w.arn}","redacted_fields":[{"single_header":{"name":"authorization"}}]}`), "aws_wafv2_web_acl.w", Fail, nil},
		{"nothing redacted", "dev", netDoc("aws_wafv2_web_acl.w", `{}`, "aws_wafv2_web_acl_logging_configuration.l", `{"resource_arn":"${aws_wafv2_web_acl.w.arn}"}`), "aws_wafv2_web_acl.w", Fail, nil},
		{"no logging", "dev", netDoc("aws_wafv2_web_acl.w", `{}`), "aws_wafv2_web_acl.w", NotApplicable, nil},
	},
	NeonIPAllowlist: {
		{"nat egress", "dev", netDoc("neon_project.p", `{"allowed_ips":["${aws_eip.a.public_ip}","${aws_eip.b.public_ip}/32"],"allowed_ips_protected_branches_only":"no"}`, "aws_eip.a", `{"domain":"vpc"}`, "aws_eip.b", `{"domain":"vpc"}`), "neon_project.p", Pass, nil},
		{"nat egress in another stack", "staging", netDoc("neon_project.p", `{"allowed_ips":["${aws_nat_gateway.n.public_ip}"]}`), "neon_project.p", Pass, netDoc("aws_nat_gateway.n", `{}`)},
		{"narrow literals and range", "dev", netDoc("neon_project.p", `{"allowed_ips":["203.0.113.10","198.51.100.0/24","192.0.2.1-192.0.2.20","2001:db8::/48"]}`), "neon_project.p", Pass, nil},
		{"blocked public connections", "dev", netDoc("neon_project.p", `{"block_public_connections":"yes"}`), "neon_project.p", Pass, nil},
		{"empty in dev", "dev", netDoc("neon_project.p", `{}`), "neon_project.p", Fail, nil},
		{"empty list in staging", "staging", netDoc("neon_project.p", `{"allowed_ips":[],"block_public_connections":"no"}`), "neon_project.p", Fail, nil},
		{"open in dev", "dev", netDoc("neon_project.p", `{"allowed_ips":["0.0.0.0/0"]}`), "neon_project.p", Fail, nil},
		{"open ipv6 in production", "production", netDoc("neon_project.p", `{"allowed_ips":["203.0.113.10","::/0"]}`), "neon_project.p", Fail, nil},
		{"a /7", "dev", netDoc("neon_project.p", `{"allowed_ips":["2.0.0.0/7"]}`), "neon_project.p", Fail, nil},
		{"wide range", "dev", netDoc("neon_project.p", `{"allowed_ips":["1.0.0.0-200.0.0.0"]}`), "neon_project.p", Fail, nil},
		{"open even when blocked", "dev", netDoc("neon_project.p", `{"allowed_ips":["0.0.0.0/0"],"block_public_connections":"yes"}`), "neon_project.p", Fail, nil},
		{"protected branches only", "dev", netDoc("neon_project.p", `{"allowed_ips":["203.0.113.10"],"allowed_ips_protected_branches_only":"yes"}`), "neon_project.p", Fail, nil},
		{"variable fails closed", "dev", netDoc("neon_project.p", `{"allowed_ips":["${var.office_ip}"]}`), "neon_project.p", Fail, nil},
		{"missing eip fails closed", "dev", netDoc("neon_project.p", `{"allowed_ips":["${aws_eip.gone.public_ip}"]}`), "neon_project.p", Fail, nil},
		{"eip with a wide suffix fails closed", "dev", netDoc("neon_project.p", `{"allowed_ips":["${aws_eip.a.public_ip}/0"]}`, "aws_eip.a", `{}`), "neon_project.p", Fail, nil},
		{"eip private ip is not proven", "dev", netDoc("neon_project.p", `{"allowed_ips":["${aws_eip.a.private_ip}"]}`, "aws_eip.a", `{}`), "neon_project.p", Fail, nil},
		{"whole list from a function fails closed", "dev", netDoc("neon_project.p", `{"allowed_ips":"${split(\",\", var.ips)}"}`), "neon_project.p", Fail, nil},
		{"not an address", "dev", netDoc("neon_project.p", `{"allowed_ips":["*"]}`), "neon_project.p", Fail, nil},
	},
}

// Package network builds the private network the platform's functions run in: a VPC
// with one private and one public subnet per zone, NAT egress whose fixed addresses are
// what external services (the Neon database) allow in, interface and gateway endpoints
// so that calls to AWS services stay inside the VPC, flow logs to an encrypted log
// group, and the default security group closed.
package network

import (
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/defaultsecuritygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/eip"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/flowlog"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrole"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/internetgateway"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/natgateway"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/route"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/routetable"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/routetableassociation"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/securitygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/subnet"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpc"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcendpoint"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcendpointprivatedns"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupegressrule"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupingressrule"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/compliance"
	"github.com/healthhub/platform-infra/constructs/iam"
	"github.com/healthhub/platform-infra/constructs/logs"
	"github.com/healthhub/platform-infra/constructs/naming"
	"github.com/healthhub/platform-infra/constructs/security"
)

// InterfaceEndpointServices are the AWS services the functions call, reached through
// interface endpoints with private DNS.
var InterfaceEndpointServices = []string{"kms", "lambda", "logs", "secretsmanager", "sqs", "sts", "xray"}

// NeonEgressReason is why the functions may open Postgres connections to the internet:
// an auditor reads it in the compliance report.
const NeonEgressReason = "Neon Postgres publishes no fixed address range, so port 5432 cannot be narrowed by CIDR; " +
	"connections require TLS (Neon refuses plaintext), the Neon project accepts only this VPC's NAT addresses and, where a service runs on Railway, Railway's static egress addresses (allowed_ips), " +
	"and each service logs in with its own least-privilege database role; staging and production reach Neon over AWS PrivateLink instead (network.privateDatabase)"

// NeonEgressSuppressedRules are the compliance rules the Neon egress rule is recorded
// against (see NeonEgressReason).
var NeonEgressSuppressedRules = []string{"sg-no-internet-egress-sensitive-ports"}

// GatewayEndpointServices are reached through gateway endpoints on the private route tables.
var GatewayEndpointServices = []string{"dynamodb", "s3"}

// Props configures the network.
type Props struct {
	// Env supplies the CIDRs, zones, NAT layout, region and log retention. Required.
	Env *config.Environment
	// Names builds resource names. Required.
	Names naming.Namer
	// LogsKey encrypts the flow-log group. Required.
	LogsKey *security.Key
	// NeonEndpointServices are Neon's Private Networking endpoint services of the
	// region (config.NeonPrivateLinkServices). When set, the functions reach Postgres
	// only through one interface endpoint per service, and nothing leaves the VPC on
	// 5432. Default: none, Postgres goes to Neon through NAT (dev).
	NeonEndpointServices []string
}

// Network is the VPC and what later layers attach to.
type Network struct {
	Scope constructs.Construct
	VPC   vpc.Vpc
	// PrivateSubnetIDs, one per zone, hold the functions.
	PrivateSubnetIDs []*string
	// NATPublicIPs are the fixed egress addresses of the private subnets.
	NATPublicIPs []*string
	// FunctionSecurityGroup is attached to every function: egress HTTPS to the VPC
	// endpoints and Postgres to Neon only.
	FunctionSecurityGroup securitygroup.SecurityGroup
	// NeonEndpoints are the interface endpoints to Neon (with NeonEndpointServices).
	NeonEndpoints []vpcendpoint.VpcEndpoint
	// EndpointSecurityGroup guards the interface endpoints: HTTPS from the function group
	// only. Later phases attach their own endpoints to it.
	EndpointSecurityGroup securitygroup.SecurityGroup
	// VPCID is the VPC's id (a Terraform reference).
	VPCID *string
}

// New creates the network.
func New(scope constructs.Construct, id string, props Props) (*Network, error) {
	if props.Env == nil || props.LogsKey == nil {
		return nil, fmt.Errorf("network.New %s: Env and LogsKey are required", id)
	}
	env, names, n := props.Env, props.Names, &Network{}
	c := constructs.NewConstruct(scope, jsii.String(id))
	n.Scope = c

	v := vpc.NewVpc(c, jsii.String("Vpc"), &vpc.VpcConfig{
		CidrBlock:          jsii.String(env.Network.VPCCIDR),
		EnableDnsHostnames: jsii.Bool(true),
		EnableDnsSupport:   jsii.Bool(true),
		Tags:               &map[string]*string{"Name": jsii.String(names.Name("vpc"))},
	})
	n.VPC = v

	// The default security group allows all traffic between its members: manage it and
	// leave it without rules, so nothing can use it by accident.
	defaultsecuritygroup.NewDefaultSecurityGroup(c, jsii.String("DefaultSecurityGroup"), &defaultsecuritygroup.DefaultSecurityGroupConfig{
		VpcId: v.Id(),
		Tags:  &map[string]*string{"Name": jsii.String(names.Name("default-closed"))},
	})

	igw := internetgateway.NewInternetGateway(c, jsii.String("InternetGateway"), &internetgateway.InternetGatewayConfig{
		VpcId: v.Id(),
		Tags:  &map[string]*string{"Name": jsii.String(names.Name("igw"))},
	})
	publicRT := routetable.NewRouteTable(c, jsii.String("PublicRouteTable"), &routetable.RouteTableConfig{
		VpcId: v.Id(),
		Tags:  &map[string]*string{"Name": jsii.String(names.Name("public"))},
	})
	route.NewRoute(c, jsii.String("PublicDefaultRoute"), &route.RouteConfig{
		RouteTableId: publicRT.Id(), DestinationCidrBlock: jsii.String("0.0.0.0/0"), GatewayId: igw.Id(),
	})

	natCount := 1
	if env.Network.NATGatewayPerZone {
		natCount = len(env.Network.AvailabilityZones)
	}
	var nats []natgateway.NatGateway
	var privateRTIDs []*string
	for i, az := range env.Network.AvailabilityZones {
		zone := az[len(az)-1:]
		pub := subnet.NewSubnet(c, jsii.String("PublicSubnet"+zone), &subnet.SubnetConfig{
			VpcId: v.Id(), AvailabilityZone: jsii.String(az), CidrBlock: jsii.String(env.Network.PublicSubnetCIDRs[i]),
			MapPublicIpOnLaunch: jsii.Bool(false), // only NAT gateways live here, with their own EIPs
			Tags:                &map[string]*string{"Name": jsii.String(names.Name("public", zone)), "tier": jsii.String("public")},
		})
		routetableassociation.NewRouteTableAssociation(c, jsii.String("PublicSubnet"+zone+"Routes"), &routetableassociation.RouteTableAssociationConfig{
			SubnetId: pub.Id(), RouteTableId: publicRT.Id(),
		})
		if i < natCount {
			ip := eip.NewEip(c, jsii.String("NatIp"+zone), &eip.EipConfig{
				Domain: jsii.String("vpc"),
				Tags:   &map[string]*string{"Name": jsii.String(names.Name("nat", zone))},
			})
			nats = append(nats, natgateway.NewNatGateway(c, jsii.String("Nat"+zone), &natgateway.NatGatewayConfig{
				AllocationId: ip.Id(), SubnetId: pub.Id(),
				Tags:      &map[string]*string{"Name": jsii.String(names.Name("nat", zone))},
				DependsOn: &[]cdktf.ITerraformDependable{igw},
			}))
			n.NATPublicIPs = append(n.NATPublicIPs, ip.PublicIp())
		}

		priv := subnet.NewSubnet(c, jsii.String("PrivateSubnet"+zone), &subnet.SubnetConfig{
			VpcId: v.Id(), AvailabilityZone: jsii.String(az), CidrBlock: jsii.String(env.Network.PrivateSubnetCIDRs[i]),
			MapPublicIpOnLaunch: jsii.Bool(false),
			Tags:                &map[string]*string{"Name": jsii.String(names.Name("private", zone)), "tier": jsii.String("private")},
		})
		n.PrivateSubnetIDs = append(n.PrivateSubnetIDs, priv.Id())
		rt := routetable.NewRouteTable(c, jsii.String("PrivateRouteTable"+zone), &routetable.RouteTableConfig{
			VpcId: v.Id(),
			Tags:  &map[string]*string{"Name": jsii.String(names.Name("private", zone))},
		})
		route.NewRoute(c, jsii.String("PrivateDefaultRoute"+zone), &route.RouteConfig{
			RouteTableId: rt.Id(), DestinationCidrBlock: jsii.String("0.0.0.0/0"),
			NatGatewayId: nats[min(i, natCount-1)].Id(),
		})
		routetableassociation.NewRouteTableAssociation(c, jsii.String("PrivateSubnet"+zone+"Routes"), &routetableassociation.RouteTableAssociationConfig{
			SubnetId: priv.Id(), RouteTableId: rt.Id(),
		})
		privateRTIDs = append(privateRTIDs, rt.Id())
	}

	// Functions: no inbound rules. Outbound: HTTPS to the interface endpoints (by
	// security group) and to S3 and DynamoDB (by their gateway endpoints' prefix lists),
	// so every AWS call stays inside the VPC; and Postgres to Neon (below). Nothing else
	// leaves the VPC.
	fsg := securitygroup.NewSecurityGroup(c, jsii.String("FunctionSecurityGroup"), &securitygroup.SecurityGroupConfig{
		Name: jsii.String(names.Name("functions")), Description: jsii.String("Service functions: egress HTTPS to the VPC endpoints and Postgres only"),
		VpcId: v.Id(),
	})
	n.FunctionSecurityGroup = fsg

	esg := securitygroup.NewSecurityGroup(c, jsii.String("EndpointSecurityGroup"), &securitygroup.SecurityGroupConfig{
		Name: jsii.String(names.Name("endpoints")), Description: jsii.String("Interface endpoints: HTTPS from the service functions only"),
		VpcId: v.Id(),
	})
	n.EndpointSecurityGroup, n.VPCID = esg, v.Id()
	vpcsecuritygroupingressrule.NewVpcSecurityGroupIngressRule(c, jsii.String("EndpointIngress"), &vpcsecuritygroupingressrule.VpcSecurityGroupIngressRuleConfig{
		SecurityGroupId: esg.Id(), IpProtocol: jsii.String("tcp"), FromPort: jsii.Number(443), ToPort: jsii.Number(443),
		ReferencedSecurityGroupId: fsg.Id(), Description: jsii.String("HTTPS from the service functions"),
	})
	egress := func(id, description string, port float64, cfg vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig) vpcsecuritygroupegressrule.VpcSecurityGroupEgressRule {
		cfg.SecurityGroupId, cfg.IpProtocol, cfg.FromPort, cfg.ToPort, cfg.Description = fsg.Id(), jsii.String("tcp"), jsii.Number(port), jsii.Number(port), jsii.String(description)
		return vpcsecuritygroupegressrule.NewVpcSecurityGroupEgressRule(c, jsii.String(id), &cfg)
	}
	egress("FunctionEgressEndpoints", "HTTPS to the interface endpoints", 443, vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig{ReferencedSecurityGroupId: esg.Id()})

	for _, svc := range InterfaceEndpointServices {
		vpcendpoint.NewVpcEndpoint(c, jsii.String("Endpoint"+naming.Pascal(svc)), &vpcendpoint.VpcEndpointConfig{
			VpcId: v.Id(), ServiceName: jsii.String(fmt.Sprintf("com.amazonaws.%s.%s", env.AWS.Region, svc)),
			VpcEndpointType: jsii.String("Interface"), PrivateDnsEnabled: jsii.Bool(true),
			SubnetIds: &n.PrivateSubnetIDs, SecurityGroupIds: &[]*string{esg.Id()},
			Tags: &map[string]*string{"Name": jsii.String(names.Name("endpoint", svc))},
		})
	}
	for _, svc := range GatewayEndpointServices {
		ep := vpcendpoint.NewVpcEndpoint(c, jsii.String("Endpoint"+naming.Pascal(svc)), &vpcendpoint.VpcEndpointConfig{
			VpcId: v.Id(), ServiceName: jsii.String(fmt.Sprintf("com.amazonaws.%s.%s", env.AWS.Region, svc)),
			VpcEndpointType: jsii.String("Gateway"), RouteTableIds: &privateRTIDs,
			Tags: &map[string]*string{"Name": jsii.String(names.Name("endpoint", svc))},
		})
		egress("FunctionEgress"+naming.Pascal(svc), "HTTPS to "+svc+" through its gateway endpoint", 443,
			vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig{PrefixListId: ep.PrefixListId()})
	}

	if len(props.NeonEndpointServices) > 0 {
		// Postgres only to Neon's endpoint services, inside the VPC. Private DNS is
		// enabled once each endpoint is assigned to the Neon organization
		// (EnableNeonPrivateDNS), so the connection strings do not change.
		nsg := securitygroup.NewSecurityGroup(c, jsii.String("NeonEndpointSecurityGroup"), &securitygroup.SecurityGroupConfig{
			Name: jsii.String(names.Name("neon-endpoints")), Description: jsii.String("Neon Private Networking endpoints: Postgres from the service functions only"),
			VpcId: v.Id(),
		})
		vpcsecuritygroupingressrule.NewVpcSecurityGroupIngressRule(c, jsii.String("NeonEndpointIngress"), &vpcsecuritygroupingressrule.VpcSecurityGroupIngressRuleConfig{
			SecurityGroupId: nsg.Id(), IpProtocol: jsii.String("tcp"), FromPort: jsii.Number(5432), ToPort: jsii.Number(5432),
			ReferencedSecurityGroupId: fsg.Id(), Description: jsii.String("Postgres from the service functions"),
		})
		egress("FunctionEgressNeon", "Postgres to Neon through its PrivateLink endpoints", 5432,
			vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig{ReferencedSecurityGroupId: nsg.Id()})
		for i, service := range props.NeonEndpointServices {
			n.NeonEndpoints = append(n.NeonEndpoints, vpcendpoint.NewVpcEndpoint(c, jsii.String(fmt.Sprintf("NeonEndpoint%d", i)), &vpcendpoint.VpcEndpointConfig{
				VpcId: v.Id(), ServiceName: jsii.String(service), VpcEndpointType: jsii.String("Interface"),
				PrivateDnsEnabled: jsii.Bool(false), // EnableNeonPrivateDNS, after the assignment
				SubnetIds:         &n.PrivateSubnetIDs, SecurityGroupIds: &[]*string{nsg.Id()},
				Tags:      &map[string]*string{"Name": jsii.String(names.Name("endpoint", "neon", fmt.Sprint(i)))},
				Lifecycle: &cdktf.TerraformResourceLifecycle{IgnoreChanges: &[]*string{jsii.String("private_dns_enabled")}},
			}))
		}
	} else {
		// Neon publishes no fixed address range for its endpoints, so Postgres is the
		// one path to the internet (through the NAT gateways), recorded as a suppression
		// of the network rules with its compensating controls.
		neon := egress("FunctionEgress5432", "Postgres to Neon over TLS, through NAT", 5432,
			vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig{CidrIpv4: jsii.String("0.0.0.0/0")})
		for _, rule := range NeonEgressSuppressedRules {
			compliance.Suppress(neon, rule, NeonEgressReason)
		}
	}

	if err := flowLogs(c, v, props); err != nil {
		return nil, err
	}
	return n, nil
}

// NeonEndpointIDs are the ids of NeonEndpoints (Terraform references).
func (n *Network) NeonEndpointIDs() []*string {
	ids := make([]*string, len(n.NeonEndpoints))
	for i, ep := range n.NeonEndpoints {
		ids[i] = ep.Id()
	}
	return ids
}

// EnableNeonPrivateDNS turns on private DNS for the Neon endpoints once their
// assignments to the Neon organization exist (Neon refuses the private DNS name
// before), so that the Neon host names resolve to the endpoints inside the VPC.
// assignments[i] is the assignment of NeonEndpoints[i].
func (n *Network) EnableNeonPrivateDNS(assignments []cdktf.ITerraformDependable) error {
	if len(assignments) != len(n.NeonEndpoints) {
		return fmt.Errorf("network.EnableNeonPrivateDNS: %d assignments for %d endpoints", len(assignments), len(n.NeonEndpoints))
	}
	for i, ep := range n.NeonEndpoints {
		vpcendpointprivatedns.NewVpcEndpointPrivateDns(n.Scope, jsii.String(fmt.Sprintf("NeonEndpointPrivateDns%d", i)), &vpcendpointprivatedns.VpcEndpointPrivateDnsConfig{
			VpcEndpointId: ep.Id(), PrivateDnsEnabled: jsii.Bool(true), DependsOn: &[]cdktf.ITerraformDependable{assignments[i]},
		})
	}
	return nil
}

// flowLogs sends every accepted and rejected flow of the VPC to an encrypted log group
// (HIPAA 164.312(b) audit controls).
func flowLogs(c constructs.Construct, v vpc.Vpc, props Props) error {
	env, names := props.Env, props.Names
	group, err := logs.NewGroup(c, "FlowLogGroup", logs.GroupProps{
		Name: names.LogGroup("/vpc/flow-logs"), Key: props.LogsKey, RetentionDays: env.Retention.LogDays,
	})
	if err != nil {
		return err
	}
	role := iamrole.NewIamRole(c, jsii.String("FlowLogRole"), &iamrole.IamRoleConfig{
		Name: jsii.String(names.Name("vpc-flow-logs")),
		AssumeRolePolicy: jsii.String(iam.Policy(iam.Statement{
			Effect: "Allow", Principal: &iam.Principal{Service: iam.Strings{"vpc-flow-logs.amazonaws.com"}},
			Action:    iam.Strings{"sts:AssumeRole"},
			Condition: iam.Conditions{"StringEquals": {"aws:SourceAccount": {env.AWS.AccountID}}},
		}).JSON()),
	})
	iamrolepolicy.NewIamRolePolicy(c, jsii.String("FlowLogRolePolicy"), &iamrolepolicy.IamRolePolicyConfig{
		Role: role.Id(),
		Policy: jsii.String(iam.Policy(iam.Allow("WriteFlowLogs",
			[]string{"logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"},
			[]string{*group.Arn(), *group.Arn() + ":*"})).JSON()),
	})
	flowlog.NewFlowLog(c, jsii.String("FlowLog"), &flowlog.FlowLogConfig{
		VpcId: v.Id(), TrafficType: jsii.String("ALL"), LogDestinationType: jsii.String("cloud-watch-logs"),
		LogDestination: group.Arn(), IamRoleArn: role.Arn(), MaxAggregationInterval: jsii.Number(60),
	})
	return nil
}

package railway

import (
	"regexp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// subdomainRE is a DNS label: Railway serves <subdomain>.up.railway.app.
var subdomainRE = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$`)

// ServiceDomainProps mirrors railway_service_domain (docs/resources/service_domain.md at
// v0.6.2): a Railway-provided public domain, <subdomain>.<suffix>. Every attribute is
// required.
type ServiceDomainProps struct {
	EnvironmentId *string
	ServiceId     *string
	Subdomain     *string
}

// ServiceDomain is a railway_service_domain: a public entry point of the service.
type ServiceDomain struct {
	Resource cdktf.TerraformResource
}

// NewServiceDomain creates a railway_service_domain.
func (p *Provider) NewServiceDomain(scope constructs.Construct, id string, props ServiceDomainProps) (*ServiceDomain, error) {
	v := validator{}
	v.required("environment_id", props.EnvironmentId)
	v.required("service_id", props.ServiceId)
	if props.Subdomain == nil || !subdomainRE.MatchString(*props.Subdomain) {
		v.add("subdomain", props.Subdomain, "must be one DNS label: lowercase letters, digits and inner hyphens, 1 to 63 characters")
	}
	if err := v.err("railway.NewServiceDomain " + id); err != nil {
		return nil, err
	}
	return &ServiceDomain{Resource: p.resource(scope, id, "railway_service_domain", map[string]any{
		"environment_id": props.EnvironmentId, "service_id": props.ServiceId, "subdomain": props.Subdomain,
	})}, nil
}

// Domain is the full domain, <subdomain>.<suffix> (read-only; a Terraform reference).
func (d *ServiceDomain) Domain() *string { return d.Resource.GetStringAttribute(jsii.String("domain")) }

// Id is the domain's identifier (a Terraform reference).
func (d *ServiceDomain) Id() *string { return d.Resource.GetStringAttribute(jsii.String("id")) }

// CustomDomainProps mirrors railway_custom_domain (docs/resources/custom_domain.md at
// v0.6.2): a domain of one's own served by the service.
type CustomDomainProps struct {
	// Domain, EnvironmentId and ServiceId are required.
	Domain        *string
	EnvironmentId *string
	ServiceId     *string
	// TargetPort is the service's port for the domain. Default: the service's PORT.
	TargetPort *float64
}

// CustomDomain is a railway_custom_domain: a public entry point of the service.
type CustomDomain struct {
	Resource cdktf.TerraformResource
}

// NewCustomDomain creates a railway_custom_domain.
func (p *Provider) NewCustomDomain(scope constructs.Construct, id string, props CustomDomainProps) (*CustomDomain, error) {
	v := validator{}
	v.required("domain", props.Domain)
	v.required("environment_id", props.EnvironmentId)
	v.required("service_id", props.ServiceId)
	if props.TargetPort != nil && (*props.TargetPort < 1 || *props.TargetPort > 65535) {
		v.add("target_port", props.TargetPort, "must be a port from 1 to 65535")
	}
	if err := v.err("railway.NewCustomDomain " + id); err != nil {
		return nil, err
	}
	return &CustomDomain{Resource: p.resource(scope, id, "railway_custom_domain", map[string]any{
		"domain": props.Domain, "environment_id": props.EnvironmentId, "service_id": props.ServiceId, "target_port": props.TargetPort,
	})}, nil
}

// DnsRecordValue is the value of the CNAME the DNS owner creates (read-only).
func (d *CustomDomain) DnsRecordValue() *string {
	return d.Resource.GetStringAttribute(jsii.String("dns_record_value"))
}

// TCPProxyProps mirrors railway_tcp_proxy (docs/resources/tcp_proxy.md at v0.6.2): a
// public TCP port forwarded to the service. Every attribute is required.
type TCPProxyProps struct {
	ApplicationPort *float64
	EnvironmentId   *string
	ServiceId       *string
}

// TCPProxy is a railway_tcp_proxy: a public entry point of the service that no HTTP
// edge can front.
type TCPProxy struct {
	Resource cdktf.TerraformResource
}

// NewTCPProxy creates a railway_tcp_proxy.
func (p *Provider) NewTCPProxy(scope constructs.Construct, id string, props TCPProxyProps) (*TCPProxy, error) {
	v := validator{}
	if props.ApplicationPort == nil || *props.ApplicationPort < 1 || *props.ApplicationPort > 65535 {
		v.add("application_port", props.ApplicationPort, "must be a port from 1 to 65535")
	}
	v.required("environment_id", props.EnvironmentId)
	v.required("service_id", props.ServiceId)
	if err := v.err("railway.NewTCPProxy " + id); err != nil {
		return nil, err
	}
	return &TCPProxy{Resource: p.resource(scope, id, "railway_tcp_proxy", map[string]any{
		"application_port": props.ApplicationPort, "environment_id": props.EnvironmentId, "service_id": props.ServiceId,
	})}, nil
}

package edge

import (
	"fmt"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/acmcertificate"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/acmcertificatevalidation"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/route53record"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// validationNames is how many names the certificate validates: Domain and api.<Domain>.
// ACM gives each its own CNAME.
const validationNames = 2

// newCertificate requests the certificate in us-east-1 with DNS validation (it renews by
// itself while the records stay), and with a hosted zone creates its validation records.
// domain_validation_options is a set: its elements are indexed through tolist() (cdktf's
// Get on a set), which needs no for_each over values unknown until the certificate
// exists; both records are created whatever the order.
func (e *Edge) newCertificate() error {
	p := e.props
	e.Certificate = acmcertificate.NewAcmCertificate(e.Scope, jsii.String("Certificate"), &acmcertificate.AcmCertificateConfig{
		DomainName:              jsii.String(p.Domain),
		SubjectAlternativeNames: jsii.Strings(apiDomain(p.Domain)),
		ValidationMethod:        jsii.String("DNS"),
		KeyAlgorithm:            jsii.String("RSA_2048"),
		Lifecycle:               &cdktf.TerraformResourceLifecycle{CreateBeforeDestroy: jsii.Bool(true)},
		Provider:                p.EdgeProvider,
		Tags:                    &map[string]*string{"Name": jsii.String(p.Names.Name("edge"))},
	})
	cfg := &acmcertificatevalidation.AcmCertificateValidationConfig{
		CertificateArn: e.Certificate.Arn(),
		Provider:       p.EdgeProvider,
	}
	if p.HostedZoneID != "" {
		var fqdns []*string
		for i := range validationNames {
			o := e.Certificate.DomainValidationOptions().Get(jsii.Number(float64(i)))
			r := route53record.NewRoute53Record(e.Scope, jsii.String(fmt.Sprintf("CertificateValidation%d", i)), &route53record.Route53RecordConfig{
				ZoneId:         jsii.String(p.HostedZoneID),
				Name:           o.ResourceRecordName(),
				Type:           o.ResourceRecordType(),
				Records:        &[]*string{o.ResourceRecordValue()},
				Ttl:            jsii.Number(300),
				AllowOverwrite: jsii.Bool(true),
			})
			fqdns = append(fqdns, r.Fqdn())
		}
		cfg.ValidationRecordFqdns = &fqdns
	}
	e.CertificateValidation = acmcertificatevalidation.NewAcmCertificateValidation(e.Scope, jsii.String("CertificateValidation"), cfg)
	return nil
}

// newDNS points Domain and api.<Domain> at their distributions (A and AAAA aliases),
// when the zone is managed here.
func (e *Edge) newDNS() error {
	p := e.props
	if p.HostedZoneID == "" {
		return nil
	}
	targets := []struct {
		id, name string
		dist     interface {
			DomainName() *string
			HostedZoneId() *string
		}
	}{{"Frontend", p.Domain, e.Frontend}, {"API", apiDomain(p.Domain), e.API}}
	for _, t := range targets {
		for _, typ := range []string{"A", "AAAA"} {
			route53record.NewRoute53Record(e.Scope, jsii.String(t.id+"Alias"+typ), &route53record.Route53RecordConfig{
				ZoneId: jsii.String(p.HostedZoneID),
				Name:   jsii.String(t.name),
				Type:   jsii.String(typ),
				Alias: &route53record.Route53RecordAlias{
					Name:                 t.dist.DomainName(),
					ZoneId:               t.dist.HostedZoneId(),
					EvaluateTargetHealth: jsii.Bool(false),
				},
			})
		}
	}
	return nil
}

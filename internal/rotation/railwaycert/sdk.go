package railwaycert

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/acmpca"
	"github.com/aws/aws-sdk-go-v2/service/acmpca/types"
)

// SDK is the real AWS Private CA, through the AWS SDK for Go v2, for one certificate
// authority. Its client talks to the CA's region (from the ARN).
type SDK struct {
	Client *acmpca.Client
	// CertificateAuthorityARN is the CA that issues the certificates.
	CertificateAuthorityARN string
	partition               string
}

var _ CA = (*SDK)(nil)

// NewSDK validates the CA's ARN and wraps a client built from the function's
// configuration, in the CA's region (tests add options such as BaseEndpoint).
func NewSDK(cfg aws.Config, caARN string, optFns ...func(*acmpca.Options)) (*SDK, error) {
	if err := ValidateCAARN(caARN); err != nil {
		return nil, err
	}
	parts := strings.Split(caARN, ":")
	region := func(o *acmpca.Options) { o.Region = parts[3] }
	return &SDK{
		Client:                  acmpca.NewFromConfig(cfg, append([]func(*acmpca.Options){region}, optFns...)...),
		CertificateAuthorityARN: caARN,
		partition:               parts[1],
	}, nil
}

// TemplateARN is the certificate template the SDK issues with: an end-entity client
// authentication certificate (key usage digitalSignature, extended key usage
// clientAuth), in the CA's partition.
func (s *SDK) TemplateARN() string {
	return "arn:" + s.partition + ":acm-pca:::template/EndEntityClientAuthCertificate/V1"
}

// IssueCertificate implements CA.
func (s *SDK) IssueCertificate(ctx context.Context, csrPEM []byte, validityDays int, idempotencyToken string) (string, error) {
	if l := len(idempotencyToken); l < 1 || l > 36 {
		return "", fmt.Errorf("an idempotency token of %d characters; ACM PCA takes 1 to 36", l)
	}
	out, err := s.Client.IssueCertificate(ctx, &acmpca.IssueCertificateInput{
		CertificateAuthorityArn: aws.String(s.CertificateAuthorityARN),
		Csr:                     csrPEM,
		SigningAlgorithm:        types.SigningAlgorithmSha256withecdsa,
		TemplateArn:             aws.String(s.TemplateARN()),
		Validity:                &types.Validity{Type: types.ValidityPeriodTypeDays, Value: aws.Int64(int64(validityDays))},
		IdempotencyToken:        aws.String(idempotencyToken),
	})
	if err != nil {
		return "", err
	}
	arn := aws.ToString(out.CertificateArn)
	if !strings.HasPrefix(arn, s.CertificateAuthorityARN+"/certificate/") {
		return "", fmt.Errorf("IssueCertificate returned the ARN %q, not a certificate of %s", arn, s.CertificateAuthorityARN)
	}
	return arn, nil
}

// GetCertificate implements CA: RequestInProgressException is ErrNotReady.
func (s *SDK) GetCertificate(ctx context.Context, certificateARN string) (string, string, error) {
	out, err := s.Client.GetCertificate(ctx, &acmpca.GetCertificateInput{
		CertificateAuthorityArn: aws.String(s.CertificateAuthorityARN),
		CertificateArn:          aws.String(certificateARN),
	})
	var inProgress *types.RequestInProgressException
	if errors.As(err, &inProgress) {
		return "", "", fmt.Errorf("%w: %w", ErrNotReady, err)
	}
	if err != nil {
		return "", "", err
	}
	if aws.ToString(out.Certificate) == "" {
		return "", "", errors.New("GetCertificate returned no certificate")
	}
	return aws.ToString(out.Certificate), aws.ToString(out.CertificateChain), nil
}

// GetCACertificate implements CA.
func (s *SDK) GetCACertificate(ctx context.Context) (string, error) {
	out, err := s.Client.GetCertificateAuthorityCertificate(ctx, &acmpca.GetCertificateAuthorityCertificateInput{
		CertificateAuthorityArn: aws.String(s.CertificateAuthorityARN),
	})
	if err != nil {
		return "", err
	}
	if aws.ToString(out.Certificate) == "" {
		return "", errors.New("GetCertificateAuthorityCertificate returned no certificate (is the CA's certificate installed?)")
	}
	return aws.ToString(out.Certificate), nil
}

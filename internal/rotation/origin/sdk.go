package origin

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront"
	"github.com/aws/aws-sdk-go-v2/service/cloudfront/types"
)

// SDK is the real CloudFront, through the AWS SDK for Go v2. In the commercial
// partition the SDK resolves CloudFront's global endpoint, https://cloudfront.amazonaws.com,
// from any region.
type SDK struct{ Client *cloudfront.Client }

// NewSDK wraps a client built from the function's configuration (tests add options such
// as BaseEndpoint).
func NewSDK(cfg aws.Config, optFns ...func(*cloudfront.Options)) *SDK {
	return &SDK{Client: cloudfront.NewFromConfig(cfg, optFns...)}
}

var _ CloudFront = (*SDK)(nil)

// ListDistributions implements CloudFront.
func (s *SDK) ListDistributions(ctx context.Context, marker string) (Page, error) {
	in := &cloudfront.ListDistributionsInput{}
	if marker != "" {
		in.Marker = aws.String(marker)
	}
	out, err := s.Client.ListDistributions(ctx, in)
	if err != nil {
		return Page{}, err
	}
	var p Page
	l := out.DistributionList
	if l == nil {
		return p, nil
	}
	for _, d := range l.Items {
		sum := Summary{ID: aws.ToString(d.Id)}
		if d.Aliases != nil {
			sum.Aliases = d.Aliases.Items
		}
		p.Distributions = append(p.Distributions, sum)
	}
	if aws.ToBool(l.IsTruncated) {
		p.NextMarker = aws.ToString(l.NextMarker)
		if p.NextMarker == "" {
			return Page{}, errors.New("ListDistributions: a truncated page without NextMarker")
		}
	}
	return p, nil
}

// GetDistributionConfig implements CloudFront.
func (s *SDK) GetDistributionConfig(ctx context.Context, id string) (*types.DistributionConfig, string, error) {
	out, err := s.Client.GetDistributionConfig(ctx, &cloudfront.GetDistributionConfigInput{Id: aws.String(id)})
	if err != nil {
		return nil, "", mapError(err)
	}
	if out.DistributionConfig == nil {
		return nil, "", fmt.Errorf("GetDistributionConfig %s: no configuration in the response", id)
	}
	return out.DistributionConfig, aws.ToString(out.ETag), nil
}

// UpdateDistribution implements CloudFront.
func (s *SDK) UpdateDistribution(ctx context.Context, id, ifMatch string, config *types.DistributionConfig) error {
	_, err := s.Client.UpdateDistribution(ctx, &cloudfront.UpdateDistributionInput{
		Id: aws.String(id), IfMatch: aws.String(ifMatch), DistributionConfig: config,
	})
	return mapError(err)
}

// mapError wraps CloudFront's error codes the strategy acts on in this package's errors.
func mapError(err error) error {
	var pf *types.PreconditionFailed
	var nd *types.NoSuchDistribution
	switch {
	case err == nil:
		return nil
	case errors.As(err, &pf):
		return fmt.Errorf("%w: %w", ErrPreconditionFailed, err)
	case errors.As(err, &nd):
		return fmt.Errorf("%w: %w", ErrNoSuchDistribution, err)
	}
	return err
}

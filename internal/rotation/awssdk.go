package rotation

import (
	"context"
	"errors"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager/types"
)

// SDK is the real Secrets Manager, through the AWS SDK for Go v2.
type SDK struct{ Client *secretsmanager.Client }

// NewSDK wraps a configured client (config.LoadDefaultConfig in the function's main).
func NewSDK(cfg aws.Config) *SDK { return &SDK{Client: secretsmanager.NewFromConfig(cfg)} }

// DescribeSecret implements SecretsManager.
func (s *SDK) DescribeSecret(ctx context.Context, secretID string) (Description, error) {
	out, err := s.Client.DescribeSecret(ctx, &secretsmanager.DescribeSecretInput{SecretId: aws.String(secretID)})
	if err != nil {
		return Description{}, err
	}
	return Description{RotationEnabled: aws.ToBool(out.RotationEnabled), Versions: out.VersionIdsToStages}, nil
}

// GetSecretValue implements SecretsManager.
func (s *SDK) GetSecretValue(ctx context.Context, secretID, versionID, stage string) (string, error) {
	in := &secretsmanager.GetSecretValueInput{SecretId: aws.String(secretID)}
	if versionID != "" {
		in.VersionId = aws.String(versionID)
	}
	if stage != "" {
		in.VersionStage = aws.String(stage)
	}
	out, err := s.Client.GetSecretValue(ctx, in)
	var nf *types.ResourceNotFoundException
	if errors.As(err, &nf) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", err
	}
	return aws.ToString(out.SecretString), nil
}

// PutSecretValue implements SecretsManager.
func (s *SDK) PutSecretValue(ctx context.Context, secretID, token, value string, stages []string) error {
	_, err := s.Client.PutSecretValue(ctx, &secretsmanager.PutSecretValueInput{
		SecretId: aws.String(secretID), ClientRequestToken: aws.String(token), SecretString: aws.String(value), VersionStages: stages,
	})
	return err
}

// UpdateSecretVersionStage implements SecretsManager.
func (s *SDK) UpdateSecretVersionStage(ctx context.Context, secretID, stage, moveTo, removeFrom string) error {
	in := &secretsmanager.UpdateSecretVersionStageInput{SecretId: aws.String(secretID), VersionStage: aws.String(stage), MoveToVersionId: aws.String(moveTo)}
	if removeFrom != "" {
		in.RemoveFromVersionId = aws.String(removeFrom)
	}
	_, err := s.Client.UpdateSecretVersionStage(ctx, in)
	return err
}

// GetRandomPassword implements SecretsManager.
func (s *SDK) GetRandomPassword(ctx context.Context, length int, excludePunctuation bool) (string, error) {
	out, err := s.Client.GetRandomPassword(ctx, &secretsmanager.GetRandomPasswordInput{
		PasswordLength: aws.Int64(int64(length)), ExcludePunctuation: aws.Bool(excludePunctuation),
	})
	if err != nil {
		return "", err
	}
	return aws.ToString(out.RandomPassword), nil
}

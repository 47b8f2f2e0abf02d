package rotation

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

// Main runs a rotation function in the Lambda runtime: Secrets Manager's events go to
// Handle with the strategy newStrategy builds (once per cold start, with the function's
// AWS configuration). Each step is logged (secret, step, outcome), never a value.
func Main(newStrategy func(ctx context.Context, cfg aws.Config) (Strategy, error)) {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		log.Error("loading the AWS configuration", "error", err.Error())
		os.Exit(1)
	}
	strategy, err := newStrategy(ctx, cfg)
	if err != nil {
		log.Error("building the rotation strategy", "error", err.Error())
		os.Exit(1)
	}
	sm := NewSDK(cfg)
	lambda.Start(func(ctx context.Context, e Event) error {
		err := Handle(ctx, sm, strategy, e)
		if err != nil {
			log.Error("rotation step failed", "secret", e.SecretID, "step", e.Step, "version", e.ClientRequestToken, "error", err.Error())
			return err
		}
		log.Info("rotation step done", "secret", e.SecretID, "step", e.Step, "version", e.ClientRequestToken)
		return nil
	})
}

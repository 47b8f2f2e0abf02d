package secrets

import (
	"github.com/healthhub/platform-infra/config"
	"github.com/healthhub/platform-infra/constructs/iam"
)

// RotationActions are what a rotation function does to the one secret it rotates: read
// its metadata and versions, store the pending value, and move the AWSCURRENT and
// AWSPENDING labels.
var RotationActions = []string{
	"secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
	"secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage",
}

// RotationStatements are the identity-policy statements a rotation function needs on
// this secret only: RotationActions on its ARN, and decrypt and data-key generation with
// its key when Secrets Manager asks (kms:ViaService secretsmanager.<region>.<suffix>).
// rotation.Rotator.Rotate grants them; the key's policy must also name the function's
// role among its Users, and a resource policy on the secret must let that role read it.
func (s *Secret) RotationStatements() []iam.Statement {
	return []iam.Statement{
		iam.Allow("RotateSecret", RotationActions, []string{*s.Arn()}),
		{
			Sid: "EncryptSecretVersions", Effect: "Allow", Action: iam.Strings{"kms:Decrypt", "kms:GenerateDataKey"}, Resource: iam.Strings{*s.key.Arn()},
			Condition: iam.Conditions{"StringEquals": {"kms:ViaService": {"secretsmanager." + s.region + "." + config.DNSSuffix(s.region)}}},
		},
	}
}

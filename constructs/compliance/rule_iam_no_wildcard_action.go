package compliance

import (
	"fmt"
	"regexp"
	"strings"
)

var wildcardActionRE = regexp.MustCompile(`^(\*|[A-Za-z0-9-]+:\*)$`)

// SensitiveActions are actions that read, write or destroy data (PHI may be in any
// store), use keys, or escalate privilege. A partial wildcard in an Allow ("s3:Get*",
// "s3:*Object", "kms:Generate*", "dynamodb:*Item") that matches one of them is treated
// like "s3:*": it grants the data action without naming it, and also every action AWS
// adds later under the same pattern, which no reviewer has seen. A partial wildcard that
// matches none of them ("ec2:Describe*", "logs:Describe*") is left alone, as cdk-nag's
// IAMPolicyNoStatementsWithFullAccess does (it flags only "svc:*").
var SensitiveActions = []string{
	// S3 objects and bucket policy
	"s3:GetObject", "s3:GetObjectVersion", "s3:PutObject", "s3:DeleteObject", "s3:DeleteObjectVersion",
	"s3:RestoreObject", "s3:BypassGovernanceRetention", "s3:PutObjectRetention", "s3:PutObjectLegalHold",
	"s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutBucketAcl", "s3:PutObjectAcl", "s3:ReplicateObject",
	// DynamoDB items
	"dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:PutItem",
	"dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "dynamodb:ExportTableToPointInTime",
	"dynamodb:PartiQLSelect", "dynamodb:GetRecords",
	// KMS key use and key policy
	"kms:Decrypt", "kms:Encrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey",
	"kms:GenerateDataKeyWithoutPlaintext", "kms:GenerateDataKeyPair", "kms:CreateGrant", "kms:PutKeyPolicy",
	"kms:ScheduleKeyDeletion", "kms:DisableKey",
	// secrets and parameters
	"secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue", "secretsmanager:PutResourcePolicy",
	"ssm:GetParameter", "ssm:GetParameters", "ssm:GetParametersByPath",
	// messages and logs
	"sqs:ReceiveMessage", "sqs:SendMessage", "sqs:DeleteMessage", "sns:Publish", "sns:Subscribe",
	"logs:GetLogEvents", "logs:FilterLogEvents", "logs:StartQuery", "logs:GetQueryResults",
	"kinesis:GetRecords", "firehose:PutRecord",
	// databases
	"rds-data:ExecuteStatement", "rds-db:connect", "rds:CreateDBSnapshot", "rds:ModifyDBInstance",
	// code and privilege
	"lambda:InvokeFunction", "lambda:UpdateFunctionCode", "lambda:UpdateFunctionConfiguration",
	"iam:PassRole", "iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion", "iam:AttachRolePolicy",
	"iam:PutRolePolicy", "iam:AttachUserPolicy", "iam:PutUserPolicy", "iam:AttachGroupPolicy",
	"iam:PutGroupPolicy", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile",
	"iam:UpdateAssumeRolePolicy", "iam:DeleteRolePermissionsBoundary", "iam:PutRolePermissionsBoundary",
	"sts:AssumeRole",
}

// IAMNoWildcardAction: identity policies never allow every action, every action of a
// service, a partial wildcard that expands to data, key or privilege actions (see
// SensitiveActions), or everything but a list (NotAction). Every identity-policy
// document is read wherever Terraform carries it (identityPolicyTypes, data-source
// documents, references to another policy); one the pack cannot read fails.
var IAMNoWildcardAction = &Rule{
	ID: "iam-no-wildcard-action", Controls: []string{"164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)", "164.312(a)(1)"}, Level: Error,
	Types:   identityPolicyTypes,
	Problem: "an Allow statement grants every action, every action of a service, a wildcard over data actions, or everything but a list (NotAction)",
	Why:     "least privilege: a role reaching PHI may do only what its service needs, and a wildcard also grants the actions AWS adds later.",
	Fix:     "list the actions (security.Role.Grant rejects wildcards)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return s.checkIdentityStatements(r, func(st statement) string {
			if st.Effect != "Allow" {
				return ""
			}
			if len(st.NotAction) > 0 {
				return fmt.Sprintf("%s allows every action except %s (NotAction)", st.label(), strings.Join(st.NotAction, ", "))
			}
			var bad []string
			for _, a := range st.Action {
				if d := wildcardAction(a); d != "" {
					bad = append(bad, d)
				}
			}
			if len(bad) > 0 {
				return st.label() + " allows " + strings.Join(bad, ", ")
			}
			return ""
		})
	},
}

// wildcardAction says why an allowed action is too broad, or "".
func wildcardAction(a string) string {
	if strings.Contains(a, "${") {
		return fmt.Sprintf("%q (cannot verify an action that is a Terraform expression)", a)
	}
	if wildcardActionRE.MatchString(a) {
		return a
	}
	if !hasIAMWildcard(a) {
		return ""
	}
	if svc, _, _ := strings.Cut(a, ":"); hasIAMWildcard(svc) {
		return a + " (a wildcard in the service prefix)"
	}
	for _, sens := range SensitiveActions {
		if iamWildMatch(a, sens) {
			return fmt.Sprintf("%s (expands to %s)", a, sens)
		}
	}
	return ""
}

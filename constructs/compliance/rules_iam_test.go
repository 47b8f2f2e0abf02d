package compliance

import (
	"encoding/json"
	"strings"
	"testing"
)

// iamPol renders a policy document (raw JSON) as the JSON string a policy attribute holds.
func iamPol(doc string) string {
	b, err := json.Marshal(doc)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// iamStmts wraps statements in a policy document and renders it as an attribute value.
func iamStmts(statements ...string) string {
	return iamPol(`{"Version":"2012-10-17","Statement":[` + strings.Join(statements, ",") + `]}`)
}

// iamRes is a resource with one attribute holding a policy built from statements.
func iamRes(attr string, statements ...string) string {
	return `{"` + attr + `":` + iamStmts(statements...) + `}`
}

const (
	iamLambdaTrust = `{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}`
	iamTLSDeny     = `{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["${aws_s3_bucket.b.arn}","${aws_s3_bucket.b.arn}/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}`
	iamBoundary    = `{"name":"hh-dev-boundary","policy":` + `"{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"logs:PutLogEvents\",\"Resource\":\"arn:aws:logs:us-east-1:111122223333:log-group:x:*\"}]}"` + `}`
)

// iamTrust is an aws_iam_role with a trust policy built from statements and extra attributes.
func iamTrust(extra string, statements ...string) string {
	return `{"assume_role_policy":` + iamStmts(statements...) + extra + `}`
}

func iamAllowOn(action, resource string) string {
	return `{"Effect":"Allow","Action":` + action + `,"Resource":` + resource + `}`
}

// iamPublic is a public Allow statement with an optional condition.
func iamPublic(principal, action, condition string) string {
	s := `{"Effect":"Allow","Principal":` + principal + `,"Action":"` + action + `","Resource":"*"`
	if condition != "" {
		s += `,"Condition":` + condition
	}
	return s + `}`
}

func iamTLS(bucketAttrs string, statements ...string) map[string]string {
	return map[string]string{"aws_s3_bucket.b": bucketAttrs, "aws_s3_bucket_policy.p": `{"bucket":"${aws_s3_bucket.b.id}","policy":` + iamStmts(statements...) + `}`}
}

func iamTLSStmt(principal, action, resource, condition string) string {
	return `{"Effect":"Deny","Principal":` + principal + `,"Action":` + action + `,"Resource":` + resource + `,"Condition":` + condition + `}`
}

const (
	iamBothRes  = `["${aws_s3_bucket.b.arn}","${aws_s3_bucket.b.arn}/*"]`
	iamInsecure = `{"Bool":{"aws:SecureTransport":"false"}}`
)

// iamCases are the rule cases of pack_iam.go (run by TestRules), and the added cases of
// this family's rules in the core list.
var iamCases = map[*Rule][]ruleCase{
	IAMNoWildcardAction: {
		{"partial wildcard over objects", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", iamAllowOn(`"s3:Get*"`, `"arn:aws:s3:::b/*"`))}, "aws_iam_policy.p", Fail, nil},
		{"suffix wildcard over objects", "dev", map[string]string{"aws_iam_role_policy.p": iamRes("policy", iamAllowOn(`["s3:*Object"]`, `"arn:aws:s3:::b/*"`))}, "aws_iam_role_policy.p", Fail, nil},
		{"key wildcard", "dev", map[string]string{"aws_iam_role_policy.p": iamRes("policy", iamAllowOn(`"kms:Generate*"`, `"${aws_kms_key.k.arn}"`))}, "aws_iam_role_policy.p", Fail, nil},
		{"wildcard service prefix", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", iamAllowOn(`"*:GetObject"`, `"arn:aws:s3:::b/*"`))}, "aws_iam_policy.p", Fail, nil},
		{"describe wildcard is fine", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", iamAllowOn(`"ec2:Describe*"`, `"arn:aws:ec2:us-east-1:111122223333:*"`))}, "aws_iam_policy.p", Pass, nil},
		{"service star in a list", "dev", map[string]string{"aws_iam_group_policy.p": iamRes("policy", iamAllowOn(`["s3:GetObject","dynamodb:*"]`, `"arn"`))}, "aws_iam_group_policy.p", Fail, nil},
		{"NotAction allow", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", `{"Effect":"Allow","NotAction":"iam:*","Resource":"arn:aws:s3:::b"}`)}, "aws_iam_policy.p", Fail, nil},
		{"action is an expression", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", iamAllowOn(`"${var.action}"`, `"arn:aws:s3:::b"`))}, "aws_iam_policy.p", Fail, nil},
		{"user inline star", "dev", map[string]string{"aws_iam_user_policy.p": iamRes("policy", iamAllowOn(`"*"`, `"*"`))}, "aws_iam_user_policy.p", Fail, nil},
		{"single statement object", "dev", map[string]string{"aws_iam_policy.p": `{"policy":` + iamPol(`{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}`) + `}`}, "aws_iam_policy.p", Fail, nil},
		{"role inline_policy block", "dev", map[string]string{"aws_iam_role.r": `{"assume_role_policy":` + iamStmts(iamLambdaTrust) + `,"inline_policy":[{"name":"x","policy":` + iamStmts(iamAllowOn(`"s3:*"`, `"arn"`)) + `}]}`}, "aws_iam_role.r", Fail, nil},
		{"role inline_policy block as an object", "dev", map[string]string{"aws_iam_role.r": `{"assume_role_policy":` + iamStmts(iamLambdaTrust) + `,"inline_policy":{"name":"x","policy":` + iamStmts(iamAllowOn(`"*"`, `"arn"`)) + `}}`}, "aws_iam_role.r", Fail, nil},
		{"role inline_policy listed", "dev", map[string]string{"aws_iam_role.r": `{"assume_role_policy":` + iamStmts(iamLambdaTrust) + `,"inline_policy":[{"name":"x","policy":` + iamStmts(iamAllowOn(`"s3:GetObject"`, `"arn"`)) + `}]}`}, "aws_iam_role.r", Pass, nil},
		{"role without inline policies", "dev", map[string]string{"aws_iam_role.r": iamTrust("", iamLambdaTrust)}, "aws_iam_role.r", NotApplicable, nil},
		{"role inline_policy without document", "dev", map[string]string{"aws_iam_role.r": `{"assume_role_policy":` + iamStmts(iamLambdaTrust) + `,"inline_policy":[{"name":"x"}]}`}, "aws_iam_role.r", Fail, nil},
		{"role inline_policy blocks are a variable", "dev", map[string]string{"aws_iam_role.r": `{"assume_role_policy":` + iamStmts(iamLambdaTrust) + `,"inline_policy":"${var.policies}"}`}, "aws_iam_role.r", Fail, nil},
		{"policy through another resource", "dev", map[string]string{"aws_iam_policy.q": iamRes("policy", iamAllowOn(`"*"`, `"*"`)), "aws_iam_role_policy.p": `{"policy":"${aws_iam_policy.q.policy}"}`}, "aws_iam_role_policy.p", Fail, nil},
		{"policy through another resource, listed", "dev", map[string]string{"aws_iam_policy.q": iamRes("policy", iamAllowOn(`"s3:GetObject"`, `"arn"`)), "aws_iam_role_policy.p": `{"policy":"${aws_iam_policy.q.policy}"}`}, "aws_iam_role_policy.p", Pass, nil},
		{"policy in another stack", "dev", map[string]string{"aws_iam_role_policy.p": `{"policy":"${aws_iam_policy.q.policy}"}`}, "aws_iam_role_policy.p", Fail, map[string]string{"aws_iam_policy.q": iamRes("policy", iamAllowOn(`"s3:*"`, `"arn"`))}},
		{"policy is a variable", "dev", map[string]string{"aws_iam_policy.p": `{"policy":"${var.policy}"}`}, "aws_iam_policy.p", Fail, nil},
		{"policy is jsonencode", "dev", map[string]string{"aws_iam_policy.p": `{"policy":"${jsonencode({Statement = []})}"}`}, "aws_iam_policy.p", Fail, nil},
		{"policy from an unknown data source", "dev", map[string]string{"aws_iam_policy.p": `{"policy":"${data.aws_iam_policy_document.d.json}"}`}, "aws_iam_policy.p", Fail, nil},
		{"policy not JSON", "dev", map[string]string{"aws_iam_policy.p": `{"policy":"{\"Statement\":[{\"Effect\":\"Allow\",}"}`}, "aws_iam_policy.p", Fail, nil},
		{"lower-case effect", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", `{"Effect":"allow","Action":"*","Resource":"*"}`)}, "aws_iam_policy.p", Fail, nil},
		{"no policy", "dev", map[string]string{"aws_iam_policy.p": `{"name":"x"}`}, "aws_iam_policy.p", Fail, nil},
	},
	IAMNoAdmin: {
		{"power user in gov cloud", "dev", map[string]string{"aws_iam_role_policy_attachment.a": `{"policy_arn":"arn:aws-us-gov:iam::aws:policy/PowerUserAccess"}`}, "aws_iam_role_policy_attachment.a", Fail, nil},
		{"full access in China", "dev", map[string]string{"aws_iam_group_policy_attachment.a": `{"policy_arn":"arn:aws-cn:iam::aws:policy/AmazonS3FullAccess"}`}, "aws_iam_group_policy_attachment.a", Fail, nil},
		{"IAM full access to a user", "dev", map[string]string{"aws_iam_user_policy_attachment.a": `{"policy_arn":"arn:aws:iam::aws:policy/IAMFullAccess"}`}, "aws_iam_user_policy_attachment.a", Fail, nil},
		{"job function admin", "dev", map[string]string{"aws_iam_policy_attachment.a": `{"policy_arn":"arn:aws:iam::aws:policy/job-function/SystemAdministrator","roles":["r"]}`}, "aws_iam_policy_attachment.a", Fail, nil},
		{"read only access reads PHI", "dev", map[string]string{"aws_iam_role_policy_attachment.a": `{"policy_arn":"arn:aws:iam::aws:policy/ReadOnlyAccess"}`}, "aws_iam_role_policy_attachment.a", Fail, nil},
		{"service role policy", "dev", map[string]string{"aws_iam_role_policy_attachment.a": `{"policy_arn":"arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}`}, "aws_iam_role_policy_attachment.a", Pass, nil},
		{"policy of the environment", "dev", map[string]string{"aws_iam_policy.p": iamBoundary, "aws_iam_role_policy_attachment.a": `{"policy_arn":"${aws_iam_policy.p.arn}"}`}, "aws_iam_role_policy_attachment.a", Pass, nil},
		{"policy of another stack", "dev", map[string]string{"aws_iam_role_policy_attachment.a": `{"policy_arn":"${aws_iam_policy.p.arn}"}`}, "aws_iam_role_policy_attachment.a", Pass, map[string]string{"aws_iam_policy.p": iamBoundary}},
		{"policy ARN is a variable", "dev", map[string]string{"aws_iam_role_policy_attachment.a": `{"policy_arn":"${var.policy_arn}"}`}, "aws_iam_role_policy_attachment.a", Fail, nil},
		{"policy ARN from a data source", "dev", map[string]string{"aws_iam_role_policy_attachment.a": `{"policy_arn":"${data.aws_iam_policy.admin.arn}"}`}, "aws_iam_role_policy_attachment.a", Fail, nil},
		{"literal customer policy of nobody", "dev", map[string]string{"aws_iam_role_policy_attachment.a": `{"policy_arn":"arn:aws:iam::111122223333:policy/legacy"}`}, "aws_iam_role_policy_attachment.a", Fail, nil},
		{"literal ARN of an environment policy", "dev", map[string]string{"aws_iam_policy.p": iamBoundary, "aws_iam_role_policy_attachment.a": `{"policy_arn":"arn:aws:iam::111122223333:policy/hh-dev-boundary"}`}, "aws_iam_role_policy_attachment.a", Pass, nil},
		{"role managed_policy_arns", "dev", map[string]string{"aws_iam_role.r": iamTrust(`,"managed_policy_arns":["arn:aws:iam::aws:policy/AdministratorAccess"]`, iamLambdaTrust)}, "aws_iam_role.r", Fail, nil},
		{"role managed_policy_arns empty", "dev", map[string]string{"aws_iam_role.r": iamTrust(`,"managed_policy_arns":[]`, iamLambdaTrust)}, "aws_iam_role.r", Pass, nil},
		{"role without managed_policy_arns", "dev", map[string]string{"aws_iam_role.r": iamTrust("", iamLambdaTrust)}, "aws_iam_role.r", NotApplicable, nil},
		{"role managed_policy_arns variable", "dev", map[string]string{"aws_iam_role.r": iamTrust(`,"managed_policy_arns":"${var.arns}"`, iamLambdaTrust)}, "aws_iam_role.r", Fail, nil},
		{"exclusive attachments", "dev", map[string]string{"aws_iam_role_policy_attachments_exclusive.a": `{"role_name":"r","policy_arns":["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole","arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess"]}`}, "aws_iam_role_policy_attachments_exclusive.a", Fail, nil},
		{"administrator variant", "dev", map[string]string{"aws_iam_role_policy_attachment.a": `{"policy_arn":"arn:aws:iam::aws:policy/AdministratorAccess-Amplify"}`}, "aws_iam_role_policy_attachment.a", Fail, nil},
	},
	IAMNoUserInlinePolicy: {
		{"user policy referencing a user", "dev", map[string]string{"aws_iam_user_policy.p": `{"user":"${aws_iam_user.u.name}","policy":` + iamStmts(iamAllowOn(`"s3:GetObject"`, `"arn"`)) + `}`}, "aws_iam_user_policy.p", Fail, nil},
	},
	S3TLSOnly: {
		{"literal names", "dev", iamTLS(`{"bucket":"hh-b"}`, iamTLSStmt(`"*"`, `"s3:*"`, `["arn:aws:s3:::hh-b","arn:aws:s3:::hh-b/*"]`, iamInsecure)), "aws_s3_bucket.b", Pass, nil},
		{"other partition", "dev", iamTLS(`{"bucket":"hh-b"}`, iamTLSStmt(`"*"`, `"s3:*"`, `["arn:aws-us-gov:s3:::hh-b","arn:aws-us-gov:s3:::hh-b/*"]`, iamInsecure)), "aws_s3_bucket.b", Pass, nil},
		{"bucket id in an ARN", "dev", iamTLS(`{}`, iamTLSStmt(`"*"`, `"s3:*"`, `["arn:aws:s3:::${aws_s3_bucket.b.id}","arn:aws:s3:::${aws_s3_bucket.b.id}/*"]`, iamInsecure)), "aws_s3_bucket.b", Pass, nil},
		{"prefix wildcard covers both", "dev", iamTLS(`{"bucket":"hh-b"}`, iamTLSStmt(`{"AWS":"*"}`, `"*"`, `"arn:aws:s3:::hh-b*"`, `{"BoolIfExists":{"aws:SecureTransport":false}}`)), "aws_s3_bucket.b", Pass, nil},
		{"every resource", "dev", iamTLS(`{}`, iamTLSStmt(`"*"`, `["s3:*"]`, `"*"`, iamInsecure)), "aws_s3_bucket.b", Pass, nil},
		{"one action only", "dev", iamTLS(`{}`, iamTLSStmt(`"*"`, `"s3:GetObject"`, iamBothRes, iamInsecure)), "aws_s3_bucket.b", Fail, nil},
		{"one principal only", "dev", iamTLS(`{}`, iamTLSStmt(`{"AWS":"arn:aws:iam::111122223333:root"}`, `"s3:*"`, iamBothRes, iamInsecure)), "aws_s3_bucket.b", Fail, nil},
		{"objects only", "dev", iamTLS(`{}`, iamTLSStmt(`"*"`, `"s3:*"`, `"${aws_s3_bucket.b.arn}/*"`, iamInsecure)), "aws_s3_bucket.b", Fail, nil},
		{"bucket only", "dev", iamTLS(`{}`, iamTLSStmt(`"*"`, `"s3:*"`, `"${aws_s3_bucket.b.arn}"`, iamInsecure)), "aws_s3_bucket.b", Fail, nil},
		{"one prefix", "dev", iamTLS(`{}`, iamTLSStmt(`"*"`, `"s3:*"`, `["${aws_s3_bucket.b.arn}","${aws_s3_bucket.b.arn}/public/*"]`, iamInsecure)), "aws_s3_bucket.b", Fail, nil},
		{"another bucket", "dev", iamTLS(`{}`, iamTLSStmt(`"*"`, `"s3:*"`, `["${aws_s3_bucket.c.arn}","${aws_s3_bucket.c.arn}/*"]`, iamInsecure)), "aws_s3_bucket.b", Fail, nil},
		{"narrowed by another condition", "dev", iamTLS(`{}`, iamTLSStmt(`"*"`, `"s3:*"`, iamBothRes, `{"Bool":{"aws:SecureTransport":"false"},"StringEquals":{"aws:PrincipalAccount":"999988887777"}}`)), "aws_s3_bucket.b", Fail, nil},
		{"secure transport true", "dev", iamTLS(`{}`, iamTLSStmt(`"*"`, `"s3:*"`, iamBothRes, `{"Bool":{"aws:SecureTransport":"true"}}`)), "aws_s3_bucket.b", Fail, nil},
		{"allow, not deny", "dev", iamTLS(`{}`, `{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":`+iamBothRes+`,"Condition":`+iamInsecure+`}`), "aws_s3_bucket.b", Fail, nil},
		{"policy is a variable", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_policy.p": `{"bucket":"${aws_s3_bucket.b.id}","policy":"${var.policy}"}`}, "aws_s3_bucket.b", Fail, nil},
		{"policy not JSON", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_policy.p": `{"bucket":"${aws_s3_bucket.b.id}","policy":"{not json"}`}, "aws_s3_bucket.b", Fail, nil},
		{"bucket policy named by literal bucket", "dev", map[string]string{"aws_s3_bucket.b": `{"bucket":"hh-b"}`, "aws_s3_bucket_policy.p": `{"bucket":"hh-b","policy":` + iamStmts(iamTLSStmt(`"*"`, `"s3:*"`, `["arn:aws:s3:::hh-b","arn:aws:s3:::hh-b/*"]`, iamInsecure)) + `}`}, "aws_s3_bucket.b", Pass, nil},
		{"policy in another stack", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", Pass, map[string]string{"aws_s3_bucket_policy.p": `{"bucket":"${aws_s3_bucket.b.id}","policy":` + iamStmts(iamTLSDeny) + `}`}},
		{"second policy without the deny", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_s3_bucket_policy.p": `{"bucket":"${aws_s3_bucket.b.id}","policy":` + iamStmts(iamTLSDeny) + `}`, "aws_s3_bucket_policy.q": `{"bucket":"${aws_s3_bucket.b.id}","policy":` + iamStmts(iamAllowOn(`"s3:GetObject"`, `"*"`)) + `}`}, "aws_s3_bucket.b", Fail, nil},
		{"inline bucket policy without the deny", "dev", map[string]string{"aws_s3_bucket.b": `{"policy":` + iamStmts(`{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:GetObject","Resource":"*"}`) + `}`, "aws_s3_bucket_policy.p": `{"bucket":"${aws_s3_bucket.b.id}","policy":` + iamStmts(iamTLSDeny) + `}`}, "aws_s3_bucket.b", Fail, nil},
		{"inline bucket policy with the deny", "dev", map[string]string{"aws_s3_bucket.b": `{"policy":` + iamStmts(iamTLSDeny) + `}`}, "aws_s3_bucket.b", Pass, nil},
	},
	IAMResourceWildcard: {
		{"traces and interfaces", "dev", map[string]string{"aws_iam_role_policy.p": iamRes("policy", iamAllowOn(`["xray:PutTraceSegments","xray:PutTelemetryRecords"]`, `"*"`), iamAllowOn(`["ec2:CreateNetworkInterface","ec2:DescribeNetworkInterfaces","ec2:DeleteNetworkInterface","ec2:AssignPrivateIpAddresses","ec2:UnassignPrivateIpAddresses"]`, `"*"`))}, "aws_iam_role_policy.p", Pass, nil},
		{"named resources", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_iam_role_policy.p": iamRes("policy", iamAllowOn(`"s3:GetObject"`, `"${aws_s3_bucket.b.arn}/*"`), iamAllowOn(`"kms:Decrypt"`, `"${aws_kms_key.k.arn}"`))}, "aws_iam_role_policy.p", Pass, map[string]string{"aws_kms_key.k": `{}`}},
		{"account keys", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", iamAllowOn(`"kms:Decrypt"`, `"arn:aws:kms:us-east-1:111122223333:key/*"`))}, "aws_iam_policy.p", Pass, nil},
		{"decrypt on star", "dev", map[string]string{"aws_iam_role_policy.p": iamRes("policy", iamAllowOn(`"kms:Decrypt"`, `"*"`))}, "aws_iam_role_policy.p", Fail, nil},
		{"kms star on star", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", iamAllowOn(`"kms:*"`, `["*"]`))}, "aws_iam_policy.p", Fail, nil},
		{"reencrypt on star", "dev", map[string]string{"aws_iam_group_policy.p": iamRes("policy", iamAllowOn(`"kms:ReEncrypt*"`, `"*"`))}, "aws_iam_group_policy.p", Fail, nil},
		{"keys of any account", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", iamAllowOn(`"kms:Decrypt"`, `"arn:aws:kms:*:*:key/*"`))}, "aws_iam_policy.p", Fail, nil},
		{"objects of every bucket", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", iamAllowOn(`"s3:GetObject"`, `"arn:aws:s3:::*/*"`))}, "aws_iam_policy.p", Fail, nil},
		{"data actions mixed with traces", "dev", map[string]string{"aws_iam_role_policy.p": iamRes("policy", iamAllowOn(`["xray:PutTraceSegments","secretsmanager:GetSecretValue","ssm:GetParameter","sqs:SendMessage","sns:Publish","logs:GetLogEvents","dynamodb:Query"]`, `"*"`))}, "aws_iam_role_policy.p", Fail, nil},
		{"NotResource", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", `{"Effect":"Allow","Action":"s3:GetObject","NotResource":"arn:aws:s3:::audit/*"}`)}, "aws_iam_policy.p", Fail, nil},
		{"NotAction on star", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", `{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}`)}, "aws_iam_policy.p", Fail, nil},
		{"no Resource", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", `{"Effect":"Allow","Action":"s3:GetObject"}`)}, "aws_iam_policy.p", Fail, nil},
		{"resource is a variable", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", iamAllowOn(`"s3:GetObject"`, `"${var.bucket_arn}/*"`))}, "aws_iam_policy.p", Fail, nil},
		{"resource is an expression", "dev", map[string]string{"aws_s3_bucket.b": `{}`, "aws_iam_policy.p": iamRes("policy", iamAllowOn(`"s3:GetObject"`, `"${var.on ? aws_s3_bucket.b.arn : \"*\"}"`))}, "aws_iam_policy.p", Fail, nil},
		{"deny on star is fine", "dev", map[string]string{"aws_iam_policy.p": iamRes("policy", `{"Effect":"Deny","Action":"kms:*","Resource":"*"}`)}, "aws_iam_policy.p", Pass, nil},
		{"role inline block on star", "dev", map[string]string{"aws_iam_role.r": `{"assume_role_policy":` + iamStmts(iamLambdaTrust) + `,"inline_policy":[{"name":"x","policy":` + iamStmts(iamAllowOn(`"kms:Decrypt"`, `"*"`)) + `}]}`}, "aws_iam_role.r", Fail, nil},
		{"unreadable policy", "dev", map[string]string{"aws_iam_policy.p": `{"policy":"${file(\"p.json\")}"}`}, "aws_iam_policy.p", Fail, nil},
	},
	IAMRoleTrust: {
		{"service with source account", "dev", map[string]string{"aws_iam_role.r": iamTrust("", iamLambdaTrust)}, "aws_iam_role.r", Pass, nil},
		{"account root", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Pass, nil},
		{"role of the environment", "dev", map[string]string{"aws_iam_role.d": iamTrust("", iamLambdaTrust), "aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"AWS":"${aws_iam_role.d.arn}"},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Pass, nil},
		{"anyone", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"any AWS principal", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"any AWS principal in a list", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:root","*"]},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"NotPrincipal", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::999988887777:root"},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"anyone in the organization", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}`)}, "aws_iam_role.r", Pass, nil},
		{"named roles by pattern", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/hh-dev-*"}}}`)}, "aws_iam_role.r", Pass, nil},
		{"pattern over any account", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/deploy"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"wildcard value", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringLike":{"aws:PrincipalAccount":"*"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"negated operator", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringNotEquals":{"aws:PrincipalAccount":"999988887777"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"IfExists", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringEqualsIfExists":{"aws:PrincipalAccount":"111122223333"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"ForAllValues", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"ForAllValues:StringEquals":{"aws:PrincipalAccount":"111122223333"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"external id only", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"secret"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"condition value is a variable", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalAccount":"${var.account}"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"principal is a variable", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"AWS":"${var.trusted}"},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"GitHub without sub", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"GitHub any repository", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:*"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"GitHub one repository", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:healthhub/platform-infra:*"}}}`)}, "aws_iam_role.r", Pass, nil},
		{"OIDC provider of the environment without sub", "dev", map[string]string{"aws_iam_openid_connect_provider.gh": `{"url":"https://token.actions.githubusercontent.com"}`, "aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Federated":"${aws_iam_openid_connect_provider.gh.arn}"},"Action":"sts:AssumeRoleWithWebIdentity"}`)}, "aws_iam_role.r", Fail, nil},
		{"Cognito without pool", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Federated":"cognito-identity.amazonaws.com"},"Action":"sts:AssumeRoleWithWebIdentity"}`)}, "aws_iam_role.r", Fail, nil},
		{"SAML provider", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:saml-provider/corp"},"Action":"sts:AssumeRoleWithSAML","Condition":{"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}}}`)}, "aws_iam_role.r", Pass, nil},
		{"trust is a data source", "dev", map[string]string{"aws_iam_role.r": `{"assume_role_policy":"${data.aws_iam_policy_document.trust.json}"}`}, "aws_iam_role.r", Fail, nil},
		{"trust not JSON", "dev", map[string]string{"aws_iam_role.r": `{"assume_role_policy":"{\"Statement\":"}`}, "aws_iam_role.r", Fail, nil},
		{"no trust", "dev", map[string]string{"aws_iam_role.r": `{"name":"x"}`}, "aws_iam_role.r", Fail, nil},
	},
	IAMTrustConfusedDeputy: {
		{"source account", "dev", map[string]string{"aws_iam_role.r": iamTrust("", iamLambdaTrust)}, "aws_iam_role.r", Pass, nil},
		{"source arn", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Service":"cloudtrail.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:cloudtrail:us-east-1:111122223333:trail/*"}}}`)}, "aws_iam_role.r", Pass, nil},
		{"no condition", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Service":["lambda.amazonaws.com","states.amazonaws.com"]},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"principal account is not the source", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:PrincipalAccount":"111122223333"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"no service principal", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", NotApplicable, nil},
		{"trust is a variable", "dev", map[string]string{"aws_iam_role.r": `{"assume_role_policy":"${var.trust}"}`}, "aws_iam_role.r", Fail, nil},
	},
	IAMRolesAnywhereTrust: {
		{"anchor on a short-lived CA, CN pinned", "dev", raTrust(raAnchorRef, `"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"hh-dev-records"}`, raShortLived), "aws_iam_role.r", Pass, nil},
		{"anchor and CA in another stack", "dev", map[string]string{"aws_iam_role.r": raRole(raAnchorRef, `"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"hh-dev-records"}`)}, "aws_iam_role.r", Pass, raCA(raShortLived)},
		{"general-purpose CA", "dev", raTrust(raAnchorRef, `"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"hh-dev-records"}`, `"GENERAL_PURPOSE"`), "aws_iam_role.r", Fail, nil},
		{"CA mode unset (general purpose)", "dev", raTrust(raAnchorRef, `"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"hh-dev-records"}`, `null`), "aws_iam_role.r", Fail, nil},
		{"certificate bundle anchor", "dev", map[string]string{
			"aws_iam_role.r":                   raRole(raAnchorRef, `"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"hh-dev-records"}`),
			"aws_rolesanywhere_trust_anchor.a": `{"name":"a","source":{"source_type":"CERTIFICATE_BUNDLE","source_data":{"x509_certificate_data":"-----BEGIN CERTIFICATE-----"}}}`,
		}, "aws_iam_role.r", Fail, nil},
		{"literal anchor ARN", "dev", raTrust(`"arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/abc"`, `"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"hh-dev-records"}`, raShortLived), "aws_iam_role.r", Fail, nil},
		{"no source ARN", "dev", raTrust("", `"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"hh-dev-records"}`, raShortLived), "aws_iam_role.r", Fail, nil},
		{"source ARN IfExists", "dev", map[string]string{
			"aws_iam_role.r":                   iamTrust("", `{"Effect":"Allow","Principal":{"Service":"rolesanywhere.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession","sts:SetSourceIdentity"],"Condition":{"ArnEqualsIfExists":{"aws:SourceArn":"${aws_rolesanywhere_trust_anchor.a.arn}"},"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"hh-dev-records"}}}`),
			"aws_rolesanywhere_trust_anchor.a": raAnchor, "aws_acmpca_certificate_authority.ca": `{"usage_mode":` + raShortLived + `}`,
		}, "aws_iam_role.r", Fail, nil},
		{"no CN condition", "dev", raTrust(raAnchorRef, "", raShortLived), "aws_iam_role.r", Fail, nil},
		{"CN by wildcard", "dev", raTrust(raAnchorRef, `"StringLike":{"aws:PrincipalTag/x509Subject/CN":"hh-dev-*"}`, raShortLived), "aws_iam_role.r", Fail, nil},
		{"CN wildcard under StringEquals", "dev", raTrust(raAnchorRef, `"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"*"}`, raShortLived), "aws_iam_role.r", Fail, nil},
		{"a Lambda role", "dev", map[string]string{"aws_iam_role.r": iamTrust("", iamLambdaTrust)}, "aws_iam_role.r", NotApplicable, nil},
		{"an unreadable principal: fail closed", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Service":7},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"profile of one hour", "dev", map[string]string{"aws_rolesanywhere_profile.p": `{"duration_seconds":3600}`}, "aws_rolesanywhere_profile.p", Pass, nil},
		{"profile default duration", "dev", map[string]string{"aws_rolesanywhere_profile.p": `{"name":"p"}`}, "aws_rolesanywhere_profile.p", Pass, nil},
		{"profile of twelve hours", "dev", map[string]string{"aws_rolesanywhere_profile.p": `{"duration_seconds":43200}`}, "aws_rolesanywhere_profile.p", Fail, nil},
		{"profile duration from a variable", "dev", map[string]string{"aws_rolesanywhere_profile.p": `{"duration_seconds":"${var.d}"}`}, "aws_rolesanywhere_profile.p", Fail, nil},
	},
	IAMServiceRoleBoundary: {
		{"function role with boundary", "dev", map[string]string{"aws_iam_policy.b": iamBoundary, "aws_iam_role.r": iamTrust(`,"permissions_boundary":"${aws_iam_policy.b.arn}"`, iamLambdaTrust)}, "aws_iam_role.r", Pass, nil},
		{"boundary in another stack", "dev", map[string]string{"aws_iam_role.r": iamTrust(`,"permissions_boundary":"${aws_iam_policy.b.arn}"`, iamLambdaTrust)}, "aws_iam_role.r", Pass, map[string]string{"aws_iam_policy.b": iamBoundary}},
		{"boundary by literal ARN", "dev", map[string]string{"aws_iam_policy.b": iamBoundary, "aws_iam_role.r": iamTrust(`,"permissions_boundary":"arn:aws:iam::111122223333:policy/hh-dev-boundary"`, iamLambdaTrust)}, "aws_iam_role.r", Pass, nil},
		{"function role without boundary", "dev", map[string]string{"aws_iam_role.r": iamTrust("", iamLambdaTrust)}, "aws_iam_role.r", Fail, nil},
		{"task role without boundary", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Service":["ecs-tasks.amazonaws.com"]},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"Railway service role (Roles Anywhere) without boundary", "dev", map[string]string{"aws_iam_role.r": raRole(raAnchorRef, `"StringEquals":{"aws:PrincipalTag/x509Subject/CN":"hh-dev-records"}`)}, "aws_iam_role.r", Fail, nil},
		{"CI role (OIDC) without boundary", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"token.actions.githubusercontent.com:sub":"repo:healthhub/platform-infra:ref:refs/heads/main"}}}`)}, "aws_iam_role.r", Fail, nil},
		{"OIDC provider by reference without boundary", "dev", map[string]string{"aws_iam_openid_connect_provider.gh": `{"url":"https://token.actions.githubusercontent.com"}`, "aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Federated":"${aws_iam_openid_connect_provider.gh.arn}"},"Action":"sts:AssumeRoleWithWebIdentity"}`)}, "aws_iam_role.r", Fail, nil},
		{"people through SAML need no boundary", "dev", map[string]string{"aws_iam_saml_provider.idp": `{"name":"idp"}`, "aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Federated":"${aws_iam_saml_provider.idp.arn}"},"Action":"sts:AssumeRoleWithSAML"}`)}, "aws_iam_role.r", NotApplicable, nil},
		{"regional workflow principal", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Service":"states.us-east-1.amazonaws.com"},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"instance role with empty boundary", "dev", map[string]string{"aws_iam_role.r": iamTrust(`,"permissions_boundary":""`, `{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"boundary is a variable", "dev", map[string]string{"aws_iam_role.r": iamTrust(`,"permissions_boundary":"${var.boundary}"`, iamLambdaTrust)}, "aws_iam_role.r", Fail, nil},
		{"boundary is AWS-managed", "dev", map[string]string{"aws_iam_role.r": iamTrust(`,"permissions_boundary":"arn:aws:iam::aws:policy/AdministratorAccess"`, iamLambdaTrust)}, "aws_iam_role.r", Fail, nil},
		{"boundary is an unknown ARN", "dev", map[string]string{"aws_iam_role.r": iamTrust(`,"permissions_boundary":"arn:aws:iam::111122223333:policy/gone"`, iamLambdaTrust)}, "aws_iam_role.r", Fail, nil},
		{"boundary is a role", "dev", map[string]string{"aws_iam_role.d": iamTrust("", iamLambdaTrust), "aws_iam_role.r": iamTrust(`,"permissions_boundary":"${aws_iam_role.d.arn}"`, iamLambdaTrust)}, "aws_iam_role.r", Fail, nil},
		{"delivery role without boundary", "dev", map[string]string{"aws_iam_role.r": iamTrust("", `{"Effect":"Allow","Principal":{"Service":"vpc-flow-logs.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}`)}, "aws_iam_role.r", NotApplicable, nil},
		{"delivery role with unresolvable boundary", "dev", map[string]string{"aws_iam_role.r": iamTrust(`,"permissions_boundary":"${data.aws_iam_policy.b.arn}"`, `{"Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},"Action":"sts:AssumeRole"}`)}, "aws_iam_role.r", Fail, nil},
		{"unreadable trust", "dev", map[string]string{"aws_iam_role.r": `{"assume_role_policy":"${var.trust}"}`}, "aws_iam_role.r", Fail, nil},
	},
	IAMResourcePolicyNoPublic: {
		{"deny star and a service", "dev", map[string]string{"aws_s3_bucket_policy.p": iamRes("policy", iamTLSDeny, `{"Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}`)}, "aws_s3_bucket_policy.p", Pass, nil},
		{"public read", "dev", map[string]string{"aws_s3_bucket_policy.p": iamRes("policy", iamPublic(`"*"`, "s3:GetObject", ""))}, "aws_s3_bucket_policy.p", Fail, nil},
		{"any AWS principal in a list", "dev", map[string]string{"aws_s3_bucket_policy.p": iamRes("policy", iamPublic(`{"AWS":["*"]}`, "s3:GetObject", ""))}, "aws_s3_bucket_policy.p", Fail, nil},
		{"NotPrincipal", "dev", map[string]string{"aws_s3_bucket_policy.p": iamRes("policy", `{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::999988887777:root"},"Action":"s3:GetObject","Resource":"*"}`)}, "aws_s3_bucket_policy.p", Fail, nil},
		{"organization only", "dev", map[string]string{"aws_s3_bucket_policy.p": iamRes("policy", iamPublic(`{"AWS":"*"}`, "s3:GetObject", `{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}`))}, "aws_s3_bucket_policy.p", Pass, nil},
		{"through the VPC endpoint", "dev", map[string]string{"aws_s3_bucket_policy.p": iamRes("policy", iamPublic(`"*"`, "s3:GetObject", `{"StringEquals":{"aws:SourceVpce":"${aws_vpc_endpoint.s3.id}"}}`)), "aws_vpc_endpoint.s3": `{}`}, "aws_s3_bucket_policy.p", Pass, nil},
		{"wildcard account", "dev", map[string]string{"aws_s3_bucket_policy.p": iamRes("policy", iamPublic(`"*"`, "s3:GetObject", `{"StringLike":{"aws:SourceAccount":"*"}}`))}, "aws_s3_bucket_policy.p", Fail, nil},
		{"source ip does not narrow", "dev", map[string]string{"aws_s3_bucket_policy.p": iamRes("policy", iamPublic(`"*"`, "s3:GetObject", `{"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}}`))}, "aws_s3_bucket_policy.p", Fail, nil},
		{"policy is a variable", "dev", map[string]string{"aws_s3_bucket_policy.p": `{"policy":"${var.policy}"}`}, "aws_s3_bucket_policy.p", Fail, nil},
		{"policy missing", "dev", map[string]string{"aws_s3_bucket_policy.p": `{"bucket":"b"}`}, "aws_s3_bucket_policy.p", Fail, nil},
		{"bucket policy argument", "dev", map[string]string{"aws_s3_bucket.b": iamRes("policy", iamPublic(`"*"`, "s3:GetObject", ""))}, "aws_s3_bucket.b", Fail, nil},
		{"bucket without policy argument", "dev", map[string]string{"aws_s3_bucket.b": `{}`}, "aws_s3_bucket.b", NotApplicable, nil},
		{"key policy of the platform", "dev", map[string]string{"aws_iam_role.r": iamTrust("", iamLambdaTrust), "aws_kms_key.k": iamRes("policy",
			`{"Sid":"AccountAdministersKey","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["kms:Create*","kms:Describe*"],"Resource":"*"}`,
			`{"Sid":"NamedUsersUseKey","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:role/deploy","${aws_iam_role.r.arn}"]},"Action":["kms:Decrypt","kms:GenerateDataKey*"],"Resource":"*"}`,
			`{"Sid":"ServiceUseLogs","Effect":"Allow","Principal":{"Service":"logs.us-east-1.amazonaws.com"},"Action":"kms:Decrypt*","Resource":"*","Condition":{"ArnLike":{"kms:EncryptionContext:aws:logs:arn":"arn:aws:logs:us-east-1:111122223333:log-group:*"}}}`)}, "aws_kms_key.k", Pass, nil},
		{"key usable by anyone", "dev", map[string]string{"aws_kms_key.k": iamRes("policy", iamPublic(`{"AWS":"*"}`, "kms:Decrypt", ""))}, "aws_kms_key.k", Fail, nil},
		{"key usable by the account through a service", "dev", map[string]string{"aws_kms_key.k": iamRes("policy", iamPublic(`{"AWS":"*"}`, "kms:Decrypt", `{"StringEquals":{"kms:CallerAccount":"111122223333","kms:ViaService":"s3.us-east-1.amazonaws.com"}}`))}, "aws_kms_key.k", Pass, nil},
		{"key principal is a variable", "dev", map[string]string{"aws_kms_key.k": iamRes("policy", `{"Effect":"Allow","Principal":{"AWS":"${var.admin}"},"Action":"kms:*","Resource":"*"}`)}, "aws_kms_key.k", Fail, nil},
		{"key without policy", "dev", map[string]string{"aws_kms_key.k": `{}`}, "aws_kms_key.k", NotApplicable, nil},
		{"separate key policy", "dev", map[string]string{"aws_kms_key_policy.k": iamRes("policy", iamPublic(`"*"`, "kms:*", ""))}, "aws_kms_key_policy.k", Fail, nil},
		{"topic policy", "dev", map[string]string{"aws_sns_topic_policy.t": iamRes("policy", iamPublic(`{"AWS":"*"}`, "sns:Publish", ""))}, "aws_sns_topic_policy.t", Fail, nil},
		{"topic policy argument", "dev", map[string]string{"aws_sns_topic.t": iamRes("policy", iamPublic(`"*"`, "sns:Subscribe", ""))}, "aws_sns_topic.t", Fail, nil},
		{"topic policy with source owner", "dev", map[string]string{"aws_sns_topic.t": iamRes("policy", iamPublic(`{"AWS":"*"}`, "sns:Publish", `{"StringEquals":{"AWS:SourceOwner":"111122223333"}}`))}, "aws_sns_topic.t", Pass, nil},
		{"queue policy", "dev", map[string]string{"aws_sqs_queue_policy.q": iamRes("policy", iamPublic(`"*"`, "sqs:ReceiveMessage", ""))}, "aws_sqs_queue_policy.q", Fail, nil},
		{"queue policy argument", "dev", map[string]string{"aws_sqs_queue.q": iamRes("policy", iamPublic(`"*"`, "sqs:SendMessage", ""))}, "aws_sqs_queue.q", Fail, nil},
		{"queue policy from an event rule", "dev", map[string]string{"aws_sqs_queue.q": iamRes("policy", `{"Effect":"Allow","Principal":{"Service":"events.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"*","Condition":{"ArnEquals":{"aws:SourceArn":"${aws_cloudwatch_event_rule.r.arn}"}}}`), "aws_cloudwatch_event_rule.r": `{}`}, "aws_sqs_queue.q", Pass, nil},
		{"secret policy", "dev", map[string]string{"aws_secretsmanager_secret_policy.s": iamRes("policy", iamPublic(`"*"`, "secretsmanager:GetSecretValue", ""))}, "aws_secretsmanager_secret_policy.s", Fail, nil},
		{"secret policy argument", "dev", map[string]string{"aws_secretsmanager_secret.s": iamRes("policy", iamPublic(`{"AWS":"*"}`, "secretsmanager:GetSecretValue", ""))}, "aws_secretsmanager_secret.s", Fail, nil},
		{"repository policy", "dev", map[string]string{"aws_ecr_repository_policy.r": iamRes("policy", iamPublic(`"*"`, "ecr:BatchGetImage", ""))}, "aws_ecr_repository_policy.r", Fail, nil},
		{"backup vault policy", "dev", map[string]string{"aws_backup_vault_policy.v": iamRes("policy", iamPublic(`"*"`, "backup:CopyIntoBackupVault", ""))}, "aws_backup_vault_policy.v", Fail, nil},
		{"log resource policy", "dev", map[string]string{"aws_cloudwatch_log_resource_policy.l": iamRes("policy_document", iamPublic(`"*"`, "logs:PutLogEvents", ""))}, "aws_cloudwatch_log_resource_policy.l", Fail, nil},
	},
	IAMUserNoDirectPolicies: {
		{"user attachment", "dev", map[string]string{"aws_iam_user_policy_attachment.a": `{"user":"alice","policy_arn":"arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"}`}, "aws_iam_user_policy_attachment.a", Fail, nil},
		{"policy attachment to users", "dev", map[string]string{"aws_iam_policy_attachment.a": `{"name":"a","users":["alice"],"policy_arn":"arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"}`}, "aws_iam_policy_attachment.a", Fail, nil},
		{"policy attachment to roles", "dev", map[string]string{"aws_iam_policy_attachment.a": `{"name":"a","roles":["r"],"policy_arn":"arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"}`}, "aws_iam_policy_attachment.a", NotApplicable, nil},
		{"exclusive attachments", "dev", map[string]string{"aws_iam_user_policy_attachments_exclusive.a": `{"user_name":"alice","policy_arns":["arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"]}`}, "aws_iam_user_policy_attachments_exclusive.a", Fail, nil},
		{"exclusive removal", "dev", map[string]string{"aws_iam_user_policy_attachments_exclusive.a": `{"user_name":"alice","policy_arns":[]}`}, "aws_iam_user_policy_attachments_exclusive.a", Pass, nil},
	},
	IAMNoLongLivedCredentials: {
		{"access key", "dev", map[string]string{"aws_iam_access_key.k": `{"user":"${aws_iam_user.u.name}"}`}, "aws_iam_access_key.k", Fail, nil},
		{"console password", "dev", map[string]string{"aws_iam_user_login_profile.p": `{"user":"alice"}`}, "aws_iam_user_login_profile.p", Fail, nil},
		{"service credential", "dev", map[string]string{"aws_iam_service_specific_credential.c": `{"user_name":"alice","service_name":"codecommit.amazonaws.com"}`}, "aws_iam_service_specific_credential.c", Fail, nil},
		{"signing certificate", "dev", map[string]string{"aws_iam_signing_certificate.c": `{"user_name":"alice","certificate_body":"x"}`}, "aws_iam_signing_certificate.c", Fail, nil},
	},
	IAMUserGroupMembership: {
		{"member by reference", "dev", map[string]string{"aws_iam_user.u": `{"name":"alice"}`, "aws_iam_user_group_membership.m": `{"user":"${aws_iam_user.u.name}","groups":["auditors"]}`}, "aws_iam_user.u", Pass, nil},
		{"member by name", "dev", map[string]string{"aws_iam_user.u": `{"name":"alice"}`, "aws_iam_group_membership.m": `{"name":"m","group":"auditors","users":["bob","alice"]}`}, "aws_iam_user.u", Pass, nil},
		{"member in another stack", "dev", map[string]string{"aws_iam_user.u": `{"name":"alice"}`}, "aws_iam_user.u", Pass, map[string]string{"aws_iam_group_membership.m": `{"name":"m","group":"auditors","users":["${aws_iam_user.u.name}"]}`}},
		{"no group", "dev", map[string]string{"aws_iam_user.u": `{"name":"alice"}`}, "aws_iam_user.u", Fail, nil},
		{"another user's membership", "dev", map[string]string{"aws_iam_user.u": `{"name":"alice"}`, "aws_iam_user.v": `{"name":"bob"}`, "aws_iam_user_group_membership.m": `{"user":"${aws_iam_user.v.name}","groups":["auditors"]}`}, "aws_iam_user.u", Fail, nil},
		{"membership without groups", "dev", map[string]string{"aws_iam_user.u": `{"name":"alice"}`, "aws_iam_user_group_membership.m": `{"user":"${aws_iam_user.u.name}","groups":[]}`}, "aws_iam_user.u", Fail, nil},
	},
	IAMGroupHasUsers: {
		{"with users", "dev", map[string]string{"aws_iam_group.g": `{"name":"auditors"}`, "aws_iam_group_membership.m": `{"name":"m","group":"${aws_iam_group.g.name}","users":["alice"]}`}, "aws_iam_group.g", Pass, nil},
		{"user membership by name", "dev", map[string]string{"aws_iam_group.g": `{"name":"auditors"}`, "aws_iam_user_group_membership.m": `{"user":"alice","groups":["auditors"]}`}, "aws_iam_group.g", Pass, nil},
		{"empty", "dev", map[string]string{"aws_iam_group.g": `{"name":"auditors"}`}, "aws_iam_group.g", Fail, nil},
		{"membership without users", "dev", map[string]string{"aws_iam_group.g": `{"name":"auditors"}`, "aws_iam_group_membership.m": `{"name":"m","group":"${aws_iam_group.g.name}","users":[]}`}, "aws_iam_group.g", Fail, nil},
	},
}

// TestIAMPolicyDocumentDataSource: documents built by aws_iam_policy_document data
// sources are evaluated from their blocks (doc() builds resources only).
func TestIAMPolicyDocumentDataSource(t *testing.T) {
	stack := func(t *testing.T, data, resources string) *Stack {
		t.Helper()
		s, err := ParseStackJSON("test", []byte(`{"provider":{"aws":[{"default_tags":[{"tags":{"environment":"dev"}}]}]},"data":{`+data+`},"resource":{`+resources+`}}`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	doc := func(statements string) string {
		return `"aws_iam_policy_document":{"d":{"statement":[` + statements + `]}},"aws_partition":{"current":{}}`
	}
	cases := []struct {
		name, data, resources, target string
		rule                          *Rule
		want                          Status
	}{
		{"listed", doc(`{"actions":["s3:GetObject"],"resources":["arn:aws:s3:::b/*"]}`), `"aws_iam_role_policy":{"p":{"policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_iam_role_policy.p", IAMNoWildcardAction, Pass},
		{"service star", doc(`{"actions":["s3:*"],"resources":["arn:aws:s3:::b/*"]}`), `"aws_iam_role_policy":{"p":{"policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_iam_role_policy.p", IAMNoWildcardAction, Fail},
		{"minified, not_actions", doc(`{"not_actions":["iam:*"],"resources":["arn:aws:s3:::b"]}`), `"aws_iam_policy":{"p":{"policy":"${data.aws_iam_policy_document.d.minified_json}"}}`, "aws_iam_policy.p", IAMNoWildcardAction, Fail},
		{"decrypt on star", doc(`{"effect":"Allow","actions":["kms:Decrypt"],"resources":["*"]}`), `"aws_iam_policy":{"p":{"policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_iam_policy.p", IAMResourceWildcard, Fail},
		{"deny on star", doc(`{"effect":"Deny","actions":["kms:Decrypt"],"resources":["*"]}`), `"aws_iam_policy":{"p":{"policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_iam_policy.p", IAMResourceWildcard, Pass},
		{"source document from a variable", `"aws_iam_policy_document":{"d":{"source_policy_documents":["${var.extra}"],"statement":[{"actions":["s3:GetObject"],"resources":["arn:aws:s3:::b/*"]}]}}`, `"aws_iam_policy":{"p":{"policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_iam_policy.p", IAMNoWildcardAction, Fail},
		{"override replaces by sid", `"aws_iam_policy_document":{"o":{"statement":[{"sid":"A","actions":["s3:GetObject"],"resources":["arn:aws:s3:::b/*"]}]},"d":{"override_policy_documents":["${data.aws_iam_policy_document.o.json}"],"statement":[{"sid":"A","actions":["*"],"resources":["*"]}]}}`, `"aws_iam_policy":{"p":{"policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_iam_policy.p", IAMNoWildcardAction, Pass},
		{"dynamic statements", `"aws_iam_policy_document":{"d":{"dynamic":{"statement":{"for_each":"${var.s}"}}}}`, `"aws_iam_policy":{"p":{"policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_iam_policy.p", IAMNoWildcardAction, Fail},
		{"public principals block", doc(`{"actions":["s3:GetObject"],"resources":["*"],"principals":[{"type":"*","identifiers":["*"]}]}`), `"aws_s3_bucket_policy":{"p":{"bucket":"b","policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_s3_bucket_policy.p", IAMResourcePolicyNoPublic, Fail},
		{"public principals narrowed", doc(`{"actions":["s3:GetObject"],"resources":["*"],"principals":[{"type":"AWS","identifiers":["*"]}],"condition":[{"test":"StringEquals","variable":"aws:PrincipalOrgID","values":["o-abc123"]}]}`), `"aws_s3_bucket_policy":{"p":{"bucket":"b","policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_s3_bucket_policy.p", IAMResourcePolicyNoPublic, Pass},
		{"trust from a document", doc(`{"actions":["sts:AssumeRole"],"principals":[{"type":"AWS","identifiers":["*"]}]}`), `"aws_iam_role":{"r":{"assume_role_policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_iam_role.r", IAMRoleTrust, Fail},
		{"TLS deny from a document with the partition", doc(`{"effect":"Deny","actions":["s3:*"],"resources":["arn:${data.aws_partition.current.partition}:s3:::${aws_s3_bucket.b.id}","arn:${data.aws_partition.current.partition}:s3:::${aws_s3_bucket.b.id}/*"],"principals":[{"type":"*","identifiers":["*"]}],"condition":[{"test":"Bool","variable":"aws:SecureTransport","values":["false"]}]}`), `"aws_s3_bucket":{"b":{}},"aws_s3_bucket_policy":{"p":{"bucket":"${aws_s3_bucket.b.id}","policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_s3_bucket.b", S3TLSOnly, Pass},
		{"TLS deny narrowed in a document", doc(`{"effect":"Deny","actions":["s3:PutObject"],"resources":["${aws_s3_bucket.b.arn}","${aws_s3_bucket.b.arn}/*"],"principals":[{"type":"*","identifiers":["*"]}],"condition":[{"test":"Bool","variable":"aws:SecureTransport","values":["false"]}]}`), `"aws_s3_bucket":{"b":{}},"aws_s3_bucket_policy":{"p":{"bucket":"${aws_s3_bucket.b.id}","policy":"${data.aws_iam_policy_document.d.json}"}}`, "aws_s3_bucket.b", S3TLSOnly, Fail},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := stack(t, c.data, c.resources)
			var got []Finding
			for _, f := range Check(s, []*Rule{c.rule}) {
				if f.Resource.Address() == c.target && f.Rule == c.rule {
					got = append(got, f)
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d findings for %s, want 1", len(got), c.target)
			}
			if got[0].Status != c.want {
				t.Fatalf("status %s (%s), want %s", got[0].Status, got[0].Detail, c.want)
			}
			if c.want == Fail && got[0].Detail == "" {
				t.Error("a failure must say what failed")
			}
		})
	}
}

// Roles Anywhere cases: a trust anchor on a Private CA of the given usage mode.
const (
	raAnchorRef  = `"${aws_rolesanywhere_trust_anchor.a.arn}"`
	raShortLived = `"SHORT_LIVED_CERTIFICATE"`
	raAnchor     = `{"name":"a","source":{"source_type":"AWS_ACM_PCA","source_data":{"acm_pca_arn":"${aws_acmpca_certificate_authority.ca.arn}"}}}`
)

// raRole is a role trusted by Roles Anywhere with an optional aws:SourceArn (anchor, a
// JSON value) and other conditions (a JSON fragment).
func raRole(anchor, conditions string) string {
	var conds []string
	if anchor != "" {
		conds = append(conds, `"ArnEquals":{"aws:SourceArn":`+anchor+`}`)
	}
	if conditions != "" {
		conds = append(conds, conditions)
	}
	return iamTrust("", `{"Effect":"Allow","Principal":{"Service":"rolesanywhere.amazonaws.com"},"Action":["sts:AssumeRole","sts:TagSession","sts:SetSourceIdentity"],"Condition":{`+strings.Join(conds, ",")+`}}`)
}

// raCA is the trust anchor and its CA of the given usage mode (a JSON value).
func raCA(mode string) map[string]string {
	return map[string]string{"aws_rolesanywhere_trust_anchor.a": raAnchor, "aws_acmpca_certificate_authority.ca": `{"usage_mode":` + mode + `}`}
}

// raTrust is raRole with the anchor and CA in the same stack.
func raTrust(anchor, conditions, mode string) map[string]string {
	m := raCA(mode)
	m["aws_iam_role.r"] = raRole(anchor, conditions)
	return m
}

package compliance

import (
	"fmt"
	"slices"
	"strings"
)

// ResourceWildcardActions are the actions an identity policy may allow on Resource "*":
// the Service Authorization Reference lists no resource type for them (so "*" is the
// only Resource IAM accepts), or the resources they act on do not exist at deploy time.
// None of them reads or writes a store of data. Everything else on "*" is a finding:
// in particular every data and key action (kms:Decrypt on "*" is every key of the
// account and of every account whose key policy trusts it).
var ResourceWildcardActions = map[string]string{
	"xray:PutTraceSegments":              "X-Ray defines no resource type for it; writes the caller's own trace segments",
	"xray:PutTelemetryRecords":           "X-Ray defines no resource type for it; writes the X-Ray SDK/daemon's telemetry",
	"xray:GetSamplingRules":              "X-Ray defines no resource type for it; the SDK reads the account's sampling rules",
	"xray:GetSamplingTargets":            "X-Ray defines no resource type for it; the SDK reads its sampling quota",
	"xray:GetSamplingStatisticSummaries": "X-Ray defines no resource type for it; sampling statistics only",
	"ec2:CreateNetworkInterface":         "Lambda creates a function's VPC interfaces itself in the subnets of its configuration; the Lambda guide and AWSLambdaVPCAccessExecutionRole grant it on \"*\"",
	"ec2:DescribeNetworkInterfaces":      "EC2 Describe actions support no resource-level permission (the Lambda guide: it only works on \"*\")",
	"ec2:DescribeSubnets":                "EC2 Describe actions support no resource-level permission; Lambda reads the subnets of its VPC configuration",
	"ec2:DescribeSecurityGroups":         "EC2 Describe actions support no resource-level permission",
	"ec2:DescribeVpcs":                   "EC2 Describe actions support no resource-level permission",
	"ec2:DeleteNetworkInterface":         "the interfaces are created by Lambda at run time, their ids are unknown at deploy time",
	"ec2:AssignPrivateIpAddresses":       "acts on the run-time interfaces Lambda creates, unknown at deploy time",
	"ec2:UnassignPrivateIpAddresses":     "acts on the run-time interfaces Lambda creates, unknown at deploy time",
	"cloudwatch:PutMetricData":           "CloudWatch defines no resource type for it (narrow it with the cloudwatch:namespace condition)",
	"polly:SynthesizeSpeech":             "the input is the request's text; a lexicon resource is optional, \"*\" is needed without one",
	"translate:TranslateText":            "the input is the request's text; a terminology resource is optional, \"*\" is needed without one",
	"comprehendmedical:DetectEntitiesV2": "Comprehend Medical defines no resource type; it analyses the request's text (HIPAA-eligible)",
	"comprehendmedical:DetectPHI":        "Comprehend Medical defines no resource type; it analyses the request's text (HIPAA-eligible)",
	"comprehendmedical:InferICD10CM":     "Comprehend Medical defines no resource type; it analyses the request's text (HIPAA-eligible)",
	"comprehendmedical:InferRxNorm":      "Comprehend Medical defines no resource type; it analyses the request's text (HIPAA-eligible)",
	"comprehendmedical:InferSNOMEDCT":    "Comprehend Medical defines no resource type; it analyses the request's text (HIPAA-eligible)",
	"ecr:GetAuthorizationToken":          "ECR defines no resource type for it; the token is useless without pull permission on a repository",
	"secretsmanager:GetRandomPassword":   "Secrets Manager defines no resource type for it; it returns fresh random bytes, no secret (rotation functions)",
	"kms:GenerateRandom":                 "KMS defines no resource type for it; it returns random bytes and uses no key",
	"sts:GetCallerIdentity":              "needs no permission at all; allowing it is harmless",
	"cloudfront:ListDistributions":       "CloudFront defines no resource type for listing; it returns distribution summaries, no data (the origin-verification rotation finds the API's distribution by its alias)",
	"s3:ListAllMyBuckets":                "S3 defines no resource type for it; it returns bucket names, no object (CloudWatch Synthetics lists them to find a canary's artifact bucket)",
}

// resourceWildcardAllowed reports whether an action is in ResourceWildcardActions
// (IAM action names are case-insensitive).
func resourceWildcardAllowed(action string) bool {
	for a := range ResourceWildcardActions {
		if strings.EqualFold(a, action) {
			return true
		}
	}
	return false
}

// unscopedResource reports whether a Resource (tokens already substituted) names every
// resource of a service rather than the environment's own: "*", any partition or
// service, any account ("arn:aws:kms:*:*:key/*"), or every S3 bucket ("arn:aws:s3:::*").
func unscopedResource(res string) bool {
	if res == "*" {
		return true
	}
	parts := strings.SplitN(res, ":", 6)
	if len(parts) < 6 {
		return hasIAMWildcard(res)
	}
	if hasIAMWildcard(parts[1]) || hasIAMWildcard(parts[2]) || hasIAMWildcard(parts[4]) {
		return true
	}
	return parts[4] == "" && (parts[5] == "" || strings.IndexAny(parts[5], "*?") == 0)
}

// IAMResourceWildcard: an Allow statement of an identity policy on Resource "*" (or on
// every resource of a service, or with NotResource) may hold only the actions of
// ResourceWildcardActions. Deny statements on "*" are fine.
var IAMResourceWildcard = &Rule{
	ID: "iam-no-unscoped-resource", Controls: []string{"164.308(a)(3)(ii)(A)", "164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.312(a)(2)(iv)"}, Level: Error,
	Types:   identityPolicyTypes,
	Problem: `an Allow statement grants an action on Resource "*" (or every resource of a service, or NotResource) that AWS does not require "*" for`,
	Why:     "a grant on every resource reaches every bucket, table, key and secret of the account, including stores and keys of PHI that are created later.",
	Fix:     "name the resources (the environment's ARNs); only the actions of compliance.ResourceWildcardActions may use \"*\"",
	Check: func(s *Stack, r *Resource) (Status, string) {
		return s.checkIdentityStatements(r, func(st statement) string {
			if st.Effect != "Allow" {
				return ""
			}
			if len(st.NotResource) > 0 {
				return fmt.Sprintf("%s allows on every resource except %s (NotResource)", st.label(), strings.Join(st.NotResource, ", "))
			}
			if len(st.Resource) == 0 {
				return st.label() + " has no Resource (cannot verify what it allows)"
			}
			var wide []string
			for _, res := range st.Resource {
				sub, bad := s.substituteTokens(res, func(t Target) string {
					if strings.HasSuffix(t.Attr, "arn") {
						return "arn:partition:service:region:account:resource" // one resource's ARN
					}
					return "x"
				})
				if bad != "" {
					return fmt.Sprintf("%s: cannot verify Resource %q (%s is not an identifier of this environment)", st.label(), res, bad)
				}
				if unscopedResource(sub) {
					wide = append(wide, res)
				}
			}
			if len(wide) == 0 {
				return ""
			}
			if len(st.NotAction) > 0 {
				return fmt.Sprintf("%s allows every action except %s on %s", st.label(), strings.Join(st.NotAction, ", "), strings.Join(wide, ", "))
			}
			var bad []string
			for _, a := range st.Action {
				if !resourceWildcardAllowed(a) {
					bad = append(bad, a)
				}
			}
			if len(bad) == 0 {
				return ""
			}
			detail := fmt.Sprintf("%s allows %s on %s", st.label(), strings.Join(bad, ", "), strings.Join(wide, ", "))
			if slices.ContainsFunc(bad, func(a string) bool { return strings.HasPrefix(strings.ToLower(a), "kms:") || a == "*" }) {
				detail += " (key actions on every key)"
			}
			return detail
		})
	},
}

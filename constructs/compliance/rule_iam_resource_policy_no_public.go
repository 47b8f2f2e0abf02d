package compliance

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// resourcePolicyAttrs maps each resource type that carries a resource-based policy to
// the attribute holding it. Types whose policy is optional (a bucket, key, topic, queue
// or secret without an inline policy) are not applicable when it is absent; the
// separate *_policy resources require it. Lambda permissions, API Gateway and VPC
// endpoint policies are other rules' (a public API legitimately allows "*").
var resourcePolicyAttrs = map[string]string{
	"aws_s3_bucket_policy": "policy", "aws_s3_bucket": "policy",
	"aws_s3_access_point": "policy", "aws_s3control_access_point_policy": "policy",
	"aws_kms_key": "policy", "aws_kms_key_policy": "policy",
	"aws_sns_topic": "policy", "aws_sns_topic_policy": "policy",
	"aws_sqs_queue": "policy", "aws_sqs_queue_policy": "policy",
	"aws_secretsmanager_secret": "policy", "aws_secretsmanager_secret_policy": "policy",
	"aws_ecr_repository_policy": "policy", "aws_backup_vault_policy": "policy",
	"aws_efs_file_system_policy": "policy", "aws_dynamodb_resource_policy": "policy",
	"aws_kinesis_resource_policy": "policy", "aws_glue_resource_policy": "policy",
	"aws_cloudwatch_event_bus_policy": "policy", "aws_cloudwatch_log_resource_policy": "policy_document",
	"aws_opensearch_domain": "access_policies", "aws_opensearch_domain_policy": "access_policies",
	"aws_elasticsearch_domain_policy": "access_policies", "aws_glacier_vault": "access_policy",
}

// optionalPolicyTypes carry the policy as an optional argument of the resource itself.
var optionalPolicyTypes = []string{"aws_s3_bucket", "aws_s3_access_point", "aws_kms_key", "aws_sns_topic", "aws_sqs_queue", "aws_secretsmanager_secret", "aws_opensearch_domain", "aws_glacier_vault"}

func iamResourcePolicyTypes() []string {
	types := make([]string, 0, len(resourcePolicyAttrs))
	for t := range resourcePolicyAttrs {
		types = append(types, t)
	}
	sort.Strings(types)
	return types
}

// IAMResourcePolicyNoPublic: no resource policy allows everyone. An Allow statement
// with Principal "*" or {"AWS": "*"} (string or in a list), or with NotPrincipal, needs a
// condition of NarrowingConditionKeys pinning the caller or source to this account,
// organization, a named principal, endpoint or resource. Deny statements with "*" are
// how policies refuse (TLS, encryption) and are fine. An unreadable policy fails.
var IAMResourcePolicyNoPublic = &Rule{
	ID: "iam-resource-policy-no-public", Controls: []string{"164.308(a)(4)(ii)(B)", "164.312(a)(1)", "164.312(e)(1)"}, Level: Error,
	Types:   iamResourcePolicyTypes(),
	Problem: "a resource policy allows any principal (Principal \"*\" or NotPrincipal) without a condition naming the account, organization or source",
	Why:     "a public bucket, key, topic, queue or secret policy lets anyone on the internet with AWS credentials reach PHI or the keys that protect it.",
	Fix:     "name the principals (account root, roles, service principals), or add aws:PrincipalOrgID / aws:PrincipalAccount / aws:SourceArn / aws:SourceVpce",
	Check: func(s *Stack, r *Resource) (Status, string) {
		attr := resourcePolicyAttrs[r.Type]
		v := r.Attrs[attr]
		if (v == nil || v == "") && slices.Contains(optionalPolicyTypes, r.Type) {
			return NotApplicable, ""
		}
		sts, err := s.readPolicy(v)
		if err != nil {
			return Fail, attr + ": " + err.Error()
		}
		var fails []string
		for _, st := range sts {
			if st.Effect != "Allow" {
				continue
			}
			public, why, err := s.publicPrincipal(st)
			switch {
			case err != nil:
				fails = append(fails, st.label()+": "+err.Error())
			case public:
				if _, none := s.narrowingCondition(st, NarrowingConditionKeys); none != "" {
					fails = append(fails, fmt.Sprintf("%s allows %s to %s: %s", st.label(), why, strings.Join(append(st.Action, st.NotAction...), ", "), none))
				}
			}
		}
		return verdict(len(fails) == 0, "%s", strings.Join(fails, "; "))
	},
}

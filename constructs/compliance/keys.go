package compliance

import (
	"fmt"
	"strings"
)

// ManagedKey reports whether v (an encryption attribute: a key id, ARN or alias) names a
// customer-managed KMS key that this environment creates, with automatic rotation on.
// An AWS-managed key (alias/aws/...), a literal key ARN the pack cannot see, or a
// reference to anything but a key or alias of the environment is not one.
func (s *Stack) ManagedKey(v any) (bool, string) {
	val := str(v)
	switch {
	case val == "":
		return false, "no key is set (the AWS-managed key would be used)"
	case strings.HasPrefix(val, "alias/aws/") || strings.Contains(val, ":alias/aws/"):
		return false, fmt.Sprintf("%q is an AWS-managed key: its policy cannot be restricted and its use is not auditable per key", val)
	case !isRef(val):
		return false, fmt.Sprintf("cannot verify %q: a literal key id or ARN is not a key this environment creates", val)
	}
	r, ok := s.ResolvesTo(val, "aws_kms_key", "aws_kms_alias", "aws_kms_replica_key")
	if !ok {
		_, detail := unresolved("the key", val)
		return false, detail
	}
	if r.Type == "aws_kms_alias" {
		target := r.Attrs["target_key_id"]
		k, ok := r.Stack.ResolvesTo(target, "aws_kms_key", "aws_kms_replica_key")
		if !ok {
			return false, fmt.Sprintf("cannot verify the key behind alias %s (target_key_id %q)", r.Address(), str(target))
		}
		r = k
	}
	if r.Type == "aws_kms_replica_key" {
		p, ok := r.Stack.ResolvesTo(r.Attrs["primary_key_arn"], "aws_kms_key")
		if !ok {
			return false, fmt.Sprintf("cannot verify the primary key of %s", r.Address())
		}
		r = p
	}
	if !truthy(r.Attrs["enable_key_rotation"]) {
		return false, fmt.Sprintf("%s/%s does not rotate (enable_key_rotation is not true)", r.Stack.Name, r.Address())
	}
	return true, ""
}

// managedKeyVerdict is ManagedKey as a rule verdict, naming the attribute.
func (s *Stack) managedKeyVerdict(attr string, v any) (Status, string) {
	if ok, detail := s.ManagedKey(v); !ok {
		return Fail, attr + ": " + detail
	}
	return Pass, ""
}

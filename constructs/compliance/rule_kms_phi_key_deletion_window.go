package compliance

import "slices"

// KMSPHIKeyDeletionWindow: a key that encrypts a store of patient data waits the full 30
// days before deletion. It is an error where kms-deletion-window is a warning: a rule has
// one level, and a separate id keeps a waiver of the warning from silencing this one.
var KMSPHIKeyDeletionWindow = &Rule{
	ID: "kms-phi-key-deletion-window", Controls: []string{"164.308(a)(7)(ii)(A)", "164.310(d)(2)(iv)", "164.312(a)(2)(iv)"}, Level: Error,
	Types:   []string{"aws_kms_key", "aws_kms_replica_key"},
	Problem: "the deletion window of a key of patient data is shorter than 30 days",
	Why:     "deleting the key destroys every medical record encrypted under it, including its backups and replicas under the same key; the 30-day window is the only undo.",
	Fix:     "set deletion_window_in_days = 30 (security.NewKey's default)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		store := kmsKeyPHIStore(r)
		if store == "" {
			return NotApplicable, ""
		}
		return kmsDeletionWindowVerdict(r, " on a key that encrypts "+store)
	},
}

// kmsKeyAttrs are the attribute names through which a resource names its KMS key.
var kmsKeyAttrs = []string{"kms_key_id", "kms_key_arn", "kms_master_key_id", "replica_kms_key_id"}

// kmsKeyPHIStore names a store of patient data of the environment whose encryption
// attribute resolves to the key (directly or through an alias); "" when none does. The
// bucket's encryption and replication configurations count as the bucket's.
func kmsKeyPHIStore(key *Resource) string {
	for _, st := range key.Stack.Env().Stacks {
		for _, r := range st.Resources {
			owner := r
			switch r.Type {
			case "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_replication_configuration":
				b, ok := st.ResolvesTo(r.Attrs["bucket"], "aws_s3_bucket")
				if !ok {
					continue
				}
				owner = b
			default:
				if !slices.Contains(DataStoreTypes, r.Type) && r.Type != "aws_dynamodb_table_replica" {
					continue
				}
			}
			if !storeHoldsPHI(owner.Stack, owner) {
				continue
			}
			if kmsAttrsName(st, r.Attrs, key) {
				return owner.Stack.Name + "/" + owner.Address()
			}
		}
	}
	return ""
}

// kmsAttrsName walks attributes for a key attribute that resolves (in stack s) to key.
func kmsAttrsName(s *Stack, v any, key *Resource) bool {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if k == "//" {
				continue
			}
			if slices.Contains(kmsKeyAttrs, k) {
				if kmsKeyBehind(s, val) == key {
					return true
				}
				continue
			}
			if kmsAttrsName(s, val, key) {
				return true
			}
		}
	case []any:
		for _, val := range x {
			if kmsAttrsName(s, val, key) {
				return true
			}
		}
	}
	return false
}

// kmsKeyBehind resolves a key attribute to the key resource, through an alias.
func kmsKeyBehind(s *Stack, v any) *Resource {
	r, ok := s.ResolvesTo(v, "aws_kms_key", "aws_kms_replica_key", "aws_kms_alias")
	if !ok {
		return nil
	}
	if r.Type == "aws_kms_alias" {
		k, ok := r.Stack.ResolvesTo(r.Attrs["target_key_id"], "aws_kms_key", "aws_kms_replica_key")
		if !ok {
			return nil
		}
		return k
	}
	return r
}

package compliance

import (
	"fmt"
	"strings"
)

// S3ReplicaEncryption: every enabled replication rule of a bucket of patient data
// replicates its SSE-KMS objects and encrypts the replicas with a customer-managed key.
var S3ReplicaEncryption = &Rule{
	ID: "s3-replica-encryption", Controls: []string{"164.312(a)(2)(iv)", "164.308(a)(7)(ii)(B)"}, Level: Error,
	Types:             []string{"aws_s3_bucket"},
	PHIUnsuppressible: true,
	Problem:           "a replication rule of a bucket of patient data does not replicate KMS-encrypted objects into replicas encrypted with a customer-managed key",
	Why:               "without source_selection_criteria.sse_kms_encrypted_objects Enabled, S3 skips every SSE-KMS object (the DR copy is empty); without replica_kms_key_id the replicas are not under a key the organisation controls.",
	Fix:               "in each rule set source_selection_criteria { sse_kms_encrypted_objects { status = \"Enabled\" } } and destination.encryption_configuration.replica_kms_key_id to a rotating customer-managed key of the destination region",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if !s.IsPHI(r) {
			return NotApplicable, ""
		}
		rules := s3ReplicationRules(s, r)
		if len(rules) == 0 {
			return NotApplicable, "" // s3-replication reports a missing replication
		}
		var gaps []string
		for _, rr := range rules {
			if rr.rule == nil || str(dig(rr.rule, "status")) == "Disabled" {
				continue
			}
			var sse bool
			if rr.inline {
				sse = truthy(dig(rr.rule, "source_selection_criteria", 0, "sse_kms_encrypted_objects", 0, "enabled"))
			} else {
				sse = str(dig(rr.rule, "source_selection_criteria", 0, "sse_kms_encrypted_objects", 0, "status")) == "Enabled"
			}
			if !sse {
				gaps = append(gaps, rr.from+": source_selection_criteria.sse_kms_encrypted_objects is not Enabled")
			}
			key := dig(rr.rule, "destination", 0, "encryption_configuration", 0, "replica_kms_key_id")
			if rr.inline {
				key = dig(rr.rule, "destination", 0, "replica_kms_key_id")
			}
			if ok, detail := rr.stack.ManagedKey(key); !ok {
				gaps = append(gaps, fmt.Sprintf("%s: replica_kms_key_id: %s", rr.from, detail))
			}
		}
		return verdict(len(gaps) == 0, "%s", strings.Join(gaps, "; "))
	},
}

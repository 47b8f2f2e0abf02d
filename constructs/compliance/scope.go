package compliance

import "slices"

// NotPHIKey is the key under a resource's "//" object that records why a data store of
// a PHI environment holds no patient data: {"//": {"hipaa_not_phi": "<reason>"}}.
const NotPHIKey = "hipaa_not_phi"

// DataStoreTypes are the resource types that store data durably. In an environment
// whose data classification is phi, each of them holds patient data unless it records
// otherwise (NotPHI) with a reason the report shows.
var DataStoreTypes = []string{
	"aws_s3_bucket", "aws_dynamodb_table", "aws_db_instance", "aws_rds_cluster", "aws_efs_file_system",
	"aws_ebs_volume", "aws_elasticache_replication_group", "aws_opensearch_domain", "aws_elasticsearch_domain",
	"aws_redshift_cluster", "aws_docdb_cluster", "aws_neptune_cluster", "aws_kinesis_stream",
	"aws_backup_vault", "neon_project",
}

// Classification is the resource's data classification: its own tag, else the AWS
// provider's default tag; for a resource without tags (Neon), the environment's.
func (s *Stack) Classification(r *Resource) string {
	if c := str(dig(r.Attrs, "tags", "data-classification")); c != "" {
		return c
	}
	if c := s.DefaultTags["data-classification"]; c != "" {
		return c
	}
	for _, st := range s.Env().Stacks {
		if c := st.DefaultTags["data-classification"]; c != "" {
			return c
		}
	}
	return ""
}

// IsPHI reports whether the resource is in PHI scope: tagged phi = "true", or a data
// store of an environment classified phi that does not record a justified NotPHI reason.
// A phi = "false" tag alone does not take a store out of scope.
func (s *Stack) IsPHI(r *Resource) bool {
	if str(dig(r.Attrs, "tags", "phi")) == "true" {
		return true
	}
	if !slices.Contains(DataStoreTypes, r.Type) || validReason(r.NotPHIReason) {
		return false
	}
	return s.Classification(r) == "phi"
}

// HoldsPHI is IsPHI for a resource checked in its own stack.
func HoldsPHI(r *Resource) bool { return r.Stack.IsPHI(r) }

package tests

import (
	"regexp"
	"sort"
	"testing"

	"github.com/healthhub/platform-infra/config"
)

// storeTypeRE matches the Terraform resource types that hold audit records, patient data,
// or what unlocks them (keys, secrets): every one must carry lifecycle.prevent_destroy,
// so that neither `cdktf destroy` nor a rename (a destroy and a create) can delete it.
// Types the platform does not use yet are listed so that adding one is covered at once.
var storeTypeRE = regexp.MustCompile(`^(aws_(s3_bucket|s3_directory_bucket|cloudwatch_log_group|secretsmanager_secret|kms_key|dynamodb_table|` +
	`db_instance|rds_cluster|efs_file_system|backup_vault|glacier_vault|kinesis_stream|opensearch_domain|elasticache_replication_group|ebs_volume|timestreamwrite_table)|` +
	`neon_(project|branch|database))$`)

// mustBePresent keeps the test from passing on an empty synthesis: each type is in at
// least one stack of every environment.
var mustBePresent = []string{"aws_s3_bucket", "aws_cloudwatch_log_group", "aws_secretsmanager_secret", "aws_kms_key", "neon_project", "neon_branch", "neon_database"}

// TestEveryStoreIsProtectedFromDestroy asserts prevent_destroy directly on the
// synthesized JSON of every stack of every environment: a golden update cannot remove it.
func TestEveryStoreIsProtectedFromDestroy(t *testing.T) {
	for _, envName := range config.Names() {
		s := synth(t, envName)
		found := map[string]int{}
		for _, id := range s.ids {
			d := s.doc(t, id)
			for _, typ := range d.resourceTypes() {
				if !storeTypeRE.MatchString(typ) {
					continue
				}
				names := make([]string, 0)
				for n := range d.resources(typ) {
					names = append(names, n)
				}
				sort.Strings(names)
				for _, n := range names {
					found[typ]++
					if path(d.resources(typ)[n], "lifecycle", "prevent_destroy") != true {
						t.Errorf("%s/%s: %s.%s can be destroyed: set lifecycle.prevent_destroy", envName, id, typ, n)
					}
				}
			}
		}
		for _, typ := range mustBePresent {
			if found[typ] == 0 {
				t.Errorf("%s: no %s in any stack: the assertion above checked nothing for it", envName, typ)
			}
		}
	}
}

// TestAuditLogGroupIsProtected names the store the issue found unprotected: the
// CloudTrail log group keeps six years of audit records.
func TestAuditLogGroupIsProtected(t *testing.T) {
	for _, envName := range envsDeploying(config.StackPhase2) {
		s := synth(t, envName)
		groups := s.doc(t, "phase2").resources("aws_cloudwatch_log_group")
		n := 0
		for name, g := range groups {
			if g["name"] == "/aws/cloudtrail/"+s.env.NamePrefix+"-audit" {
				n++
				if path(g, "lifecycle", "prevent_destroy") != true || g["retention_in_days"] != float64(s.env.Retention.AuditLogDays) {
					t.Errorf("%s: trail log group %s: prevent_destroy %v, retention %v", envName, name, path(g, "lifecycle", "prevent_destroy"), g["retention_in_days"])
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: found %d CloudTrail log groups, want 1", envName, n)
		}
	}
}

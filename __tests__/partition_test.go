package tests

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/config"
)

// arnRE finds the partition of every ARN written in a string.
var arnRE = regexp.MustCompile(`arn:([a-z-]+):`)

// partitionVariant is production moved to another partition: regions, zones, deploy role.
func partitionVariant(t *testing.T, region, dr, partition string, zones []string, neonRegion string, validate bool) *config.Environment {
	t.Helper()
	env, err := config.Load("production")
	if err != nil {
		t.Fatal(err)
	}
	env.AWS.Region, env.AWS.DRRegion = region, dr
	env.AWS.DeployRoleArn = "arn:" + partition + ":iam::" + env.AWS.AccountID + ":role/healthhub-platform-deploy"
	env.Network.AvailabilityZones = zones
	env.Neon.Region = neonRegion
	if !validate {
		return env
	}
	data, _ := json.Marshal(env)
	parsed, err := config.Parse("config/production.json", data)
	if err != nil {
		t.Fatalf("the %s variant does not validate: %v", partition, err)
	}
	return parsed
}

// TestEveryARNUsesTheRegionsPartition synthesizes production in GovCloud and in China
// (validation bypassed: phase 3's CloudFront edge exists only in the aws partition, and
// Neon has no region in China; TestNonCommercialPartitionsAreRefused) and checks every
// ARN of every stack is in that partition, and regional service names use the
// partition's DNS suffix.
func TestEveryARNUsesTheRegionsPartition(t *testing.T) {
	cases := []struct {
		env       *config.Environment
		partition string
	}{
		{partitionVariant(t, "us-gov-west-1", "us-gov-east-1", "aws-us-gov", []string{"us-gov-west-1a", "us-gov-west-1b", "us-gov-west-1c"}, "aws-us-east-1", false), "aws-us-gov"},
		{partitionVariant(t, "cn-north-1", "cn-northwest-1", "aws-cn", []string{"cn-north-1a", "cn-north-1b", "cn-north-1d"}, "aws-ap-southeast-1", false), "aws-cn"},
	}
	for _, tc := range cases {
		t.Run(tc.partition, func(t *testing.T) {
			if got := tc.env.AWS.Partition(); got != tc.partition {
				t.Fatalf("Partition() = %s", got)
			}
			arns := 0
			for id, doc := range synthEnv(t, tc.env) {
				var v any
				_ = json.Unmarshal([]byte(doc), &v)
				eachString(v, func(s string) {
					for _, m := range arnRE.FindAllStringSubmatch(s, -1) {
						arns++
						if m[1] != tc.partition {
							t.Errorf("%s: an ARN in partition %q: %q", id, m[1], s)
						}
					}
					if tc.partition == "aws-cn" {
						for _, region := range []string{tc.env.AWS.Region, tc.env.AWS.DRRegion} {
							if strings.Contains(s, "."+region+".amazonaws.com") && !strings.Contains(s, "."+region+".amazonaws.com.cn") {
								t.Errorf("%s: a regional service name without the China suffix: %q", id, s)
							}
						}
					}
				})
			}
			if arns < 20 {
				t.Errorf("only %d ARNs found: the scan is broken", arns)
			}
		})
	}
}

// TestNonCommercialPartitionsAreRefused: a GovCloud production validates except for
// the one line saying why (CloudFront), so the refusal is that rule and nothing else.
func TestNonCommercialPartitionsAreRefused(t *testing.T) {
	env := partitionVariant(t, "us-gov-west-1", "us-gov-east-1", "aws-us-gov", []string{"us-gov-west-1a", "us-gov-west-1b", "us-gov-west-1c"}, "aws-us-east-1", false)
	data, _ := json.Marshal(env)
	_, err := config.Parse("config/production.json", data)
	want := `"config/production.json": "aws.region" = "us-gov-west-1": must be a region of the aws partition: phase 3's edge`
	if err == nil || !strings.HasPrefix(err.Error(), want) || strings.Count(err.Error(), "\n") != 0 {
		t.Fatalf("error = %v, want exactly one line starting %s", err, want)
	}
}

package config

import (
	"sort"
	"strings"
)

// The product's catalogue of AWS regions: the regions a config may name, the partition
// each belongs to, and the letters of its availability zones. It is kept here, not read
// from AWS, so that validation is offline and deterministic; add a region when AWS opens
// one and the platform is to run there.
//
// Zone letters are the ones AWS names in the region (an account sees a subset of them,
// mapped to zone ids per account). Sources: the AWS General Reference (regions and
// endpoints) and the EC2 availability-zone documentation, 2025.

// Partitions.
const (
	PartitionAWS   = "aws"        // commercial regions
	PartitionGov   = "aws-us-gov" // AWS GovCloud (US)
	PartitionChina = "aws-cn"     // China (Beijing, Ningxia), operated by local partners
)

// RegionInfo is one region of the catalogue.
type RegionInfo struct {
	Partition string
	// Zones are the letters of the region's availability zones ("abc": us-east-2a, ...).
	Zones string
}

// Regions is the catalogue: region id -> partition and zone letters.
var Regions = map[string]RegionInfo{
	// Commercial (aws).
	"us-east-1":      {PartitionAWS, "abcdef"},
	"us-east-2":      {PartitionAWS, "abc"},
	"us-west-1":      {PartitionAWS, "abc"},
	"us-west-2":      {PartitionAWS, "abcd"},
	"af-south-1":     {PartitionAWS, "abc"},
	"ap-east-1":      {PartitionAWS, "abc"},
	"ap-east-2":      {PartitionAWS, "abc"},
	"ap-south-1":     {PartitionAWS, "abc"},
	"ap-south-2":     {PartitionAWS, "abc"},
	"ap-southeast-1": {PartitionAWS, "abc"},
	"ap-southeast-2": {PartitionAWS, "abc"},
	"ap-southeast-3": {PartitionAWS, "abc"},
	"ap-southeast-4": {PartitionAWS, "abc"},
	"ap-southeast-5": {PartitionAWS, "abc"},
	"ap-southeast-7": {PartitionAWS, "abc"},
	"ap-northeast-1": {PartitionAWS, "acd"},
	"ap-northeast-2": {PartitionAWS, "abcd"},
	"ap-northeast-3": {PartitionAWS, "abc"},
	"ca-central-1":   {PartitionAWS, "abd"},
	"ca-west-1":      {PartitionAWS, "abc"},
	"eu-central-1":   {PartitionAWS, "abc"},
	"eu-central-2":   {PartitionAWS, "abc"},
	"eu-north-1":     {PartitionAWS, "abc"},
	"eu-south-1":     {PartitionAWS, "abc"},
	"eu-south-2":     {PartitionAWS, "abc"},
	"eu-west-1":      {PartitionAWS, "abc"},
	"eu-west-2":      {PartitionAWS, "abc"},
	"eu-west-3":      {PartitionAWS, "abc"},
	"il-central-1":   {PartitionAWS, "abc"},
	"me-central-1":   {PartitionAWS, "abc"},
	"me-south-1":     {PartitionAWS, "abc"},
	"mx-central-1":   {PartitionAWS, "abc"},
	"sa-east-1":      {PartitionAWS, "abc"},
	// AWS GovCloud (US).
	"us-gov-east-1": {PartitionGov, "abc"},
	"us-gov-west-1": {PartitionGov, "abc"},
	// China.
	"cn-north-1":     {PartitionChina, "abd"},
	"cn-northwest-1": {PartitionChina, "abc"},
}

// NeonRegions are the AWS regions Neon runs projects in (neon.com/docs/introduction/regions).
// Only AWS regions are accepted: the platform's BAA covers Neon on AWS.
var NeonRegions = []string{
	"aws-ap-southeast-1", "aws-ap-southeast-2", "aws-eu-central-1", "aws-eu-west-2",
	"aws-sa-east-1", "aws-us-east-1", "aws-us-east-2", "aws-us-west-2",
}

// PartitionOf returns the partition of a catalogued region, and false for any other.
func PartitionOf(region string) (string, bool) {
	r, ok := Regions[region]
	return r.Partition, ok
}

// RegionsOf lists the catalogued regions of a partition, sorted.
func RegionsOf(partition string) []string {
	var out []string
	for id, r := range Regions {
		if r.Partition == partition {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// ZonesOf lists the availability zones of a catalogued region ("us-east-2a", ...).
func ZonesOf(region string) []string {
	var out []string
	for _, letter := range Regions[region].Zones {
		out = append(out, region+string(letter))
	}
	return out
}

// geography is the first part of a region id ("us" for us-east-1 and us-gov-west-1, "eu"
// for eu-central-1): the jurisdiction the data stays in.
func geography(region string) string {
	g, _, _ := strings.Cut(strings.TrimPrefix(region, "aws-"), "-")
	return g
}

// Partition is the AWS partition of the primary region ("aws", "aws-us-gov" or
// "aws-cn"): every ARN the stacks build starts with "arn:" + Partition(). Validation
// refuses a region outside the catalogue, and a DR region or deploy role of another
// partition.
func (a AWS) Partition() string {
	if p, ok := PartitionOf(a.Region); ok {
		return p
	}
	switch {
	case strings.HasPrefix(a.Region, "us-gov-"):
		return PartitionGov
	case strings.HasPrefix(a.Region, "cn-"):
		return PartitionChina
	default:
		return PartitionAWS
	}
}

// DNSSuffix is the DNS suffix of regional AWS endpoints in the partition of the
// primary region (see the function DNSSuffix).
func (a AWS) DNSSuffix() string { return DNSSuffix(a.Region) }

// DNSSuffix is the DNS suffix of a region's AWS endpoints: "amazonaws.com.cn" in China,
// "amazonaws.com" elsewhere. Regional service names use it (kms:ViaService values such
// as "secretsmanager.<region>.<suffix>", the CloudWatch Logs principal
// "logs.<region>.<suffix>"); global service principals ("lambda.amazonaws.com") are
// the same in every partition.
func DNSSuffix(region string) string {
	if (AWS{Region: region}).Partition() == PartitionChina {
		return "amazonaws.com.cn"
	}
	return "amazonaws.com"
}

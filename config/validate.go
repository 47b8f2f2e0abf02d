package config

import (
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Floors are the minimum retention periods the product enforces for every environment.
// Non-production environments hold synthetic data but are built with the same settings,
// so that what is tested is what production runs.
const (
	// FloorLogDays: operational logs may contain PHI fragments and support incident
	// investigation (HIPAA 164.308(a)(6)); one year.
	FloorLogDays = 365
	// FloorAuditLogDays: HIPAA 164.316(b)(2)(i) keeps required documentation, audit
	// records included, six years; 2192 days is CloudWatch's six-year setting.
	FloorAuditLogDays = 2192
	// FloorDataDays: the platform keeps medical records seven years (2557 days).
	FloorDataDays = 2557
	// FloorStateVersionDays: noncurrent Terraform state versions are kept at least 30
	// days so that a bad apply can be rolled back.
	FloorStateVersionDays = 30
	// FloorNeonHistorySeconds: Neon's point-in-time-restore window is at least a day
	// (HIPAA 164.308(a)(7)(ii)(A) data backup plan).
	FloorNeonHistorySeconds = 86400
	// MaxNeonHistorySeconds is Neon's limit (30 days).
	MaxNeonHistorySeconds = 2592000
)

// CloudWatchRetentionDays are the only values CloudWatch Logs accepts.
var CloudWatchRetentionDays = []int{1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653}

// DataClassifications are the valid values of the data-classification tag.
var DataClassifications = []string{"phi", "confidential", "internal", "public"}

// StateBackendTypes are the valid values of stateBackend.type.
var StateBackendTypes = []string{"local", "s3"}

// RequiredServices are run by the phase stacks: an environment that deploys every stack
// needs each (Environment.DeployedServices lists an environment's).
var RequiredServices = []string{"gateway", "auth", "patient", "provider", "records", "appointment", "scheduling", "ai"}

// ServiceNames are the service functions of the platform, in phase order. A service
// named in config must be one of these.
var ServiceNames = []string{"gateway", "auth", "patient", "provider", "records", "appointment", "scheduling", "ai"}

var (
	envNameRE  = regexp.MustCompile(`^[a-z][a-z0-9]{1,11}$`)
	accountRE  = regexp.MustCompile(`^[0-9]{12}$`)
	prefixRE   = regexp.MustCompile(`^[a-z][a-z0-9-]{1,14}[a-z0-9]$`)
	tagValueRE = regexp.MustCompile(`^[A-Za-z0-9 _.:/=+@-]{1,256}$`)
	bucketRE   = regexp.MustCompile(`^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$`)
	// An IAM role ARN: arn:<partition>:iam::<account>:role/<path/><name>.
	roleArnRE = regexp.MustCompile(`^arn:(aws|aws-us-gov|aws-cn):iam::([0-9]{12}):role/((?:[A-Za-z0-9+=,.@_-]+/)*)([A-Za-z0-9+=,.@_-]{1,64})$`)
	// An S3 key of a zip: the characters S3 calls safe, ending in .zip.
	s3KeyRE = regexp.MustCompile(`^[A-Za-z0-9!_.*'()/-]+\.zip$`)
	// An S3 object version id: S3 generates URL-ready opaque ids of letters, digits and
	// "._+/=-" (e.g. "3/L4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo"),
	// up to 1024 bytes.
	s3VersionRE = regexp.MustCompile(`^[A-Za-z0-9._+/=-]+$`)
	// E-mail address parts (RFC 5321 and RFC 5322 dot-atom; see validateEmail).
	emailAtomRE  = regexp.MustCompile("^[A-Za-z0-9!#&'*+/=?^_`|~-]+$")
	emailLabelRE = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`)
)

var privateRanges = []netip.Prefix{
	netip.MustParsePrefix("10.0.0.0/8"),
	netip.MustParsePrefix("172.16.0.0/12"),
	netip.MustParsePrefix("192.168.0.0/16"),
}

type checker struct {
	file     string
	problems []Problem
}

func (c *checker) add(field string, value any, rule string, args ...any) {
	c.problems = append(c.problems, Problem{File: c.file, Field: field, Value: fmt.Sprint(value), Rule: fmt.Sprintf(rule, args...)})
}

// required reports an empty string and returns false.
func (c *checker) required(field, value string) bool {
	if strings.TrimSpace(value) == "" {
		c.add(field, value, "is required")
		return false
	}
	return true
}

func validate(e *Environment, fileName string) []Problem {
	c := &checker{file: e.file}

	if c.required("name", e.Name) {
		switch {
		case !envNameRE.MatchString(e.Name):
			c.add("name", e.Name, "must be 2 to 12 lowercase letters or digits, starting with a letter")
		case e.Name != fileName:
			c.add("name", e.Name, "must equal the file name %q", fileName)
		}
	}

	// AWS account and regions.
	if c.required("aws.accountId", e.AWS.AccountID) && !accountRE.MatchString(e.AWS.AccountID) {
		c.add("aws.accountId", e.AWS.AccountID, "must be a 12-digit AWS account id")
	}
	validateRegions(c, e.AWS)
	validateDeployRole(c, e.AWS)
	if c.required("namePrefix", e.NamePrefix) && (!prefixRE.MatchString(e.NamePrefix) || strings.Contains(e.NamePrefix, "--")) {
		c.add("namePrefix", e.NamePrefix, "must be 3 to 16 lowercase letters, digits or single hyphens, starting with a letter and not ending with a hyphen")
	}

	// Tags.
	for _, t := range []struct{ field, value string }{{"tags.owner", e.Tags.Owner}, {"tags.costCenter", e.Tags.CostCenter}} {
		if c.required(t.field, t.value) && !tagValueRE.MatchString(t.value) {
			c.add(t.field, t.value, "must be 1 to 256 characters of letters, digits, spaces and _.:/=+@-")
		}
	}
	if c.required("tags.dataClassification", e.Tags.DataClassification) && !slices.Contains(DataClassifications, e.Tags.DataClassification) {
		c.add("tags.dataClassification", e.Tags.DataClassification, "must be one of %s", strings.Join(DataClassifications, ", "))
	}

	validateNetwork(c, e)
	validateRetention(c, e.Retention)

	// Alerts.
	if len(e.Alerts.Emails) == 0 {
		c.add("alerts.emails", "[]", "needs at least one address: alarms must reach a person")
	}
	seen := map[string]bool{}
	for i, addr := range e.Alerts.Emails {
		field := fmt.Sprintf("alerts.emails[%d]", i)
		if rule := validateEmail(addr); rule != "" {
			c.add(field, addr, "%s", rule)
		} else if seen[strings.ToLower(addr)] {
			c.add(field, addr, "is listed twice")
		}
		seen[strings.ToLower(addr)] = true
	}

	validateNeon(c, e)
	if e.Deploys(StackPhase2) {
		validateDocuments(c, e)
	}

	// State backend.
	if c.required("stateBackend.type", e.StateBackend.Type) {
		switch {
		case !slices.Contains(StateBackendTypes, e.StateBackend.Type):
			c.add("stateBackend.type", e.StateBackend.Type, "must be one of %s", strings.Join(StateBackendTypes, ", "))
		case e.IsProduction() && e.StateBackend.Type != "s3":
			c.add("stateBackend.type", e.StateBackend.Type, "must be s3 in production: state is shared, encrypted with a customer-managed key and locked")
		}
	}

	validateServices(c, e)
	// Sections of stacks the environment does not deploy ("stacks") may be absent.
	if e.Deploys(StackPhase3) {
		validateTables(c, e)
		validateBackup(c, e)
		validateEdge(c, e)
	}
	validatePrivateDatabase(c, e)
	validateStacks(c, e)
	validateRailway(c, e)
	validateAI(c, e)
	validateMonitoring(c, e)
	return c.problems
}

func validateNetwork(c *checker, e *Environment) {
	n := e.Network
	vpc, vpcOK := parseCIDR(c, "network.vpcCidr", n.VPCCIDR)
	if vpcOK {
		if !slices.ContainsFunc(privateRanges, func(p netip.Prefix) bool { return p.Contains(vpc.Addr()) && p.Bits() <= vpc.Bits() }) {
			c.add("network.vpcCidr", n.VPCCIDR, "must be inside an RFC 1918 private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)")
			vpcOK = false
		} else if vpc.Bits() < 16 || vpc.Bits() > 24 {
			c.add("network.vpcCidr", n.VPCCIDR, "must have a prefix length from /16 to /24 (AWS VPC limits)")
			vpcOK = false
		}
	}

	if len(n.AvailabilityZones) < 2 {
		c.add("network.availabilityZones", fmt.Sprint(n.AvailabilityZones), "needs at least two zones: a single zone is a single point of failure")
	}
	_, regionKnown := Regions[e.AWS.Region]
	seenAZ := map[string]bool{}
	for i, az := range n.AvailabilityZones {
		field := fmt.Sprintf("network.availabilityZones[%d]", i)
		switch {
		case !regionKnown:
			// aws.region is reported itself; its zones cannot be checked.
		case !slices.Contains(ZonesOf(e.AWS.Region), az):
			c.add(field, az, "must be an availability zone of aws.region %q (one of %s)", e.AWS.Region, strings.Join(ZonesOf(e.AWS.Region), ", "))
		case seenAZ[az]:
			c.add(field, az, "is listed twice")
		}
		seenAZ[az] = true
	}
	if e.IsProduction() && !n.NATGatewayPerZone {
		c.add("network.natGatewayPerZone", n.NATGatewayPerZone, "must be true in production: a single NAT gateway is a single point of failure (its zone's outage stops all egress), and the Neon allow-list would hold a single address")
	}

	var all []netip.Prefix
	var allFields []string
	for _, group := range []struct {
		field  string
		blocks []string
	}{{"network.privateSubnetCidrs", n.PrivateSubnetCIDRs}, {"network.publicSubnetCidrs", n.PublicSubnetCIDRs}} {
		if len(group.blocks) != len(n.AvailabilityZones) {
			c.add(group.field, fmt.Sprint(group.blocks), "needs one block per availability zone (%d)", len(n.AvailabilityZones))
		}
		for i, s := range group.blocks {
			field := fmt.Sprintf("%s[%d]", group.field, i)
			p, ok := parseCIDR(c, field, s)
			if !ok {
				continue
			}
			if p.Bits() > 28 {
				c.add(field, s, "must have a prefix length of /28 or shorter (AWS subnet limit)")
				continue
			}
			if vpcOK && !(vpc.Contains(p.Addr()) && p.Bits() >= vpc.Bits()) {
				c.add(field, s, "must lie inside network.vpcCidr (%q)", n.VPCCIDR)
				continue
			}
			for j, q := range all {
				if p.Overlaps(q) {
					c.add(field, s, "overlaps %s (%s)", allFields[j], q)
				}
			}
			all = append(all, p)
			allFields = append(allFields, field)
		}
	}
}

// parseCIDR parses a canonical IPv4 CIDR block, reporting a problem when it is not one.
func parseCIDR(c *checker, field, s string) (netip.Prefix, bool) {
	if !c.required(field, s) {
		return netip.Prefix{}, false
	}
	p, err := netip.ParsePrefix(s)
	switch {
	case err != nil || !p.Addr().Is4():
		c.add(field, s, "must be an IPv4 CIDR block like 10.20.0.0/16")
		return netip.Prefix{}, false
	case p.Masked() != p:
		c.add(field, s, "must be a network address: host bits are set (did you mean %s?)", p.Masked())
		return netip.Prefix{}, false
	}
	return p, true
}

func validateRetention(c *checker, r Retention) {
	for _, f := range []struct {
		field      string
		value      int
		floor      int
		why        string
		cloudWatch bool
	}{
		{"retention.logDays", r.LogDays, FloorLogDays, "operational logs are kept at least a year", true},
		{"retention.auditLogDays", r.AuditLogDays, FloorAuditLogDays, "HIPAA 164.316(b)(2)(i) keeps audit records six years", true},
		{"retention.dataDays", r.DataDays, FloorDataDays, "medical records are kept seven years", false},
		{"retention.stateVersionDays", r.StateVersionDays, FloorStateVersionDays, "state history allows rolling back a bad apply", false},
	} {
		switch {
		case f.value == 0:
			c.add(f.field, f.value, "is required (at least %d days: %s)", f.floor, f.why)
		case f.value < f.floor:
			c.add(f.field, f.value, "must be at least %d days: %s", f.floor, f.why)
		case f.cloudWatch && !slices.Contains(CloudWatchRetentionDays, f.value):
			c.add(f.field, f.value, "must be a CloudWatch Logs retention value (one of %s)", joinInts(CloudWatchRetentionDays, f.floor))
		}
	}
}

func validateDocuments(c *checker, e *Environment) {
	d := e.Documents
	if c.required("documents.objectLockMode", d.ObjectLockMode) {
		switch {
		case !slices.Contains(ObjectLockModes, d.ObjectLockMode):
			c.add("documents.objectLockMode", d.ObjectLockMode, "must be one of %s", strings.Join(ObjectLockModes, ", "))
		case e.IsProduction() && d.ObjectLockMode != "COMPLIANCE":
			c.add("documents.objectLockMode", d.ObjectLockMode, "must be COMPLIANCE in production: no one may delete a medical document or audit record before its retention ends")
		}
	}
	if d.InfrequentAccessAfterDays < 30 {
		c.add("documents.infrequentAccessAfterDays", d.InfrequentAccessAfterDays, "must be at least 30 days (S3's minimum for STANDARD_IA)")
	}
	if d.ArchiveAfterDays < d.InfrequentAccessAfterDays+30 {
		c.add("documents.archiveAfterDays", d.ArchiveAfterDays, "must be at least documents.infrequentAccessAfterDays + 30 (%d days): S3 bills STANDARD_IA for 30 days", d.InfrequentAccessAfterDays+30)
	}
	if e.Retention.DataDays >= FloorDataDays && d.ArchiveAfterDays >= e.Retention.DataDays {
		c.add("documents.archiveAfterDays", d.ArchiveAfterDays, "must be less than retention.dataDays (%d)", e.Retention.DataDays)
	}
}

func joinInts(values []int, from int) string {
	var s []string
	for _, v := range values {
		if v >= from {
			s = append(s, strconv.Itoa(v))
		}
	}
	return strings.Join(s, ", ")
}

func validateNeon(c *checker, e *Environment) {
	n := e.Neon
	if c.required("neon.region", n.Region) {
		switch {
		case !slices.Contains(NeonRegions, n.Region):
			c.add("neon.region", n.Region, "must be a Neon AWS region (one of %s): Neon's HIPAA support covers its AWS regions", strings.Join(NeonRegions, ", "))
		case Regions[e.AWS.Region].Partition != "" && geography(n.Region) != geography(e.AWS.Region):
			c.add("neon.region", n.Region, "must be in the geography of aws.region %q (a %s-* Neon region): patient data stays in the platform's jurisdiction", e.AWS.Region, geography(e.AWS.Region))
		}
	}
	if n.PostgresVersion < 14 || n.PostgresVersion > 17 {
		c.add("neon.postgresVersion", n.PostgresVersion, "must be a Postgres major version from 14 to 17")
	}
	switch {
	case n.AutoscalingMinCU < 0.25 || n.AutoscalingMinCU > 16:
		c.add("neon.autoscalingMinCu", n.AutoscalingMinCU, "must be from 0.25 to 16 compute units")
	case n.AutoscalingMaxCU < 0.25 || n.AutoscalingMaxCU > 16:
		c.add("neon.autoscalingMaxCu", n.AutoscalingMaxCU, "must be from 0.25 to 16 compute units")
	case n.AutoscalingMinCU > n.AutoscalingMaxCU:
		c.add("neon.autoscalingMinCu", n.AutoscalingMinCU, "must not exceed neon.autoscalingMaxCu (%v)", n.AutoscalingMaxCU)
	case n.AutoscalingMaxCU-n.AutoscalingMinCU > 8:
		c.add("neon.autoscalingMaxCu", n.AutoscalingMaxCU, "must be within 8 compute units of neon.autoscalingMinCu (%v): a Neon limit", n.AutoscalingMinCU)
	}
	if s := n.SuspendTimeoutSeconds; s != 0 && s != -1 && (s < 60 || s > 604800) {
		c.add("neon.suspendTimeoutSeconds", s, "must be 0 (Neon's default), -1 (never suspend) or 60 to 604800 seconds")
	}
	switch h := n.HistoryRetentionSeconds; {
	case h < FloorNeonHistorySeconds:
		c.add("neon.historyRetentionSeconds", h, "must be at least %d seconds (one day of point-in-time restore: HIPAA 164.308(a)(7) backup)", FloorNeonHistorySeconds)
	case h > MaxNeonHistorySeconds:
		c.add("neon.historyRetentionSeconds", h, "must be at most %d seconds (Neon's 30-day limit)", MaxNeonHistorySeconds)
	}
}

func validateServices(c *checker, e *Environment) {
	services := e.Services
	for _, name := range e.DeployedServices() {
		if _, ok := services[name]; !ok {
			c.add("services."+name, "", "is required: the phase stacks run the %s service", name)
		}
	}
	names := make([]string, 0, len(services))
	for name := range services {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		s := services[name]
		field := "services." + name
		if !slices.Contains(ServiceNames, name) {
			c.add(field, name, "is not a service of the platform (one of %s)", strings.Join(ServiceNames, ", "))
			continue
		}
		if s.RunsOnRailway() {
			continue // no function: validateRailway checks it
		}
		if c.required(field+".artifactBucket", s.ArtifactBucket) && (!bucketRE.MatchString(s.ArtifactBucket) || strings.Contains(s.ArtifactBucket, "..")) {
			c.add(field+".artifactBucket", s.ArtifactBucket, "must be an S3 bucket name (3 to 63 lowercase letters, digits, dots, hyphens; no \"..\")")
		}
		if c.required(field+".artifactKey", s.ArtifactKey) {
			switch k := s.ArtifactKey; {
			case len(k) > 1024:
				c.add(field+".artifactKey", k, "must be at most 1024 bytes (S3's key limit)")
			case !s3KeyRE.MatchString(k):
				c.add(field+".artifactKey", k, "must be an S3 key of a .zip file: letters, digits and !_.*'()/- only")
			case strings.HasPrefix(k, "/") || strings.Contains(k, "//") || strings.Contains(k, ".."):
				c.add(field+".artifactKey", k, "must not start with \"/\" or contain \"//\" or \"..\": a key names one object, relative to nothing")
			}
		}
		if c.required(field+".artifactVersion", s.ArtifactVersion) && (len(s.ArtifactVersion) > 1024 || !s3VersionRE.MatchString(s.ArtifactVersion)) {
			c.add(field+".artifactVersion", s.ArtifactVersion, "must be an S3 object version id: 1 to 1024 letters, digits and ._+/=-")
		}
		if s.MemoryMB < 128 || s.MemoryMB > 10240 {
			c.add(field+".memoryMb", s.MemoryMB, "must be from 128 to 10240 MB")
		}
		if s.TimeoutSeconds < 1 || s.TimeoutSeconds > 900 {
			c.add(field+".timeoutSeconds", s.TimeoutSeconds, "must be from 1 to 900 seconds")
		}
		if s.ReservedConcurrency < 1 {
			c.add(field+".reservedConcurrency", s.ReservedConcurrency, "must be at least 1: unbounded concurrency can exhaust the database's connections")
		}
		if p := s.ProvisionedConcurrency; p < 0 || (p > 0 && p > s.ReservedConcurrency) {
			c.add(field+".provisionedConcurrency", p, "must be from 0 to reservedConcurrency (%d)", s.ReservedConcurrency)
		}
	}
}

// validateRegions checks the primary and DR regions against the product's catalogue
// (regions.go): both must exist, differ, and lie in one partition (an account, its ARNs
// and its credentials belong to one partition; replication cannot cross partitions).
func validateRegions(c *checker, a AWS) {
	partition, known := PartitionOf(a.Region)
	if c.required("aws.region", a.Region) && !known {
		c.add("aws.region", a.Region, "must be an AWS region of the product's catalogue (config/regions.go), like us-east-1")
	}
	if !c.required("aws.drRegion", a.DRRegion) {
		return
	}
	drPartition, drKnown := PartitionOf(a.DRRegion)
	switch {
	case !drKnown:
		c.add("aws.drRegion", a.DRRegion, "must be an AWS region of the product's catalogue (config/regions.go), like us-west-2")
	case a.DRRegion == a.Region:
		c.add("aws.drRegion", a.DRRegion, "must differ from aws.region %q: disaster recovery needs a second region", a.Region)
	case known && drPartition != partition:
		in := partition
		if regions := RegionsOf(partition); len(regions) <= 4 {
			in += "; one of " + strings.Join(regions, ", ")
		}
		c.add("aws.drRegion", a.DRRegion, "must be in the partition of aws.region %q (%s): the account, its ARNs and replication cannot cross partitions", a.Region, in)
	}
}

// validateDeployRole checks the deploy role's ARN: an IAM role of aws.accountId, in the
// partition of aws.region.
func validateDeployRole(c *checker, a AWS) {
	const field = "aws.deployRoleArn"
	if !c.required(field, a.DeployRoleArn) {
		return
	}
	partition, known := PartitionOf(a.Region)
	example := fmt.Sprintf("arn:%s:iam::%s:role/platform-deploy", a.Partition(), a.AccountID)
	m := roleArnRE.FindStringSubmatch(a.DeployRoleArn)
	switch {
	case m == nil:
		c.add(field, a.DeployRoleArn, "must be an IAM role ARN like %s (role name up to 64 characters)", example)
	case len(m[3]) > 512:
		c.add(field, a.DeployRoleArn, "must have a role path of at most 512 characters")
	case known && m[1] != partition:
		c.add(field, a.DeployRoleArn, "must be in the partition of aws.region %q: arn:%s:..., like %s", a.Region, partition, example)
	case accountRE.MatchString(a.AccountID) && m[2] != a.AccountID:
		c.add(field, a.DeployRoleArn, "must be a role of aws.accountId (%s)", a.AccountID)
	}
}

// validateEmail returns the rule addr breaks, or "". An alert address is a plain
// mailbox, stricter than RFC 5322 allows: local@domain, no display name, no comments,
// no quoted local part, no IP literal. Limits are RFC 5321's (local part 64, domain 255,
// path 254 octets). The local part is a dot-atom without "$", "%", "{" and "}": those
// can form Terraform template sequences, and no mailbox the platform alerts needs them.
// The domain is LDH labels of 1 to 63 characters, at least two, the last not numeric.
func validateEmail(addr string) string {
	const rule = "must be a plain e-mail address like sre@example.com"
	local, domain, ok := strings.Cut(addr, "@")
	switch {
	case !ok || strings.Contains(domain, "@"):
		return rule + " (exactly one \"@\")"
	case len(addr) > 254:
		return fmt.Sprintf("%s (at most 254 characters, RFC 5321; it has %d)", rule, len(addr))
	case len(local) == 0 || len(local) > 64:
		return rule + " (a local part of 1 to 64 characters, RFC 5321)"
	case len(domain) > 255:
		return rule + " (a domain of at most 255 characters)"
	}
	for _, atom := range strings.Split(local, ".") {
		if !emailAtomRE.MatchString(atom) {
			return rule + " (the part before \"@\" is letters, digits and !#&'*+/=?^_`|~- between single dots)"
		}
	}
	labels := strings.Split(domain, ".")
	for _, l := range labels {
		if !emailLabelRE.MatchString(l) {
			return rule + " (a domain of dot-separated labels: letters, digits, inner hyphens, 1 to 63 characters each)"
		}
	}
	if tld := labels[len(labels)-1]; len(labels) < 2 || strings.Trim(tld, "0123456789") == "" {
		return rule + " (a fully qualified domain such as example.com)"
	}
	return ""
}

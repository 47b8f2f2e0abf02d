// Package config loads and validates the per-environment settings of the platform.
//
// Each environment is one JSON file in this directory (dev.json, staging.json,
// production.json), compiled into the program so that synthesis does not depend on the
// working directory. A file is decoded strictly (the JSON types, field names matched
// case-sensitively, no key twice) and then validated as a whole: every problem is
// reported, one line each, naming the file, the field, the value and the rule, before any
// construct is created.
//
// This package is the product's input boundary towards Terraform. Every string of a
// config is checked by one reflection walk (no control characters, line breaks,
// invisible or bidirectional formatting characters, or Terraform template sequences
// "${" and "%{"; at most MaxStringBytes), whatever field it is in, and the Environment
// that Load and Parse return has every string escaped for Terraform (EscapeLiterals, with
// constructs/tfliteral): a construct writes a config value as a literal without having to
// think about it.
//
// Secrets never live here: the AWS provider and the Neon provider read their credentials
// from the process environment at plan and apply time.
package config

import (
	"embed"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EnvVar selects the environment to synthesize. It is deliberately not a TF_VAR_*
// variable: `cdktf synth` strips those from the app's environment.
const EnvVar = "HEALTHHUB_ENV"

// DefaultEnvironment is used when EnvVar is unset or empty.
const DefaultEnvironment = "dev"

//go:embed *.json
var files embed.FS

// Environment is the validated configuration of one deployment environment.
type Environment struct {
	// Name is the environment's name; it must equal the file name without ".json".
	Name string `json:"name"`
	// AWS is the target account and regions.
	AWS AWS `json:"aws"`
	// NamePrefix starts every resource name ("hh-dev"): lowercase letters, digits and
	// hyphens, 3 to 16 characters, so that derived S3 bucket names stay under 63.
	NamePrefix string `json:"namePrefix"`
	// Tags are the organisation's required tags, applied to every taggable AWS resource.
	Tags Tags `json:"tags"`
	// Network is the VPC layout used from phase 1 on.
	Network Network `json:"network"`
	// Retention sets how long logs, audit records and patient data are kept.
	Retention Retention `json:"retention"`
	// Alerts lists who is told when an alarm fires.
	Alerts Alerts `json:"alerts"`
	// Neon configures the Neon Postgres project of this environment.
	Neon Neon `json:"neon"`
	// StateBackend chooses where Terraform state of the phase stacks lives.
	StateBackend StateBackend `json:"stateBackend"`
	// Documents configures the medical-document store of phase 2.
	Documents Documents `json:"documents"`
	// Services carries the code artifact and sizing of each service function.
	Services map[string]Service `json:"services"`
	// Tables declares the DynamoDB tables of phase 3 by name (Phase3Tables).
	Tables map[string]Table `json:"tables"`
	// Backup configures AWS Backup of the phase 3 tables.
	Backup Backup `json:"backup"`
	// Edge configures the patient-facing edge of phase 3 (CloudFront, WAF, certificate).
	Edge Edge `json:"edge"`
	// AI configures the AI service's outside vendors (phase 4).
	AI AI `json:"ai"`
	// Rotation sets the rotation periods of the product's secrets.
	Rotation Rotation `json:"rotation"`
	// Stacks lists the stacks the environment deploys (StackIDs). Default: absent, every
	// stack. An environment whose phase 1 services run on Railway deploys bootstrap and
	// phase1 only.
	Stacks []string `json:"stacks,omitempty"`
	// Railway configures the environment's Railway project, for services whose runtime
	// is railway (config/railway.go).
	Railway Railway `json:"railway"`
	// Monitoring configures the uptime canaries, paging and the cost budget (phase 4).
	Monitoring Monitoring `json:"monitoring"`

	file string
}

// AWS is the target account and regions.
type AWS struct {
	// AccountID is the 12-digit AWS account; the provider refuses any other account.
	AccountID string `json:"accountId"`
	// Region is the primary region, e.g. "us-east-1": one of the catalogue (Regions).
	Region string `json:"region"`
	// DRRegion is the disaster-recovery region: another region of Region's partition.
	DRRegion string `json:"drRegion"`
	// DeployRoleArn is the IAM role that deploys the stacks and runs schema migrations,
	// arn:<partition of Region>:iam::<accountId>:role/<name>. Key policies name it as a
	// user.
	DeployRoleArn string `json:"deployRoleArn"`
}

// Tags are the organisation's required tags.
type Tags struct {
	// Owner is the team accountable for the resources ("platform-team").
	Owner string `json:"owner"`
	// CostCenter is the finance cost centre ("cc-1042").
	CostCenter string `json:"costCenter"`
	// DataClassification is one of phi, confidential, internal, public.
	DataClassification string `json:"dataClassification"`
}

// Network is the VPC layout.
type Network struct {
	// VPCCIDR is an RFC 1918 IPv4 block between /16 and /24, e.g. "10.20.0.0/16".
	VPCCIDR string `json:"vpcCidr"`
	// AvailabilityZones lists at least two zones of AWS.Region (from the catalogue).
	AvailabilityZones []string `json:"availabilityZones"`
	// PrivateSubnetCIDRs has one block per zone, inside VPCCIDR; functions run here.
	PrivateSubnetCIDRs []string `json:"privateSubnetCidrs"`
	// PublicSubnetCIDRs has one block per zone, inside VPCCIDR; only NAT gateways live here.
	PublicSubnetCIDRs []string `json:"publicSubnetCidrs"`
	// NATGatewayPerZone gives every zone its own NAT gateway (required in production);
	// when false a single NAT gateway serves all zones (cheaper, one zone's outage stops
	// egress, and the Neon allow-list holds one address).
	NATGatewayPerZone bool `json:"natGatewayPerZone"`
	// PrivateDatabase connects the functions to Neon over AWS PrivateLink (Neon Private
	// Networking: an interface endpoint to Neon's endpoint service of the region, the
	// project's public connections blocked) instead of the internet through NAT.
	// Required in staging and production; dev may keep the public path (Private
	// Networking needs a paid Neon plan). Needs neon.organizationId.
	PrivateDatabase bool `json:"privateDatabase"`
}

// Retention is in days. Floors are the product's legal minimums (see Floors).
type Retention struct {
	// LogDays keeps operational logs (functions, API access, flow logs).
	LogDays int `json:"logDays"`
	// AuditLogDays keeps audit records (CloudTrail, S3 access logs, state access logs).
	AuditLogDays int `json:"auditLogDays"`
	// DataDays keeps patient records and documents.
	DataDays int `json:"dataDays"`
	// StateVersionDays keeps noncurrent versions of Terraform state objects.
	StateVersionDays int `json:"stateVersionDays"`
}

// Alerts lists who is told when an alarm fires.
type Alerts struct {
	// Emails receive the alert topic's notifications; at least one plain address
	// (local@domain within RFC 5321's limits, no "$", "%", "{", "}").
	Emails []string `json:"emails"`
}

// Neon configures the Neon Postgres project.
type Neon struct {
	// Region is a Neon AWS region id such as "aws-us-east-1" (NeonRegions), in the
	// geography of AWS.Region.
	Region string `json:"region"`
	// PostgresVersion is the major version, 14 to 17.
	PostgresVersion int `json:"postgresVersion"`
	// AutoscalingMinCU and AutoscalingMaxCU bound compute autoscaling, in compute units
	// (0.25 to 16, min <= max, max - min <= 8 as Neon requires).
	AutoscalingMinCU float64 `json:"autoscalingMinCu"`
	AutoscalingMaxCU float64 `json:"autoscalingMaxCu"`
	// SuspendTimeoutSeconds idles compute after this many seconds: 0 for Neon's default,
	// -1 never to suspend, otherwise 60 to 604800.
	SuspendTimeoutSeconds int `json:"suspendTimeoutSeconds"`
	// HistoryRetentionSeconds is the point-in-time-restore window, at least one day.
	HistoryRetentionSeconds int `json:"historyRetentionSeconds"`
	// OrganizationID is the Neon organization ("org-...") the VPC endpoint is assigned
	// to; required with network.privateDatabase.
	OrganizationID string `json:"organizationId"`
}

// StateBackend chooses where Terraform state of the phase stacks lives. The bootstrap
// stack, which creates the state bucket, always keeps local state.
type StateBackend struct {
	// Type is "local" (a file under state/<env>/) or "s3" (the bootstrap stack's bucket,
	// encrypted with its key, locked with an S3 lock file). Production requires "s3".
	Type string `json:"type"`
}

// Documents configures the medical-document bucket (phase 2). Its Object Lock retention
// and the expiry of old versions are retention.dataDays; the audit bucket's are
// retention.auditLogDays.
type Documents struct {
	// ObjectLockMode is the default Object Lock mode of the document and audit buckets:
	// "COMPLIANCE" (no one, the root user included, can shorten the retention or delete
	// a locked version; required in production) or "GOVERNANCE" (a principal granted
	// s3:BypassGovernanceRetention can remove test data; non-production only).
	ObjectLockMode string `json:"objectLockMode"`
	// InfrequentAccessAfterDays moves documents to STANDARD_IA this many days after
	// upload; at least 30 (S3's minimum).
	InfrequentAccessAfterDays int `json:"infrequentAccessAfterDays"`
	// ArchiveAfterDays moves documents to GLACIER_IR (millisecond retrieval, so a
	// clinician never waits) this many days after upload; at least
	// InfrequentAccessAfterDays + 30, since S3 bills STANDARD_IA for 30 days.
	ArchiveAfterDays int `json:"archiveAfterDays"`
}

// ObjectLockModes are the valid values of documents.objectLockMode.
var ObjectLockModes = []string{"COMPLIANCE", "GOVERNANCE"}

// Service is the deployable artifact and sizing of one service function, or the
// container image of a service that runs on Railway. The code itself is built and
// uploaded by the service's own pipeline; nothing of it lives here.
type Service struct {
	// ArtifactBucket, ArtifactKey and ArtifactVersion locate the zip in S3. The version
	// pins the exact object so that a plan is reproducible: an S3 version id (letters,
	// digits and ._+/=-, up to 1024). The key is relative (no leading "/", "//" or "..").
	ArtifactBucket  string `json:"artifactBucket"`
	ArtifactKey     string `json:"artifactKey"`
	ArtifactVersion string `json:"artifactVersion"`
	// MemoryMB is 128 to 10240.
	MemoryMB int `json:"memoryMb"`
	// TimeoutSeconds is 1 to 900.
	TimeoutSeconds int `json:"timeoutSeconds"`
	// ReservedConcurrency caps concurrent executions, at least 1.
	ReservedConcurrency int `json:"reservedConcurrency"`
	// ProvisionedConcurrency keeps this many instances initialized on the function's
	// "live" alias, so requests never wait for a cold start; 0 (default) for none, at
	// most ReservedConcurrency.
	ProvisionedConcurrency int `json:"provisionedConcurrency"`
	// Runtime is where the service runs: "lambda" (default; the fields above) or
	// "railway" (Railway below; phase 1's services only).
	Runtime string `json:"runtime"`
	// Railway is how the service runs on Railway: required with runtime "railway", and
	// may stay when the service moves back to Lambda.
	Railway RailwayService `json:"railway"`
}

// File is the path of the file the environment was loaded from, e.g. "config/dev.json".
func (e *Environment) File() string { return e.file }

// IsProduction reports whether this is the production environment, which gets the
// stricter settings (per-zone NAT, protected database branch, replication).
func (e *Environment) IsProduction() bool { return e.Name == "production" }

// Names lists the environments that have a configuration file, sorted.
func Names() []string {
	entries, _ := files.ReadDir(".")
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			names = append(names, strings.TrimSuffix(e.Name(), ".json"))
		}
	}
	sort.Strings(names)
	return names
}

// Load reads and validates the named environment's file.
func Load(name string) (*Environment, error) {
	if name == "" {
		name = DefaultEnvironment
	}
	known := Names()
	data, err := files.ReadFile(name + ".json")
	if err != nil || strings.ContainsAny(name, "/\\.") {
		return nil, &ValidationError{Problems: []Problem{{
			File:  "config/",
			Field: EnvVar,
			Value: name,
			Rule:  "unknown environment: must be one of " + strings.Join(known, ", ") + " (a file config/<name>.json)",
		}}}
	}
	return Parse(path.Join("config", name+".json"), data)
}

// Parse decodes and validates one environment file; file is used in messages only.
//
// Parse is the product's input boundary. It refuses, with one problem per line:
//   - a document that is not one JSON object, a value of the wrong JSON type (every
//     one, with its full field path and the value as written), an unknown field (keys
//     match case-sensitively) and a key given twice in one object;
//   - in every string, whatever its field (a reflection walk, so new fields are covered):
//     control characters and line breaks, invisible or bidirectional formatting
//     characters, the Terraform template sequences "${" and "%{", more than
//     MaxStringBytes bytes;
//   - every rule of validate (per-field grammars, floors, cross-field rules).
//
// The environment it returns has had every string passed through tfliteral.Escape
// (EscapeLiterals): constructs write config values into Terraform JSON as literals that
// Terraform never evaluates, even if a rule above were to miss something.
func Parse(file string, data []byte) (*Environment, error) {
	var env Environment
	problems, ok := decodeDocument(file, data, &env)
	if !ok {
		return nil, &ValidationError{Problems: problems}
	}
	env.file = file
	// A field that could not be read, or holds unsafe text, is reported once: the
	// field rules below check the others (a number given as a string must not also be
	// reported as "is required").
	problems = append(problems, checkStrings(file, &env)...)
	reported := len(problems)
	for _, p := range validate(&env, strings.TrimSuffix(path.Base(file), ".json")) {
		if !coveredBy(p.Field, problems[:reported]) {
			problems = append(problems, p)
		}
	}
	if len(problems) > 0 {
		return nil, &ValidationError{Problems: problems}
	}
	EscapeLiterals(&env)
	return &env, nil
}

// coveredBy reports whether field, or a field it is part of, already has a problem.
func coveredBy(field string, problems []Problem) bool {
	for _, p := range problems {
		if field == p.Field || strings.HasPrefix(field, p.Field+".") || strings.HasPrefix(field, p.Field+"[") {
			return true
		}
	}
	return false
}

// Problem is one violated rule.
type Problem struct {
	File  string
	Field string
	Value string
	Rule  string
}

// maxValueShown is how much of a value a problem line shows (in bytes, before quoting).
const maxValueShown = 200

// String renders the problem as one line: file, field and value are quoted (%q), so no
// input can end the line or start a forged one; the rule, which may quote input, has
// every non-printable character escaped the same way. A long value is cut.
func (p Problem) String() string {
	value := fmt.Sprintf("%q", p.Value)
	if len(p.Value) > maxValueShown {
		cut := maxValueShown
		for cut > 0 && !utf8.RuneStart(p.Value[cut]) {
			cut--
		}
		value = fmt.Sprintf("%q... (%d bytes)", p.Value[:cut], len(p.Value))
	}
	return fmt.Sprintf("%q: %q = %s: %s", p.File, p.Field, value, OneLine(p.Rule))
}

// OneLine escapes, as %q would, every character of s that is not printable or is a
// space other than ' ' (newlines, U+2028, bidirectional controls): the result is one
// line that displays as what it is. Printable text is kept as is.
func OneLine(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == ' ' || (unicode.IsPrint(r) && r != utf8.RuneError) {
			b.WriteRune(r)
			continue
		}
		q := strconv.QuoteRune(r)
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}

// ValidationError carries every problem found in one environment file.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

package config

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Phase3Tables are the DynamoDB tables of the appointment and scheduling services; each
// must be declared under "tables".
var Phase3Tables = []string{"appointments", "provider-availability", "waitlist", "reminders"}

// TTLTables must declare a TTL attribute: their items expire (a reminder is sent once).
var TTLTables = []string{"reminders"}

// BillingModes are the valid values of tables.<name>.billing.
var BillingModes = []string{"on-demand", "provisioned"}

// KeyTypes are DynamoDB's key attribute types.
var KeyTypes = []string{"S", "N", "B"}

// MinBackupDailyRetentionDays is AWS Config's backup-plan-min-frequency-and-min-retention
// default: daily recovery points are kept at least 35 days.
const MinBackupDailyRetentionDays = 35

// DefaultAllowedCountries are the countries the business operates in.
var DefaultAllowedCountries = []string{"GB", "IE", "US"}

// Table declares one DynamoDB table.
type Table struct {
	// PartitionKey is required; SortKey is optional (an empty name means none).
	PartitionKey KeyAttribute `json:"partitionKey"`
	SortKey      KeyAttribute `json:"sortKey"`
	// Indexes are global secondary indexes (all attributes projected).
	Indexes []TableIndex `json:"indexes,omitempty"`
	// TTLAttribute names the attribute holding an item's expiry in epoch seconds;
	// required for the reminders table, optional elsewhere.
	TTLAttribute string `json:"ttlAttribute"`
	// Billing is "on-demand" or "provisioned".
	Billing string `json:"billing"`
	// Scaling bounds provisioned capacity (reads and writes of the table and of every
	// index): required with provisioned billing, absent with on-demand.
	Scaling TableScaling `json:"scaling"`
}

// KeyAttribute is a key attribute's name and type (S, N or B).
type KeyAttribute struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// TableIndex is a global secondary index.
type TableIndex struct {
	Name         string       `json:"name"`
	PartitionKey KeyAttribute `json:"partitionKey"`
	SortKey      KeyAttribute `json:"sortKey"`
}

// TableScaling is the autoscaling range and target of a provisioned table: the
// platform runs 10 to 1000 units at 70% in production.
type TableScaling struct {
	Min               int `json:"min"`
	Max               int `json:"max"`
	TargetUtilization int `json:"targetUtilization"`
}

// Backup configures AWS Backup of the phase 3 tables. Monthly recovery points are kept
// retention.dataDays.
type Backup struct {
	// DailyRetentionDays keeps daily recovery points; at least 35.
	DailyRetentionDays int `json:"dailyRetentionDays"`
}

// Edge configures the patient-facing edge of phase 3.
type Edge struct {
	// Domain is the environment's frontend domain ("app.healthhub.example"); the
	// certificate covers it and api.<Domain>.
	Domain string `json:"domain"`
	// HostedZoneID is the Route 53 zone of Domain: when set, the DNS validation records
	// and aliases are created there; when empty, the validation records are outputs for
	// the DNS owner.
	HostedZoneID string `json:"hostedZoneId"`
	// AllowedCountries are ISO 3166-1 alpha-2 codes the edge serves; everyone else is
	// refused by CloudFront and by the WAF. Default: GB, IE, US.
	AllowedCountries []string `json:"allowedCountries"`
	// RateLimitPerFiveMinutes is the WAF's limit of requests per client IP in any five
	// minutes: 100 to 2,000,000,000 (AWS WAF's range).
	RateLimitPerFiveMinutes int `json:"rateLimitPerFiveMinutes"`
}

var (
	attrNameRE   = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,254}$`)
	indexNameRE  = regexp.MustCompile(`^[a-z][a-z0-9-]{2,62}$`)
	domainRE     = regexp.MustCompile(`^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$`)
	hostedZoneRE = regexp.MustCompile(`^Z[A-Z0-9]{1,31}$`)
	countryRE    = regexp.MustCompile(`^[A-Z]{2}$`)
)

func validateTables(c *checker, e *Environment) {
	for _, name := range Phase3Tables {
		if _, ok := e.Tables[name]; !ok {
			c.add("tables."+name, "", "is required: the phase3 stack's services use the %s table", name)
		}
	}
	names := make([]string, 0, len(e.Tables))
	for name := range e.Tables {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t, field := e.Tables[name], "tables."+name
		if !slices.Contains(Phase3Tables, name) {
			c.add(field, name, "is not a table of the platform (one of %s)", strings.Join(Phase3Tables, ", "))
			continue
		}
		types := map[string]string{}
		key := func(f string, k KeyAttribute, optional bool) {
			if optional && k.Name == "" && k.Type == "" {
				return
			}
			if !attrNameRE.MatchString(k.Name) {
				c.add(f+".name", k.Name, "must be an attribute name: a letter or _, then letters, digits or _ (up to 255)")
			}
			if !slices.Contains(KeyTypes, k.Type) {
				c.add(f+".type", k.Type, "must be one of %s (string, number, binary)", strings.Join(KeyTypes, ", "))
			}
			if prev, ok := types[k.Name]; ok && prev != k.Type && k.Name != "" {
				c.add(f+".type", k.Type, "must match the other declaration of attribute %q (%s)", k.Name, prev)
			}
			types[k.Name] = k.Type
		}
		key(field+".partitionKey", t.PartitionKey, false)
		key(field+".sortKey", t.SortKey, true)
		seen := map[string]bool{}
		for i, ix := range t.Indexes {
			f := fmt.Sprintf("%s.indexes[%d]", field, i)
			switch {
			case !indexNameRE.MatchString(ix.Name):
				c.add(f+".name", ix.Name, "must be 3 to 63 lowercase letters, digits or hyphens, starting with a letter")
			case seen[ix.Name]:
				c.add(f+".name", ix.Name, "is declared twice")
			}
			seen[ix.Name] = true
			key(f+".partitionKey", ix.PartitionKey, false)
			key(f+".sortKey", ix.SortKey, true)
		}
		if len(t.Indexes) > 20 {
			c.add(field+".indexes", len(t.Indexes), "must be at most 20 (DynamoDB's limit of global secondary indexes)")
		}
		switch {
		case t.TTLAttribute == "" && slices.Contains(TTLTables, name):
			c.add(field+".ttlAttribute", "", "is required: items of the %s table expire", name)
		case t.TTLAttribute != "" && !attrNameRE.MatchString(t.TTLAttribute):
			c.add(field+".ttlAttribute", t.TTLAttribute, "must be an attribute name")
		case t.TTLAttribute != "" && types[t.TTLAttribute] != "":
			c.add(field+".ttlAttribute", t.TTLAttribute, "must not be a key attribute")
		}
		s := t.Scaling
		switch t.Billing {
		case "on-demand":
			if s != (TableScaling{}) {
				c.add(field+".scaling", fmt.Sprintf("%+v", s), "must be absent with on-demand billing (DynamoDB scales on-demand tables itself)")
			}
		case "provisioned":
			switch {
			case s.Min < 1:
				c.add(field+".scaling.min", s.Min, "must be at least 1 capacity unit")
			case s.Max < s.Min || s.Max > 40000:
				c.add(field+".scaling.max", s.Max, "must be from scaling.min (%d) to 40000 capacity units", s.Min)
			}
			if s.TargetUtilization < 20 || s.TargetUtilization > 90 {
				c.add(field+".scaling.targetUtilization", s.TargetUtilization, "must be from 20 to 90 percent (Application Auto Scaling's range for DynamoDB)")
			}
		default:
			c.add(field+".billing", t.Billing, "must be one of %s", strings.Join(BillingModes, ", "))
		}
	}
}

func validateBackup(c *checker, e *Environment) {
	if d := e.Backup.DailyRetentionDays; d < MinBackupDailyRetentionDays {
		c.add("backup.dailyRetentionDays", d, "must be at least %d days (HIPAA 164.308(a)(7)(ii)(A) data backup plan)", MinBackupDailyRetentionDays)
	} else if e.Retention.DataDays >= FloorDataDays && d > e.Retention.DataDays {
		c.add("backup.dailyRetentionDays", d, "must not exceed retention.dataDays (%d): monthly recovery points are kept that long", e.Retention.DataDays)
	}
}

func validateEdge(c *checker, e *Environment) {
	x := e.Edge
	if p, known := PartitionOf(e.AWS.Region); known && p != "aws" {
		c.add("aws.region", e.AWS.Region, "must be a region of the aws partition: phase 3's edge (CloudFront, AWS WAF for CloudFront, its certificate in us-east-1) does not exist in %s", p)
	}
	if c.required("edge.domain", x.Domain) && (!domainRE.MatchString(x.Domain) || len(x.Domain) > 200) {
		c.add("edge.domain", x.Domain, "must be a lowercase DNS name like app.healthhub.example (at most 200 characters: api.<domain> must fit a certificate)")
	}
	if x.HostedZoneID != "" && !hostedZoneRE.MatchString(x.HostedZoneID) {
		c.add("edge.hostedZoneId", x.HostedZoneID, "must be a Route 53 hosted zone id like Z0123456789ABCDEFGHIJ, or empty")
	}
	if len(x.AllowedCountries) == 0 {
		c.add("edge.allowedCountries", "[]", "needs at least one country: the business serves %s", strings.Join(DefaultAllowedCountries, ", "))
	}
	seen := map[string]bool{}
	for i, cc := range x.AllowedCountries {
		f := fmt.Sprintf("edge.allowedCountries[%d]", i)
		switch {
		case !countryRE.MatchString(cc):
			c.add(f, cc, "must be an ISO 3166-1 alpha-2 country code like GB")
		case seen[cc]:
			c.add(f, cc, "is listed twice")
		}
		seen[cc] = true
	}
	if r := x.RateLimitPerFiveMinutes; r < 100 || r > 2000000000 {
		c.add("edge.rateLimitPerFiveMinutes", r, "must be from 100 to 2000000000 requests per client IP in five minutes (AWS WAF's range)")
	}
}

var neonOrgRE = regexp.MustCompile(`^org-[a-z0-9]+(-[a-z0-9]+){1,6}$`)

func validatePrivateDatabase(c *checker, e *Environment) {
	if !e.Network.PrivateDatabase && e.Name != "dev" && !railwayPublicDatabasePath(e) {
		c.add("network.privateDatabase", false, "must be true outside dev: %s reaches Neon over AWS PrivateLink, never the internet", e.Name)
	}
	if e.Network.PrivateDatabase {
		if c.required("neon.organizationId", e.Neon.OrganizationID) && !neonOrgRE.MatchString(e.Neon.OrganizationID) {
			c.add("neon.organizationId", e.Neon.OrganizationID, "must be a Neon organization id like org-morning-bread-12345678")
		}
		if _, ok := NeonPrivateLinkServices[e.Neon.Region]; !ok {
			c.add("neon.region", e.Neon.Region, "has no Neon Private Networking endpoint service in the product's catalogue (NeonPrivateLinkServices)")
		}
	}
}

package table

import (
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/constructs/security"
)

func TestValidate(t *testing.T) {
	key := &security.Key{}
	good := func() Props {
		return Props{Name: "hh-dev-appointments", PartitionKey: Key{"pk", "S"}, SortKey: &Key{"sk", "S"},
			Indexes:      []Index{{Name: "by-patient", PartitionKey: Key{"patientId", "S"}, SortKey: &Key{"startsAt", "S"}}},
			TTLAttribute: "expiresAt", Billing: Provisioned, Scaling: &Scaling{Min: 10, Max: 1000, TargetUtilization: 70}, Key: key}
	}
	if err := good().validate(); err != nil {
		t.Fatalf("good props: %v", err)
	}
	for _, c := range []struct {
		name string
		edit func(*Props)
		want string
	}{
		{"bad name", func(p *Props) { p.Name = "a" }, "Name"},
		{"bad key type", func(p *Props) { p.PartitionKey.Type = "BOOL" }, "PartitionKey.Type"},
		{"bad attribute name", func(p *Props) { p.SortKey.Name = "${x}" }, "SortKey.Name"},
		{"duplicate index", func(p *Props) { p.Indexes = append(p.Indexes, p.Indexes[0]) }, "unique index name"},
		{"conflicting key types", func(p *Props) { p.Indexes[0].PartitionKey = Key{"pk", "N"} }, "declared as both"},
		{"ttl on a key", func(p *Props) { p.TTLAttribute = "pk" }, "must not be a key attribute"},
		{"provisioned without scaling", func(p *Props) { p.Scaling = nil }, "is required with provisioned"},
		{"min above max", func(p *Props) { p.Scaling.Min = 2000 }, "1 <= Min <= Max"},
		{"target out of range", func(p *Props) { p.Scaling.TargetUtilization = 95 }, "TargetUtilization"},
		{"on-demand with scaling", func(p *Props) { p.Billing = OnDemand }, "must be nil"},
		{"unknown billing", func(p *Props) { p.Billing = "free" }, "Billing"},
		{"no key", func(p *Props) { p.Key = nil }, "Key: is required"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := good()
			c.edit(&p)
			err := p.validate()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}

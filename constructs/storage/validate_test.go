package storage

import (
	"strings"
	"testing"

	"github.com/healthhub/platform-infra/constructs/security"
)

// valid is a BucketProps that passes validation; the cases change one thing each.
func valid() BucketProps {
	return BucketProps{
		BucketName: "hh-dev-documents-111111111111", EncryptionKey: &security.Key{},
		AccessLogs:                      AccessLogTarget{Bucket: &AccessLogBucket{}, Prefix: "documents/"},
		NoncurrentVersionExpirationDays: 2557,
		ObjectLock:                      &ObjectLock{Mode: "COMPLIANCE", Days: 2557},
		Transitions:                     []Transition{{Days: 30, StorageClass: "STANDARD_IA"}, {Days: 180, StorageClass: "GLACIER_IR"}},
	}
}

func TestBucketPropsValidation(t *testing.T) {
	cases := []struct {
		name   string
		change func(*BucketProps)
		want   string // "" = valid
	}{
		{"valid", func(*BucketProps) {}, ""},
		{"no lock, no expiry", func(p *BucketProps) { p.ObjectLock = nil; p.NoncurrentVersionExpirationDays = 0 }, ""},
		{"lock mode", func(p *BucketProps) { p.ObjectLock.Mode = "LEGAL_HOLD" }, `ObjectLock.Mode "LEGAL_HOLD": must be COMPLIANCE or GOVERNANCE`},
		{"lock days", func(p *BucketProps) { p.ObjectLock.Days = 0 }, "ObjectLock.Days 0: must be at least 1"},
		{"old versions expire inside the lock", func(p *BucketProps) { p.NoncurrentVersionExpirationDays = 365 },
			"NoncurrentVersionExpirationDays 365: must be at least ObjectLock.Days (2557)"},
		{"archive class that needs a restore", func(p *BucketProps) { p.Transitions[1].StorageClass = "DEEP_ARCHIVE" },
			`Transitions[1].StorageClass "DEEP_ARCHIVE": must be STANDARD_IA, INTELLIGENT_TIERING or GLACIER_IR`},
		{"IA too early", func(p *BucketProps) { p.Transitions[0].Days = 7 }, "Transitions[0].Days 7: must be at least 30 for STANDARD_IA"},
		{"out of order", func(p *BucketProps) { p.Transitions[1].Days = 30 }, "Transitions[1].Days 30: must be later than the previous transition (30)"},
		{"no key", func(p *BucketProps) { p.EncryptionKey = nil }, "EncryptionKey: is required"},
		{"no access logs", func(p *BucketProps) { p.AccessLogs.Bucket = nil }, "AccessLogs.Bucket: is required"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := valid()
			tc.change(&p)
			err := p.validate()
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("validate() = %v, want nil", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("validate() = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestGrantPrefixMustBeExplicit(t *testing.T) {
	b := &Bucket{}
	for _, prefix := range []string{"", "/", "records", "records/*", "/records/", "rec?rds/"} {
		err := b.GrantRead(&security.Role{}, "ReadDocuments", prefix)
		if err == nil || !strings.Contains(err.Error(), "must be a key prefix") {
			t.Errorf("GrantRead(prefix %q) = %v, want a prefix error", prefix, err)
		}
	}
	if err := b.GrantReadWrite(nil, "WriteDocuments", "records/"); err == nil || !strings.Contains(err.Error(), "role is required") {
		t.Errorf("GrantReadWrite(nil role) = %v, want an error", err)
	}
}

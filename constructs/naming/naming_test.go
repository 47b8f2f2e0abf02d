package naming

import "testing"

func TestPascal(t *testing.T) {
	for in, want := range map[string]string{"auth": "Auth", "root-account-use": "RootAccountUse", "s3-access-logs": "S3AccessLogs", "": ""} {
		if got := Pascal(in); got != want {
			t.Errorf("Pascal(%q) = %q, want %q", in, got, want)
		}
	}
}

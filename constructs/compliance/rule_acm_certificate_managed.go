package compliance

import (
	"fmt"
	"strings"
)

// ACMCertificateManaged: certificates are issued by ACM and validated through DNS, so
// they renew by themselves.
var ACMCertificateManaged = &Rule{
	ID: "acm-certificate-managed", Controls: []string{"164.312(e)(1)", "164.308(a)(7)(ii)(C)"}, Level: Error,
	Types:   []string{"aws_acm_certificate"},
	Problem: "the certificate will not renew by itself",
	Why: "an imported certificate (certificate_body) never renews, and an e-mail-validated one waits on someone clicking a link; when it " +
		"expires, patients either lose the service or are taught to click through TLS errors. Pair with the DaysToExpiry alarm.",
	Fix: "request the certificate from ACM with validation_method = DNS and keep its validation records in place (or issue it from an ACM private CA)",
	Check: func(s *Stack, r *Resource) (Status, string) {
		if b := r.Attrs["certificate_body"]; b != nil && b != "" {
			return Fail, "an imported certificate (certificate_body is set): ACM does not renew it"
		}
		if ca := r.Attrs["certificate_authority_arn"]; ca != nil && ca != "" {
			return Pass, "" // issued and renewed by an ACM private CA
		}
		m := r.Attrs["validation_method"]
		switch {
		case isRef(m):
			return unresolved("validation_method is DNS", m)
		case strings.ToUpper(str(m)) == "DNS":
			return Pass, ""
		}
		return Fail, fmt.Sprintf("validation_method %q (want DNS)", str(m))
	},
}

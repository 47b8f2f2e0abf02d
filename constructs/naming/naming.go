// Package naming derives resource names from an environment's name prefix.
//
// Names are lowercase, hyphen-separated and deterministic: the same config always gives
// the same names, so a rename is always a visible change in a golden file.
package naming

import (
	"fmt"
	"strings"
)

// Namer builds names for one environment.
type Namer struct {
	prefix    string
	accountID string
}

// New returns a Namer for an environment's validated name prefix and account id.
func New(prefix, accountID string) Namer {
	return Namer{prefix: prefix, accountID: accountID}
}

// Name joins the prefix and parts: Name("auth", "dlq") = "hh-dev-auth-dlq".
func (n Namer) Name(parts ...string) string {
	return strings.Join(append([]string{n.prefix}, parts...), "-")
}

// BucketName is a globally unique S3 bucket name: the prefix, the parts and the account
// id, e.g. "hh-dev-tfstate-111111111111". It panics past S3's 63-character limit,
// which config validation (a prefix of at most 16 characters) and the fixed parts used
// by the constructs rule out.
func (n Namer) BucketName(parts ...string) string {
	name := n.Name(append(parts, n.accountID)...)
	if len(name) > 63 {
		panic(fmt.Sprintf("naming: bucket name %q is longer than 63 characters", name))
	}
	return name
}

// Alias is a KMS alias name: "alias/" + Name(parts...).
func (n Namer) Alias(parts ...string) string { return "alias/" + n.Name(parts...) }

// LogGroup is a CloudWatch log group name under a service namespace,
// e.g. LogGroup("/aws/lambda", "auth") = "/aws/lambda/hh-dev-auth".
func (n Namer) LogGroup(namespace string, parts ...string) string {
	return strings.TrimSuffix(namespace, "/") + "/" + n.Name(parts...)
}

// Path joins the prefix and parts with "/": Path("db", "auth") = "hh-dev/db/auth",
// the form of secret names, so IAM can scope to "hh-dev/*".
func (n Namer) Path(parts ...string) string {
	return strings.Join(append([]string{n.prefix}, parts...), "/")
}

// Pascal turns a lowercase, hyphenated name into a construct id:
// Pascal("auth") = "Auth", Pascal("root-account-use") = "RootAccountUse".
func Pascal(s string) string {
	words := strings.Split(s, "-")
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, "")
}

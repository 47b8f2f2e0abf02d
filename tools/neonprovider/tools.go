//go:build tools

// Package neonprovider pins the Neon Terraform provider so that scripts/gen-neon.sh
// can build it from the Go module proxy into a project-local filesystem mirror.
// It is never imported by the application.
package neonprovider

import _ "github.com/kislerdm/terraform-provider-neon"

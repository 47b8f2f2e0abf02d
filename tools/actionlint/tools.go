//go:build tools

// Package actionlint pins actionlint, the GitHub Actions workflow linter, so that
// scripts/test.sh can build it from the Go module proxy into .tools/bin and lint
// .github/workflows/*.yml. It is never imported by the application.
package actionlint

import _ "github.com/rhysd/actionlint/cmd/actionlint"

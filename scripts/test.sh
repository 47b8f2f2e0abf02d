#!/usr/bin/env bash
# The project's test command: gofmt, vet, unit tests (the migration tests against a real
# PostgreSQL), then the synthesis tests in __tests__/
# (one test binary, so jsii loads the AWS assembly once).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
ensure_node
ensure_neon_provider   # terraform validate of the Neon resources (built once from the Go module proxy)
unformatted=$(gofmt -l main.go cmd config constructs internal stacks __tests__ $(ls -d migrations 2>/dev/null))
if [ -n "$unformatted" ]; then
  echo "gofmt: these files need formatting (gofmt -w):" >&2
  echo "$unformatted" >&2
  exit 1
fi
# node_modules holds a stray Go package (flatted): keep it out of vet and test.
pkgs=$(go list ./... | grep -v /node_modules/)
# shellcheck disable=SC2086
go vet $pkgs ./__tests__/
# The schema-migration tests need a real PostgreSQL: with-postgres.sh installs it when
# missing, starts a throwaway server on loopback and exports TEST_DATABASE_URL.
# shellcheck disable=SC2086
scripts/with-postgres.sh go test $pkgs
go test ./__tests__/ "$@"

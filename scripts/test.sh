#!/usr/bin/env bash
# The project's test command: gofmt, vet, unit tests (the migration tests against a real
# PostgreSQL), then the synthesis tests in __tests__/
# (one test binary, so jsii loads the AWS assembly once).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
ensure_node
ensure_neon_provider   # terraform validate of the Neon resources (built once from the Go module proxy)
# Graphviz renders the diagram test's SVG (a missing dot fails that test under CI), and
# actionlint runs ShellCheck on the workflows' run: scripts; both are Debian packages,
# installed when missing. Outside CI, a machine that cannot install them runs on (the
# SVG test skips; actionlint skips shell checks).
for tool in "dot graphviz" "shellcheck shellcheck"; do
  # shellcheck disable=SC2086
  scripts/ensure-debian-package.sh $tool || [ "${CI:-}" != "true" ]
done
# actionlint, pinned in tools/actionlint (go.mod, go.sum), built once into .tools/bin.
if [ ! -x "$TOOLS_DIR/bin/actionlint" ] || [ tools/actionlint/go.mod -nt "$TOOLS_DIR/bin/actionlint" ]; then
  echo "setup: building actionlint (tools/actionlint) from the Go module proxy" >&2
  (cd tools/actionlint && go build -o "$TOOLS_DIR/bin/actionlint" github.com/rhysd/actionlint/cmd/actionlint)
fi
unformatted=$(gofmt -l main.go cmd config constructs internal stacks lambdas __tests__ $(ls -d migrations tools/actionlint 2>/dev/null))
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
# The CI/CD workflows: actionlint (syntax, expressions, shell), then their policy (pinned
# actions, least privilege, OIDC, environments, never bootstrap).
"$TOOLS_DIR/bin/actionlint" -no-color .github/workflows/*.yml
(cd tools/actionlint && go vet . && go test -count=1 .)

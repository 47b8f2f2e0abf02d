#!/usr/bin/env bash
# Architecture diagrams from the code: synthesizes each environment (default: all) into a
# temporary cdktf.out and draws it with cmd/diagram into reports/<env>/diagrams/
# (overview, network, security, monitoring as SVG, PNG and DOT; the overview as Mermaid).
# Graphviz's dot lays the graphs out: when it is missing, the Debian package graphviz is
# installed (scripts/ensure-debian-package.sh: as root, or through sudo without a
# password), like with-postgres.sh does for PostgreSQL.
#
#   scripts/diagram.sh [env...]
#   scripts/diagram.sh --install-graphviz     only make sure dot is installed
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

# install_graphviz installs the Debian package graphviz when dot is missing.
install_graphviz() { "$ROOT/scripts/ensure-debian-package.sh" dot graphviz; }

if [ "${1:-}" = "--install-graphviz" ]; then
  install_graphviz
  exit
fi

ensure_node
install_graphviz
mkdir -p bin
go build -o bin/platform-infra .
go build -o bin/diagram ./cmd/diagram
envs=("$@")
# Every environment with a config file (config/<name>.json), preview included.
if [ ${#envs[@]} -eq 0 ]; then
  for f in config/*.json; do envs+=("$(basename "$f" .json)"); done
fi
for env in "${envs[@]}"; do
  tmp="$(mktemp -d)"
  HEALTHHUB_ENV="$env" CDKTF_OUTDIR="$tmp/cdktf.out" bin/platform-infra >/dev/null
  bin/diagram -out "reports/$env/diagrams" "$tmp/cdktf.out"
  rm -rf "$tmp"
done

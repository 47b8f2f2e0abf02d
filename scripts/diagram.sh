#!/usr/bin/env bash
# Architecture diagrams from the code: synthesizes each environment (default: all) into a
# temporary cdktf.out and draws it with cmd/diagram into reports/<env>/diagrams/
# (overview, network, security, monitoring as SVG, PNG and DOT; the overview as Mermaid).
# Graphviz's dot lays the graphs out: when it is missing, the Debian package graphviz is
# installed (as root, or through sudo without a password), like with-postgres.sh does for
# PostgreSQL.
#
#   scripts/diagram.sh [env...]
#   scripts/diagram.sh --install-graphviz     only make sure dot is installed
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

log() { echo "diagram: $*" >&2; }

# install_graphviz installs the Debian package graphviz when dot is missing. apt-get
# update runs only when the package lists do not know graphviz yet.
install_graphviz() {
  command -v dot >/dev/null && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      log "Graphviz's dot is missing and this is not root: install the Debian package graphviz (apt-get install graphviz)"
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-cache policy graphviz 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    log "apt-get update (the package lists do not know graphviz yet)"
    "${sudo[@]}" apt-get update -qq >&2
  fi
  log "installing the Debian package graphviz"
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends graphviz >&2
  command -v dot >/dev/null || { log "graphviz installed, but dot is still not on PATH"; return 1; }
}

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
[ ${#envs[@]} -gt 0 ] || envs=(dev staging production)
for env in "${envs[@]}"; do
  tmp="$(mktemp -d)"
  HEALTHHUB_ENV="$env" CDKTF_OUTDIR="$tmp/cdktf.out" bin/platform-infra >/dev/null
  bin/diagram -out "reports/$env/diagrams" "$tmp/cdktf.out"
  rm -rf "$tmp"
done

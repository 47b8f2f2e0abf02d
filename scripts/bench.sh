#!/usr/bin/env bash
# Benchmark: full synthesis of each environment (wall time, peak memory of the Go and
# node processes together) next to the floor, a program that only loads cdktf and the
# AWS bindings. Usage: scripts/bench.sh [runs] [env...]
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
ensure_node
runs="${1:-3}"; shift || true
mkdir -p bin
go build -o bin/platform-infra .
go build -o bin/synthfloor ./cmd/synthfloor
go build -o bin/bench ./cmd/bench
echo "node $(node --version), $(go version | cut -d' ' -f3), $(nproc) cores; median of $runs runs" >&2
bin/bench -app bin/platform-infra -floor bin/synthfloor -runs "$runs" "$@"

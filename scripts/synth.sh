#!/usr/bin/env bash
# Synthesizes every stack of one environment into cdktf.out/ (HEALTHHUB_ENV, default dev),
# installing the pinned Node 22 and cdktf CLI first when they are missing. The Go modules
# come from go.sum through the Go module proxy on first build.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
ensure_node
ensure_terraformrc   # the CLI config env.sh exports, so `npx cdktf ...` afterwards prints no [ERROR] block
export HEALTHHUB_ENV="${HEALTHHUB_ENV:-dev}"
mkdir -p bin
go build -o bin/platform-infra .
CDKTF_OUTDIR="$ROOT/cdktf.out" bin/platform-infra
echo "synthesized $HEALTHHUB_ENV: $(ls cdktf.out/stacks | tr '\n' ' ')" >&2

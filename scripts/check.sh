#!/usr/bin/env bash
# Synthesizes each environment (default: all) and runs the HIPAA guardrail pack on the
# written cdktf.out with the standalone checker, writing the audit report to
# reports/<env>/hipaa-report.{md,json,html}. Exit status 1 on any unsuppressed error.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
ensure_node
mkdir -p bin
go build -o bin/platform-infra .
go build -o bin/hipaa-check ./cmd/hipaa-check
envs=("$@")
# Every environment with a config file (config/<name>.json), preview included.
if [ ${#envs[@]} -eq 0 ]; then
  for f in config/*.json; do envs+=("$(basename "$f" .json)"); done
fi
for env in "${envs[@]}"; do
  out="$(mktemp -d)/cdktf.out"
  echo "== $env" >&2
  HEALTHHUB_ENV="$env" CDKTF_OUTDIR="$out" bin/platform-infra
  bin/hipaa-check -report "reports/$env" "$out"
  rm -rf "$(dirname "$out")"
done

#!/usr/bin/env bash
# Plans one stack of one environment with the pinned cdktf CLI (`cdktf diff`):
#
#   make plan ENV=staging STACK=phase1
#   HEALTHHUB_ENV=staging scripts/plan.sh phase1
#
# The providers read their credentials from the environment at plan time: AWS_PROFILE
# or AWS_* (and a session from `aws sso login` or OIDC), NEON_API_KEY. Nothing is stored.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
export HEALTHHUB_ENV="${HEALTHHUB_ENV:-dev}"
stack="${1:-}"

ensure_node
ensure_terraformrc
ensure_neon_provider   # the CLI config takes the Neon provider from the project's mirror
mkdir -p bin
go build -o bin/platform-infra .
# Synthesize first: the stacks it writes are the valid STACK names.
CDKTF_OUTDIR="$ROOT/cdktf.out" bin/platform-infra >/dev/null
valid=$(find cdktf.out/stacks -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V | tr '\n' ' ')
valid="${valid% }"
if [ -z "$stack" ] || [ ! -f "cdktf.out/stacks/$stack/cdk.tf.json" ]; then
  echo "error: STACK=\"$stack\" is not a stack of $HEALTHHUB_ENV; valid stacks: $valid (make plan ENV=$HEALTHHUB_ENV STACK=<stack>)" >&2
  exit 2
fi
echo "plan: $HEALTHHUB_ENV/$stack (cdktf diff; AWS credentials and NEON_API_KEY from the environment)" >&2
exec cdktf diff --skip-synth "$stack"

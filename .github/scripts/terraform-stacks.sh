#!/usr/bin/env bash
# Plans (and with --apply applies) every phase stack of one environment with Terraform, in
# phase order, on the project's own synthesis; writes a Markdown summary. Used by the
# workflows; runs the same on a workstation with credentials.
#
#   HEALTHHUB_ENV=staging .github/scripts/terraform-stacks.sh plan  [--summary FILE]
#   HEALTHHUB_ENV=staging .github/scripts/terraform-stacks.sh drift [--summary FILE]
#   HEALTHHUB_ENV=staging .github/scripts/terraform-stacks.sh apply [--summary FILE]
#
# plan   read-only (-lock=false): exit 0 when every stack planned, 1 on an error.
# drift  as plan, with -detailed-exitcode: exit 2 when any stack differs from its state.
# apply  per stack, in order: plan (taking the state lock), apply exactly that plan.
#
# The bootstrap stack is never planned or applied here: its state is local
# (state/<env>/bootstrap.tfstate, kept by the platform team), and it holds the state
# bucket itself. Credentials come from the environment: AWS (OIDC in CI), NEON_API_KEY.
set -euo pipefail
mode="${1:-}"
shift || true
summary=/dev/null
while [ $# -gt 0 ]; do
  case "$1" in
    --summary) summary="$2"; shift 2 ;;
    *) echo "usage: $0 plan|drift|apply [--summary FILE]" >&2; exit 2 ;;
  esac
done
case "$mode" in plan|drift|apply) ;; *) echo "usage: $0 plan|drift|apply [--summary FILE]" >&2; exit 2 ;; esac

source "$(dirname "$0")/../../scripts/env.sh"
cd "$ROOT"
env="${HEALTHHUB_ENV:?set HEALTHHUB_ENV}"
backend=$(jq -r .stateBackend.type "config/$env.json")
if [ "$backend" != "s3" ]; then
  echo "$env keeps local state (config/$env.json stateBackend.type \"$backend\"): CI does not plan or apply it; set it to s3 after bootstrap to deploy $env from CI." | tee "$summary" >&2
  exit 0
fi

ensure_node
ensure_neon_provider   # the project's CLI config takes the Neon provider from its mirror
mkdir -p bin
go build -o bin/platform-infra .
CDKTF_OUTDIR="$ROOT/cdktf.out" bin/platform-infra >/dev/null

mapfile -t stacks < <("$ROOT/.github/scripts/phase-stacks.sh" cdktf.out)
{
  echo "### Terraform $mode: $env ($(git rev-parse --short HEAD 2>/dev/null || echo worktree))"
  echo
  echo "| stack | result |"
  echo "|---|---|"
} >"$summary"
details=""
status=0
for stack in "${stacks[@]}"; do
  dir="cdktf.out/stacks/$stack"
  echo "::group::$mode $env/$stack"
  if ! terraform -chdir="$dir" init -input=false -no-color >"$dir/init.log" 2>&1; then
    cat "$dir/init.log"
    echo "| \`$stack\` | **init failed** (see the job log) |" >>"$summary"
    echo "::endgroup::"
    status=1
    break
  fi
  args=(-input=false -no-color -detailed-exitcode -out=tfplan)
  if [ "$mode" = apply ]; then
    args+=(-lock-timeout=10m)
  else
    args+=(-lock=false)
  fi
  set +e
  terraform -chdir="$dir" plan "${args[@]}" >"$dir/plan.txt" 2>&1
  rc=$?
  set -e
  cat "$dir/plan.txt"
  echo "::endgroup::"
  case $rc in
    0) echo "| \`$stack\` | no changes |" >>"$summary" ;;
    2)
      line=$(grep -E '^Plan: ' "$dir/plan.txt" | tail -1 || true)
      echo "| \`$stack\` | ${line:-changes} |" >>"$summary"
      changes=$(grep -E '^  # .* (will|must) be ' "$dir/plan.txt" | sed 's/^  # /- /' || true)
      details+=$'\n'"<details><summary>$stack: resources that change</summary>"$'\n\n'"$changes"$'\n\n'"</details>"$'\n'
      [ "$mode" = drift ] && status=2
      ;;
    *)
      echo "| \`$stack\` | **plan failed** (see the job log) |" >>"$summary"
      status=1
      break
      ;;
  esac
  if [ "$mode" = apply ] && [ "$rc" -eq 2 ]; then
    echo "::group::apply $env/$stack"
    terraform -chdir="$dir" apply -input=false -no-color -lock-timeout=10m tfplan
    echo "::endgroup::"
  fi
done
printf '%s' "$details" >>"$summary"
if [ "$mode" != apply ]; then
  echo $'\n'"A stack's plan reads the applied outputs of the phases before it. The bootstrap stack is planned and applied by hand (local state)." >>"$summary"
fi
exit "$status"

#!/usr/bin/env bash
# Prints the stacks a workflow plans or applies, one a line, in phase order (phase10 after
# phase9), from a synthesized cdktf.out: every stack but bootstrap, whose state is local
# and which holds the state bucket itself, so that no workflow ever applies it.
#
#   .github/scripts/phase-stacks.sh [cdktf.out]
set -euo pipefail
dir="${1:-cdktf.out}/stacks"
[ -d "$dir" ] || { echo "$dir: not found: synthesize first" >&2; exit 1; }
find "$dir" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | grep -vx bootstrap | sort -V

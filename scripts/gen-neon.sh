#!/usr/bin/env bash
# Regenerates the committed Neon provider bindings under generated/, offline:
#   1. builds terraform-provider-neon (pinned in tools/neonprovider) from the Go module proxy
#      into the project-local filesystem mirror .tools/providers/;
#   2. points Terraform at that mirror with a project-local CLI config (.tools/terraformrc);
#   3. runs `cdktf get` with the pinned CLI (cdktf.json pins kislerdm/neon@=0.13.0).
# Running it on a clean checkout leaves `git status` clean.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
ensure_node
ensure_neon_provider
rm -rf generated
cdktf get --force
echo "regenerated: $(find generated -type f | wc -l) files under generated/"

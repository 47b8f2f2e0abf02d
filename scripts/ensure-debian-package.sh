#!/usr/bin/env bash
# Installs a Debian package when the command it provides is missing (as root, or through
# sudo without a password), running apt-get update only when the package lists do not
# know the package yet:
#
#   scripts/ensure-debian-package.sh dot graphviz
#   scripts/ensure-debian-package.sh shellcheck shellcheck
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 <command> <debian-package>" >&2; exit 2; }
cmd="$1" pkg="$2"
command -v "$cmd" >/dev/null && exit 0
log() { echo "setup: $*" >&2; }
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    log "$cmd is missing and this is not root: install the Debian package $pkg (apt-get install $pkg)"
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-cache policy "$pkg" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
  log "apt-get update (the package lists do not know $pkg yet)"
  "${sudo[@]}" apt-get update -qq >&2
fi
log "installing the Debian package $pkg (for $cmd)"
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "$pkg" >&2
command -v "$cmd" >/dev/null || { log "$pkg installed, but $cmd is still not on PATH"; exit 1; }

#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server:
#
#   scripts/with-postgres.sh go test ./internal/migrate/ -count=1 -v
#
# Finds the server binaries (where the initdb on PATH lives, else the newest
# /usr/lib/postgresql/*/bin); when they are missing and this runs as root, installs the
# Debian package "postgresql". Creates a cluster in a temporary directory (as the
# "postgres" system user when run as root, because initdb refuses root), with a random
# superuser password and scram-sha-256 authentication, starts it on 127.0.0.1 on a free
# port from 55432 up, and runs the command with
#
#   TEST_DATABASE_URL=postgres://postgres:<password>@127.0.0.1:<port>/postgres?sslmode=disable
#
# The server is stopped and the directory removed on exit, whatever happens; the exit
# status is the command's. Works unattended (no TTY), e.g. in a CI container as root.
set -euo pipefail

log() { echo "with-postgres: $*" >&2; }
die() { log "$*"; exit 1; }

[ $# -gt 0 ] || die "usage: $0 <command> [args...]"

# find_bin_dir prints the first directory holding initdb, pg_ctl, postgres and pg_isready:
# where the initdb on PATH really lives, else the newest /usr/lib/postgresql/*/bin.
find_bin_dir() {
  local initdb dir
  local -a dirs=()
  if initdb=$(command -v initdb); then
    dirs+=("$(dirname "$(readlink -f "$initdb")")")
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    dirs+=("$dir")
  done
  for dir in "${dirs[@]}"; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ] && [ -x "$dir/pg_isready" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

if ! BIN=$(find_bin_dir); then
  [ "$(id -u)" -eq 0 ] || die "PostgreSQL server binaries (initdb, pg_ctl, postgres, pg_isready) not found; install the postgresql package or put them on PATH"
  log "installing the Debian package postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  BIN=$(find_bin_dir) || die "postgresql installed, but its server binaries are still not found"
fi

# as_owner runs a server command as the cluster's owner: the postgres system user when
# this runs as root (initdb and postgres refuse root), else the current user.
if [ "$(id -u)" -eq 0 ]; then
  if ! id -u postgres >/dev/null 2>&1; then
    log "creating the postgres system user"
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  fi
  as_owner() {
    if command -v runuser >/dev/null; then
      runuser -u postgres -- "$@"
    else
      su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
    fi
  }
  # root's TMPDIR may be private (e.g. under /root); /tmp is reachable by postgres.
  TMP_BASE=/tmp
else
  as_owner() { "$@"; }
  TMP_BASE=${TMPDIR:-/tmp}
fi

WORK=$(mktemp -d "$TMP_BASE/with-postgres.XXXXXX")
DATA="$WORK/data"
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -f "$DATA/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || log "could not stop the server (data in $DATA)"
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir "$WORK/sock"
PASSWORD=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$PASSWORD" >"$WORK/pwfile"
chmod 600 "$WORK/pwfile"
[ "$(id -u)" -ne 0 ] || chown -R postgres:postgres "$WORK"

as_owner "$BIN/initdb" -D "$DATA" --username=postgres --pwfile="$WORK/pwfile" \
  --auth=scram-sha-256 --encoding=UTF8 --locale=C >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; die "initdb failed"; }
rm -f "$WORK/pwfile"

# port_in_use reports whether something accepts connections on 127.0.0.1:$1.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Try ports from 55432 up; the server itself is the final judge of a free port (another
# process may take one between the check and the start).
STARTED=
for PORT in $(seq 55432 55531); do
  port_in_use "$PORT" && continue
  if as_owner "$BIN/pg_ctl" -D "$DATA" -l "$WORK/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$WORK/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null 2>&1; then
    STARTED=1
    break
  fi
done
[ -n "$STARTED" ] || { cat "$WORK/server.log" >&2 2>/dev/null || true; die "could not start PostgreSQL on any port 55432-55531"; }

# pg_ctl -w has waited for startup to complete; check over TCP, as the tests connect.
"$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" || die "PostgreSQL on 127.0.0.1:$PORT is not accepting connections"

export TEST_DATABASE_URL="postgres://postgres:$PASSWORD@127.0.0.1:$PORT/postgres?sslmode=disable"
log "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data in $DATA)"

# Run the command in the background (stdin kept) so that a signal reaches this script at
# once: it is passed on to the command, and the exit trap cleans up after it ends.
forward() { kill -"$1" "$CHILD" 2>/dev/null || true; }
trap 'forward INT' INT
trap 'forward TERM' TERM
set +e
"$@" <&0 &
CHILD=$!
wait "$CHILD"
STATUS=$?
while kill -0 "$CHILD" 2>/dev/null; do # wait was interrupted by a forwarded signal
  wait "$CHILD"
  STATUS=$?
done
set -e
exit "$STATUS"

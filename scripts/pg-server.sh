#!/usr/bin/env bash
# A throwaway PostgreSQL server for test/db, on 127.0.0.1 and a free port, in a temporary folder.
#   scripts/pg-server.sh start   installs Debian's postgresql when missing, runs initdb + pg_ctl, and writes the
#                                connection URL to test/db/.pg-url (the tests read it; also printed as an export)
#   scripts/pg-server.sh stop    stops the server and removes its folder and test/db/.pg-url
set -euo pipefail
cd "$(dirname "$0")/.."
URL_FILE=test/db/.pg-url
STATE_FILE=test/db/.pg-server

# The newest installed server binaries (Debian keeps them under /usr/lib/postgresql/<major>/bin).
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  dir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
  [ -x "$dir/initdb" ] && echo "$dir"
}

install_postgresql() {
  echo "pg-server: installing Debian's postgresql" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  # no default cluster: ours is created below, and the package's own would only slow the install down
  $sudo mkdir -p /etc/postgresql-common
  echo 'create_main_cluster = false' | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

# Runs a command as the postgres user when we are root (initdb and postgres refuse to run as root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start() {
  if [ -f "$STATE_FILE" ]; then echo "pg-server: already started ($(cat "$URL_FILE"))" >&2; return 0; fi
  local bin
  bin=$(pg_bin || true)
  if [ -z "$bin" ]; then install_postgresql; bin=$(pg_bin); fi
  local dir port
  dir=$(mktemp -d "${TMPDIR:-/tmp}/schemawright-pg.XXXXXX")
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # durability is irrelevant for a throwaway test server; these make it start and write faster
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$dir" >"$STATE_FILE"
  echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$URL_FILE"
  echo "pg-server: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
  echo "export DATABASE_URL=$(cat "$URL_FILE")"
}

stop() {
  if [ ! -f "$STATE_FILE" ]; then echo "pg-server: not running" >&2; rm -f "$URL_FILE"; return 0; fi
  local dir bin
  dir=$(cat "$STATE_FILE")
  bin=$(pg_bin || true)
  if [ -n "$bin" ] && [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
  rm -rf "$dir"
  rm -f "$STATE_FILE" "$URL_FILE"
  echo "pg-server: stopped" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

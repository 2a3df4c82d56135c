#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests and prints the one line that points them at it:
#
#   eval "$(bash scripts/ci-postgres.sh)"     # sets TEST_DATABASE_URL for the rest of the shell
#
# Installs Debian's postgresql when it is missing (needs root), creates a cluster under /tmp on a free
# port (54329 or the next free one), starts it as the postgres user (initdb refuses to run as root),
# and creates the database loket_test. Running it again reuses a cluster that is still up.
# Only stdout is meant for eval; everything else goes to stderr. Stop it with:
#   pg_ctl -D <dir> stop      (the directory is printed on stderr)
set -euo pipefail

log() { printf '%s\n' "$*" >&2; }

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && printf '%s' "$dir"
}

BIN=$(find_bin || true)
if [ -z "$BIN" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    log "PostgreSQL ontbreekt. Installeer het met: sudo apt-get install -y postgresql"
    exit 1
  fi
  log "installing Debian's postgresql"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  BIN=$(find_bin)
fi

# Run the server tools as the postgres user when we are root; as ourselves otherwise.
if [ "$(id -u)" = 0 ]; then
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

PORT=${PG_TEST_PORT:-54329}
DB=loket_test
reuse=""
for _ in $(seq 1 50); do
  DIR="/tmp/loket-pg-$PORT"
  if [ -f "$DIR/data/PG_VERSION" ] && as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    reuse=1
    break
  fi
  if port_free "$PORT"; then break; fi
  PORT=$((PORT + 1))
done

if [ -z "$reuse" ]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
  log "creating a cluster in $DIR/data on port $PORT"
  as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Loopback only; fsync stays on so the durability test measures what production would do.
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=200" start >/dev/null
fi

if ! as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB"
fi

log "PostgreSQL is up: $DIR/data, port $PORT, database $DB"
printf 'export TEST_DATABASE_URL=%s\n' "postgres://postgres@127.0.0.1:$PORT/$DB"

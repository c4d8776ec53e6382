#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the exchange server's tests, and stops it again.
#   source .ci/postgres.sh && postgres_start   # exports GPOS_TEST_DATABASE_URL
#   postgres_stop
# Uses Debian's postgresql package (installed here when missing and we are root). Runs as the `postgres`
# user when invoked as root, because PostgreSQL refuses to run as root.

PG_PORT="${PG_PORT:-55432}"

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

postgres_start() {
  if [ -z "$(postgres_bin)" ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      echo "warning: PostgreSQL is not installed and this user cannot install it; the PostgreSQL tests will fail" >&2
      return 0
    fi
  fi
  local bin run_as=()
  bin="$(postgres_bin)"
  PG_DIR="$(mktemp -d /tmp/gpos-pg.XXXXXX)"
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$PG_DIR"
    run_as=(runuser -u postgres --)
  fi
  "${run_as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U gpos --auth=trust -E UTF8 >/dev/null
  "${run_as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=on" start >/dev/null
  "${run_as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U gpos gpos_test
  export PG_DIR PG_RUN_AS="${run_as[*]}"
  export GPOS_TEST_DATABASE_URL="postgres://gpos@127.0.0.1:$PG_PORT/gpos_test"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT" >&2
}

postgres_stop() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] || return 0
  # shellcheck disable=SC2086
  $PG_RUN_AS "$(postgres_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

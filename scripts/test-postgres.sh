#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite, on loopback, in a temporary folder.
#   eval "$(bash scripts/test-postgres.sh start)"   # exports CAPPLANNER_TEST_SERVER and CAPPLANNER_TEST_PGDIR
#   bash scripts/test-postgres.sh stop "$CAPPLANNER_TEST_PGDIR"
# The superuser "capplanner" connects without a password (trust on loopback only); the tests make
# one database per test inventory from postgresql://capplanner@127.0.0.1:PORT/postgres.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (package postgresql)" >&2; exit 1; }
# initdb refuses to run as root: root runs the server as the postgres user the package made.
as=()
[ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/capplanner-pg.XXXXXX)
    chmod 755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    "${as[@]}" "$bin/initdb" -D "$dir/data" --auth=trust --username=capplanner --encoding=UTF8 --locale=C \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # A free port: try a few from one derived from our process id.
    for try in 0 1 2 3 4 5 6 7 8 9; do
        port=$((20000 + ($$ * 7 + try * 131) % 30000))
        if "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            >/dev/null 2>&1; then
            echo "export CAPPLANNER_TEST_SERVER=postgresql://capplanner@127.0.0.1:$port/postgres"
            echo "export CAPPLANNER_TEST_PGDIR=$dir"
            exit 0
        fi
    done
    cat "$dir/server.log" >&2
    exit 1
    ;;
stop)
    dir=${2:?the folder start printed}
    case "$dir" in /tmp/capplanner-pg.*) ;; *) echo "not a test server folder: $dir" >&2; exit 1 ;; esac
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start | stop FOLDER" >&2
    exit 2
    ;;
esac

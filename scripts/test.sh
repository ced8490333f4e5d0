#!/usr/bin/env bash
# Installs what is missing, builds, starts a throw-away PostgreSQL server, and runs the whole test
# suite with ctest (on SQLite files and on that server), then again under AddressSanitizer and
# UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
# A throw-away PostgreSQL server on loopback for the "_postgres" variants of the store, import,
# planner, model and shared-inventory suites; stopped and deleted however the run ends.
eval "$(bash scripts/test-postgres.sh start)"
trap 'bash scripts/test-postgres.sh stop "$CAPPLANNER_TEST_PGDIR"' EXIT
echo "PostgreSQL test server: $CAPPLANNER_TEST_SERVER"
# Here a "_postgres" variant that finds no server fails instead of being skipped.
export CAPPLANNER_TEST_REQUIRE_SERVER=1
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --test-dir build --output-on-failure -j2 "$@"
# The same suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/).
# SANITIZERS=0 skips it for a quick local run; CI always runs it.
if [ "${SANITIZERS:-1}" != 0 ]; then
    bash scripts/test-sanitizers.sh "$@"
fi

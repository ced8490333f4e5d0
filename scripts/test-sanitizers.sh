#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/
# and runs the test suite there. Any report fails the test that made it.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAPPLANNER_SANITIZE=ON -DCAPPLANNER_BENCH=OFF >/dev/null
cmake --build build-asan -j2
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# Run on its own (not from test.sh): a test server of its own for the "_postgres" variants.
if [ -z "${CAPPLANNER_TEST_SERVER:-}" ]; then
    eval "$(bash scripts/test-postgres.sh start)"
    trap 'bash scripts/test-postgres.sh stop "$CAPPLANNER_TEST_PGDIR"' EXIT
fi
export CAPPLANNER_TEST_REQUIRE_SERVER=1
# Leaks are checked too; only the system libraries' own one-time allocations are suppressed.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Packaging is the normal build's business.
ctest --test-dir build-asan --output-on-failure -j2 -E desktop_integration "$@"

#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ and runs each for a fixed time, then
# prints one line per target: executions, corpus size, and findings (crash-, leak-, timeout- and
# oom- files under build-fuzz/findings/TARGET/). Copy a finding into tests/fuzz/regressions/TARGET/
# once fixed, and the test suite replays it for ever.
#   scripts/fuzz.sh [SECONDS_PER_TARGET (default 300)] [TARGET...]
# MAX_LEN (default 8192) is libFuzzer's -max_len. Named targets are the only ones built.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
shift || true
bash scripts/install-deps.sh
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || {
        sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p"; }
done
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAPPLANNER_FUZZ=ON >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    cmake --build build-fuzz -j2 >/dev/null
    for f in build-fuzz/fuzz-seeds/*.txt; do targets+=("$(basename "$f" .txt)"); done
else
    cmake --build build-fuzz -j2 --target "${targets[@]}" >/dev/null
fi
export QT_QPA_PLATFORM=offscreen
# Two frames of allocation stack: ASan's stack depot otherwise takes most of a long run's time
# (42 % in site_export), and a finding is replayed with full stacks anyway.
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:malloc_context_size=2"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp"
printf '%-22s %14s %12s %8s %s\n' target executions exec/s corpus findings
for t in "${targets[@]}"; do
    corpus=build-fuzz/corpus/$t findings=build-fuzz/findings/$t
    mkdir -p "$corpus" "$findings"
    # Seed the working corpus with the Knowledge Base's own lines (see tests/fuzz/CMakeLists.txt).
    for seed in $(cat "build-fuzz/fuzz-seeds/$t.txt" | tr ';' ' '); do
        if [ -d "$seed" ]; then find "$seed" -type f -exec cp {} "$corpus/" \; ; else cp "$seed" "$corpus/"; fi
    done
    log=build-fuzz/findings/$t.log
    build-fuzz/bin/$t "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${MAX_LEN:-8192}" \
        -artifact_prefix="$findings/" -print_final_stats=1 -close_fd_mask=3 >"$log" 2>&1 || true
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    found=$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    printf '%-22s %14s %12s %8s %s\n' "$t" "$execs" "$rate" "$(ls "$corpus" | wc -l)" "$found"
done

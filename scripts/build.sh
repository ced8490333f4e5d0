#!/usr/bin/env bash
# Configures and builds CapPlanner into build/ (binary at build/bin/capplanner) with two jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build build -j2

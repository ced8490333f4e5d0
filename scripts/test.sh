#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest, then again under
# AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --test-dir build --output-on-failure -j2 "$@"
# The same suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/).
# SANITIZERS=0 skips it for a quick local run; CI always runs it.
if [ "${SANITIZERS:-1}" != 0 ]; then
    bash scripts/test-sanitizers.sh "$@"
fi

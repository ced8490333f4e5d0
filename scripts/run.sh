#!/usr/bin/env bash
# Installs what is missing, builds, and starts the console on the bundled demo inventory.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found. Start the console on a virtual one with:" >&2
    echo "    xvfb-run -a -s '-screen 0 1280x800x24' bash scripts/run.sh" >&2
    echo "or set QT_QPA_PLATFORM=offscreen to run it without showing anything." >&2
    [ -n "${QT_QPA_PLATFORM:-}" ] || exit 1
fi
exec build/bin/capplanner gui "$@"

#!/usr/bin/env bash
# Renders docs/screenshots/*.png: the console at 1280x800 on a demo inventory, one per pane, the
# wizard's pages and the what-if dialog; then the same in German under docs/screenshots/de/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
db=$(mktemp -d)/demo.db
build/bin/capplanner demo --db "$db" --clients "${CLIENTS:-20000}"
xvfb-run -a -s '-screen 0 1280x800x24' build/bin/screenshots "$db" docs/screenshots ${SITE:+"$SITE"}
CAPPLANNER_LANGUAGE=de xvfb-run -a -s '-screen 0 1280x800x24' build/bin/screenshots "$db" docs/screenshots/de ${SITE:+"$SITE"}

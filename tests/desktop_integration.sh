#!/usr/bin/env bash
# Desktop integration: the .desktop file and the AppStream metadata validate, `cmake --install`
# puts everything in the standard places, and CPack makes a .deb holding them with the run-time
# plugins as dependencies.
#   desktop_integration.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1 build=$2
desktop-file-validate "$src/resources/org.capplanner.CapPlanner.desktop"
appstreamcli validate --no-net --pedantic "$src/resources/org.capplanner.CapPlanner.metainfo.xml"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cmake --install "$build" --prefix "$stage/usr" >/dev/null
for f in bin/capplanner share/applications/org.capplanner.CapPlanner.desktop \
         share/metainfo/org.capplanner.CapPlanner.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.capplanner.CapPlanner.svg \
         share/capplanner/translations/capplanner_de.qm share/doc/CapPlanner/LICENSE; do
    [ -f "$stage/usr/$f" ] || { echo "not installed: $f"; exit 1; }
done
"$stage/usr/bin/capplanner" --version | grep -q '^capplanner [0-9]'

(cd "$build" && cpack -G DEB -B "$stage/package" >/dev/null 2>&1)
deb=$(ls "$stage"/package/capplanner_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
contents=$(dpkg-deb -c "$deb")
echo "Depends: $depends"
grep -q 'libqt6sql6-sqlite' <<<"$depends"
grep -q 'libqt6widgets6' <<<"$depends"
grep -q './usr/bin/capplanner$' <<<"$contents"
grep -q './usr/share/applications/org.capplanner.CapPlanner.desktop$' <<<"$contents"
echo "ok: $(basename "$deb")"

#!/usr/bin/env bash
# Installs the Debian bookworm packages CapPlanner needs, and only those that are missing,
# so that a second run costs a few dpkg look-ups. Works as root, and through sudo otherwise.
set -euo pipefail
# dpkg-dev and file: CPack's DEB generator (tests/desktop_integration.sh) runs dpkg-shlibdeps and file.
packages=(cmake g++ make qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev
          qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n xvfb xauth poppler-utils sqlite3 libsqlite3-dev
          fonts-dejavu-core desktop-file-utils appstream dpkg-dev file
          libqt6sql6-psql libpq-dev pkgconf postgresql libical-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"

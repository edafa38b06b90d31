#!/usr/bin/env bash
# Installs the Debian browsers the tests drive, and the fonts the visual review's screenshots are
# drawn in (DejaVu for the default sans-serif, Liberation for the city themes' Arial and Helvetica
# stacks): without them a fresh machine would draw other glyphs and no baseline would hold.
# Nothing here downloads a browser of its own: the machine reaches Debian's archive and the npm
# registry only.
set -euo pipefail

packages=(chromium firefox-esr webkit2gtk-driver xvfb fonts-dejavu-core fonts-liberation2 optipng)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "Browsers and fonts already installed: ${packages[*]}"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

#!/usr/bin/env bash
# Debian's Chromium for the console's browser tests (test/console): installed from the distribution
# when /usr/bin/chromium is missing. Never downloads a browser from anywhere else. Needs root (CI).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
echo "chromium: $(/usr/bin/chromium --version)"

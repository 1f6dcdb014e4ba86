#!/usr/bin/env bash
# Makes sure the headless browser the web column's page tests drive is installed: Debian's chromium and
# chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver), with the CJK font the pages and their
# screenshots need. Installs them with apt-get when root and missing (nothing is downloaded at build or test
# time); otherwise says what to install. Prints the driver's path.
# usage: scripts/browser.sh
set -euo pipefail
DRIVER=/usr/bin/chromedriver
BROWSER=/usr/bin/chromium

if [ ! -x "$DRIVER" ] || [ ! -x "$BROWSER" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "browser.sh: installing Debian's chromium and chromium-driver for the web column's browser tests" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null; }
  else
    echo "browser.sh: $BROWSER or $DRIVER is missing; install Debian's chromium and chromium-driver" >&2
    exit 1
  fi
fi
echo "$DRIVER"

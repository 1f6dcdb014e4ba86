#!/usr/bin/env bash
# Makes sure the TrueType CJK font the annual report's PDF embeds is installed (Debian's
# fonts-wqy-microhei: Noto CJK's CFF outlines do not embed through PDFBox). Installs it with apt-get
# when root and missing; otherwise says what to install. Prints the font file's path.
# usage: scripts/fonts.sh
set -euo pipefail
FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

if [ ! -s "$FONT" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "fonts.sh: installing Debian's fonts-wqy-microhei for the annual report's PDF" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq fonts-wqy-microhei >/dev/null; }
  else
    echo "fonts.sh: $FONT is missing; install Debian's fonts-wqy-microhei (the annual report's PDF needs it)" >&2
    exit 1
  fi
fi
echo "$FONT"

#!/bin/sh
# Rebuilds src/main/resources/fonts/ from the Debian package fonts-noto-core (pinned version).
# Usage: scripts/fetch-fonts.sh [CACHE_DIR]   (default /work/cache; the .deb stays outside the repo)
set -eu
CACHE=${1:-/work/cache}
VERSION=20201225-1
REPO=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$CACHE/deb" "$CACHE/x/fonts-noto-core"
cd "$CACHE/deb"
[ -f "fonts-noto-core_${VERSION}_all.deb" ] || apt-get download "fonts-noto-core=${VERSION}"
dpkg -x "fonts-noto-core_${VERSION}_all.deb" "$CACHE/x/fonts-noto-core"
SRC="$CACHE/x/fonts-noto-core/usr/share/fonts/truetype/noto"
for f in NotoSans-Regular NotoSans-Bold NotoSansArmenian-Regular NotoSansGeorgian-Regular NotoSansArabic-Regular; do
  cp "$SRC/$f.ttf" "$REPO/src/main/resources/fonts/"
done
echo "fonts copied; OFL.txt is kept in the repository (licence text from the package's copyright file)"

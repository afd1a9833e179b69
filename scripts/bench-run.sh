#!/usr/bin/env bash
# Benchmark of `conflictmap run` end to end (not a test): generates N synthetic multilingual articles
# (~3 KB each; 100000 ~ 300 MB) as JSONL, then times a full run on them with a bounded heap.
#
#   scripts/bench-run.sh N [THREADS] [HEAP]      e.g. scripts/bench-run.sh 100000 2 1g
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
IN=target/bench/articles-$N.jsonl
OUT=target/bench/out-$N
if [ ! -f "$IN" ]; then
  echo "generating $N articles -> $IN" >&2
  python3 scripts/gen-articles.py "$N" "$IN"
fi
BYTES=$(stat -c %s "$IN")
rm -rf "$OUT"
TIMEFILE=target/bench/time-$N.txt
set +e
/usr/bin/time -v -o "$TIMEFILE" java -Xmx"$HEAP" -jar "$JAR" run --input "$IN" --output "$OUT" --full \
  --threads "$THREADS"
RC=$?
set -e
WALL=$(grep 'Elapsed (wall clock)' "$TIMEFILE" | awk '{print $NF}')
RSS=$(grep 'Maximum resident set size' "$TIMEFILE" | awk '{print $NF}')
SECS=$(python3 -c "t='$WALL'.split(':'); print(sum(float(x)*60**i for i,x in enumerate(reversed(t))))")
python3 - "$N" "$BYTES" "$SECS" "$RSS" "$THREADS" "$HEAP" "$RC" <<'PY'
import sys
n, b, s, rss, th, heap, rc = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7]
print(f"bench-run: {n} articles, {b/1e6:.0f} MB, {th} threads, -Xmx{heap}: {s:.1f} s wall, "
      f"{n/s:,.0f} articles/s, {b/1e6/s:.1f} MB/s, peak RSS {rss/1024:.0f} MB, exit {rc}")
PY

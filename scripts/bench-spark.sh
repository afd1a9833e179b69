#!/usr/bin/env bash
# Benchmark of `run --engine spark` against the local engine (not a test): generates N synthetic
# multilingual articles split into FILES JSONL files (a Spark task reads whole files), then times full runs:
#   local engine --threads 1 and 2, Spark local[1] and local[2]
# and checks that every run wrote the same data files. Prints documents/second for each.
#
#   scripts/bench-spark.sh N [FILES] [HEAP]      e.g. scripts/bench-spark.sh 20000 8 2g
#
# Needs: mvn -o -q package -DskipTests (target/classes and target/conflictmap.jar), the Maven cache for the
# Spark jars (provided scope: not in the jar; the class path is taken from the Spark tests' surefire report),
# a gazetteer ($CONFLICTMAP_GAZETTEER or gazetteer/gazetteer.bin).
# Work files go to target/bench-spark/ (git-ignored).
set -euo pipefail
N=${1:?usage: bench-spark.sh N [FILES] [HEAP]}
FILES=${2:-8}
HEAP=${3:-2g}
cd "$(dirname "$0")/.."
[ -f target/conflictmap.jar ] || { echo "build first: mvn -o -q package -DskipTests" >&2; exit 1; }
W=target/bench-spark
IN=$W/in-$N-$FILES
mkdir -p "$W"
if [ ! -d "$IN" ]; then
  echo "generating $N articles in $FILES files -> $IN" >&2
  python3 scripts/gen-articles.py "$N" "$W/all-$N.jsonl"
  mkdir -p "$IN"
  split -d -a 3 -n "l/$FILES" --additional-suffix=.jsonl "$W/all-$N.jsonl" "$IN/part-"
fi
# Spark's jars come from the Maven cache: take the class path surefire used for the Spark tests (Spark's
# Jackson 2.15 instead of ours, as on a Spark cluster), recorded in the test report.
REPORT=target/surefire-reports/TEST-org.conflictmap.spark.RecordKryoTest.xml
[ -f "$REPORT" ] || mvn -o -q test -Dtest=RecordKryoTest -Dsurefire.failIfNoSpecifiedTests=false >&2
CP=$(sed -n 's:.*name="surefire.test.class.path" value="\([^"]*\)".*:\1:p' "$REPORT" | head -1)
[ -n "$CP" ] || { echo "no Spark class path in $REPORT" >&2; exit 1; }
OPENS=$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' pom.xml)

run() { # name, command...
  local name=$1; shift
  local out=$W/out-$name
  rm -rf "$out"
  local t0 t1
  t0=$(date +%s.%N)
  set +e
  "$@" --input "$IN" --output "$out" --full > "$W/log-$name.txt" 2>&1
  local rc=$?
  set -e
  t1=$(date +%s.%N)
  python3 -c "import sys; n,s=int(sys.argv[1]),float(sys.argv[3])-float(sys.argv[2]); print(f'{sys.argv[4]:<14} {s:7.1f} s  {n/s:8.0f} docs/s  exit {sys.argv[5]}')" \
    "$N" "$t0" "$t1" "$name" "$rc"
}
echo "bench-spark: $N articles, $FILES files, $(du -sh "$IN" | cut -f1), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
run local-t1 java -Xmx"$HEAP" -jar target/conflictmap.jar run --threads 1
run local-t2 java -Xmx"$HEAP" -jar target/conflictmap.jar run --threads 2
# shellcheck disable=SC2086
run spark-local1 java -Xmx"$HEAP" $OPENS -cp "$CP" org.conflictmap.spark.SparkMain --master 'local[1]'
# shellcheck disable=SC2086
run spark-local2 java -Xmx"$HEAP" $OPENS -cp "$CP" org.conflictmap.spark.SparkMain --master 'local[2]'
for f in events.csv places.csv unresolved.csv errors.csv aggregates.csv; do
  for r in local-t2 spark-local1 spark-local2; do
    cmp -s "$W/out-local-t1/$f" "$W/out-$r/$f" || echo "DIFFERENT: $r/$f" >&2
  done
done
echo "outputs compared: events, places, unresolved, errors, aggregates (silence = identical)"

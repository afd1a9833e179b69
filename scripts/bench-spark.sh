#!/usr/bin/env bash
# Benchmark of `run --engine spark` against the local engine (not a test): generates N synthetic
# multilingual articles in FILES JSONL files (FILES=1: one big file, which Spark reads in line-aligned
# parts), then times full runs on the same input:
#   local engine --threads 1 and 2, Spark local[1] and local[2]
# and checks that every run wrote the same data files. For each run it prints wall time, CPU time
# (user+sys of the JVM and its children) and documents/second, with `uptime` before the run: the machine
# may be shared, so compare CPU times, and wall times only between runs made on an idle machine.
#
#   scripts/bench-spark.sh N [FILES] [HEAP]      e.g. scripts/bench-spark.sh 6000 1 2g
#
# Needs: mvn -o -q package -DskipTests (target/conflictmap.jar), the Maven cache for the Spark jars
# (provided scope: not in the jar; the class path is taken from the Spark tests' surefire report),
# a gazetteer ($CONFLICTMAP_GAZETTEER or gazetteer/gazetteer.bin), /usr/bin/time.
# Work files go to target/bench-spark/ (git-ignored). Spark settings can be passed as -D options in
# $SPARK_OPTS, e.g. SPARK_OPTS="-Dspark.conflictmap.partBytes=4m".
set -euo pipefail
N=${1:?usage: bench-spark.sh N [FILES] [HEAP]}
FILES=${2:-1}
HEAP=${3:-2g}
cd "$(dirname "$0")/.."
[ -f target/conflictmap.jar ] || { echo "build first: mvn -o -q package -DskipTests" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time)" >&2; exit 1; }
W=target/bench-spark
IN=$W/in-$N-$FILES
mkdir -p "$W"
if [ ! -d "$IN" ]; then
  echo "generating $N articles in $FILES files -> $IN" >&2
  python3 scripts/gen-articles.py "$N" "$W/all-$N.jsonl"
  mkdir -p "$IN"
  if [ "$FILES" -eq 1 ]; then
    cp "$W/all-$N.jsonl" "$IN/all.jsonl"
  else
    split -d -a 3 -n "l/$FILES" --additional-suffix=.jsonl "$W/all-$N.jsonl" "$IN/part-"
  fi
fi
# Spark's jars come from the Maven cache: take the class path surefire used for the Spark tests (Spark's
# Jackson 2.15 instead of ours, as on a Spark cluster), recorded in the test report.
REPORT=target/surefire-reports/TEST-org.conflictmap.spark.RecordKryoTest.xml
[ -f "$REPORT" ] || mvn -o -q test -Dtest=RecordKryoTest -Dsurefire.failIfNoSpecifiedTests=false >&2
CP=$(sed -n 's:.*name="surefire.test.class.path" value="\([^"]*\)".*:\1:p' "$REPORT" | head -1)
[ -n "$CP" ] || { echo "no Spark class path in $REPORT" >&2; exit 1; }
OPENS=$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' pom.xml)
# a private copy of the compiled classes, so rebuilding the project during a benchmark changes nothing
rm -rf "$W/classes" && cp -r target/classes "$W/classes"
CP=${CP//$PWD\/target\/classes/$PWD/$W/classes}
# the data pipeline only: maps, charts and report (the same code for both engines) are switched off
CONF=$W/bench.yml
printf 'maps:\n  enabled: false\ncharts:\n  enabled: false\nreport:\n  enabled: false\n' > "$CONF"

run() { # name, command...
  local name=$1; shift
  local out=$W/out-$name
  rm -rf "$out"
  echo "# $(uptime)"
  set +e
  /usr/bin/time -f "%e %U %S" -o "$W/time-$name.txt" "$@" --config "$CONF" --input "$IN" --output "$out" --full \
    > "$W/log-$name.txt" 2>&1
  local rc=$?
  set -e
  read -r wall user sys < <(tail -1 "$W/time-$name.txt")
  python3 -c "import sys; n=int(sys.argv[1]); w,u,s=map(float,sys.argv[2:5]); \
print(f'{sys.argv[5]:<14} wall {w:7.1f} s  cpu {u+s:7.1f} s  {n/w:7.0f} docs/s wall  {n/(u+s):6.0f} docs/cpu-s  exit {sys.argv[6]}')" \
    "$N" "$wall" "$user" "$sys" "$name" "$rc"
  python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['run']['timings']; \
print('               ' + '  '.join(f'{k[:-3]} {v/1000:.1f} s' for k, v in t.items() if k != 'figures_ms'))" \
    "$out/manifest.json" || true
}
export SPARK_LOCAL_IP=127.0.0.1 # local masters: everything on the loopback interface
echo "bench-spark: $N articles, $FILES file(s), $(du -sh "$IN" | cut -f1), $(nproc) cores"
run local-t1 java -Xmx"$HEAP" -jar target/conflictmap.jar run --threads 1
run local-t2 java -Xmx"$HEAP" -jar target/conflictmap.jar run --threads 2
# shellcheck disable=SC2086
run spark-local1 java -Xmx"$HEAP" $OPENS ${SPARK_OPTS:-} -cp "$CP" org.conflictmap.spark.SparkMain --verbose --master 'local[1]'
# shellcheck disable=SC2086
run spark-local2 java -Xmx"$HEAP" $OPENS ${SPARK_OPTS:-} -cp "$CP" org.conflictmap.spark.SparkMain --verbose --master 'local[2]'
grep -h "reading .* parts" "$W/log-spark-local2.txt" || true
for f in events.csv places.csv unresolved.csv errors.csv aggregates.csv; do
  for r in local-t2 spark-local1 spark-local2; do
    cmp -s "$W/out-local-t1/$f" "$W/out-$r/$f" || echo "DIFFERENT: $r/$f" >&2
  done
done
echo "outputs compared: events, places, unresolved, errors, aggregates (silence = identical)"

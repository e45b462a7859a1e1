#!/usr/bin/env bash
# breakeven's main job: build the jar if needed, run the sweep, then draw the charts.
# Usage: ./run-benchmarks.sh [--profile quick|standard|full] [--label NAME] [--resume RUN_DIR] [run options...]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/breakeven.jar"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

usage() {
  cat <<USAGE
Usage: ./run-benchmarks.sh [options] [-- JMH options]

Builds breakeven (if the jar is missing or older than the sources), measures this machine with
'breakeven run', and writes charts for the run with 'breakeven report'.

Common options (all of 'breakeven run --help' work):
  --profile NAME     quick (a few minutes), standard (default), full (a night on a server)
  --label NAME       what to call this machine in results and charts, e.g. laptop or server
  --resume RUN_DIR   continue an interrupted run; nothing measured is lost or repeated
  --tasks/--strategies/--weights/--workers/--max-workers   narrow the sweep
  --command 'TEMPLATE' --weights W1,W2,...   measure a command of your own (any language), one process per
                     task, with {index}, {weight} and {worker} replaced, e.g.
                     --command 'python3 examples/command/regrid.py --member {index} --size {weight}'
  --no-check         skip running each task once before the sweep
  --task-jar JAR     also measure your own tasks (see examples/my-task/); with --tasks NAME, only them
  --dry-run          print what would be measured (points per task) and stop
  --strategies sequential,spark   also measure Spark (local[p]); builds the optional Spark strategies
                     (spark/, Spark's jars from Maven Central) on first use
  --spark-master spark://HOST:PORT   run the spark strategies on a standalone cluster (--spark-conf K=V)
  --no-report        measure only; draw the charts later with: java -jar target/breakeven.jar report RUN_DIR
  --plot DIR         where the charts go (default: plot/ in the project)
  -h, --help         this text

Results go to results/<label>-<host>-<time>/ (results.json is JMH JSON), charts to plot/<run>/.
Compare two machines: java -jar target/breakeven.jar compare results/RUN_A results/RUN_B
USAGE
}

# Whether an option asks for the optional Spark strategies: named in --strategies, a --spark-master, or a
# resumed run that measures them.
wants_spark() {
  case "$1" in
    --strategies) [[ ",$2," == *,spark,* || ",$2," == *,spark-cold,* ]] ;;
    --spark-master) return 0 ;;
    --resume) grep -Eq '"strategy" *: *"spark' "$2/machine.json" 2>/dev/null ;;
    *) return 1 ;;
  esac
}

report=1
has_results=0
spark=0
plot="$here/plot"
args=()
while [ $# -gt 0 ]; do
  arg="$1"; shift
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    --no-report) report=0 ;;
    --plot) [ $# -gt 0 ] || { echo "run-benchmarks.sh: --plot needs a folder" >&2; exit 2; }; plot="$1"; shift ;;
    --plot=*) plot="${arg#--plot=}" ;;
    --results|--results=*) has_results=1; args+=("$arg") ;;
    --strategies|--resume|--spark-master)
      args+=("$arg")
      if [ $# -gt 0 ]; then
        wants_spark "$arg" "$1" && spark=1
        args+=("$1"); shift
      fi ;;
    --strategies=*|--resume=*|--spark-master=*) wants_spark "${arg%%=*}" "${arg#*=}" && spark=1; args+=("$arg") ;;
    --) args+=("$arg" "$@"); break ;;
    *) args+=("$arg") ;;
  esac
done
# Results land in the project's results/ whatever the current directory, unless --results says otherwise.
[ "$has_results" = 1 ] || args=(--results "$here/results" "${args[@]+"${args[@]}"}")

command -v "$java_bin" >/dev/null 2>&1 || { echo "run-benchmarks.sh: no java found; install a JDK 17+ or set JAVA_HOME" >&2; exit 1; }

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]
}
if stale; then
  command -v mvn >/dev/null 2>&1 || { echo "run-benchmarks.sh: the jar needs building and Maven (mvn) is not installed" >&2; exit 1; }
  echo "Building breakeven (mvn package)..."
  (cd "$here" && mvn -B -q -DskipTests package) || { echo "run-benchmarks.sh: the build failed (see above)" >&2; exit 1; }
fi

# Spark stays out of breakeven's jar: its strategies are an optional build in spark/ (a thin jar, and the
# class path of Spark's own jars in ~/.m2). When asked for, breakeven starts with both on its class path,
# which the benchmark forks inherit; breakeven adds the JVM options Spark needs to every JVM it starts.
breakeven=("$java_bin" -jar "$jar")
if [ "$spark" = 1 ]; then
  spark_jar="$here/spark/target/breakeven-spark.jar"
  spark_cp="$here/spark/target/classpath.txt"
  if [ ! -f "$spark_jar" ] || [ ! -f "$spark_cp" ] || [ "$jar" -nt "$spark_jar" ] \
      || [ -n "$(find "$here/spark/src" "$here/spark/pom.xml" -newer "$spark_jar" -print -quit 2>/dev/null)" ]; then
    command -v mvn >/dev/null 2>&1 || { echo "run-benchmarks.sh: the Spark strategies need building and Maven (mvn) is not installed" >&2; exit 1; }
    echo "Building the Spark strategies (spark/; the first time Maven downloads Spark's jars, about 180 MB)..."
    (cd "$here/spark" && mvn -B -q -DskipTests package) || { echo "run-benchmarks.sh: the Spark build failed (see above)" >&2; exit 1; }
  fi
  breakeven=("$java_bin" -cp "$jar:$spark_jar:$(cat "$spark_cp")" dev.breakeven.cli.Main)
fi

run_dir_file="$(mktemp)"
trap 'rm -f "$run_dir_file"' EXIT
# A sweep whose --command failed at some points exits non-zero after measuring the rest: chart those anyway.
status=0
"${breakeven[@]}" run --record-run-dir "$run_dir_file" "${args[@]+"${args[@]}"}" || status=$?
run_dir="$(cat "$run_dir_file")"
[ -n "$run_dir" ] || exit "$status"   # --dry-run or bad input: nothing was measured, nothing to chart

if [ "$report" = 1 ]; then
  echo "Drawing the charts..."
  "$java_bin" -jar "$jar" report -o "$plot" "$run_dir" || {
    echo "run-benchmarks.sh: the report failed; the measurements are safe in $run_dir" >&2
    exit 1
  }
  echo "Charts: $plot/$(basename "$run_dir")/index.html (summary: summary.md beside it)"
fi
exit "$status"

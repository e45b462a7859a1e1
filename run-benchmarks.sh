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
  --no-check         skip running each task once before the sweep
  --dry-run          print what would be measured (points per task) and stop
  --no-report        measure only; draw the charts later with: java -jar target/breakeven.jar report RUN_DIR
  --plot DIR         where the charts go (default: plot/ in the project)
  -h, --help         this text

Results go to results/<label>-<host>-<time>/ (results.json is JMH JSON), charts to plot/<run>/.
Compare two machines: java -jar target/breakeven.jar compare results/RUN_A results/RUN_B
USAGE
}

report=1
has_results=0
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

run_dir_file="$(mktemp)"
trap 'rm -f "$run_dir_file"' EXIT
"$java_bin" -jar "$jar" run --record-run-dir "$run_dir_file" "${args[@]+"${args[@]}"}"
run_dir="$(cat "$run_dir_file")"
[ -n "$run_dir" ] || exit 0   # --dry-run: nothing was measured, nothing to chart

if [ "$report" = 1 ]; then
  echo "Drawing the charts..."
  "$java_bin" -jar "$jar" report -o "$plot" "$run_dir" || {
    echo "run-benchmarks.sh: the report failed; the measurements are safe in $run_dir" >&2
    exit 1
  }
  echo "Charts: $plot/$(basename "$run_dir")/index.html (summary: summary.md beside it)"
fi

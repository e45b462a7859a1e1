#!/usr/bin/env bash
# Pool start-up and per-task overhead: Python's multiprocessing.Pool vs breakeven's process-pool and
# fixed-pool, for the same trivial task. Quick figures (no JMH); JMH's BatchBenchmark gives the ones to quote.
# Usage: python/compare_overhead.sh [workers...]     (default: 1 2; build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
workers=("${@:-1}")
[ $# -eq 0 ] && workers=(1 2)

echo "# Python multiprocessing.Pool (chunksize=1)"
if command -v python3 >/dev/null 2>&1; then
  python3 python/pool_overhead.py --workers "${workers[@]}"
else
  echo "python3 not found: skipping the Python measurement"
fi

echo "# Java process-pool and fixed-pool"
if [ -f target/breakeven.jar ]; then
  java -cp target/breakeven.jar dev.breakeven.strategies.process.OverheadProbe "${workers[@]}"
else
  echo "target/breakeven.jar not found: build it with 'mvn -B -q package -DskipTests', then run this again"
fi

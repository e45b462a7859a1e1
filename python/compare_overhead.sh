#!/usr/bin/env bash
# Pool start-up and per-task overhead: Python's multiprocessing.Pool vs breakeven's process-pool and
# fixed-pool, for the same trivial task. Quick figures (no JMH); JMH's BatchBenchmark gives the ones to quote.
# Usage: [PAYLOAD_BYTES=N] python/compare_overhead.sh [workers...]   (default workers: 1 2)
# Build the jar first: mvn -B -q package -DskipTests
set -euo pipefail
cd "${BASH_SOURCE[0]%/*}/.."
workers=("$@")
[ ${#workers[@]} -eq 0 ] && workers=(1 2)
payload="${PAYLOAD_BYTES:-0}"

echo "# Python multiprocessing.Pool (chunksize=1)"
if command -v python3 >/dev/null 2>&1; then
  python3 python/pool_overhead.py --workers "${workers[@]}" --payload-bytes "$payload"
else
  echo "python3 not found: skipping the Python measurement"
fi

echo "# Java process-pool and fixed-pool"
if ! command -v java >/dev/null 2>&1; then
  echo "java not found: skipping the Java measurement"
elif [ -f target/breakeven.jar ]; then
  java -Dbreakeven.process.payload-bytes="$payload" -cp target/breakeven.jar \
    dev.breakeven.strategies.process.OverheadProbe "${workers[@]}"
else
  echo "target/breakeven.jar not found: build it with 'mvn -B -q package -DskipTests', then run this again"
fi

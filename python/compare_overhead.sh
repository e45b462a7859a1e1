#!/usr/bin/env bash
# Pool start-up and per-task overhead: Python's multiprocessing.Pool and Dask vs breakeven's process-pool
# and fixed-pool, for the same trivial task. Quick figures (no JMH); JMH's BatchBenchmark gives the ones to quote.
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

echo "# Dask: threaded scheduler and a local distributed cluster"
if command -v python3 >/dev/null 2>&1; then
  dask_python=python3   # the first python3 that has dask: PATH's, else Debian's (apt-get install python3-dask)
  if ! python3 -c 'import dask' >/dev/null 2>&1 && [ -x /usr/bin/python3 ] \
      && /usr/bin/python3 -c 'import dask' >/dev/null 2>&1; then
    dask_python=/usr/bin/python3
  fi
  "$dask_python" python/dask_overhead.py --workers "${workers[@]}" --many 2000
else
  echo "python3 not found: skipping the Dask measurement"
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

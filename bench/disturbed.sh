#!/usr/bin/env bash
# A sequential fork disturbed on purpose: does a neighbour's burst move the break-even, and is it flagged?
#
# Runs the same small sweep twice (TASK under fixed-pool at p = cores against the loop, quick's forks, batch
# 48): once undisturbed, once with a CPU hog on every core started for exactly one sequential fork (fork 2 at
# weight DISTURBED) and stopped when that fork ends. Prints both break-evens with their 95 % intervals and
# how the disturbed run flagged the fork; the break-even should stay inside the undisturbed interval.
#
# Usage: bench/disturbed.sh [TASK] [WEIGHTS] [DISTURBED]
#   e.g. bench/disturbed.sh arithmetic 800,1600,3200,6400,12800,25600 3200
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
task="${1:-arithmetic}"; weights="${2:-800,1600,3200,6400,12800,25600}"; target="${3:-3200}"
[[ ",$weights," == *",$target,"* ]] || { echo "disturbed.sh: DISTURBED ($target) must be one of WEIGHTS ($weights)" >&2; exit 2; }
jar="$here/target/breakeven.jar"
[ -f "$jar" ] || (cd "$here" && mvn -q -DskipTests package)
results="$here/results"
sweep=(run --profile quick --tasks "$task" --strategies sequential,fixed-pool --workers "$(nproc)"
  --weights "$weights" --forks 5 --budget 10m --no-check --results "$results")

echo "1/2 undisturbed ..."
java -jar "$jar" "${sweep[@]}" --label "undisturbed-$task" > /dev/null

echo "2/2 disturbed: a CPU hog on every core during fork 2 of the loop at weight $target ..."
log="$(mktemp)"
java -jar "$jar" "${sweep[@]}" --label "disturbed-$task" > "$log" 2>&1 &
sweep_pid=$!
line="$task weight $target, sequential, 1 worker, fork 2 ("
# Poll gently: a grep every 10 ms is itself a neighbour (it slowed every fork before the hogged one by 15-25 %
# and moved the disturbed break-even outside the undisturbed interval); every 0.2 s still starts the hogs
# within the loop fork's 600 ms of warm-up.
until grep -qF "$line" "$log"; do
  kill -0 "$sweep_pid" 2>/dev/null || { cat "$log" >&2; echo "disturbed.sh: the sweep ended before the fork" >&2; exit 1; }
  sleep 0.2
done
hogs=()
for _ in $(seq "$(nproc)"); do (while :; do :; done) & hogs+=($!); done
until grep -F "$line" "$log" | grep -q "us/op\|ms/op\|s/op\|failed"; do sleep 0.1; done
kill "${hogs[@]}"
wait "$sweep_pid"
grep -F "$task weight $target, sequential" "$log"

for kind in undisturbed disturbed; do
  run="$(ls -td "$results/$kind-$task"-* | head -1)"
  java -jar "$jar" report -o "$here/plot" "$run" > /dev/null
  echo "$kind ($run):"
  grep -h "parallel pays from\|no break-even is shown\|Even at the lightest\|Up to the heaviest\|busy" \
    "$here/plot/$(basename "$run")/summary.md" | sed 's/^/  /'
done
rm -f "$log"

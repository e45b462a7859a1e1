#!/usr/bin/env bash
# The reference break-even: a longer, independent measurement to hold the profiles' break-evens against.
#
# Measures TASK under fixed-pool at p = the cores this process may use against the sequential loop, on a
# ×2 grid of weights from FROM to TO, with at least 5 forks × 10 iterations per point (more forks where a
# verdict is undecided, within the budget), at the batch of the profile it checks (48 for quick, 240 for
# standard), then reports it. The break-even it prints is what quick and standard should find. Every fork
# warms up for 1.5 s (30 x 50 ms), longer than a profile's parallel forks (1.2 s): on two cores a pool of
# 2 workers settles only 1.3-1.4 s into a fork. After 800 ms of warm-up its first 5 to 6 measured
# iterations ran slow (arithmetic at 3,200: 419, 420, 374, 396, 371, then 336-351 us a batch; at 1,600:
# 201, 211, 218, 227, 226, 229, then 196-198), so the reference read its crossing high.
#
# Usage: bench/reference.sh TASK FROM TO [BATCH] [BUDGET]
#   e.g. bench/reference.sh arithmetic 400 12800 48 20m
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 3 ] || { sed -n '2,/^set /{/^#/s/^# \{0,1\}//p}' "$0" >&2; exit 2; }
task="$1"; from="$2"; to="$3"; batch="${4:-48}"; budget="${5:-20m}"
[[ "$from" =~ ^[1-9][0-9]*$ && "$to" =~ ^[1-9][0-9]*$ && "$to" -gt "$from" ]] \
  || { echo "reference.sh: FROM and TO must be whole numbers with FROM < TO (got $from, $to)" >&2; exit 2; }

weights="$from"
w="$from"
while [ $((w * 2)) -le "$to" ]; do w=$((w * 2)); weights="$weights,$w"; done
cores="$(nproc)"

"$here/run-benchmarks.sh" --profile standard --label "reference-$task-b$batch" --tasks "$task" \
  --strategies sequential,fixed-pool --workers "$cores" --weights "$weights" --batch "$batch" \
  --forks 5 --budget "$budget" --plot "$here/plot" -- -i 10 -r 100ms -wi 30 -w 50ms
run="$(ls -td "$here"/results/reference-"$task"-b"$batch"-* | head -1)"
grep -h "parallel pays from\|no break-even is shown\|Even at the lightest\|Up to the heaviest" \
  "$here/plot/$(basename "$run")/summary.md" || true

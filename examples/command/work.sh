#!/bin/sh
# A stand-in for one task of your own work: member INDEX of an ensemble, WEIGHT thousand steps of arithmetic.
# Usage: sh examples/command/work.sh INDEX WEIGHT
# Measure it: ./run-benchmarks.sh --command 'sh examples/command/work.sh {index} {weight}' --weights 1,10,100,1000
set -eu
index="$1"
weight="$2"
awk -v member="$index" -v steps="$weight" 'BEGIN {
  x = member + 1
  for (i = 0; i < steps * 1000; i++) x = (x * 1103515245 + 12345) % 2147483648
  printf "member %d: %d steps, state %d\n", member, steps * 1000, x
}'

#!/usr/bin/env python3
"""Python's multiprocessing.Pool overheads, for comparison with breakeven's process-pool.

Measures, for a trivial task (the same one step of breakeven's `arithmetic` task at weight 1):

* start-up: `with Pool(p) as pool: pool.map(f, range(p), chunksize=1)`, i.e. create the pool, wait until
  every worker has run one task, and terminate it (median of several), per start method;
* per-task overhead on a warm pool: `pool.map(f, range(n), chunksize=1)` for n = 48 (breakeven's batch,
  repeated for about a second) and n = 10,000, in microseconds per task.

Prints one JSON object per line, with the same keys as the Java counterpart
(`java -cp target/breakeven.jar dev.breakeven.strategies.process.OverheadProbe`).

Usage: python3 python/pool_overhead.py [--workers 1 2] [--starts 5] [--seconds 1]
"""

import argparse
import json
import multiprocessing as mp
import statistics
import time

MASK = (1 << 64) - 1
SEED = 0x5EED


def mix(seed, index):
    """SplitMix64 finaliser of seed and index, as breakeven's Mix.seed."""
    z = (seed + 0x9E3779B97F4A7C15 * (index + 1)) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    z = z ^ (z >> 31)
    return z or 1


def trivial(index):
    """breakeven's arithmetic task at weight 1: one xor-shift-multiply step (unsigned 64-bit)."""
    x = mix(SEED, index)
    x ^= (x << 13) & MASK
    x ^= x >> 7
    x ^= (x << 17) & MASK
    return (x * 0x9E3779B97F4A7C15) & MASK


def startup_ms(ctx, workers, starts):
    """Median ms of: create Pool(p), run one task per worker, terminate (the `with` block)."""
    times = []
    for _ in range(starts):
        t0 = time.perf_counter()
        with ctx.Pool(workers) as pool:
            pool.map(trivial, range(workers), chunksize=1)
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def per_task_us(pool, batch, seconds):
    """µs per task of pool.map(chunksize=1) over `batch` tasks, repeated for about `seconds`."""
    tasks = 0
    t0 = time.perf_counter()
    while True:
        pool.map(trivial, range(batch), chunksize=1)
        tasks += batch
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            return elapsed * 1e6 / tasks


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--starts", type=int, default=5, help="pool start-ups per median")
    parser.add_argument("--seconds", type=float, default=1.0, help="time per per-task measurement")
    parser.add_argument("--methods", nargs="+", default=None,
                        help="start methods (default: every one this platform has)")
    args = parser.parse_args()
    methods = args.methods or mp.get_all_start_methods()
    for method in methods:
        ctx = mp.get_context(method)
        for p in args.workers:
            start = startup_ms(ctx, p, args.starts)
            with ctx.Pool(p) as pool:
                pool.map(trivial, range(10 * p), chunksize=1)  # warm-up
                batch48 = per_task_us(pool, 48, args.seconds)
                t0 = time.perf_counter()
                pool.map(trivial, range(10_000), chunksize=1)
                batch10k = (time.perf_counter() - t0) * 1e6 / 10_000
            print(json.dumps({
                "strategy": "python-pool",
                "start_method": method,
                "workers": p,
                "startup_ms": round(start, 2),
                "per_task_us_batch48": round(batch48, 2),
                "per_task_us_batch10000": round(batch10k, 2),
            }), flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Python's multiprocessing.Pool overheads, for comparison with breakeven's process-pool.

Measures, for a trivial task (the same one step of breakeven's `arithmetic` task at weight 1):

* start-up: `with Pool(p) as pool: pool.map(f, range(p), chunksize=1)`, i.e. create the pool, run p
  trivial tasks through it, and terminate it (median of several), per start method;
* per-task overhead on a warm pool: `pool.map(f, range(n), chunksize=1)` for n = 48 (breakeven's batch,
  repeated for about a second) and n = 10,000, in microseconds per task;
* with --payload-bytes N, every task also carries N bytes (pickled with its argument, CRC-checked by the
  worker), as breakeven's -Dbreakeven.process.payload-bytes=N does for process-pool.

Prints one JSON object per line, with the same keys as the Java counterpart
(`java -cp target/breakeven.jar dev.breakeven.strategies.process.OverheadProbe`).

Usage: python3 python/pool_overhead.py [--workers 1 2] [--starts 5] [--seconds 1] [--payload-bytes 0]
"""

import argparse
import json
import multiprocessing as mp
import statistics
import time
import zlib

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


def trivial_with_payload(arg):
    """The trivial task plus a payload that crossed the pipe with it (checked, not changing the result)."""
    index, payload = arg
    zlib.crc32(payload)
    return trivial(index)


class Tasks:
    """The arguments of a batch: plain indices, or (index, payload) pairs when there is a payload."""

    def __init__(self, payload_bytes):
        self.payload = bytes(payload_bytes) if payload_bytes else None
        self.f = trivial_with_payload if self.payload else trivial

    def args(self, n):
        return [(i, self.payload) for i in range(n)] if self.payload else range(n)


def startup_ms(ctx, workers, starts):
    """Median ms of: create Pool(p), run p tasks through it, terminate it (the `with` block)."""
    times = []
    for _ in range(starts):
        t0 = time.perf_counter()
        with ctx.Pool(workers) as pool:
            pool.map(trivial, range(workers), chunksize=1)
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def per_task_us(pool, tasks_of, batch, seconds):
    """µs per task of pool.map(chunksize=1) over `batch` tasks, repeated for about `seconds`."""
    args = tasks_of.args(batch)
    tasks = 0
    t0 = time.perf_counter()
    while True:
        pool.map(tasks_of.f, args, chunksize=1)
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
    parser.add_argument("--payload-bytes", type=int, default=0, help="bytes sent with every task")
    args = parser.parse_args()
    tasks_of = Tasks(args.payload_bytes)
    methods = args.methods or mp.get_all_start_methods()
    for method in methods:
        ctx = mp.get_context(method)
        for p in args.workers:
            start = startup_ms(ctx, p, args.starts)
            with ctx.Pool(p) as pool:
                pool.map(trivial, range(10 * p), chunksize=1)  # warm-up
                batch48 = per_task_us(pool, tasks_of, 48, args.seconds)
                many = tasks_of.args(10_000)
                t0 = time.perf_counter()
                pool.map(tasks_of.f, many, chunksize=1)
                batch10k = (time.perf_counter() - t0) * 1e6 / 10_000
            print(json.dumps({
                "strategy": "python-pool",
                "start_method": method,
                "workers": p,
                "payload_bytes": args.payload_bytes,
                "startup_ms": round(start, 2),
                "per_task_us_batch48": round(batch48, 2),
                "per_task_us_batch10000": round(batch10k, 2),
            }), flush=True)


if __name__ == "__main__":
    main()

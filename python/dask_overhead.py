#!/usr/bin/env python3
"""Dask's scheduler overheads, for comparison with breakeven's strategies and with multiprocessing.Pool.

Measures, for the same trivial task as pool_overhead.py (breakeven's `arithmetic` at weight 1):

* dask-threads: the threaded scheduler (`dask.compute(*tasks, scheduler="threads", num_workers=p)`), one
  delayed call per task; start-up is the first compute with a new pool of p threads;
* dask-distributed: a local distributed cluster of p worker processes with one thread each
  (`LocalCluster(n_workers=p, threads_per_worker=1)`, `Client.map` + `Client.gather`); start-up is
  creating the cluster and client, running p tasks, and closing both;

and per-task overhead on the warm scheduler for batches of 48 tasks (breakeven's quick batch, repeated
for about --seconds) and of --many tasks (default 10,000), in microseconds per task. Dask's own guidance
(docs.dask.org, "Dask Best Practices" and the scheduling docs): about 1 ms of overhead per task on the
distributed scheduler, 50-200 us per task on the threaded one.

Prints one JSON object per line, with the keys of pool_overhead.py. Where dask (or distributed) cannot be
imported it says so and exits 0: install them with `pip install -r python/requirements.txt`, or on
Debian/Ubuntu `apt-get install python3-dask python3-distributed` (for /usr/bin/python3).

Usage: python3 python/dask_overhead.py [--workers 1 2] [--starts 3] [--seconds 1] [--many 10000]
"""

import argparse
import json
import statistics
import sys
import time

sys.dont_write_bytecode = True  # importing the shared task must not leave __pycache__ in the checkout
from pool_overhead import trivial  # noqa: E402  the same trivial task as the Pool comparison


def per_task_us(run_batch, batch, seconds):
    """µs per task of run_batch(batch), repeated for about `seconds`."""
    tasks = 0
    t0 = time.perf_counter()
    while True:
        run_batch(batch)
        tasks += batch
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            return elapsed * 1e6 / tasks


def once_us(run_batch, n):
    """µs per task of one run_batch(n)."""
    t0 = time.perf_counter()
    run_batch(n)
    return (time.perf_counter() - t0) * 1e6 / n


def record(strategy, workers, startup_ms, batch48, many, n):
    return json.dumps({
        "strategy": strategy,
        "workers": workers,
        "startup_ms": round(startup_ms, 2),
        "per_task_us_batch48": round(batch48, 2),
        "per_task_us_batch%d" % n: round(many, 2),
    })


def threads(dask, workers, args):
    """The threaded scheduler: a pool of p threads in this process, one delayed call per task."""
    from concurrent.futures import ThreadPoolExecutor

    task = dask.delayed(trivial, pure=False)

    def run(n, pool):
        checksums = dask.compute(*[task(i) for i in range(n)], scheduler="threads", pool=pool)
        assert len(checksums) == n

    starts = []
    for _ in range(args.starts):
        t0 = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            run(workers, pool)
        starts.append((time.perf_counter() - t0) * 1e3)
    with ThreadPoolExecutor(workers) as pool:
        run(10 * workers, pool)  # warm-up
        batch48 = per_task_us(lambda n: run(n, pool), 48, args.seconds)
        many = once_us(lambda n: run(n, pool), args.many)
    return record("dask-threads", workers, statistics.median(starts), batch48, many, args.many)


def distributed_cluster(distributed, workers, args):
    """A local distributed cluster: p worker processes, one thread each, tasks via Client.map."""

    def cluster():
        return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=50)

    def run(client, n):
        checksums = client.gather(client.map(trivial, range(n), pure=False))
        assert len(checksums) == n

    starts = []
    for _ in range(args.starts):
        t0 = time.perf_counter()
        with cluster() as c, distributed.Client(c) as client:
            run(client, workers)
        starts.append((time.perf_counter() - t0) * 1e3)
    with cluster() as c, distributed.Client(c) as client:
        run(client, 10 * workers)  # warm-up
        batch48 = per_task_us(lambda n: run(client, n), 48, args.seconds)
        many = once_us(lambda n: run(client, n), args.many)
    return record("dask-distributed", workers, statistics.median(starts), batch48, many, args.many)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--starts", type=int, default=3, help="start-ups per median")
    parser.add_argument("--seconds", type=float, default=1.0, help="time per batch-48 measurement")
    parser.add_argument("--many", type=int, default=10_000, help="tasks in the large batch")
    args = parser.parse_args()
    try:
        import dask
    except ImportError:
        print("dask is not installed for %s: skipping the Dask measurement (pip install -r"
              " python/requirements.txt, or apt-get install python3-dask python3-distributed)" % sys.executable)
        return
    print("# dask %s (%s)" % (dask.__version__, sys.executable), flush=True)
    for p in args.workers:
        print(threads(dask, p, args), flush=True)
    try:
        import distributed
    except ImportError:
        print("distributed is not installed for %s: skipping the local distributed cluster (pip install"
              " -r python/requirements.txt, or apt-get install python3-distributed)" % sys.executable)
        return
    for p in args.workers:
        print(distributed_cluster(distributed, p, args), flush=True)


if __name__ == "__main__":
    main()

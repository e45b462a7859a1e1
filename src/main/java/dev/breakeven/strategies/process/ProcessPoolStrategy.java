package dev.breakeven.strategies.process;

import dev.breakeven.strategies.Strategy;
import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * p worker JVMs fed over pipes: what Python's {@code multiprocessing.Pool} does, with its costs in view.
 * Threads share the task's memory; processes must start, and every argument and result crosses a pipe.
 *
 * <p><b>What is measured.</b> {@code process-pool} starts p JVMs (the suite's own {@code java} and class
 * path, small heap, serial GC) when the strategy is created, i.e. in JMH's {@code Level.Trial} set-up, and
 * keeps them for the whole trial; an operation is the round trips of one batch. {@code process-pool-cold}
 * starts p JVMs, runs the batch and stops them in every operation: {@code with Pool(p) as pool:
 * pool.map(f, args)}. Tasks are handed out one index at a time from a shared counter as workers finish
 * them (dynamic, {@code chunksize=1}; with the next one or few already queued, see prefetch below);
 * the task's fixed arguments (task, weight, seed) are sent once per worker and the worker creates and
 * caches the task (the {@code functools.partial} pattern). Only catalogue tasks can run: the worker
 * recreates them from their {@link TaskSpec}. Checksums equal every other strategy's.
 *
 * <p><b>Settings</b> (system properties of the JVM that creates the strategy, e.g. the JMH fork's
 * {@code -jvmArgsAppend}):
 * <ul>
 *   <li>{@code breakeven.process.payload-bytes} (default 0): bytes sent with every task, standing for the
 *       chunk of a field a task works on; the worker CRC-checks them and the task checksum does not change.
 *       It makes the argument size a parameter: fixed arguments bound once vs data sent with every task.
 *   <li>{@code breakeven.process.prefetch} (default 2): tasks in flight per worker. With 2 or more a
 *       worker finds its next task already waiting in its pipe when it finishes one, as Pool's workers find
 *       theirs in the pre-filled task queue; while a worker still runs dry (tasks shorter than a round
 *       trip) its window doubles, up to 16, and near the end of a batch it shrinks so that the last tasks go
 *       to whichever worker is free first. With 1, every task waits a full parent-worker round trip (two
 *       wake-ups), which on a VM whose idle vCPUs sleep can cost ten times the rest.
 *   <li>{@code breakeven.process.worker-heap} (default {@code 256m}): the workers' {@code -Xmx}.
 *   <li>{@code breakeven.process.worker-jvm-args}: more worker JVM options, separated by spaces.
 *   <li>Every other {@code -Dbreakeven.*} property of the parent (e.g. {@code breakeven.inject-failure})
 *       is passed on to the workers.
 * </ul>
 *
 * <p><b>Failures.</b> A task that throws in a worker fails the batch with a
 * {@link dev.breakeven.tasks.TaskFailedException} naming the worker and its pid, carrying the worker's
 * exception (class, message, stack trace) as a {@link RemoteException}. A worker that dies fails it with a
 * {@link WorkerDiedException} as the cause: exit status and the tail of the worker's stderr; the dead
 * worker is replaced before the next batch.
 *
 * <p><b>No orphans.</b> {@link #close()} closes the workers' stdin, waits, then destroys them; a shutdown hook
 * kills them on SIGINT/SIGTERM; after {@code kill -9} of the parent the workers read end-of-file on stdin,
 * or (when busy) their watchdog sees the parent gone, and exit.
 *
 * <p>Run: {@code java -cp target/breakeven.jar org.openjdk.jmh.Main BatchBenchmark -p weight=1
 * -p strategy=fixed-pool,process-pool -p workers=1,2}; see {@code python/README.md} for the comparison
 * with Python.
 */
public final class ProcessPoolStrategy implements Strategy {

    public static final String WARM = "process-pool";

    /** Heap of each worker JVM unless {@code -Dbreakeven.process.worker-heap} says otherwise. */
    public static final long DEFAULT_WORKER_HEAP_BYTES = 256L << 20;
    public static final String COLD = "process-pool-cold";

    private final String name;
    private final int workers;
    private final boolean cold;
    private final WorkerOptions options;
    private WorkerPool pool;
    private WorkerPool lastPool;
    private TaskSpec checked;

    ProcessPoolStrategy(String name, int workers, boolean cold, WorkerOptions options) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        this.name = name;
        this.workers = workers;
        this.cold = cold;
        this.options = options;
        if (!cold) {
            pool = startPool();
            lastPool = pool;
        }
    }

    /** {@code process-pool}: p worker JVMs started now and kept until {@link #close()}. */
    public static ProcessPoolStrategy warm(int workers) {
        return new ProcessPoolStrategy(WARM, workers, false, WorkerOptions.fromSystemProperties());
    }

    /** {@code process-pool-cold}: p worker JVMs started and stopped inside every batch. */
    public static ProcessPoolStrategy cold(int workers) {
        return new ProcessPoolStrategy(COLD, workers, true, WorkerOptions.fromSystemProperties());
    }

    private WorkerPool startPool() {
        try {
            return WorkerPool.start(name, workers, options);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + workers + " " + name + " worker JVM(s): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + name + " workers", e);
        }
    }

    @Override
    public long runBatch(Task task, int batch) throws Exception {
        TaskSpec spec = task.spec();
        if (!spec.equals(checked)) {
            if (TaskType.find(spec.task()).isEmpty()) {
                throw new IllegalArgumentException(name + " runs catalogue tasks only (workers recreate them"
                        + " from task, weight and seed); '" + spec.task() + "' is not one of: " + TaskType.ids());
            }
            checked = spec;
        }
        if (!cold) {
            if (pool == null) {
                throw new IllegalStateException(name + " is closed");
            }
            return pool.runBatch(spec, batch);
        }
        try (WorkerPool fresh = WorkerPool.start(name, workers, options)) {
            lastPool = fresh;
            return fresh.runBatch(spec, batch);
        }
    }

    /** How many tasks each worker (by pid) ran in the last batch: p entries, one per worker JVM. */
    public Map<Long, Integer> tasksPerWorker() {
        return lastPool == null ? Map.of() : lastPool.tasksPerWorker();
    }

    /** Pids of the live pool's worker JVMs; empty when cold (workers live only inside a batch) or closed. */
    public List<Long> workerPids() {
        return pool == null ? List.of() : pool.pids();
    }

    /** Each worker's window of tasks sent ahead (see {@code breakeven.process.prefetch}). */
    List<Integer> windows() {
        return lastPool == null ? List.of() : lastPool.windows();
    }

    /** Lets a test pause the warm pool's dispatchers at fixed points (see {@link DispatchHooks}). */
    void dispatchHooks(DispatchHooks hooks) {
        if (pool == null) {
            throw new IllegalStateException(name + " has no live pool to hook (cold, or closed)");
        }
        pool.hooks(hooks);
    }

    /** The id in the workers' {@code -Dbreakeven.worker=ID/NUMBER} marker, for finding them in a process table. */
    public String poolId() {
        return lastPool == null ? "" : lastPool.id();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}

package dev.breakeven.strategies.process;

import dev.breakeven.tasks.TaskFailedException;
import dev.breakeven.tasks.TaskSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;

/**
 * p worker JVMs and one dispatcher thread per worker in the parent. A batch is spread dynamically, like
 * {@code Pool.map(f, args, chunksize=1)}: each dispatcher takes the next index from a shared counter, sends
 * it to its worker, waits for the checksum, and takes the next; a fast worker simply runs more tasks.
 * With a prefetch of k (default 2) a dispatcher keeps k or more tasks in flight, so the worker finds its
 * next task already in its pipe instead of waiting a round trip for it (see {@link #drain}).
 */
final class WorkerPool implements AutoCloseable {

    /** Most tasks in flight per worker that the adaptive window grows to (unless prefetch asks for more). */
    static final int MAX_WINDOW = 16;

    private final String strategy;
    private final String id;
    private final WorkerOptions options;
    private final WorkerProcess[] workers;
    private final ExecutorService dispatchers;
    private final byte[] payload;
    private final int payloadCrc;
    private final int prefetch;
    private final int maxWindow;
    private volatile DispatchHooks hooks = DispatchHooks.NONE;

    private WorkerPool(String strategy, int size, WorkerOptions options) {
        this.strategy = strategy;
        this.id = UUID.randomUUID().toString();
        this.options = options;
        this.workers = new WorkerProcess[size];
        AtomicInteger n = new AtomicInteger();
        this.dispatchers = Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, strategy + "-dispatcher-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // One payload for every task: what is measured is carrying it, not generating it.
        this.payload = new byte[options.payloadBytes()];
        new SplittableRandom(TaskSpec.DEFAULT_SEED).nextBytes(payload);
        CRC32 crc = new CRC32();
        crc.update(payload);
        this.payloadCrc = payload.length == 0 ? 0 : (int) crc.getValue();
        this.prefetch = options.prefetch();
        this.maxWindow = prefetch == 1 ? 1 : Math.max(prefetch, MAX_WINDOW);
    }

    /** Starts {@code size} workers and waits until every one has said hello. */
    static WorkerPool start(String strategy, int size, WorkerOptions options) throws IOException, InterruptedException {
        WorkerPool pool = new WorkerPool(strategy, size, options);
        try {
            for (int i = 0; i < size; i++) {
                pool.workers[i] = WorkerProcess.start(options, pool.id, i + 1);
            }
            for (WorkerProcess w : pool.workers) {
                w.awaitHello(); // the JVMs start in parallel; this waits for the slowest
            }
            return pool;
        } catch (IOException | InterruptedException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The id on every worker's command line ({@code -Dbreakeven.worker=ID/NUMBER}). */
    String id() {
        return id;
    }

    int size() {
        return workers.length;
    }

    List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        for (WorkerProcess w : workers) {
            pids.add(w.pid());
        }
        return pids;
    }

    /** Each worker's current window: how many tasks its dispatcher may send ahead. */
    List<Integer> windows() {
        List<Integer> windows = new ArrayList<>();
        for (WorkerProcess w : workers) {
            windows.add(w.window());
        }
        return windows;
    }

    /** Tasks each worker (by pid) ran in the last batch. */
    Map<Long, Integer> tasksPerWorker() {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (WorkerProcess w : workers) {
            counts.put(w.pid(), w.tasksRun());
        }
        return counts;
    }

    /**
     * Runs tasks {@code 0 .. batch-1} of {@code spec} over the workers and returns the sum of checksums. On
     * the first failure no new tasks are handed out; the tasks already running finish, then it is thrown.
     */
    long runBatch(TaskSpec spec, int batch) throws IOException, InterruptedException {
        replaceBroken();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Future<Long>> parts = new ArrayList<>(workers.length);
        for (WorkerProcess w : workers) {
            parts.add(dispatchers.submit(() -> drain(w, spec, batch, next, failure)));
        }
        long sum = 0;
        try {
            for (Future<Long> part : parts) {
                sum += part.get();
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, new IllegalStateException("interrupted")); // stop handing out tasks
            throw e;
        } catch (ExecutionException e) {
            failure.compareAndSet(null, new IllegalStateException("dispatcher failed"));
            throw new IllegalStateException(strategy + " dispatcher failed: " + e.getCause(), e.getCause());
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        return sum;
    }

    /**
     * One dispatcher's loop: keeps up to the worker's window of tasks in flight, taking each new index from
     * the shared counter as a reply comes back. After a failure it sends nothing more but still reads the
     * replies it is owed, so the worker's pipe stays in step for the next batch.
     *
     * <p>The window starts at the configured prefetch and doubles (up to {@value #MAX_WINDOW}) while the
     * worker reports that it ran dry, i.e. tasks are shorter than the parent's round trip; a worker busy
     * with long tasks never runs dry and keeps the small window. Near the end of a batch the tasks in flight
     * shrink to what leaves the other workers as much (guided self-scheduling): with r tasks left, a
     * dispatcher that has c in flight sends another only if r &ge; p(c+1), so the last tasks go to whichever
     * worker is free first.
     */
    private long drain(WorkerProcess w, TaskSpec spec, int batch, AtomicInteger next,
                       AtomicReference<RuntimeException> failure) {
        synchronized (w) { // a dispatcher left over from an interrupted batch finishes before the next one starts
            w.resetCount();
            if (!spec.equals(w.bound())) {
                w.window(prefetch);
            }
            DispatchHooks hooks = this.hooks;
            InFlight inFlight = new InFlight(maxWindow);
            boolean firstFlush = true;
            long sum = 0;
            try {
                while (true) {
                    boolean windowFull = false;
                    while (failure.get() == null) {
                        int remaining = batch - next.get();
                        int sent = inFlight.size();
                        if (remaining <= 0 || (sent > 0 && remaining < workers.length * (sent + 1))) {
                            break;
                        }
                        if (sent >= w.window()) {
                            windowFull = true;
                            break;
                        }
                        int index = next.getAndIncrement();
                        if (index >= batch) {
                            break;
                        }
                        w.send(spec, index, payload, strategy, workers.length);
                        inFlight.add(index);
                    }
                    if (inFlight.isEmpty()) {
                        return sum;
                    }
                    w.flush(spec, inFlight.newest(), strategy, workers.length);
                    if (firstFlush) {
                        firstFlush = false;
                        hooks.firstTasksSent(w);
                    }
                    int oldest = inFlight.removeOldest();
                    try {
                        sum += w.receive(spec, oldest, payloadCrc, strategy, workers.length);
                        w.window(nextWindow(w.window(), windowFull, w.ranDry(), maxWindow));
                    } catch (TaskFailedException e) {
                        failure.compareAndSet(null, e);
                        if (w.isBroken()) {
                            return sum;
                        }
                    }
                    hooks.beforeRefill(w, inFlight.size());
                }
            } catch (TaskFailedException e) { // the pipe broke while sending
                failure.compareAndSet(null, e);
            } catch (InterruptedException e) {
                failure.compareAndSet(null, new IllegalStateException(strategy + " dispatcher interrupted", e));
            }
            return sum;
        }
    }

    /**
     * A worker's window after a reply: doubled, up to {@code max}, when the dispatcher had filled the window
     * and the worker still ran dry (its tasks are shorter than a parent round trip); otherwise unchanged, so
     * a worker busy with long tasks keeps the small window it started with.
     */
    static int nextWindow(int window, boolean wasFull, boolean ranDry, int max) {
        return wasFull && ranDry ? Math.max(window, Math.min(max, 2 * window)) : window;
    }

    /** Lets a test pause dispatchers at fixed points (see {@link DispatchHooks}); sweeps never call it. */
    void hooks(DispatchHooks hooks) {
        this.hooks = hooks;
    }

    /** Replaces workers that died or broke off a round trip (like Pool's maintenance of its workers). */
    private void replaceBroken() throws IOException, InterruptedException {
        for (int i = 0; i < workers.length; i++) {
            WorkerProcess w = workers[i];
            synchronized (w) {
                if (w.isBroken()) {
                    w.kill();
                    WorkerProcess fresh = WorkerProcess.start(options, id, i + 1);
                    workers[i] = fresh;
                    fresh.awaitHello();
                }
            }
        }
    }

    /** Asks every worker to exit (closes its stdin), then waits for all; destroys any that linger. */
    @Override
    public void close() {
        dispatchers.shutdownNow();
        for (WorkerProcess w : workers) {
            if (w != null) {
                w.requestExit();
            }
        }
        for (WorkerProcess w : workers) {
            if (w != null) {
                w.awaitExit();
            }
        }
    }
}

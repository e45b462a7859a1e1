package dev.breakeven.strategies;

import dev.breakeven.tasks.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * An {@link ExecutorService} of p platform threads, one submission per task (multiprocessing.Pool.map with
 * chunksize 1). Warm: the pool lives for the whole trial. Cold ({@code fixed-pool-cold}): the pool is
 * created and shut down inside every batch, the {@code with Pool() as pool:} pattern.
 */
final class FixedPoolStrategy implements Strategy {

    private final String name;
    private final int workers;
    private final boolean cold;
    private ExecutorService pool;

    FixedPoolStrategy(String name, int workers, boolean cold) {
        this.name = name;
        this.workers = workers;
        this.cold = cold;
        this.pool = cold ? null : newPool();
    }

    private ExecutorService newPool() {
        return Executors.newFixedThreadPool(workers, NamedThreads.platform(name));
    }

    @Override
    public long runBatch(Task task, int batch) throws InterruptedException {
        if (!cold) {
            return runOn(pool, task, batch);
        }
        ExecutorService fresh = newPool();
        try {
            return runOn(fresh, task, batch);
        } finally {
            shutdown(fresh);
        }
    }

    private long runOn(ExecutorService executor, Task task, int batch) throws InterruptedException {
        List<Future<Long>> futures = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            int index = i;
            futures.add(executor.submit(() -> Traced.run(task, index, name, workers)));
        }
        return Traced.sum(futures);
    }

    private static void shutdown(ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
            executor.shutdownNow();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }
}

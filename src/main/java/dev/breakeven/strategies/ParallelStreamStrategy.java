package dev.breakeven.strategies;

import dev.breakeven.tasks.Task;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * {@code IntStream.range(0, batch).parallel()} submitted to a {@code ForkJoinPool(p)}, so the stream runs
 * on exactly p workers instead of the common pool (which would silently ignore the worker count).
 */
final class ParallelStreamStrategy implements Strategy {

    private static final String NAME = "parallel-stream";

    private final int workers;
    private final ForkJoinPool pool;

    ParallelStreamStrategy(int workers) {
        this.workers = workers;
        this.pool = NamedThreads.forkJoinPool(NAME, workers);
    }

    @Override
    public long runBatch(Task task, int batch) throws InterruptedException {
        try {
            return pool.submit(() -> IntStream.range(0, batch).parallel()
                    .mapToLong(i -> Traced.run(task, i, NAME, workers))
                    .sum()).get();
        } catch (ExecutionException e) {
            throw Traced.unwrap(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

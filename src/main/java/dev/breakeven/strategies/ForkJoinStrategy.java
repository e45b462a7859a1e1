package dev.breakeven.strategies;

import dev.breakeven.tasks.Task;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/** {@code ForkJoinPool(p)} with recursive halving of the batch down to single tasks; idle workers steal. */
final class ForkJoinStrategy implements Strategy {

    private static final String NAME = "fork-join";

    private final int workers;
    private final ForkJoinPool pool;

    ForkJoinStrategy(int workers) {
        this.workers = workers;
        this.pool = NamedThreads.forkJoinPool(NAME, workers);
    }

    @Override
    public long runBatch(Task task, int batch) {
        return pool.invoke(new Split(task, 0, batch));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private final class Split extends RecursiveTask<Long> {
        private final Task task;
        private final int from;
        private final int to;

        Split(Task task, int from, int to) {
            this.task = task;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from == 1) {
                return Traced.run(task, from, NAME, workers);
            }
            int mid = (from + to) >>> 1;
            Split left = new Split(task, from, mid);
            left.fork();
            long right = new Split(task, mid, to).compute();
            return right + left.join();
        }
    }
}

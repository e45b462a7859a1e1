package dev.breakeven.strategies;

import dev.breakeven.tasks.Task;

/** A plain loop on the calling thread, no pool: the baseline every speedup is measured against. */
final class SequentialStrategy implements Strategy {

    private static final String NAME = "sequential";

    @Override
    public long runBatch(Task task, int batch) {
        long sum = 0;
        for (int i = 0; i < batch; i++) {
            sum += Traced.run(task, i, NAME, 1);
        }
        return sum;
    }

    @Override
    public void close() {
    }
}

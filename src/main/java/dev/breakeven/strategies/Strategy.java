package dev.breakeven.strategies;

import dev.breakeven.tasks.Task;

/**
 * One way of spreading a batch of tasks over a fixed number of workers. Created (pool started) once per
 * trial by {@link StrategyType#create}, outside the measured code, unless start-up is what it measures.
 */
public interface Strategy extends AutoCloseable {

    /**
     * Runs tasks {@code 0 .. batch-1} and returns the wrapping sum of their checksums, which is the same
     * under every strategy and worker count.
     *
     * @throws dev.breakeven.tasks.TaskFailedException if a task throws: it names the task, index, strategy,
     *                                                 worker count and thread, with the task's own trace
     */
    long runBatch(Task task, int batch) throws Exception;

    /** Stops the workers and waits for them; idempotent. */
    @Override
    void close();
}

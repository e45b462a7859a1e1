package dev.breakeven.tasks;

/**
 * One catalogue task prepared at one weight: {@link #run(int)} does task number {@code index} of a batch.
 *
 * <p>Inputs are generated when the task is created (outside any measured code) from the spec's seed, so
 * the JIT cannot constant-fold them. {@code run} is thread-safe and its checksum depends only on
 * (task, weight, seed, index): every strategy and worker count must produce the same batch checksum.
 */
public interface Task extends AutoCloseable {

    /** What this task is: catalogue name, weight in the task's work units, and seed. */
    TaskSpec spec();

    /**
     * Runs task number {@code index} and returns its checksum.
     *
     * @throws Exception whatever the work throws; strategies report it with {@link TaskFailedException}
     */
    long run(int index) throws Exception;

    /** Releases what {@link TaskType#create} acquired (temporary files, servers); idempotent. */
    @Override
    default void close() throws Exception {
    }
}

package dev.breakeven.tasks;

/**
 * Everything needed to recreate a task in another thread or another JVM.
 *
 * @param task   catalogue name, e.g. {@code arithmetic}
 * @param weight amount of work per task in the task's own unit (not time)
 * @param seed   seed of the generated inputs
 */
public record TaskSpec(String task, long weight, long seed) implements java.io.Serializable {

    /** The default seed of every sweep; any value works, it only has to be the same everywhere. */
    public static final long DEFAULT_SEED = 0x5EEDL;

    @Override
    public String toString() {
        return task + " weight " + weight;
    }
}

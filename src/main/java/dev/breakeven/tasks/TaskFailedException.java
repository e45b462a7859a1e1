package dev.breakeven.tasks;

/**
 * A task threw while a strategy ran it: names the task, weight, index, strategy, worker count and thread.
 *
 * <p>It carries the task's own stack trace (not the pool's), so the first frames printed are the task's;
 * the original exception stays available as the cause.
 */
public final class TaskFailedException extends RuntimeException {

    private final TaskSpec spec;
    private final int index;

    public TaskFailedException(TaskSpec spec, int index, String strategy, int workers, String thread,
                               Throwable cause) {
        super(String.format("task %s, weight %d, index %d failed under %s with %d worker%s on thread %s: %s",
                spec.task(), spec.weight(), index, strategy, workers, workers == 1 ? "" : "s", thread,
                cause), cause);
        this.spec = spec;
        this.index = index;
        setStackTrace(cause.getStackTrace());
    }

    public TaskSpec spec() {
        return spec;
    }

    public int index() {
        return index;
    }
}

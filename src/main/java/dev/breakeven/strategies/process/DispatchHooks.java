package dev.breakeven.strategies.process;

/**
 * Two points in a dispatcher's loop ({@link WorkerPool}) where a test can stop and wait, so that what it
 * checks does not depend on how the operating system schedules threads and processes: for example, kill a
 * worker once it certainly has tasks, or let every worker answer before more are sent (a slow parent, so
 * the worker runs dry). A sweep uses {@link #NONE}, which does nothing.
 */
interface DispatchHooks {

    DispatchHooks NONE = new DispatchHooks() {
    };

    /** Called once per batch by each dispatcher, after its first tasks are written to {@code worker}. */
    default void firstTasksSent(WorkerProcess worker) throws InterruptedException {
    }

    /**
     * Called after each reply is read and before the dispatcher sends more; {@code inFlight} tasks are still
     * unanswered.
     */
    default void beforeRefill(WorkerProcess worker, int inFlight) throws InterruptedException {
    }
}

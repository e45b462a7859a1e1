package dev.breakeven.sweep;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The last resort against a hung fork: JMH waits for ever for a fork whose task or strategy ignores interrupts
 * (the in-fork watchdog covers plug-in tasks only), so a fork still running at its deadline is killed here,
 * with every process it started (a process pool's workers), and the sweep goes on.
 */
final class ForkDeadline {

    /** What JMH's fork JVMs have on their command line. */
    static final String FORK_MAIN = "org.openjdk.jmh.runner.ForkedMain";

    private ForkDeadline() {
    }

    /**
     * {@code run}'s result, or a {@link TimeoutException} after {@code limit}, once this JVM's forks and their
     * workers are killed; an exception {@code run} throws is rethrown as it is.
     */
    static <T> T runOrKill(Callable<T> run, Duration limit) throws Exception {
        FutureTask<T> task = new FutureTask<>(run);
        Thread thread = new Thread(task, "breakeven-fork-runner");
        thread.setDaemon(true);
        thread.start();
        try {
            try {
                return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                killForks();
                try {
                    task.get(30, TimeUnit.SECONDS); // JMH notices the dead fork and returns
                } catch (ExecutionException | TimeoutException ignored) {
                    // the fork's failure is the timeout
                }
                throw e;
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killForks();
            throw new IllegalStateException("interrupted while a fork ran", e);
        }
    }

    /** Kills this JVM's JMH forks (there is one at a time) and every process they started. */
    static void killForks() {
        ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains(FORK_MAIN))
                .forEach(fork -> {
                    fork.descendants().forEach(ProcessHandle::destroyForcibly);
                    fork.destroyForcibly();
                });
    }
}

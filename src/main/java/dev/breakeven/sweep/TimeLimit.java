package dev.breakeven.sweep;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs tasks in the sweep's own JVM (the check, the calibration) on a daemon thread, waiting at most a given
 * time: a hung plug-in task then stops the sweep with a one-line error instead of hanging it.
 */
final class TimeLimit {

    private TimeLimit() {
    }

    /**
     * What {@code body} returns, or what it throws.
     *
     * @throws TimeoutException it was still running after {@code limit} (it is interrupted and left behind)
     */
    static <T> T call(Duration limit, String what, Callable<T> body) throws Exception {
        FutureTask<T> future = new FutureTask<>(body);
        Thread thread = new Thread(future, "breakeven-" + what);
        thread.setDaemon(true);
        thread.start();
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        } catch (TimeoutException e) {
            thread.interrupt();
            throw e;
        }
    }
}

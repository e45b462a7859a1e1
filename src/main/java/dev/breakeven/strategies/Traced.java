package dev.breakeven.strategies;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskFailedException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Runs one task on the current worker so that a failure names task, index, strategy, workers and thread. */
final class Traced {

    private Traced() {
    }

    static long run(Task task, int index, String strategy, int workers) {
        try {
            return task.run(index);
        } catch (TaskFailedException e) {
            throw e;
        } catch (Exception | Error e) {
            Thread current = Thread.currentThread();
            String thread = current.getName().isEmpty() ? current.toString() : current.getName();
            throw new TaskFailedException(task.spec(), index, strategy, workers, thread, e);
        }
    }

    /**
     * Waits for every future and returns the sum of their checksums; on the first failure cancels the rest
     * and throws the task's own failure.
     */
    static long sum(List<Future<Long>> futures) throws InterruptedException {
        long sum = 0;
        try {
            for (Future<Long> f : futures) {
                sum += f.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw unwrap(e);
        }
        return sum;
    }

    /** The task's own failure from a pool's wrapper, so callers never see an ExecutionException. */
    static RuntimeException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}

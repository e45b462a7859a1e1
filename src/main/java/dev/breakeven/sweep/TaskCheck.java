package dev.breakeven.sweep;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskTimeout;
import dev.breakeven.tasks.TaskType;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

/**
 * The guide's remedy for "which of many workers failed?": before the sweep, run each selected task once,
 * sequentially, with a single argument (index 0 at its smallest planned weight), in this JVM. A task that
 * fails here stops the sweep before any time is spent, with the task's own error; one that runs past
 * {@code --task-timeout} stops it too.
 */
final class TaskCheck {

    private TaskCheck() {
    }

    /**
     * Runs the check, each task given at most {@code limit} to be created and run; returns normally if every
     * task ran, else throws naming the task and its error.
     */
    static void run(List<Point> plan, Duration limit, PrintStream out) throws SweepInputException {
        Map<String, Long> smallest = new TreeMap<>();
        plan.forEach(p -> smallest.merge(p.task(), p.weight(), Math::min));
        out.print("Checking each task once, sequentially, before the sweep:");
        for (Map.Entry<String, Long> e : smallest.entrySet()) {
            out.print(" " + e.getKey());
            out.flush();
            TaskType type = TaskType.byId(e.getKey());
            try {
                TimeLimit.call(limit, "check", () -> {
                    try (Task task = type.create(e.getValue(), TaskSpec.DEFAULT_SEED)) {
                        return task.run(0);
                    }
                });
            } catch (TimeoutException timeout) {
                out.println(" TIMED OUT");
                throw new SweepInputException("check failed: " + TaskTimeout.reason(new TaskSpec(e.getKey(),
                        e.getValue(), TaskSpec.DEFAULT_SEED), "index 0 (run alone on one thread)", limit.toMillis())
                        + ", or skip this check with --no-check");
            } catch (Exception | Error failure) {
                out.println(" FAILED");
                throw new SweepInputException("check failed: task " + e.getKey() + " (weight " + e.getValue()
                        + ", index 0, run alone on one thread) threw " + failure
                        + "; fix the task, or skip this check with --no-check");
            }
        }
        out.println(" ... all ran.");
    }
}

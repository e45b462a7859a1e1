package dev.breakeven.sweep;

import dev.breakeven.tasks.Task;
import dev.breakeven.tasks.TaskSpec;
import dev.breakeven.tasks.TaskType;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How long one task takes at each planned weight, run alone on one thread in this JVM: what the plan's time
 * estimate needs to know before anything is measured. A rough figure (the JIT is barely warm), used only to
 * size the sweep, never reported as a result.
 */
final class Calibration {

    /** Keep timing a weight until this much time has passed (or {@link #MAX_RUNS} runs). */
    private static final long TARGET_NANOS = 20_000_000;
    private static final int MAX_RUNS = 50;

    private final Map<String, Double> secondsPerTask;
    private final double forkSeconds;

    private Calibration(Map<String, Double> secondsPerTask, double forkSeconds) {
        this.secondsPerTask = Map.copyOf(secondsPerTask);
        this.forkSeconds = forkSeconds;
    }

    /** Fixed per-task times and the plan's constant fork cost, for tests and for planning without measuring. */
    static Calibration of(Map<String, Double> secondsPerTask) {
        return new Calibration(secondsPerTask, ForkCost.FORK_SECONDS);
    }

    /** The same task times with a fork's own cost measured on this machine ({@link ForkProbe}). */
    Calibration withForkSeconds(double seconds) {
        return new Calibration(secondsPerTask, seconds);
    }

    /** Seconds a fork costs beyond its iterations: measured, or {@link ForkCost#FORK_SECONDS}. */
    double forkSeconds() {
        return forkSeconds;
    }

    /** Warm-up of each task's code at its lightest weight before timing, so the JIT has compiled it. */
    private static final long WARMUP_NANOS = 200_000_000;

    /** Times each (task, weight) of the plan, each task given at most {@code taskLimit} to run; prints one line. */
    static Calibration measure(List<Point> plan, java.time.Duration taskLimit, PrintStream out)
            throws SweepInputException {
        Map<String, java.util.TreeSet<Long>> weights = new java.util.LinkedHashMap<>();
        plan.forEach(p -> weights.computeIfAbsent(p.task(), t -> new java.util.TreeSet<>()).add(p.weight()));
        Map<String, Double> times = new HashMap<>();
        out.print("Timing one task per weight, to plan the sweep's time ...");
        out.flush();
        for (Map.Entry<String, java.util.TreeSet<Long>> e : weights.entrySet()) {
            time(e.getKey(), e.getValue().first(), WARMUP_NANOS, taskLimit);
            for (long w : e.getValue()) {
                times.put(key(e.getKey(), w), time(e.getKey(), w, TARGET_NANOS, taskLimit));
            }
        }
        out.println(" done.");
        return of(times);
    }

    /**
     * Seconds per task, given at most twice {@code taskLimit} and {@code nanos} in all (a run that starts just
     * before {@code nanos} is up may take a whole limit), so a hung task stops the planning with one line.
     */
    private static double time(String task, long weight, long nanos, java.time.Duration taskLimit)
            throws SweepInputException {
        try {
            return TimeLimit.call(taskLimit.multipliedBy(2).plusNanos(nanos), "calibration",
                    () -> time(task, weight, nanos));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new SweepInputException(dev.breakeven.tasks.TaskTimeout.reason(new TaskSpec(task, weight,
                    TaskSpec.DEFAULT_SEED), "timed while the sweep was planned", taskLimit.toMillis())
                    + ", or leave it out with --tasks");
        } catch (SweepInputException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seconds per task: runs for about {@code nanos} (at least twice, the first untimed). */
    private static double time(String task, long weight, long nanos) throws SweepInputException {
        try (Task t = TaskType.byId(task).create(weight, TaskSpec.DEFAULT_SEED)) {
            long first = System.nanoTime();
            t.run(0);
            long firstNanos = System.nanoTime() - first;
            if (firstNanos >= 4 * nanos) {
                return firstNanos / 1e9;
            }
            int runs = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                t.run(1 + runs);
                runs++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < nanos && (runs < MAX_RUNS || nanos > TARGET_NANOS));
            return elapsed / 1e9 / runs;
        } catch (Exception | Error e) {
            throw new SweepInputException("task " + task + " (weight " + weight + ", run alone on one thread) threw "
                    + e + " while the sweep was being planned; fix the task, or leave it out with --tasks");
        }
    }

    /** Seconds one task of {@code task} takes at {@code weight} on one thread; interpolated log–log if unplanned. */
    double secondsPerTask(String task, long weight) {
        Double exact = secondsPerTask.get(key(task, weight));
        if (exact != null) {
            return exact;
        }
        double below = Double.NaN;
        double above = Double.NaN;
        long lo = Long.MIN_VALUE;
        long hi = Long.MAX_VALUE;
        for (Map.Entry<String, Double> e : secondsPerTask.entrySet()) {
            int slash = e.getKey().lastIndexOf('/');
            if (!e.getKey().substring(0, slash).equals(task)) {
                continue;
            }
            long w = Long.parseLong(e.getKey().substring(slash + 1));
            if (w < weight && w > lo) {
                lo = w;
                below = e.getValue();
            } else if (w > weight && w < hi) {
                hi = w;
                above = e.getValue();
            }
        }
        if (Double.isNaN(below) || Double.isNaN(above)) {
            return Double.isNaN(below) ? (Double.isNaN(above) ? 0 : above) : below;
        }
        double f = (Math.log(weight) - Math.log(lo)) / (Math.log(hi) - Math.log(lo));
        return Math.exp(Math.log(below) + f * (Math.log(above) - Math.log(below)));
    }

    private static String key(String task, long weight) {
        return task + "/" + weight;
    }
}

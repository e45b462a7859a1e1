package dev.breakeven.report.io;

import dev.breakeven.results.StrategyNames;

/**
 * One JMH result, normalised: which point it is (task, weight, strategy, workers, batch) and how long one
 * operation took, in seconds, whatever unit and mode JMH reported it in.
 *
 * <p>For benchmarks scaled over a {@code workers} {@code @Param} one operation is one whole batch done by
 * all workers, so the time is the score. For benchmarks scaled over JMH's own thread count every thread runs
 * its own operations: the time is then the per-thread time divided by the thread count (one operation's worth
 * of the machine's combined throughput), which makes {@code T(1)/T(p)} the throughput ratio in both cases.
 *
 * @param task the task's display name: the {@code task} param, or the benchmark's {@code Class.method} (its
 *     class when the method is the strategy), plus any params that are no axis in brackets
 * @param weight work per task in the task's own unit; NaN when the benchmark has no weight param
 * @param strategy the strategy param, or the benchmark method's name, or {@code default} (see {@link Axes})
 * @param workers the worker-count param, or JMH's thread count
 * @param batch tasks per operation (the {@code batch} param), 1 when there is none
 * @param seconds time per operation in seconds
 * @param secondsError uncertainty of {@code seconds} (JMH's 99.9 % half-width, converted); 0 when unknown
 * @param rawForks every measured iteration in seconds per operation, one array per JMH fork
 * @param unit the score unit JMH wrote, e.g. {@code us/op}
 * @param baseline whether this is the baseline strategy's measurement (the plain loop every speedup is
 *     measured against), as {@link Axes} recognised it or the user named it
 */
public record Measurement(String task, double weight, String strategy, int workers, int batch, String benchmark,
        String mode, boolean threadScaled, double seconds, double secondsError, double[][] rawForks, String unit,
        boolean baseline) {

    public Measurement {
        rawForks = JmhResult.copy(rawForks);
    }

    /** A measurement of breakeven's own benchmark: the baseline is {@code strategy=sequential}. */
    public Measurement(String task, double weight, String strategy, int workers, int batch, String benchmark,
            String mode, boolean threadScaled, double seconds, double secondsError, double[][] rawForks, String unit) {
        this(task, weight, strategy, workers, batch, benchmark, mode, threadScaled, seconds, secondsError, rawForks,
                unit, StrategyNames.isSequential(strategy));
    }

    @Override
    public double[][] rawForks() {
        return JmhResult.copy(rawForks);
    }

    /** Every iteration of every fork, in seconds per operation. */
    public double[] rawSeconds() {
        return java.util.Arrays.stream(rawForks).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    /** Seconds per task: the operation's time over the batch. */
    public double secondsPerTask() {
        return seconds / batch;
    }

    /** The point without its worker count: the curve this measurement belongs to. */
    public CurveKey curve() {
        return new CurveKey(task, weight, strategy, batch);
    }

    /** Identifies one curve over workers: a task at one weight and batch, spread by one strategy. */
    public record CurveKey(String task, double weight, String strategy, int batch) {
    }
}

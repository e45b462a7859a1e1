package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;

/**
 * What handing tasks to a strategy costs: {@code (T(1 worker) − T(sequential)) / batch}, at the lightest
 * weight, where the tasks themselves cost least, with the 95 % Welch interval of the difference over forks.
 *
 * @param weight the weight it was measured at, in the task's unit
 * @param nanosPerTask overhead per task in ns, with its interval (the point may be negative within noise)
 */
public record DispatchOverhead(String strategy, double weight, int batch, Estimate nanosPerTask) {

    /** Whether the overhead is measurably above zero: the whole interval is positive. */
    public boolean measurable() {
        return nanosPerTask.lower() > 0;
    }

    /** The most the overhead can be, at 95 %: the interval's upper end, never below 0. */
    public double atMostNanos() {
        return Math.max(0, nanosPerTask.upper());
    }
}

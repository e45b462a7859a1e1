package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;

/**
 * What handing tasks to a strategy costs: {@code (T(1 worker) − T(sequential)) / batch}, at the lightest
 * weight, where the tasks themselves cost least.
 *
 * @param weight the weight it was measured at, in the task's unit
 * @param nanosPerTask overhead per task in ns (may be negative within noise)
 */
public record DispatchOverhead(String strategy, double weight, int batch, Estimate nanosPerTask) {
}

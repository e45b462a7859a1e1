package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import dev.breakeven.stats.Forks;

/**
 * What a curve's speedups are relative to.
 *
 * @param kind {@link Kind#SEQUENTIAL}: the sequential loop at the same task, weight and batch;
 *     {@link Kind#ONE_WORKER}: the same strategy's own 1-worker point (no sequential loop was measured);
 *     {@link Kind#FEWEST_WORKERS}: the same strategy at its fewest workers (neither was measured)
 * @param workers the baseline's worker count
 * @param forks its measured forks, s per operation
 */
public record Baseline(Kind kind, int workers, Forks forks) {

    public enum Kind {
        SEQUENTIAL("the sequential loop"),
        ONE_WORKER("the same strategy at 1 worker (no sequential loop was measured)"),
        FEWEST_WORKERS("the same strategy at its fewest workers (no sequential or 1-worker point)");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Time per operation, s, with its 95 % interval over forks. */
    public Estimate seconds() {
        return Times.mean(forks);
    }
}

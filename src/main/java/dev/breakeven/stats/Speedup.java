package dev.breakeven.stats;

/**
 * A speedup {@code S = T_baseline / T_parallel} with its 95 % interval and the verdict it supports.
 *
 * @param estimate Fieller's two-sided 95 % interval of S ({@link Ratio#fieller})
 * @param verdict FASTER when the one-sided 95 % lower bound of S is above 1, SLOWER when the one-sided 95 %
 *     upper bound is below 1, else INDISTINGUISHABLE ({@link Verdict#of})
 */
public record Speedup(Estimate estimate, Verdict verdict) {

    /** The two-sided level of the reported interval. */
    public static final double LEVEL = 0.95;

    /** The two-sided level whose ends are one-sided 95 % bounds: what the verdict is decided on. */
    public static final double DECISION_LEVEL = 0.90;

    /**
     * Estimates the speedup of {@code parallel} over {@code baseline} (both times, e.g. seconds per
     * operation) and decides it. A case can be FASTER while its 95 % two-sided interval still reaches 1: the
     * verdict is a one-sided test, the interval a two-sided statement of size.
     */
    public static Speedup of(Forks baseline, Forks parallel) {
        Estimate interval = Ratio.fieller(baseline, parallel, LEVEL);
        Verdict verdict = Verdict.of(Ratio.fieller(baseline, parallel, DECISION_LEVEL));
        return new Speedup(interval, verdict);
    }
}

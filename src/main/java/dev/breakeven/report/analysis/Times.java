package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import dev.breakeven.stats.Forks;
import org.apache.commons.math3.distribution.TDistribution;

/** A measured time as a reader sees it: the mean of the fork means with its 95 % Student-t interval over forks. */
public final class Times {

    /** The two-sided level of every reported interval. */
    public static final double LEVEL = 0.95;

    private Times() {
    }

    /**
     * {@code mean ± t(0.975, n−1) · s/√n} over the fork means (over one fork's iterations when there is one
     * fork, and then labelled as within-fork only).
     */
    public static Estimate mean(Forks forks) {
        double mean = forks.mean();
        double se = forks.standardError();
        int df = forks.degreesOfFreedom();
        String method = "t interval over " + forks.count() + (forks.count() == 1 ? " fork (within-fork error only)" : " forks");
        if (df < 1 || !Double.isFinite(se)) {
            return Estimate.interval(mean, mean, mean, LEVEL, forks.count(), method + "; spread unknown");
        }
        double half = new TDistribution(df).inverseCumulativeProbability((1 + LEVEL) / 2) * se;
        return Estimate.interval(mean, mean - half, mean + half, LEVEL, forks.count(), method);
    }
}

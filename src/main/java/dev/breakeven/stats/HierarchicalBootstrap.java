package dev.breakeven.stats;

import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * The two-stage (hierarchical) bootstrap for benchmark data (Kalibera &amp; Jones, "Quantifying performance
 * changes with effect size confidence intervals", Univ. of Kent TR 4-12, 2012; libkalibera's
 * {@code bootstrap_quotient}; Davison &amp; Hinkley, Bootstrap Methods and their Application, 1997, ch. 3 on
 * hierarchical data): resample forks with replacement, then the iterations within each chosen
 * fork with replacement. It needs no normality and no formula for the statistic, so it also gives intervals
 * for derived figures such as the break-even weight ({@link Crossing}). Deterministic for a given seed.
 */
public final class HierarchicalBootstrap {

    /** Resamples used when none are given. */
    public static final int DEFAULT_RESAMPLES = 1000;

    /** Values beyond ±this are treated as infinite by {@link #percentile}: far from any real figure, yet finite. */
    static final double SENTINEL = 1e300;

    private HierarchicalBootstrap() {
    }

    /**
     * One two-stage resample: n forks drawn with replacement from the n forks, and within each drawn fork its
     * k iterations drawn with replacement. A single fork stays that fork, its iterations resampled.
     */
    public static Forks resample(Forks forks, SplittableRandom rng) {
        int n = forks.count();
        double[][] drawn = new double[n][];
        for (int f = 0; f < n; f++) {
            double[] fork = forks.iterationsView(rng.nextInt(n));
            double[] iterations = new double[fork.length];
            for (int i = 0; i < iterations.length; i++) {
                iterations[i] = fork[rng.nextInt(fork.length)];
            }
            drawn[f] = iterations;
        }
        return Forks.trusted(drawn);
    }

    /**
     * {@code mean(numerator) / mean(denominator)} with the bootstrap percentile interval: the (1 − L)/2 and
     * (1 + L)/2 percentiles of the ratio over {@code resamples} two-stage resamples of each arm (Davison &amp;
     * Hinkley 1997, ch. 5). The point value is the ratio of the measured means.
     *
     * @param resamples B, e.g. {@link #DEFAULT_RESAMPLES}
     * @param level two-sided confidence level, e.g. 0.95
     * @param seed fixes the resamples: the same seed gives the same interval
     */
    public static Estimate ratio(Forks numerator, Forks denominator, int resamples, double level, long seed) {
        StudentT.checkLevel(level);
        checkResamples(resamples);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] ratios = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            ratios[r] = resample(numerator, rng).mean() / resample(denominator, rng).mean();
        }
        return Estimate.interval(numerator.mean() / denominator.mean(), percentile(ratios, (1 - level) / 2),
                percentile(ratios, (1 + level) / 2), level, Forks.fewestForks(numerator, denominator),
                String.format(Locale.ROOT, "hierarchical bootstrap percentile, %d resamples, %s", resamples,
                        Forks.describe(numerator, denominator)));
    }

    /**
     * The p-quantile of bootstrap replicates as the (B + 1)·p-th order statistic, interpolated (Hyndman &amp;
     * Fan type 6, the bootstrap literature's choice). Values at or beyond ±{@link #SENTINEL} come back as ±∞.
     *
     * @param p between 0 and 1
     */
    static double percentile(double[] replicates, double p) {
        double q = new Percentile().withEstimationType(EstimationType.R_6).evaluate(replicates, 100 * p);
        if (q >= SENTINEL) {
            return Double.POSITIVE_INFINITY;
        }
        return q <= -SENTINEL ? Double.NEGATIVE_INFINITY : q;
    }

    static void checkResamples(int resamples) {
        if (resamples < 2) {
            throw new IllegalArgumentException("resamples " + resamples + " is too few for a percentile interval; use e.g. "
                    + DEFAULT_RESAMPLES);
        }
    }
}

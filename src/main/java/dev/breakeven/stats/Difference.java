package dev.breakeven.stats;

import java.util.Locale;

/** The difference of two arms' means, e.g. dispatch overhead: T(1 worker) − T(plain loop). */
public final class Difference {

    private Difference() {
    }

    /**
     * {@code mean(a) − mean(b)} with Welch's t interval (Welch, "The generalization of 'Student's' problem
     * when several different population variances are involved", Biometrika 34, 1947):
     * <pre>  d ± t_ν · √(se_a² + se_b²)</pre>
     * standard errors in quadrature, ν by Welch–Satterthwaite ({@link Satterthwaite}). The replicates are
     * fork means (one fork's iterations when an arm has one fork). When an arm has a single replicate the
     * interval is (−∞, +∞).
     *
     * @param level two-sided confidence level, e.g. 0.95
     * @return the difference; method e.g. {@code "Welch t, df 17.8, 10+10 forks"}, replicates the smaller
     *     arm's fork count
     */
    public static Estimate welch(Forks a, Forks b, double level) {
        StudentT.checkLevel(level);
        double d = a.mean() - b.mean();
        String arms = Forks.describe(a, b);
        int replicates = Forks.fewestForks(a, b);
        if (a.degreesOfFreedom() < 1 || b.degreesOfFreedom() < 1) {
            return Estimate.interval(d, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, level, replicates,
                    "Welch t, unbounded: an arm has a single replicate, " + arms);
        }
        double va = a.varianceOfMean();
        double vb = b.varianceOfMean();
        double df = Satterthwaite.degreesOfFreedom(new double[] {va, vb},
                new double[] {a.degreesOfFreedom(), b.degreesOfFreedom()});
        double half = StudentT.criticalValue(level, df) * standardError(va, vb);
        return Estimate.interval(d, d - half, d + half, level, replicates,
                String.format(Locale.ROOT, "Welch t, df %.1f, %s", df, arms));
    }

    /** {@code √(se_a² + se_b²)}: independent errors in quadrature. */
    static double standardError(double varianceOfMeanA, double varianceOfMeanB) {
        return Math.sqrt(varianceOfMeanA + varianceOfMeanB);
    }
}

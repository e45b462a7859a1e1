package dev.breakeven.stats;

import java.util.Locale;

/**
 * The ratio of two arms' means with a two-sided confidence interval, e.g. a speedup
 * {@code S = T_baseline / T_parallel}. The arms are independent (different forks), and each mean's error is
 * its fork-level standard error ({@link Forks#standardError()}).
 *
 * <p>Two intervals: Fieller's, exact for normal means and honest when the denominator is barely measured;
 * and the log-ratio (delta-method) interval, symmetric on a log scale, which extends to ratios of ratios.
 * They agree when relative errors are small (a few %).
 */
public final class Ratio {

    private Ratio() {
    }

    /**
     * Fieller's interval for {@code a/b}, a and b independent means (Fieller, "Some problems in interval
     * estimation", JRSS B 16, 1954): the set of θ for which {@code a − θ·b} is not distinguishable from 0,
     * <pre>  (a − θb)² ≤ t² (se_a² + θ² se_b²)</pre>
     * which, with {@code Q = a/b} and {@code g = t² se_b² / b²} ({@link #fiellerG}), is for g &lt; 1
     * <pre>  θ = [Q ± (t/|b|) √(se_a² (1 − g) + Q² se_b²)] / (1 − g)</pre>
     * t has the Welch–Satterthwaite degrees of freedom of {@code a − Q·b} ({@link #welchDegreesOfFreedom}).
     *
     * <p><b>When g ≥ 1</b> the denominator is not distinguishable from 0 at this level and the set is
     * unbounded: the upper end is +∞. For a ratio of positive means (times, rates) the lower end is the
     * larger root of the quadratic, {@code (a² − t² se_a²) / (ab + t √D)} with
     * {@code D = a² se_b² + b² se_a² − t² se_a² se_b²} (the same root as the g &lt; 1 lower end, written so
     * that it stays finite at g = 1), or 0 when that root is negative or D &lt; 0 (every positive θ is in the
     * set). For means of mixed or negative sign both ends are infinite. In all cases, a ratio of two positive
     * means cannot be negative, so a negative lower end is raised to 0.
     *
     * <p>When either arm has a single replicate (its spread is unknown), the interval is (0, +∞) for positive
     * means and (−∞, +∞) otherwise.
     *
     * @param numerator e.g. the baseline's times
     * @param denominator e.g. the parallel strategy's times
     * @param level two-sided confidence level, e.g. 0.95
     * @return the ratio with its interval; method e.g. {@code "Fieller, Welch df 5.3, 4+4 forks"}, replicates
     *     the smaller arm's fork count
     * @throws IllegalArgumentException when the denominator's mean is 0 or the level is not in (0, 1)
     */
    public static Estimate fieller(Forks numerator, Forks denominator, double level) {
        StudentT.checkLevel(level);
        double a = numerator.mean();
        double b = nonZero(denominator.mean());
        double q = a / b;
        boolean positive = a > 0 && b > 0;
        String arms = Forks.describe(numerator, denominator);
        int replicates = Forks.fewestForks(numerator, denominator);
        if (numerator.degreesOfFreedom() < 1 || denominator.degreesOfFreedom() < 1) {
            return Estimate.interval(q, positive ? 0 : Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, level,
                    replicates, "Fieller, unbounded: an arm has a single replicate, " + arms);
        }
        double va = numerator.varianceOfMean();
        double vb = denominator.varianceOfMean();
        double df = welchDegreesOfFreedom(va, numerator.degreesOfFreedom(), q * q * vb, denominator.degreesOfFreedom());
        double t = StudentT.criticalValue(level, df);
        double g = fiellerG(t, vb, b);
        String method = String.format(Locale.ROOT, "Fieller, Welch df %.1f, %s", df, arms);
        if (g < 1) {
            double half = t / Math.abs(b) * Math.sqrt(va * (1 - g) + q * q * vb);
            double lower = (q - half) / (1 - g);
            double upper = (q + half) / (1 - g);
            return Estimate.interval(q, positive ? Math.max(0, lower) : lower, upper, level, replicates, method);
        }
        String unbounded = String.format(Locale.ROOT,
                "Fieller, unbounded: the denominator is not distinguishable from 0 (g = %.2f ≥ 1), Welch df %.1f, %s",
                g, df, arms);
        if (!positive) {
            return Estimate.interval(q, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, level, replicates,
                    unbounded);
        }
        double d = a * a * vb + b * b * va - t * t * va * vb;
        double lower = d < 0 ? 0 : Math.max(0, (a * a - t * t * va) / (a * b + t * Math.sqrt(d)));
        return Estimate.interval(q, lower, Double.POSITIVE_INFINITY, level, replicates, unbounded);
    }

    /**
     * Fieller's {@code g = t² se_b² / b²}: the squared ratio of the denominator's half-width to its mean. The
     * interval is bounded only when g &lt; 1, i.e. when the denominator's own interval excludes 0.
     *
     * @param t the critical value
     * @param denominatorVariance {@code se_b²}
     * @param denominatorMean b
     */
    static double fiellerG(double t, double denominatorVariance, double denominatorMean) {
        return t * t * denominatorVariance / (denominatorMean * denominatorMean);
    }

    /**
     * Welch–Satterthwaite ν for two independent terms, {@code (v₁ + v₂)² / (v₁²/ν₁ + v₂²/ν₂)}
     * ({@link Satterthwaite}). For Fieller's pivot {@code a − Q·b} the terms are {@code se_a²} and
     * {@code Q² se_b²}; divided by a² they are the relative variances {@code (se_a/a)²} and {@code (se_b/b)²},
     * so the same ν serves the log ratio.
     */
    static double welchDegreesOfFreedom(double v1, int df1, double v2, int df2) {
        return Satterthwaite.degreesOfFreedom(new double[] {v1, v2}, new double[] {df1, df2});
    }

    /**
     * The log-ratio interval: a t interval on {@code d = ln a − ln b}, exponentiated, with the delta method's
     * <pre>  se_d² = (se_a / a)² + (se_b / b)²</pre>
     * (first-order Taylor expansion of ln; relative errors in quadrature) and the Welch–Satterthwaite ν of the
     * two relative variances ({@link #relativeVariance}). The interval is {@code exp(d ± t·se_d)}: symmetric
     * on a log scale, never negative, always bounded.
     *
     * @throws IllegalArgumentException when a mean is not positive (no logarithm) or the level is not in (0, 1)
     */
    public static Estimate logRatio(Forks numerator, Forks denominator, double level) {
        return onLogScale(level, new Forks[] {numerator}, new Forks[] {denominator}, "log ratio");
    }

    /**
     * A ratio of ratios, {@code (aNum/aDen) / (bNum/bDen)}, e.g. machine A's speedup over machine B's, on the
     * log scale: {@code d = ln aNum − ln aDen − ln bNum + ln bDen}, its variance the four relative variances
     * in quadrature (delta method),
     * <pre>  se_d² = Σ (se_i / mean_i)²</pre>
     * with the Satterthwaite ν over the four terms, and the interval {@code exp(d ± t·se_d)}.
     *
     * @throws IllegalArgumentException when a mean is not positive or the level is not in (0, 1)
     */
    public static Estimate ofRatios(Forks aNumerator, Forks aDenominator, Forks bNumerator, Forks bDenominator,
            double level) {
        return onLogScale(level, new Forks[] {aNumerator, bDenominator}, new Forks[] {aDenominator, bNumerator},
                "log ratio of ratios");
    }

    /** {@code Π up / Π down} with a t interval on its logarithm, relative variances in quadrature. */
    private static Estimate onLogScale(double level, Forks[] up, Forks[] down, String name) {
        StudentT.checkLevel(level);
        Forks[] all = new Forks[up.length + down.length];
        System.arraycopy(up, 0, all, 0, up.length);
        System.arraycopy(down, 0, all, up.length, down.length);
        double d = 0;
        for (Forks f : up) {
            d += Math.log(positive(f.mean()));
        }
        for (Forks f : down) {
            d -= Math.log(positive(f.mean()));
        }
        double value = Math.exp(d);
        String arms = Forks.describe(all);
        int replicates = Forks.fewestForks(all);
        double[] variances = new double[all.length];
        double[] dfs = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            if (all[i].degreesOfFreedom() < 1) {
                return Estimate.interval(value, 0, Double.POSITIVE_INFINITY, level, replicates,
                        name + ", unbounded: an arm has a single replicate, " + arms);
            }
            variances[i] = relativeVariance(all[i]);
            dfs[i] = all[i].degreesOfFreedom();
        }
        double se = logStandardError(variances);
        double df = Satterthwaite.degreesOfFreedom(variances, dfs);
        double half = StudentT.criticalValue(level, df) * se;
        return Estimate.interval(value, Math.exp(d - half), Math.exp(d + half), level, replicates,
                String.format(Locale.ROOT, "%s, Welch df %.1f, %s", name, df, arms));
    }

    /** {@code (se / mean)²}: the variance of {@code ln(mean)} to first order (delta method). */
    static double relativeVariance(Forks forks) {
        double r = forks.standardError() / forks.mean();
        return r * r;
    }

    /** {@code √(Σ rᵢ)}: independent relative variances combined in quadrature. */
    static double logStandardError(double[] relativeVariances) {
        double sum = 0;
        for (double r : relativeVariances) {
            sum += r;
        }
        return Math.sqrt(sum);
    }

    private static double nonZero(double mean) {
        if (mean == 0) {
            throw new IllegalArgumentException("the denominator's mean is 0: a ratio needs a non-zero denominator");
        }
        return mean;
    }

    private static double positive(double mean) {
        if (!(mean > 0)) {
            throw new IllegalArgumentException("a mean is " + mean
                    + ": a log-scale ratio needs positive means (times or rates); use Ratio.fieller otherwise");
        }
        return mean;
    }
}

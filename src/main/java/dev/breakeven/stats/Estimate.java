package dev.breakeven.stats;

/**
 * A value with its interval and how the interval was made (after BenchmarkDotNet's {@code ConfidenceInterval}
 * and criterion's {@code Estimate}): nothing downstream re-derives it.
 *
 * <p>Intervals may be asymmetric (a speedup's interval comes from a ratio of means). Values built with
 * {@link #of(double, double)} carry a symmetric {@code value ± error} of unknown level, e.g. a fit parameter
 * with its standard error.
 *
 * @param value the point estimate
 * @param lower the interval's lower end (≤ value); −∞ when unbounded
 * @param upper the interval's upper end (≥ value); +∞ when unbounded
 * @param level the two-sided confidence level, e.g. 0.95; NaN when not a confidence interval (a ± standard error)
 * @param replicates how many independent replicates (forks) the interval rests on; 0 when not known
 * @param method how it was made, e.g. {@code "Fieller, Welch df"}; empty when not known
 */
public record Estimate(double value, double lower, double upper, double level, int replicates, String method) {

    public Estimate {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            lower = value;
            upper = value;
        }
        if (lower > upper) {
            double t = lower;
            lower = upper;
            upper = t;
        }
        method = method == null ? "" : method;
    }

    /** {@code value ± error}, a symmetric interval of unknown level; an unknown error counts as 0. */
    public static Estimate of(double value, double error) {
        double e = Double.isFinite(error) ? Math.abs(error) : 0;
        return new Estimate(value, value - e, value + e, Double.NaN, 0, "");
    }

    /** An interval with its level, replicates and method. */
    public static Estimate interval(double value, double lower, double upper, double level, int replicates,
            String method) {
        return new Estimate(value, lower, upper, level, replicates, method);
    }

    public static Estimate exact(double value) {
        return of(value, 0);
    }

    /** Half the interval's width: the ± of a symmetric interval; +∞ when unbounded. */
    public double error() {
        return (upper - lower) / 2;
    }

    /** {@code error / |value|}. */
    public double relativeError() {
        return error() / Math.abs(value);
    }

    /** Whether both ends are finite. */
    public boolean bounded() {
        return Double.isFinite(lower) && Double.isFinite(upper);
    }

    /**
     * How far an independent repeat of the same measurement may land from this value, as a factor, at the
     * interval's level: for a positive value whose interval is about symmetric in log, half the interval's log
     * width is h = z·σ, two runs' log-estimates differ with standard error √2·σ, so a repeat lands within
     * exp(√2·h) = (upper / lower)^(1/√2) of this one. Two runs agree within 1.5× (at this level) only where the
     * interval is at most 1.5^√2 ≈ 1.77× wide. +∞ when the interval is unbounded or does not stay above 0.
     */
    public double repeatFactor() {
        if (!bounded() || lower <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.pow(upper / lower, 1 / Math.sqrt(2));
    }

    /** {@code this − other}: σ = √(σ_a² + σ_b²), errors in quadrature. */
    public Estimate minus(Estimate other) {
        return of(value - other.value, Math.hypot(error(), other.error()));
    }

    /** {@code this × k} for an exact k; the interval scales with it, keeping level, replicates and method. */
    public Estimate times(double k) {
        return new Estimate(value * k, lower * k, upper * k, level, replicates, method);
    }

    /** True when the whole interval lies above {@code x}. */
    public boolean isAbove(double x) {
        return lower > x;
    }

    /** True when the whole interval lies below {@code x}. */
    public boolean isBelow(double x) {
        return upper < x;
    }

    /** True when {@code x} lies inside the interval. */
    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /** True when the two intervals overlap. */
    public boolean overlaps(Estimate other) {
        return lower <= other.upper && other.lower <= upper;
    }
}

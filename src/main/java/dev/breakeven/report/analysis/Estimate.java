package dev.breakeven.report.analysis;

/**
 * A value with its uncertainty, {@code value ± error}, both in the same unit. For measured times the error is
 * JMH's 99.9 % confidence half-width; derived values carry it by first-order (linear) error propagation,
 * which assumes the inputs are independent and their relative errors small.
 *
 * @param value the best estimate
 * @param error the uncertainty, ≥ 0; 0 when none is known
 */
public record Estimate(double value, double error) {

    public Estimate {
        error = Double.isFinite(error) ? Math.abs(error) : 0;
    }

    public static Estimate of(double value, double error) {
        return new Estimate(value, error);
    }

    public static Estimate exact(double value) {
        return new Estimate(value, 0);
    }

    public double lower() {
        return value - error;
    }

    public double upper() {
        return value + error;
    }

    /** {@code error / |value|}. */
    public double relativeError() {
        return error / Math.abs(value);
    }

    /**
     * {@code this / other}: σ_q / |q| = √((σ_a/a)² + (σ_b/b)²) (first-order propagation on a ratio).
     */
    public Estimate dividedBy(Estimate other) {
        double q = value / other.value;
        double rel = Math.hypot(error / value, other.error / other.value);
        return new Estimate(q, Math.abs(q) * rel);
    }

    /** {@code this − other}: σ = √(σ_a² + σ_b²). */
    public Estimate minus(Estimate other) {
        return new Estimate(value - other.value, Math.hypot(error, other.error));
    }

    /** {@code this × k} for an exact k. */
    public Estimate times(double k) {
        return new Estimate(value * k, error * Math.abs(k));
    }

    /** True when the whole interval lies above {@code x}: larger than x beyond its uncertainty. */
    public boolean isAbove(double x) {
        return lower() > x;
    }

    /** True when the whole interval lies below {@code x}. */
    public boolean isBelow(double x) {
        return upper() < x;
    }

    /** True when the two intervals overlap: the two values are equal within noise. */
    public boolean overlaps(Estimate other) {
        return lower() <= other.upper() && other.lower() <= upper();
    }
}

package dev.breakeven.report.analysis;

/**
 * Gunther's Universal Scalability Law, {@code X(N) = λN / (1 + σ(N − 1) + κN(N − 1))} (N. J. Gunther,
 * <i>Guerrilla Capacity Planning</i>, 2007; the form usl4j fits). Amdahl's law is the case κ = 0, where σ is
 * the serial fraction.
 *
 * @param sigma σ, contention: the fraction of the work that serialises (dimensionless, ≥ 0)
 * @param kappa κ, coherency: the cost of workers keeping each other up to date (dimensionless, ≥ 0)
 * @param lambda λ, throughput of one worker without contention, in operations per second
 */
public record UslModel(double sigma, double kappa, double lambda) {

    /** Throughput at {@code n} workers, operations per second. */
    public double throughputAt(double n) {
        return lambda * n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
    }

    /**
     * The worker count of maximum throughput, {@code √((1 − σ) / κ)}; +∞ when κ = 0 (Amdahl: throughput never
     * falls, it only levels off) and NaN when σ ≥ 1.
     */
    public double peakWorkers() {
        if (sigma >= 1) {
            return Double.NaN;
        }
        return kappa <= 0 ? Double.POSITIVE_INFINITY : Math.sqrt((1 - sigma) / kappa);
    }

    /** Amdahl's speedup bound for the serial fraction σ as p → ∞: {@code 1/σ}. */
    public double amdahlLimit() {
        return sigma > 0 ? 1 / sigma : Double.POSITIVE_INFINITY;
    }
}

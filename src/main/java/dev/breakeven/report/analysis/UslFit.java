package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;

/**
 * A scalability model fitted to measured throughput, with the uncertainty of every parameter.
 *
 * <p>Uncertainties are standard errors from the fit's covariance, {@code (JᵀJ)⁻¹ · RSS / (n − k)} at the
 * optimum (as R's {@code nls} reports them). With as many worker counts as parameters the fit is exact and
 * the uncertainties are NaN: there is no residual to estimate them from.
 *
 * @param model {@code USL} or {@code Amdahl}
 * @param parameters the fitted σ, κ (0 for Amdahl) and λ (operations per second)
 * @param sigma σ with its standard error
 * @param kappa κ with its standard error (exactly 0 for Amdahl)
 * @param lambda λ in operations per second, with its standard error
 * @param peakWorkers {@code √((1 − σ)/κ)} with its delta-method standard error; +∞ when κ = 0
 * @param rSquared coefficient of determination of the throughput fit
 * @param points the number of (N, X) points fitted
 * @param degreesOfFreedom points minus parameters
 * @param atBound true when σ or κ ended on its lower bound 0
 */
public record UslFit(String model, UslModel parameters, Estimate sigma, Estimate kappa, Estimate lambda,
        Estimate peakWorkers, double rSquared, int points, int degreesOfFreedom, boolean atBound) {

    /** Fitted throughput at n workers, operations per second. */
    public double throughputAt(double n) {
        return parameters.throughputAt(n);
    }
}

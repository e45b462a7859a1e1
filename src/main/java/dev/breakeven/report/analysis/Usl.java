package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import java.util.Arrays;
import java.util.stream.DoubleStream;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * Fits the Universal Scalability Law and Amdahl's law to throughput measured at several worker counts, by
 * unweighted nonlinear least squares on {@code X(N)} (Levenberg–Marquardt), with σ and κ bounded at 0.
 *
 * <p>Minimum data: the USL has three parameters, so it needs at least {@value #USL_MIN_POINTS} distinct worker
 * counts — three would fit any three points exactly and leave nothing to judge the fit or its uncertainty by.
 * Amdahl has two (σ, λ) and is fitted from {@value #AMDAHL_MIN_POINTS} distinct worker counts: with exactly two
 * it is the Karp–Flatt serial fraction of the pair, exact, with no uncertainty (reported as NaN); a third point
 * gives it one. A laptop sweep of 1 and 2 workers still gets a serial fraction this way.
 *
 * <p>Throughput is scaled by its maximum before fitting and λ scaled back afterwards, so the fit behaves the
 * same for operations per nanosecond and per hour. The optimiser starts from a small grid of (σ, κ) guesses
 * and keeps the best, because the USL's least-squares surface has long flat valleys.
 */
public final class Usl {

    public static final int USL_MIN_POINTS = 4;
    public static final int AMDAHL_MIN_POINTS = 2;

    private static final double[] SIGMA_STARTS = {0.001, 0.05, 0.3};
    private static final double[] KAPPA_STARTS = {1e-6, 1e-4, 1e-2};

    private Usl() {
    }

    /** Fits the USL to throughput {@code x[i]} (operations per second) at {@code n[i]} workers. */
    public static FitOutcome fit(double[] n, double[] x) {
        return fit(n, x, false);
    }

    /** Fits Amdahl's law ({@code κ = 0}) to throughput {@code x[i]} at {@code n[i]} workers. */
    public static FitOutcome fitAmdahl(double[] n, double[] x) {
        return fit(n, x, true);
    }

    private static FitOutcome fit(double[] n, double[] x, boolean amdahl) {
        String model = amdahl ? "Amdahl" : "USL";
        String unusable = unusableInput(n, x, model, amdahl ? AMDAHL_MIN_POINTS : USL_MIN_POINTS);
        if (unusable != null) {
            return FitOutcome.none(unusable);
        }
        double scale = DoubleStream.of(x).max().orElse(1);
        double[] y = DoubleStream.of(x).map(v -> v / scale).toArray();
        LeastSquaresOptimizer.Optimum best = bestOfStarts(n, y, amdahl);
        if (best == null) {
            return FitOutcome.none(model + " fit did not converge");
        }
        double[] p = best.getPoint().toArray();
        double sigma = p[0];
        double kappa = amdahl ? 0 : p[1];
        int df = n.length - p.length;
        double rss = best.getCost() * best.getCost();
        double[][] cov = covariance(best, rss, df);
        double nan = Double.NaN;
        double varSigma = cov == null ? nan : cov[0][0];
        double varKappa = amdahl ? 0 : cov == null ? nan : cov[1][1];
        double covSigmaKappa = amdahl ? 0 : cov == null ? nan : cov[0][1];
        double varLambda = cov == null ? nan : cov[p.length - 1][p.length - 1];
        UslModel params = new UslModel(sigma, kappa, p[p.length - 1] * scale);
        double peak = params.peakWorkers();
        return FitOutcome.of(new UslFit(model, params, Estimate.of(sigma, Math.sqrt(varSigma)),
                Estimate.of(kappa, Math.sqrt(varKappa)), Estimate.of(params.lambda(), Math.sqrt(varLambda) * scale),
                Estimate.of(peak, peakStandardError(peak, kappa, varSigma, varKappa, covSigmaKappa)),
                rSquared(y, rss), n.length, df, sigma <= 0 || (!amdahl && kappa <= 0)));
    }

    /** Why the data cannot be fitted (too few distinct worker counts, non-positive throughput), or null. */
    private static String unusableInput(double[] n, double[] x, String model, int min) {
        if (n.length != x.length) {
            throw new IllegalArgumentException("n and x differ in length: " + n.length + " vs " + x.length);
        }
        long distinct = Arrays.stream(n).distinct().count();
        if (distinct < min) {
            return model + " needs at least " + min + " distinct worker counts, got " + distinct;
        }
        for (int i = 0; i < n.length; i++) {
            if (!(n[i] >= 1) || !(x[i] > 0) || !Double.isFinite(x[i])) {
                return model + " needs positive finite throughput at N ≥ 1";
            }
        }
        return null;
    }

    /**
     * Multi-start Levenberg–Marquardt: the least-squares surface of X(N) = λN / (1 + σ(N−1) + κN(N−1))
     * (Gunther, <i>Guerrilla Capacity Planning</i>, 2007, eq. 4.31; usl4j's {@code Model}) has long flat valleys,
     * so several (σ, κ) starts are tried, λ starting from the throughput per worker at the fewest workers;
     * the smallest residual wins. Null when no start converged.
     */
    private static LeastSquaresOptimizer.Optimum bestOfStarts(double[] n, double[] y, boolean amdahl) {
        int fewest = 0;
        for (int i = 1; i < n.length; i++) {
            if (n[i] < n[fewest]) {
                fewest = i;
            }
        }
        double lambdaStart = y[fewest] / n[fewest];
        LeastSquaresOptimizer.Optimum best = null;
        for (double s0 : SIGMA_STARTS) {
            for (double k0 : amdahl ? new double[] {0} : KAPPA_STARTS) {
                double[] start = amdahl ? new double[] {s0, lambdaStart} : new double[] {s0, k0, lambdaStart};
                try {
                    LeastSquaresOptimizer.Optimum o = optimise(n, y, start, amdahl);
                    if (best == null || o.getRMS() < best.getRMS()) {
                        best = o;
                    }
                } catch (MathIllegalStateException e) {
                    // this start did not converge; another may
                }
            }
        }
        return best;
    }

    /**
     * The parameters' covariance at the optimum, {@code (JᵀJ)⁻¹ · RSS / (n − k)} (the asymptotic covariance of
     * nonlinear least squares, as R's {@code nls} reports it: Bates &amp; Watts, <i>Nonlinear Regression
     * Analysis</i>, 1988, §2.3); null without residual degrees of freedom or when JᵀJ is singular.
     */
    private static double[][] covariance(LeastSquaresOptimizer.Optimum best, double rss, int df) {
        if (df <= 0) {
            return null;
        }
        try {
            return best.getCovariances(1e-14).scalarMultiply(rss / df).getData();
        } catch (SingularMatrixException e) {
            return null;
        }
    }

    /**
     * The standard error of the peak {@code Np = √((1 − σ)/κ)} (Gunther 2007, eq. 4.33) by the delta method:
     * ∂Np/∂σ = −1/(2κ·Np), ∂Np/∂κ = −Np/(2κ), with the σ–κ covariance. NaN when there is no finite peak (κ = 0).
     */
    static double peakStandardError(double peak, double kappa, double varSigma, double varKappa, double covSigmaKappa) {
        if (!Double.isFinite(peak) || kappa <= 0) {
            return Double.NaN;
        }
        double dSigma = -1 / (2 * kappa * peak);
        double dKappa = -peak / (2 * kappa);
        return Math.sqrt(dSigma * dSigma * varSigma + dKappa * dKappa * varKappa + 2 * dSigma * dKappa * covSigmaKappa);
    }

    /** The coefficient of determination {@code R² = 1 − RSS / TSS} of the (scaled) throughput fit. */
    private static double rSquared(double[] y, double rss) {
        double mean = DoubleStream.of(y).average().orElse(0);
        double tss = DoubleStream.of(y).map(v -> (v - mean) * (v - mean)).sum();
        return tss > 0 ? 1 - rss / tss : Double.NaN;
    }

    private static LeastSquaresOptimizer.Optimum optimise(double[] n, double[] y, double[] start, boolean amdahl) {
        MultivariateJacobianFunction model = point -> {
            double sigma = point.getEntry(0);
            double kappa = amdahl ? 0 : point.getEntry(1);
            double lambda = point.getEntry(amdahl ? 1 : 2);
            double[] value = new double[n.length];
            double[][] jacobian = new double[n.length][amdahl ? 2 : 3];
            for (int i = 0; i < n.length; i++) {
                double ni = n[i];
                double d = 1 + sigma * (ni - 1) + kappa * ni * (ni - 1);
                value[i] = lambda * ni / d;
                double dd = lambda * ni / (d * d);
                jacobian[i][0] = -dd * (ni - 1);
                if (amdahl) {
                    jacobian[i][1] = ni / d;
                } else {
                    jacobian[i][1] = -dd * ni * (ni - 1);
                    jacobian[i][2] = ni / d;
                }
            }
            return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jacobian, false));
        };
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .model(model)
                .target(y)
                .parameterValidator(v -> {
                    ArrayRealVector c = new ArrayRealVector(v);
                    c.setEntry(0, Math.max(0, c.getEntry(0)));
                    if (!amdahl) {
                        c.setEntry(1, Math.max(0, c.getEntry(1)));
                    }
                    int last = c.getDimension() - 1;
                    c.setEntry(last, Math.max(1e-12, c.getEntry(last)));
                    return c;
                })
                .lazyEvaluation(false)
                .maxEvaluations(20_000)
                .maxIterations(20_000)
                .build();
        return new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(1e-15)
                .withParameterRelativeTolerance(1e-15)
                .withOrthoTolerance(1e-15)
                .optimize(problem);
    }
}

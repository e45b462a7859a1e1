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
import org.apache.commons.math3.linear.RealMatrix;
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
        if (n.length != x.length) {
            throw new IllegalArgumentException("n and x differ in length: " + n.length + " vs " + x.length);
        }
        String model = amdahl ? "Amdahl" : "USL";
        int min = amdahl ? AMDAHL_MIN_POINTS : USL_MIN_POINTS;
        long distinct = Arrays.stream(n).distinct().count();
        if (distinct < min) {
            return FitOutcome.none(model + " needs at least " + min + " distinct worker counts, got " + distinct);
        }
        for (int i = 0; i < n.length; i++) {
            if (!(n[i] >= 1) || !(x[i] > 0) || !Double.isFinite(x[i])) {
                return FitOutcome.none(model + " needs positive finite throughput at N ≥ 1");
            }
        }
        double scale = DoubleStream.of(x).max().orElse(1);
        double[] y = DoubleStream.of(x).map(v -> v / scale).toArray();
        int nearestOne = 0;
        for (int i = 1; i < n.length; i++) {
            if (n[i] < n[nearestOne]) {
                nearestOne = i;
            }
        }
        double lambdaStart = y[nearestOne] / n[nearestOne];
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
        if (best == null) {
            return FitOutcome.none(model + " fit did not converge");
        }
        double[] p = best.getPoint().toArray();
        double sigma = p[0];
        double kappa = amdahl ? 0 : p[1];
        double lambdaScaled = p[amdahl ? 1 : 2];
        int k = p.length;
        int df = n.length - k;
        double rss = best.getCost() * best.getCost();
        double[][] cov = null;
        if (df > 0) {
            try {
                RealMatrix c = best.getCovariances(1e-14).scalarMultiply(rss / df);
                cov = c.getData();
            } catch (SingularMatrixException e) {
                cov = null;
            }
        }
        double nan = Double.NaN;
        double varSigma = cov == null ? nan : cov[0][0];
        double varKappa = cov == null || amdahl ? (amdahl ? 0 : nan) : cov[1][1];
        double covSigmaKappa = cov == null || amdahl ? (amdahl ? 0 : nan) : cov[0][1];
        double varLambda = cov == null ? nan : cov[k - 1][k - 1];
        UslModel params = new UslModel(sigma, kappa, lambdaScaled * scale);
        double peak = params.peakWorkers();
        double peakError;
        if (Double.isFinite(peak) && kappa > 0) {
            double dSigma = -1 / (2 * kappa * peak);
            double dKappa = -peak / (2 * kappa);
            peakError = Math.sqrt(dSigma * dSigma * varSigma + dKappa * dKappa * varKappa
                    + 2 * dSigma * dKappa * covSigmaKappa);
        } else {
            peakError = nan;
        }
        double mean = DoubleStream.of(y).average().orElse(0);
        double tss = DoubleStream.of(y).map(v -> (v - mean) * (v - mean)).sum();
        double r2 = tss > 0 ? 1 - rss / tss : nan;
        boolean atBound = sigma <= 0 || (!amdahl && kappa <= 0);
        return FitOutcome.of(new UslFit(model, params, Estimate.of(sigma, Math.sqrt(varSigma)),
                Estimate.of(kappa, Math.sqrt(varKappa)), Estimate.of(params.lambda(), Math.sqrt(varLambda) * scale),
                Estimate.of(peak, peakError), r2, n.length, df, atBound));
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

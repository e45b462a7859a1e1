package dev.breakeven.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UslTest {

    /** usl4j's ModelTest data (Cisco, from Baron Schwartz's book), copied with its source line. */
    private static double[][] cisco() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = UslTest.class.getResourceAsStream("/report/usl-cisco.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("workers")) {
                    continue;
                }
                String[] f = line.trim().split(",");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        }
        double[] n = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] x = rows.stream().mapToDouble(r -> r[1]).toArray();
        return new double[][] {n, x};
    }

    @Test
    void fitReproducesThePublishedCiscoFitToFourSignificantDigits() throws IOException {
        double[][] data = cisco();
        assertThat(data[0]).hasSize(32);

        UslFit fit = Usl.fit(data[0], data[1]).fit();

        // published: sigma=0.02671591 kappa=7.690945E-4 lambda=995.6486 (usl4j ModelTest); 4 significant digits
        assertThat(fit.sigma().value()).isCloseTo(0.02671591, withinPercentage(0.01));
        assertThat(fit.kappa().value()).isCloseTo(7.690945e-4, withinPercentage(0.01));
        assertThat(fit.lambda().value()).isCloseTo(995.6486, withinPercentage(0.01));
        // peak N = floor(sqrt((1 - sigma) / kappa)) = 35, X(35) = 12341.745655
        assertThat(Math.floor(fit.peakWorkers().value())).isEqualTo(35);
        assertThat(fit.throughputAt(35)).isCloseTo(12341.745655, withinPercentage(0.01));
        assertThat(fit.sigma().error()).isPositive().isLessThan(fit.sigma().value());
        assertThat(fit.kappa().error()).isPositive().isLessThan(fit.kappa().value());
        assertThat(fit.peakWorkers().error()).isPositive().isFinite();
        assertThat(fit.rSquared()).isGreaterThan(0.99);
        assertThat(fit.degreesOfFreedom()).isEqualTo(29);
    }

    @Test
    void fitDoesNotDependOnTheThroughputUnit() throws IOException {
        double[][] data = cisco();
        double[] perNanosecond = java.util.Arrays.stream(data[1]).map(v -> v * 1e-9).toArray();

        UslFit perSecond = Usl.fit(data[0], data[1]).fit();
        UslFit scaled = Usl.fit(data[0], perNanosecond).fit();

        assertThat(scaled.sigma().value()).isCloseTo(perSecond.sigma().value(), withinPercentage(1e-4));
        assertThat(scaled.kappa().value()).isCloseTo(perSecond.kappa().value(), withinPercentage(1e-4));
        assertThat(scaled.lambda().value() * 1e9).isCloseTo(perSecond.lambda().value(), withinPercentage(1e-4));
    }

    @Test
    void amdahlFitRecoversAKnownSerialFraction() {
        double sigma = 0.08;
        double lambda = 250;
        double[] n = {1, 2, 4, 8, 16, 32};
        double[] x = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            double noise = 1 + 0.002 * ((i % 2 == 0) ? 1 : -1);
            x[i] = lambda * n[i] / (1 + sigma * (n[i] - 1)) * noise;
        }

        UslFit fit = Usl.fitAmdahl(n, x).fit();

        assertThat(fit.model()).isEqualTo("Amdahl");
        assertThat(fit.sigma().value()).isCloseTo(sigma, within(0.002));
        assertThat(fit.sigma().error()).isPositive().isLessThan(0.01);
        assertThat(fit.kappa().value()).isZero();
        assertThat(fit.lambda().value()).isCloseTo(lambda, withinPercentage(1));
        assertThat(fit.peakWorkers().value()).isInfinite();
    }

    @Test
    void amdahlFromTwoPointsIsTheKarpFlattFractionWithoutUncertainty() {
        // S(2) = 1.6 → e = (1/1.6 - 1/2) / (1 - 1/2) = 0.25
        UslFit fit = Usl.fitAmdahl(new double[] {1, 2}, new double[] {100, 160}).fit();

        assertThat(fit.sigma().value()).isCloseTo(0.25, within(1e-9));
        assertThat(fit.sigma().error()).isZero();
        assertThat(fit.degreesOfFreedom()).isZero();
    }

    @Test
    void uslRefusesTooFewWorkerCountsAndSaysWhy() {
        FitOutcome outcome = Usl.fit(new double[] {1, 2, 4, 4}, new double[] {1, 2, 3, 3});

        assertThat(outcome.fitted()).isFalse();
        assertThat(outcome.reason()).contains("at least 4 distinct worker counts, got 3");
        assertThat(Usl.fitAmdahl(new double[] {2, 2}, new double[] {1, 1}).reason()).contains("at least 2");
    }

    @Test
    void uslRecoversContentionAndCoherencyOfNoiselessData() {
        UslModel truth = new UslModel(0.05, 0.002, 1e6);
        double[] n = {1, 2, 4, 8, 12, 16, 24, 32, 40};
        double[] x = java.util.Arrays.stream(n).map(truth::throughputAt).toArray();

        UslFit fit = Usl.fit(n, x).fit();

        assertThat(fit.sigma().value()).isCloseTo(0.05, withinPercentage(0.01));
        assertThat(fit.kappa().value()).isCloseTo(0.002, withinPercentage(0.01));
        assertThat(fit.peakWorkers().value()).isCloseTo(Math.sqrt(0.95 / 0.002), withinPercentage(0.01));
    }
}

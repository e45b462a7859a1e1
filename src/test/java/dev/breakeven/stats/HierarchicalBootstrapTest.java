package dev.breakeven.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HierarchicalBootstrapTest {

    /** {@code forks × iterations} normal times: mean {@code mean}, fork-to-fork sd 3 %, iteration sd 1 %. */
    static Forks normal(Random random, double mean, int forks, int iterations) {
        double[][] data = new double[forks][iterations];
        for (double[] fork : data) {
            double forkMean = mean * (1 + 0.03 * random.nextGaussian());
            Arrays.setAll(fork, i -> forkMean * (1 + 0.01 * random.nextGaussian()));
        }
        return Forks.of(data);
    }

    @Test
    void agreesWithFiellerOnNormalData() {
        Random random = new Random(42);
        Forks baseline = normal(random, 10, 30, 10);
        Forks parallel = normal(random, 4, 30, 10);

        Estimate bootstrap = HierarchicalBootstrap.ratio(baseline, parallel, 2000, 0.95, 7);
        Estimate fieller = Ratio.fieller(baseline, parallel, 0.95);

        assertThat(bootstrap.value()).isEqualTo(fieller.value());
        assertThat(bootstrap.upper() - bootstrap.lower()).isCloseTo(fieller.upper() - fieller.lower(), withinPercentage(15));
        assertThat(bootstrap.contains(fieller.value())).isTrue();
        assertThat(bootstrap.replicates()).isEqualTo(30);
        assertThat(bootstrap.method())
                .matches("hierarchical bootstrap expanded percentile, Welch df \\d+\\.\\d, 2000 resamples, 30\\+30 forks");
    }

    @ParameterizedTest(name = "{0} forks")
    @ValueSource(ints = {3, 5})
    void withFewForksTheRatioIsAboutAsWideAsFiellersAndCoversAtItsLevel(int forks) {
        // 300 simulated speedups 10/6, 3 % fork noise, 400 resamples. Measured with 3000 (1000 resamples): the
        // plain percentile interval covered 0.81 at 3 forks and 0.90 at 5, at 0.50 and 0.74 of Fieller's mean
        // width; corrected, 0.95 and 0.96 (Fieller 0.96 and 0.97), median width 0.91 and 1.00 of Fieller's.
        Random random = new Random(8);
        double truth = 10 / 6.0;
        int simulations = 300;
        int covered = 0;
        double[] widthRatios = new double[simulations];
        for (int s = 0; s < simulations; s++) {
            Forks baseline = normal(random, 10, forks, 3);
            Forks parallel = normal(random, 6, forks, 3);
            Estimate bootstrap = HierarchicalBootstrap.ratio(baseline, parallel, 400, 0.95, s);
            Estimate fieller = Ratio.fieller(baseline, parallel, 0.95);
            covered += bootstrap.contains(truth) ? 1 : 0;
            widthRatios[s] = (bootstrap.upper() - bootstrap.lower()) / (fieller.upper() - fieller.lower());
        }
        Arrays.sort(widthRatios);

        assertThat(covered / (double) simulations).isBetween(0.91, 0.99);
        assertThat(widthRatios[simulations / 2]).isBetween(0.8, 1.1);
    }

    @Test
    void theCorrectedResamplesVaryByTheUsualStandardErrorNotThePlugIn() {
        // three one-iteration forks 1, 2, 3: s² = 1, so s²/n = 1/3; the plain bootstrap's variance of the mean
        // is the plug-in (n − 1)/n · s²/n = 2/9. 40 000 resamples: the variance's relative error is about 1 %.
        Forks forks = Forks.ofMeans(1, 2, 3);
        SplittableRandom rng = new SplittableRandom(17);
        double[] plain = new double[40_000];
        double[] corrected = new double[plain.length];
        for (int r = 0; r < plain.length; r++) {
            plain[r] = HierarchicalBootstrap.resample(forks, rng).mean();
            corrected[r] = HierarchicalBootstrap.resampledMean(forks, rng);
        }

        assertThat(StatUtils.populationVariance(plain)).isCloseTo(2 / 9.0, withinPercentage(4));
        assertThat(StatUtils.populationVariance(corrected)).isCloseTo(1 / 3.0, withinPercentage(4));
        assertThat(StatUtils.mean(corrected)).isCloseTo(2, within(0.01));
    }

    @Test
    void theExpandedTailIsTheNormalTailBeyondStudentsT() {
        // α'/2 = Φ(−t_{0.975, ν}): t = 2.776445 at ν = 4, 4.302653 at ν = 2 (hand-computed Φ via erfc)
        assertThat(HierarchicalBootstrap.expandedTail(0.95, Double.POSITIVE_INFINITY)).isEqualTo(0.025, within(1e-15));
        assertThat(HierarchicalBootstrap.expandedTail(0.95, 4)).isCloseTo(0.0027478457, withinPercentage(1e-4));
        assertThat(HierarchicalBootstrap.expandedTail(0.95, 2)).isCloseTo(8.438263e-6, withinPercentage(1e-4));
        // a large ν tends to the plain percentile
        assertThat(HierarchicalBootstrap.expandedTail(0.95, 1e6)).isCloseTo(0.025, within(1e-6));
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        Random random = new Random(1);
        Forks baseline = normal(random, 10, 5, 3);
        Forks parallel = normal(random, 6, 5, 3);

        Estimate first = HierarchicalBootstrap.ratio(baseline, parallel, 500, 0.95, 99);
        Estimate again = HierarchicalBootstrap.ratio(baseline, parallel, 500, 0.95, 99);
        Estimate other = HierarchicalBootstrap.ratio(baseline, parallel, 500, 0.95, 100);

        assertThat(again).isEqualTo(first);
        assertThat(other.lower()).isNotEqualTo(first.lower());
    }

    @Test
    void resamplingDrawsForksThenIterationsWithinThem() {
        // fork values are disjoint, so every resampled fork must hold iterations of one original fork only
        Forks forks = Forks.of(new double[] {1, 2, 3}, new double[] {10, 20}, new double[] {100});
        SplittableRandom rng = new SplittableRandom(3);

        for (int r = 0; r < 200; r++) {
            Forks resampled = HierarchicalBootstrap.resample(forks, rng);
            assertThat(resampled.count()).isEqualTo(3);
            for (int f = 0; f < 3; f++) {
                double[] it = resampled.iterations(f);
                double first = it[0];
                double[] source = first < 5 ? new double[] {1, 2, 3} : first < 50 ? new double[] {10, 20} : new double[] {100};
                assertThat(it).hasSize(source.length);
                assertThat(Arrays.stream(it).allMatch(v -> Arrays.stream(source).anyMatch(s -> s == v))).isTrue();
            }
        }
    }

    @Test
    void aSingleForkIsResampledWithinItsIterations() {
        Forks one = Forks.of(new double[] {1, 2, 3, 4});
        SplittableRandom rng = new SplittableRandom(5);

        double[] means = new double[100];
        for (int r = 0; r < means.length; r++) {
            Forks resampled = HierarchicalBootstrap.resample(one, rng);
            assertThat(resampled.count()).isEqualTo(1);
            means[r] = resampled.mean();
        }
        assertThat(Arrays.stream(means).distinct().count()).isGreaterThan(1);
    }
}

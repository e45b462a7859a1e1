package dev.breakeven.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

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
        assertThat(bootstrap.method()).isEqualTo("hierarchical bootstrap percentile, 2000 resamples, 30+30 forks");
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

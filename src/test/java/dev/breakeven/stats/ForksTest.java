package dev.breakeven.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ForksTest {

    @Test
    void theForkIsTheReplicateNotTheIteration() {
        // fork means 2, 4, 6: mean 4, s = 2, se = 2/√3 = 1.154701, df = 2
        Forks forks = Forks.of(new double[] {1, 3}, new double[] {4, 4, 4}, new double[] {6});

        assertThat(forks.count()).isEqualTo(3);
        assertThat(forks.means()).containsExactly(2, 4, 6);
        assertThat(forks.mean()).isCloseTo(4, within(1e-12));
        assertThat(forks.standardError()).isCloseTo(2 / Math.sqrt(3), within(1e-12));
        assertThat(forks.degreesOfFreedom()).isEqualTo(2);
        assertThat(forks.withinForkOnly()).isFalse();
    }

    @Test
    void eachForkWeighsTheSameWhateverItsIterationCount() {
        // iterations pooled would give (1+3+10)/3 = 4.67; fork means 2 and 10 give 6
        Forks forks = Forks.of(new double[] {1, 3}, new double[] {10});

        assertThat(forks.mean()).isCloseTo(6, within(1e-12));
    }

    @Test
    void aSingleForkFallsBackOnItsIterationsAndSaysSo() {
        // iterations 9, 10, 11, 10: mean 10, s = √(2/3) = 0.816497, se = s/2 = 0.408248, df = 3
        Forks forks = Forks.of(new double[] {9, 10, 11, 10});

        assertThat(forks.withinForkOnly()).isTrue();
        assertThat(forks.mean()).isCloseTo(10, within(1e-12));
        assertThat(forks.standardError()).isCloseTo(Math.sqrt(2.0 / 3) / 2, within(1e-12));
        assertThat(forks.degreesOfFreedom()).isEqualTo(3);
        assertThat(forks.replicates()).containsExactly(9, 10, 11, 10);
    }

    @Test
    void aSingleMeasurementHasNoKnownSpread() {
        Forks forks = Forks.ofMeans(5);

        assertThat(forks.standardError()).isNaN();
        assertThat(forks.degreesOfFreedom()).isZero();
    }

    @Test
    void ofMeansMakesOneIterationPerFork() {
        Forks forks = Forks.ofMeans(8, 9, 10, 11, 12);

        assertThat(forks.count()).isEqualTo(5);
        assertThat(forks.iterations(2)).containsExactly(10);
        // s = √2.5, se = √(2.5/5) = √0.5
        assertThat(forks.standardError()).isCloseTo(Math.sqrt(0.5), within(1e-12));
    }

    @Test
    void theMeasurementsCannotBeChangedFromOutside() {
        double[] fork = {1, 2};
        Forks forks = Forks.of(fork, new double[] {3});
        fork[0] = 100;
        forks.means()[0] = 100;
        forks.iterations(0)[0] = 100;

        assertThat(forks.means()).containsExactly(1.5, 3);
    }

    @Test
    void noForksOrAnEmptyForkIsRejectedWithWhatToDo() {
        assertThatThrownBy(() -> Forks.of()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no forks");
        assertThatThrownBy(() -> Forks.of(new double[] {1}, new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fork 2 of 2 has no iterations: drop it or measure it again");
        assertThatThrownBy(() -> Forks.of(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fork 1, iteration 2 is NaN");
    }
}

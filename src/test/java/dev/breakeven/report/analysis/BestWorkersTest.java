package dev.breakeven.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.stats.Estimate;
import dev.breakeven.stats.Forks;
import java.util.List;
import org.junit.jupiter.api.Test;

class BestWorkersTest {

    /** A worker count whose forks took {@code 1/speedup} s each (baseline 1 s), spread ± {@code spread} relative. */
    private static BestWorkers.Sample s(int p, double speedup, double spread) {
        double t = 1 / speedup;
        Forks forks = Forks.ofMeans(t * (1 - spread), t, t * (1 + spread), t * (1 - spread / 2), t * (1 + spread / 2));
        return new BestWorkers.Sample(p, Estimate.exact(speedup), forks);
    }

    @Test
    void picksTheFewestWorkersNotMeasurablySlowerThanTheFastest() {
        BestWorkers b = BestWorkers.find(List.of(s(1, 0.9, 0.02), s(2, 1.8, 0.02), s(4, 3.3, 0.15), s(6, 3.5, 0.15),
                s(8, 3.45, 0.15)));

        assertThat(b.fastestWorkers()).isEqualTo(6);
        assertThat(b.workers()).isEqualTo(4);
        assertThat(b.speedup().value()).isEqualTo(3.3);
        assertThat(b.slowerBeyond()).isZero();
    }

    @Test
    void withTightForksTheFastestIsTheBest() {
        BestWorkers b = BestWorkers.find(List.of(s(1, 1, 0.001), s(2, 1.9, 0.001), s(4, 3.5, 0.001), s(8, 3.6, 0.001)));

        assertThat(b.workers()).isEqualTo(8);
    }

    @Test
    void reportsWhereMoreWorkersMakeItMeasurablySlower() {
        BestWorkers b = BestWorkers.find(List.of(s(1, 1, 0.02), s(2, 1.9, 0.02), s(4, 3.0, 0.02), s(8, 2.2, 0.02),
                s(16, 1.4, 0.02)));

        assertThat(b.workers()).isEqualTo(4);
        assertThat(b.slowerBeyond()).isEqualTo(4);
    }

    @Test
    void aDipWithinTheNoiseIsNotASlowdown() {
        BestWorkers b = BestWorkers.find(List.of(s(1, 1, 0.02), s(2, 1.9, 0.02), s(4, 2.4, 0.3), s(8, 2.2, 0.3)));

        assertThat(b.slowerBeyond()).isZero();
        assertThat(b.workers()).as("2 workers (1.9 ± 2 %) are measurably slower than 2.4").isEqualTo(4);
    }
}

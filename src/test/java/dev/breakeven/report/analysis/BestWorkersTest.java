package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BestWorkersTest {

    private static BestWorkers.Sample s(int p, double speedup, double error) {
        return new BestWorkers.Sample(p, Estimate.of(speedup, error));
    }

    @Test
    void picksTheFewestWorkersWithinNoiseOfTheFastest() {
        BestWorkers b = BestWorkers.find(List.of(s(1, 0.9, 0.05), s(2, 1.8, 0.1), s(4, 3.3, 0.2), s(6, 3.5, 0.2),
                s(8, 3.45, 0.3)));

        assertThat(b.fastestWorkers()).isEqualTo(6);
        assertThat(b.workers()).isEqualTo(4);
        assertThat(b.speedup().value()).isEqualTo(3.3);
        assertThat(b.slowerBeyond()).isZero();
    }

    @Test
    void withoutNoiseTheFastestIsTheBest() {
        BestWorkers b = BestWorkers.find(List.of(s(1, 1, 0), s(2, 1.9, 0), s(4, 3.5, 0), s(8, 3.6, 0)));

        assertThat(b.workers()).isEqualTo(8);
    }

    @Test
    void reportsWherMoreWorkersMakeItMeasurablySlower() {
        BestWorkers b = BestWorkers.find(List.of(s(1, 1, 0.05), s(2, 1.9, 0.1), s(4, 3.0, 0.1), s(8, 2.2, 0.1),
                s(16, 1.4, 0.1)));

        assertThat(b.workers()).isEqualTo(4);
        assertThat(b.slowerBeyond()).isEqualTo(4);
    }

    @Test
    void aDipWithinNoiseIsNotASlowdown() {
        BestWorkers b = BestWorkers.find(List.of(s(1, 1, 0.05), s(2, 1.9, 0.3), s(4, 2.4, 0.3), s(8, 2.2, 0.3)));

        assertThat(b.slowerBeyond()).isZero();
        assertThat(b.workers()).as("2 workers (1.9 ± 0.3) could not have measured 2.4").isEqualTo(4);
    }

    @Test
    void oneWorkerIsNotAsGoodAsTwoJustBecauseWideIntervalsOverlap() {
        BestWorkers b = BestWorkers.find(List.of(s(1, 1.06, 0.3), s(2, 1.91, 0.9), s(4, 1.98, 0.9)));

        assertThat(b.workers()).isEqualTo(2);
    }
}

package dev.breakeven.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.stats.Crossing;
import dev.breakeven.stats.Forks;
import dev.breakeven.stats.Speedup;
import dev.breakeven.stats.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The payoff rule every sentence, table and chart uses, on synthetic forks with a known crossing. */
class BreakEvenTest {

    /** Arms at weights 1, 2, 4, … 256: the loop takes w µs per task; the pool {@code parallel(w)}; 5 forks ± 2 %. */
    private static BreakEven breakEven(DoubleUnaryOperator parallel) {
        List<Crossing.Arm> arms = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (double w = 1; w <= 256; w *= 2) {
            Forks seq = forks(w);
            Forks par = forks(parallel.applyAsDouble(w));
            arms.add(new Crossing.Arm(w, seq, par, w));
            verdicts.add(Speedup.of(seq, par).verdict());
        }
        return BreakEven.find(arms, verdicts.get(0), verdicts.get(verdicts.size() - 1));
    }

    private static Forks forks(double t) {
        return Forks.ofMeans(t * 0.98, t * 0.99, t, t * 1.01, t * 1.02);
    }

    @Test
    void aCrossingInsideTheRangePaysFromThereWithABoundedInterval() {
        BreakEven b = breakEven(w -> 20 + w / 2);

        assertThat(b.payoff()).isEqualTo(BreakEven.Payoff.PAYS_FROM);
        assertThat(b.weight().value()).isBetween(32.0, 48.0);
        assertThat(b.weight().contains(40)).isTrue();
        assertThat(b.microsPerTask().value()).isEqualTo(b.weight().value(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void measurablyFasterAtTheLightestPaysEverywhere() {
        BreakEven b = breakEven(w -> w / 2);

        assertThat(b.payoff()).isEqualTo(BreakEven.Payoff.PAYS_EVERYWHERE);
        assertThat(b.lightestMicros()).isEqualTo(1);
    }

    @Test
    void slowerUpToTheHeaviestNeverPays() {
        BreakEven b = breakEven(w -> 1000 + w);

        assertThat(b.payoff()).isEqualTo(BreakEven.Payoff.NEVER_PAYS);
        assertThat(b.heaviestMicros()).isEqualTo(256);
    }

    @Test
    void aPointCrossingThatIsNotMeasurablyFasterShowsNoCrossing() {
        // the pool ends 0.5 % faster than the loop: its point speedup crosses 1, its verdict never says faster
        BreakEven b = breakEven(w -> w * (w < 100 ? 1.005 : 0.995));

        assertThat(b.payoff()).isEqualTo(BreakEven.Payoff.NO_CROSSING_SHOWN);
        assertThat(b.atHeaviest()).isEqualTo(Verdict.INDISTINGUISHABLE);
    }
}

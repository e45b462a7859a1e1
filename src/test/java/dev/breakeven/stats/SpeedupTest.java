package dev.breakeven.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpeedupTest {

    private static final Forks BASELINE = Forks.ofMeans(8, 9, 10, 11, 12);

    @Test
    void clearlyFaster() {
        Speedup s = Speedup.of(Forks.ofMeans(10, 10.1, 9.9, 10.05, 9.95), Forks.ofMeans(5, 5.05, 4.95, 5.02, 4.98));

        assertThat(s.verdict()).isEqualTo(Verdict.FASTER);
        assertThat(s.estimate().value()).isCloseTo(2, within(1e-9));
        assertThat(s.estimate().level()).isEqualTo(0.95);
        assertThat(s.estimate().isAbove(1)).isTrue();
    }

    @Test
    void clearlySlower() {
        Speedup s = Speedup.of(Forks.ofMeans(5, 5.05, 4.95, 5.02, 4.98), Forks.ofMeans(10, 10.1, 9.9, 10.05, 9.95));

        assertThat(s.verdict()).isEqualTo(Verdict.SLOWER);
        assertThat(s.estimate().isBelow(1)).isTrue();
    }

    @Test
    void overlappingArmsAreNotMeasurablyDifferent() {
        Speedup s = Speedup.of(BASELINE, Forks.ofMeans(8.5, 9.5, 10.5, 11.5, 9));

        assertThat(s.verdict()).isEqualTo(Verdict.INDISTINGUISHABLE);
        assertThat(s.verdict().label()).isEqualTo("not measurably different");
        assertThat(s.estimate().contains(1)).isTrue();
    }

    @Test
    void fasterIsAOneSidedClaimSoItsTwoSidedIntervalMayStillReachOne() {
        // S = 10/8 = 1.25, relative variances 0.005 each, ν = 8 (as in RatioTest):
        //   Fieller 90 %: 1.0365 .. 1.5075  -> the one-sided 95 % lower bound is above 1: FASTER
        //   Fieller 95 %: 0.9900 .. 1.5783  -> the two-sided 95 % interval still contains 1
        Speedup s = Speedup.of(BASELINE, Forks.ofMeans(6.4, 7.2, 8, 8.8, 9.6));

        assertThat(s.verdict()).isEqualTo(Verdict.FASTER);
        assertThat(s.estimate().lower()).isCloseTo(0.989994, within(1e-6));
        assertThat(s.estimate().contains(1)).isTrue();
        Estimate ninety = Ratio.fieller(BASELINE, Forks.ofMeans(6.4, 7.2, 8, 8.8, 9.6), Speedup.DECISION_LEVEL);
        assertThat(ninety.lower()).isCloseTo(1.036484, within(1e-6));
    }

    @Test
    void theVerdictReadsOnlyWhetherTheIntervalExcludesOne() {
        assertThat(Verdict.of(Estimate.interval(1.5, 1.01, 2, 0.9, 5, ""))).isEqualTo(Verdict.FASTER);
        assertThat(Verdict.of(Estimate.interval(0.5, 0.2, 0.99, 0.9, 5, ""))).isEqualTo(Verdict.SLOWER);
        assertThat(Verdict.of(Estimate.interval(1.2, 1, 2, 0.9, 5, ""))).isEqualTo(Verdict.INDISTINGUISHABLE);
        assertThat(Verdict.of(Estimate.interval(3, 0.5, Double.POSITIVE_INFINITY, 0.9, 5, "")))
                .isEqualTo(Verdict.INDISTINGUISHABLE);
        assertThat(Verdict.FASTER.label()).isEqualTo("faster");
        assertThat(Verdict.SLOWER.label()).isEqualTo("slower");
    }
}

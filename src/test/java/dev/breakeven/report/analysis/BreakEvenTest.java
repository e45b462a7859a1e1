package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BreakEvenTest {

    private static final double[] WEIGHTS = {400, 4_000, 40_000, 400_000};
    private static final double[] MICROS = {1, 10, 100, 1000};

    private static Estimate[] speedups(double... lowerBoundsWithError01) {
        Estimate[] s = new Estimate[lowerBoundsWithError01.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = Estimate.of(lowerBoundsWithError01[i] + 0.1, 0.1);
        }
        return s;
    }

    @Test
    void interpolatesInLogWeightBetweenTheLastLosingAndFirstWinningWeight() {
        // lower bounds: 0.5, 0.8, 1.2, 2.0 → crosses 1 half-way between 4,000 and 40,000 (in log)
        BreakEven b = BreakEven.find(WEIGHTS, speedups(0.5, 0.8, 1.2, 2.0), MICROS);

        assertThat(b.kind()).isEqualTo(BreakEven.Kind.AT);
        assertThat(b.weight()).isCloseTo(Math.sqrt(4_000.0 * 40_000.0), within(1e-6));
        assertThat(b.microsPerTask()).isCloseTo(Math.sqrt(10.0 * 100.0), within(1e-9));
    }

    @Test
    void aSpeedupAboveOneWithinItsUncertaintyDoesNotCount() {
        // at 40,000: S = 1.15 ± 0.2 — above 1, but not beyond its uncertainty
        Estimate[] s = {Estimate.of(0.5, 0.1), Estimate.of(0.9, 0.1), Estimate.of(1.15, 0.2), Estimate.of(3, 0.1)};

        BreakEven b = BreakEven.find(WEIGHTS, s, MICROS);

        assertThat(b.kind()).isEqualTo(BreakEven.Kind.AT);
        assertThat(b.weight()).isBetween(40_000.0, 400_000.0);
    }

    @Test
    void alwaysWhenItPaysAtTheLightestWeight() {
        BreakEven b = BreakEven.find(WEIGHTS, speedups(1.5, 2, 3, 4), MICROS);

        assertThat(b.kind()).isEqualTo(BreakEven.Kind.ALWAYS);
        assertThat(b.weight()).isEqualTo(400);
        assertThat(b.microsPerTask()).isEqualTo(1);
    }

    @Test
    void neverWhenItDoesNotPayAtTheHeaviestWeight() {
        BreakEven b = BreakEven.find(WEIGHTS, speedups(0.2, 0.4, 1.5, 0.9), MICROS);

        assertThat(b.kind()).isEqualTo(BreakEven.Kind.NEVER);
        assertThat(b.weight()).isEqualTo(400_000);
        assertThat(b.microsPerTask()).isEqualTo(1000);
    }

    @Test
    void aLuckyLightPointDoesNotPullTheBreakEvenDown() {
        // wins at 400 by noise, loses at 4,000, wins from 40,000 on
        BreakEven b = BreakEven.find(WEIGHTS, speedups(1.1, 0.6, 1.4, 2.0), MICROS);

        assertThat(b.kind()).isEqualTo(BreakEven.Kind.AT);
        assertThat(b.weight()).isBetween(4_000.0, 40_000.0);
    }

    @Test
    void weightsMayComeInAnyOrder() {
        double[] w = {40_000, 400, 400_000, 4_000};
        double[] us = {100, 1, 1000, 10};
        Estimate[] s = {Estimate.of(1.3, 0.1), Estimate.of(0.6, 0.1), Estimate.of(2.1, 0.1), Estimate.of(0.9, 0.1)};

        BreakEven b = BreakEven.find(w, s, us);

        assertThat(b.kind()).isEqualTo(BreakEven.Kind.AT);
        assertThat(b.weight()).isCloseTo(Math.sqrt(4_000.0 * 40_000.0), within(1e-6));
    }
}

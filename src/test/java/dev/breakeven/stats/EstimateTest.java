package dev.breakeven.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void aRepeatLandsWithinTheIntervalsWidthToThePowerOneOverRootTwo() {
        // log-symmetric: σ = 0.1 in log, 95 % half-width h = 1.96·0.1; two runs differ by √2·σ, so within e^(√2·h)
        double h = 1.959964 * 0.1;
        Estimate e = Estimate.interval(10, 10 * Math.exp(-h), 10 * Math.exp(h), 0.95, 5, "test");
        assertThat(e.repeatFactor()).isCloseTo(Math.exp(Math.sqrt(2) * h), within(1e-12)).isCloseTo(1.3194, within(1e-4));
        // quick's arithmetic, 6.6 µs (95 %: 4.7–11 µs): (11 / 4.7)^(1/√2) = 2.3404^0.70711 = 1.8245
        assertThat(Estimate.interval(6.6, 4.7, 11, 0.95, 8, "test").repeatFactor()).isCloseTo(1.8245, within(1e-4));
        // the widest interval whose runs still agree within 1.5×: 1.5^√2 = 1.7741
        assertThat(Estimate.interval(1.2, 1, Math.pow(1.5, Math.sqrt(2)), 0.95, 5, "test")
                .repeatFactor()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void anUnboundedIntervalOrOneThatReachesZeroSaysNothingAboutARepeat() {
        assertThat(Estimate.interval(6.7, 4.9, Double.POSITIVE_INFINITY, 0.95, 3, "test").repeatFactor()).isInfinite();
        assertThat(Estimate.interval(0.2, -0.1, 0.5, 0.95, 3, "test").repeatFactor()).isInfinite();
        assertThat(Estimate.exact(3).repeatFactor()).isEqualTo(1);
    }
}

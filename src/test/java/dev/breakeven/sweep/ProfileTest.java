package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void aLightPointWarmsUpInSeveralShortIterations() {
        // 16 × 50 ms: JMH's first iteration boundaries fall in the warm-up, not in the first measured iteration
        assertThat(Profile.QUICK.warmupIterationsFor(300e-6)).isEqualTo(16);
        assertThat(Profile.STANDARD.warmupIterationsFor(50e-3)).isEqualTo(16);
        assertThat(Profile.SMOKE.warmupIterationsFor(1e-3)).isZero();
    }

    @Test
    void aHeavyPointWarmsUpForAboutTheSameTimeNotSixteenOperations() {
        assertThat(Profile.QUICK.warmupIterationsFor(0.1)).isEqualTo(8);
        assertThat(Profile.QUICK.warmupIterationsFor(0.15)).isEqualTo(5);
        assertThat(Profile.QUICK.warmupIterationsFor(0.4)).isEqualTo(2);
        assertThat(Profile.QUICK.warmupIterationsFor(3.0)).isEqualTo(1);
    }

    @Test
    void aForkIsPlannedWithTheIterationsItWillRun() {
        ForkCost cost = new ForkCost(2, Profile.QUICK,
                Calibration.of(Map.of("arithmetic/1000", 2e-6, "arithmetic/4000000", 10e-3)));
        Point light = new Point("arithmetic", 1000, "sequential", 1, 48);
        Point heavy = new Point("arithmetic", 4_000_000, "sequential", 1, 48);

        assertThat(cost.warmupIterations(light)).isEqualTo(16);
        assertThat(cost.measurementIterations(light)).isEqualTo(2);
        assertThat(cost.seconds(light)).isCloseTo(ForkCost.FORK_SECONDS + 0.8 + 0.2, offset(1e-9));
        // one batch of 48 × 10 ms is 0.48 s: two warm-up operations (about 800 ms) and one measured
        assertThat(cost.warmupIterations(heavy)).isEqualTo(2);
        assertThat(cost.seconds(heavy)).isCloseTo(ForkCost.FORK_SECONDS + 3 * 0.48, offset(1e-9));
    }
}

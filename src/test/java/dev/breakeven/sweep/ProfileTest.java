package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void aLightPointWarmsUpInSeveralShortIterations() {
        // 50 ms each: JMH's first iteration boundaries fall in the warm-up, not in the first measured iteration
        assertThat(Profile.STANDARD.warmupIterationsFor(50e-3, false)).isEqualTo(12);
        assertThat(Profile.STANDARD.warmupIterationsFor(50e-3, true)).isEqualTo(24);
        assertThat(Profile.FULL.warmupIterationsFor(1e-3, true)).isEqualTo(4);
        assertThat(Profile.SMOKE.warmupIterationsFor(1e-3, true)).isZero();
    }

    @Test
    void aPoolWarmsUpTwiceAsLongAsTheLoop() {
        // 12 × 50 ms for the loop, which settles within 200 ms; 24 × 50 ms for the pool, which settles only
        // 1.3-1.4 s into a fork on two cores
        assertThat(Profile.QUICK.warmupIterationsFor(300e-6, false)).isEqualTo(12);
        assertThat(Profile.QUICK.warmupIterationsFor(300e-6, true)).isEqualTo(24);
    }

    @Test
    void aHeavyPointWarmsUpForAboutTheSameTimeNotSixteenOperations() {
        // 1.2 s for a pool, 600 ms for the loop, in whole operations
        assertThat(Profile.QUICK.warmupIterationsFor(0.1, true)).isEqualTo(12);
        assertThat(Profile.QUICK.warmupIterationsFor(0.15, true)).isEqualTo(8);
        assertThat(Profile.QUICK.warmupIterationsFor(0.4, true)).isEqualTo(3);
        assertThat(Profile.QUICK.warmupIterationsFor(3.0, true)).isEqualTo(1);
        assertThat(Profile.QUICK.warmupIterationsFor(0.1, false)).isEqualTo(6);
        assertThat(Profile.QUICK.warmupIterationsFor(3.0, false)).isEqualTo(1);
    }

    @Test
    void aForkIsPlannedWithTheIterationsItWillRun() {
        ForkCost cost = new ForkCost(2, Profile.QUICK,
                Calibration.of(Map.of("arithmetic/1000", 2e-6, "arithmetic/4000000", 10e-3)));
        Point light = new Point("arithmetic", 1000, "sequential", 1, 48);
        Point heavy = new Point("arithmetic", 4_000_000, "sequential", 1, 48);

        Point lightPool = new Point("arithmetic", 1000, "fixed-pool", 2, 48);

        assertThat(cost.warmupIterations(light)).isEqualTo(12);
        assertThat(cost.measurementIterations(light)).isEqualTo(2);
        assertThat(cost.seconds(light)).isCloseTo(ForkCost.FORK_SECONDS + 0.6 + 0.2, offset(1e-9));
        assertThat(cost.warmupIterations(lightPool)).isEqualTo(24);
        assertThat(cost.seconds(lightPool)).isCloseTo(ForkCost.FORK_SECONDS + 1.2 + 0.2, offset(1e-9));
        // one batch of 48 × 10 ms is 0.48 s: one warm-up operation (about 600 ms) and one measured
        assertThat(cost.warmupIterations(heavy)).isEqualTo(1);
        assertThat(cost.seconds(heavy)).isCloseTo(ForkCost.FORK_SECONDS + 2 * 0.48, offset(1e-9));
    }
}

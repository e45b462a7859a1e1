package dev.breakeven.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DifferenceTest {

    @Test
    void reproducesRsWelchTestOnStudentsSleepData() {
        // R's own example, ?t.test: t.test(extra ~ group, data = sleep), the sleep data of Cushny & Peebles
        // analysed by Student (Biometrika 6, 1908). R prints: t = -1.8608, df = 17.776,
        // 95 percent confidence interval: -3.3654832 0.2054832; means 0.75 and 2.33.
        Forks group1 = Forks.ofMeans(0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0);
        Forks group2 = Forks.ofMeans(1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4);

        Estimate d = Difference.welch(group1, group2, 0.95);

        assertThat(d.value()).isCloseTo(0.75 - 2.33, within(1e-12));
        assertThat(d.lower()).isCloseTo(-3.3654832, within(1e-6));
        assertThat(d.upper()).isCloseTo(0.2054832, within(1e-6));
        assertThat(d.method()).isEqualTo("Welch t, df 17.8, 10+10 forks");
        double se = Math.hypot(group1.standardError(), group2.standardError());
        assertThat(d.value() / se).isCloseTo(-1.8608, within(5e-5));
    }

    @Test
    void matchesAHandComputedInterval() {
        // a: mean 10, se² = 0.5 (4 df); b: mean 5, se² = 0.125 (4 df)
        // d = 5, se = √0.625 = 0.7905694, ν = 0.390625 / 0.06640625 = 5.882353
        // t_{0.975, 5.882353} = 2.459 (between the table's 2.571 at 5 and 2.447 at 6); 5 ∓ 1.944
        Estimate d = Difference.welch(Forks.ofMeans(8, 9, 10, 11, 12), Forks.ofMeans(4, 4.5, 5, 5.5, 6), 0.95);

        double t = StudentT.criticalValue(0.95, 5.882353);
        assertThat(t).isBetween(2.447, 2.571);
        assertThat(d.value()).isCloseTo(5, within(1e-12));
        assertThat(d.error()).isCloseTo(t * Math.sqrt(0.625), within(1e-6));
        assertThat(d.method()).isEqualTo("Welch t, df 5.9, 5+5 forks");
    }

    @Test
    void identicalMeasurementsGiveAZeroWidthInterval() {
        Estimate d = Difference.welch(Forks.ofMeans(3, 3, 3), Forks.ofMeans(1, 1), 0.95);

        assertThat(d.value()).isEqualTo(2);
        assertThat(d.lower()).isEqualTo(2);
        assertThat(d.upper()).isEqualTo(2);
    }

    @Test
    void aSingleReplicateLeavesTheDifferenceUnbounded() {
        Estimate d = Difference.welch(Forks.ofMeans(3), Forks.ofMeans(1, 1.1), 0.95);

        assertThat(d.bounded()).isFalse();
        assertThat(d.value()).isCloseTo(1.95, within(1e-12));
    }
}

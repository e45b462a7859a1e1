package dev.breakeven.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class RatioTest {

    /** Mean 10, s = √2.5, se_a² = 0.5, relative variance 0.005, 4 df. */
    private static final Forks TEN = Forks.ofMeans(8, 9, 10, 11, 12);
    /** Mean 5, s = √0.625, se_b² = 0.125, relative variance 0.005, 4 df. */
    private static final Forks FIVE = Forks.ofMeans(4, 4.5, 5, 5.5, 6);

    @Test
    void fiellerMatchesTheHandComputedInterval() {
        // Q = 10/5 = 2. Welch df with equal relative variances r = 0.005 and 4 df each:
        //   ν = (r + r)² / (r²/4 + r²/4) = 8;  t_{0.975, 8} = 2.306004 (t table)
        // g = t² se_b² / b² = 5.317655 · 0.125 / 25 = 0.0265883
        // half = t/|b| · √(se_a² (1 − g) + Q² se_b²) = 0.4612008 · √(0.5 · 0.9734117 + 4 · 0.125)
        //      = 0.4612008 · 0.9933307 = 0.4581249
        // θ = (2 ∓ 0.4581249) / 0.9734117 = 1.583991 .. 2.525267   (scipy agrees to 7 digits)
        Estimate s = Ratio.fieller(TEN, FIVE, 0.95);

        assertThat(s.value()).isCloseTo(2, within(1e-12));
        assertThat(s.lower()).isCloseTo(1.583991, within(1e-6));
        assertThat(s.upper()).isCloseTo(2.525267, within(1e-6));
        assertThat(s.level()).isEqualTo(0.95);
        assertThat(s.replicates()).isEqualTo(5);
        assertThat(s.method()).isEqualTo("Fieller, Welch df 8.0, 5+5 forks");
    }

    @Test
    void logRatioMatchesTheHandComputedInterval() {
        // ln Q = ln 2; se_d² = 0.005 + 0.005 = 0.01, se_d = 0.1; ν = 8, t = 2.306004
        // 2 · exp(∓0.2306004) = 1.588113 .. 2.518712
        Estimate s = Ratio.logRatio(TEN, FIVE, 0.95);

        assertThat(s.value()).isCloseTo(2, within(1e-12));
        assertThat(s.lower()).isCloseTo(1.588113, within(1e-6));
        assertThat(s.upper()).isCloseTo(2.518712, within(1e-6));
        assertThat(s.method()).isEqualTo("log ratio, Welch df 8.0, 5+5 forks");
    }

    @Test
    void fiellerAndLogRatioAgreeWhenRelativeErrorsAreSmall() {
        // relative standard errors about 0.5 % and 0.7 %
        Forks baseline = Forks.ofMeans(100, 101, 99, 100.5, 99.5, 100.8, 99.2);
        Forks parallel = Forks.ofMeans(50, 50.8, 49.2, 50.3, 49.7);

        Estimate fieller = Ratio.fieller(baseline, parallel, 0.95);
        Estimate log = Ratio.logRatio(baseline, parallel, 0.95);

        assertThat(log.value()).isCloseTo(fieller.value(), withinPercentage(1e-9));
        assertThat(log.lower()).isCloseTo(fieller.lower(), withinPercentage(1));
        assertThat(log.upper()).isCloseTo(fieller.upper(), withinPercentage(1));
        assertThat(log.error()).isCloseTo(fieller.error(), withinPercentage(1));
    }

    @Test
    void fiellerIsUnboundedWhenTheDenominatorIsNotDistinguishableFromZero() {
        // denominator mean 0.7 with se 0.58 and 4 df: its own 95 % interval reaches below 0, so g > 1
        Forks numerator = Forks.ofMeans(9, 10, 11, 10, 10);
        Forks denominator = Forks.ofMeans(0.1, 0.2, 3, 0.1, 0.1);

        Estimate s = Ratio.fieller(numerator, denominator, 0.95);

        assertThat(s.value()).isCloseTo(10 / 0.7, within(1e-9));
        assertThat(s.upper()).isInfinite();
        assertThat(s.bounded()).isFalse();
        assertThat(s.lower()).isBetween(0.0, s.value());
        assertThat(s.method()).startsWith("Fieller, unbounded: the denominator is not distinguishable from 0");
    }

    @Test
    void fiellersUnboundedLowerEndIsTheRootOfItsQuadratic() {
        Forks numerator = Forks.ofMeans(9, 10, 11, 10, 10);
        Forks denominator = Forks.ofMeans(0.1, 0.2, 3, 0.1, 0.1);
        Estimate s = Ratio.fieller(numerator, denominator, 0.95);
        double a = numerator.mean();
        double b = denominator.mean();
        double va = numerator.varianceOfMean();
        double vb = denominator.varianceOfMean();
        double df = Ratio.welchDegreesOfFreedom(va, 4, s.value() * s.value() * vb, 4);
        double t = StudentT.criticalValue(0.95, df);

        // the lower end θ satisfies (a − θb)² = t² (se_a² + θ² se_b²): it is on the set's boundary
        double theta = s.lower();
        assertThat(Math.pow(a - theta * b, 2)).isCloseTo(t * t * (va + theta * theta * vb), withinPercentage(1e-6));
    }

    @Test
    void aRatioOfPositiveMeansIsNeverNegative() {
        // a numerator indistinguishable from 0: Fieller's lower end would be negative
        Estimate s = Ratio.fieller(Forks.ofMeans(0.01, 1, 0.02, 2, 0.01), Forks.ofMeans(10, 10.1, 9.9), 0.95);

        assertThat(s.lower()).isZero();
        assertThat(s.upper()).isFinite();
    }

    @Test
    void anArmWithASingleReplicateGivesAnOpenInterval() {
        Estimate s = Ratio.fieller(Forks.ofMeans(10), FIVE, 0.95);

        assertThat(s.lower()).isZero();
        assertThat(s.upper()).isInfinite();
        assertThat(s.method()).contains("single replicate");
    }

    @Test
    void aSingleForkArmUsesItsIterationsAndTheMethodSaysSo() {
        Estimate s = Ratio.fieller(Forks.of(new double[] {10, 10.2, 9.8, 10.1}), FIVE, 0.95);

        assertThat(s.bounded()).isTrue();
        assertThat(s.replicates()).isEqualTo(1);
        assertThat(s.method()).contains("1+5 forks").contains("within-fork error only");
    }

    @Test
    void ofRatiosMatchesTheHandComputedInterval() {
        // (10/5) / (10/10) = 2; four relative variances of 0.005 with 4 df each:
        //   se_d = √0.02 = 0.1414214, ν = (4r)² / (4 r²/4) = 16, t_{0.975, 16} = 2.119905
        //   2 · exp(∓2.119905 · 0.1414214) = 2 · exp(∓0.2998026) = 1.481933 .. 2.699177
        Estimate s = Ratio.ofRatios(TEN, FIVE, TEN, TEN, 0.95);

        assertThat(s.value()).isCloseTo(2, within(1e-12));
        assertThat(s.lower()).isCloseTo(1.481933, within(1e-6));
        assertThat(s.upper()).isCloseTo(2.699177, within(1e-6));
        assertThat(s.method()).isEqualTo("log ratio of ratios, Welch df 16.0, 5+5+5+5 forks");
    }

    @Test
    void welchDegreesOfFreedomByHand() {
        // v₁ = 0.5 (4 df), v₂ = 0.125 (4 df): (0.625)² / (0.25/4 + 0.015625/4) = 0.390625 / 0.06640625 = 5.882353
        assertThat(Ratio.welchDegreesOfFreedom(0.5, 4, 0.125, 4)).isCloseTo(5.882353, within(1e-6));
    }

    @Test
    void aLevelGivenAsAPercentageIsRejected() {
        assertThatThrownBy(() -> Ratio.fieller(TEN, FIVE, 95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence level 95.0 is not between 0 and 1; give a fraction, e.g. 0.95 for 95 %");
    }

    @Test
    void logScaleRatiosNeedPositiveMeans() {
        assertThatThrownBy(() -> Ratio.logRatio(Forks.ofMeans(-1, -2), FIVE, 0.95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive means");
    }
}

package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScalingTest {

    @Test
    void efficiencyDividesSpeedupAndErrorByWorkers() {
        Estimate e = Scaling.efficiency(Estimate.of(6, 0.4), 8);

        assertThat(e.value()).isEqualTo(0.75);
        assertThat(e.error()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void karpFlattMatchesTheDefinition() {
        // S(4) = 3.2: e = (1/3.2 - 1/4) / (1 - 1/4) = 0.0625 / 0.75 = 0.083333...
        Estimate e = Scaling.karpFlatt(Estimate.of(3.2, 0.1), 4);

        assertThat(e.value()).isCloseTo(1.0 / 12, within(1e-12));
        // the interval maps end to end: S = 3.3 gives the lower e, S = 3.1 the upper
        assertThat(e.lower()).isCloseTo((1 / 3.3 - 0.25) / 0.75, within(1e-12));
        assertThat(e.upper()).isCloseTo((1 / 3.1 - 0.25) / 0.75, within(1e-12));
    }

    @Test
    void karpFlattOfPerfectScalingIsZeroAndOfNoScalingIsOne() {
        assertThat(Scaling.karpFlatt(Estimate.exact(8), 8).value()).isCloseTo(0, within(1e-12));
        assertThat(Scaling.karpFlatt(Estimate.exact(1), 8).value()).isCloseTo(1, within(1e-12));
    }

    @Test
    void karpFlattIsUndefinedForOneWorker() {
        assertThatThrownBy(() -> Scaling.karpFlatt(Estimate.exact(1), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void estimatesCompareBeyondTheirUncertainty() {
        assertThat(Estimate.of(1.3, 0.2).isAbove(1)).isTrue();
        assertThat(Estimate.of(1.3, 0.4).isAbove(1)).isFalse();
        assertThat(Estimate.of(2, 0.3).overlaps(Estimate.of(2.5, 0.25))).isTrue();
        assertThat(Estimate.of(2, 0.1).overlaps(Estimate.of(2.5, 0.1))).isFalse();
    }
}

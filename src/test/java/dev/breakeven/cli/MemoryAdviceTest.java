package dev.breakeven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryAdviceTest {

    private static final long GB = 1L << 30;

    @Test
    void theGuidesSixteenWorkersOfTwoGigabytesDoNotFitOnSixteenGigabytes() {
        MemoryAdvice advice = MemoryAdvice.of(16 * GB, 14 * GB, 0.20, 2 * GB, 16);
        assertThat(advice.usableBytes()).isEqualTo((long) (16 * GB * 0.8));
        assertThat(advice.fit()).isEqualTo(6);
        assertThat(advice.recommended()).isEqualTo(6);
        assertThat(advice.describe()).last().asString().contains("at most 6 workers: memory, not the 16 cores");
    }

    @Test
    void whatIsAvailableNowLimitsWhenOthersUseMemory() {
        assertThat(MemoryAdvice.of(64 * GB, 5 * GB, 0.2, GB, 40).fit()).isEqualTo(5);
    }

    @Test
    void coresLimitWhenMemoryIsPlenty() {
        MemoryAdvice advice = MemoryAdvice.of(256 * GB, 250 * GB, 0.2, GB, 40);
        assertThat(advice.recommended()).isEqualTo(40);
        assertThat(advice.describe()).last().asString().contains("at most 40 workers for CPU-bound work");
    }

    @Test
    void notEvenOneWorker() {
        assertThat(MemoryAdvice.of(8 * GB, 6 * GB, 0.2, 16 * GB, 4).describe()).last().asString()
                .contains("Not even one worker");
    }
}

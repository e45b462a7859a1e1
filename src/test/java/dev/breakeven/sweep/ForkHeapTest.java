package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkHeapTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void everyForkTouchesASmallInitialHeapBeforeItRuns() {
        assertThat(ForkHeap.flags(0, List.of())).containsExactly("-Xms128m", "-XX:+AlwaysPreTouch");
    }

    @Test
    void theInitialHeapNeverExceedsTheForkHeap() {
        assertThat(ForkHeap.flags(2048 * MIB, List.of())).containsExactly("-Xmx2048m", "-Xms128m", "-XX:+AlwaysPreTouch");
        assertThat(ForkHeap.flags(64 * MIB, List.of())).containsExactly("-Xmx64m", "-Xms64m", "-XX:+AlwaysPreTouch");
    }

    @Test
    void theUsersOwnHeapSizeIsLeftAlone() {
        // -Xms128m after a user's -Xmx64m would stop the JVM: initial heap above the maximum
        assertThat(ForkHeap.flags(0, List.of("-Xmx64m"))).containsExactly("-XX:+AlwaysPreTouch");
        assertThat(ForkHeap.flags(0, List.of("-XX:InitialHeapSize=1g"))).containsExactly("-XX:+AlwaysPreTouch");
    }
}

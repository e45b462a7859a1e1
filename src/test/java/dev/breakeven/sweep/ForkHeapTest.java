package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkHeapTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void everyForkTouchesASmallInitialHeapBeforeItRuns() {
        assertThat(ForkHeap.flags(0, List.of(), false)).containsExactly("-Xms128m", "-XX:+AlwaysPreTouch");
    }

    @Test
    void theInitialHeapNeverExceedsTheForkHeap() {
        assertThat(ForkHeap.flags(2048 * MIB, List.of(), false)).containsExactly("-Xmx2048m", "-Xms128m", "-XX:+AlwaysPreTouch");
        assertThat(ForkHeap.flags(64 * MIB, List.of(), false)).containsExactly("-Xmx64m", "-Xms64m", "-XX:+AlwaysPreTouch");
    }

    @Test
    void theUsersOwnHeapSizeIsLeftAlone() {
        // -Xms128m after a user's -Xmx64m would stop the JVM: initial heap above the maximum
        assertThat(ForkHeap.flags(0, List.of("-Xmx64m"), false)).containsExactly("-XX:+AlwaysPreTouch");
        assertThat(ForkHeap.flags(0, List.of("-XX:InitialHeapSize=1g"), false)).containsExactly("-XX:+AlwaysPreTouch");
    }

    @Test
    void onLinuxTheHeapIsBackedByHugePagesUnlessTheUserChoseThePageSize() {
        assertThat(ForkHeap.flags(0, List.of(), true))
                .containsExactly("-Xms128m", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages");
        assertThat(ForkHeap.flags(0, List.of("-XX:-UseTransparentHugePages"), true)).containsExactly("-Xms128m",
                "-XX:+AlwaysPreTouch");
        assertThat(ForkHeap.flags(0, List.of("-XX:+UseLargePages"), true)).doesNotContain(ForkHeap.HUGE_PAGES);
    }

    @Test
    void elsewhereTheLinuxOnlyFlagIsNeverPassed() {
        // macOS and Windows JVMs stop at an unrecognised -XX option
        assertThat(ForkHeap.flags(0, List.of(), false)).doesNotContain(ForkHeap.HUGE_PAGES);
    }
}

package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryGateTest {

    private static final long MB = 1L << 20;
    private static final long GB = 1L << 30;

    /** A 16 GB server with 10 GB free; every task holds 1.5 GB; forks get 14 GB of heap. */
    private final MemoryGate gate = new MemoryGate(p -> p.task().equals("memory-hungry") ? 1536 * MB : 0,
            16 * GB, () -> 10 * GB, 14 * GB, 0);

    private static Point point(String task, String strategy, int workers) {
        return new Point(task, 1536, strategy, workers, 48);
    }

    @Test
    void theGuidesExampleIsSkippedWithItsNumbers() {
        assertThat(gate.blocks(point("memory-hungry", "fixed-pool", 8))).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("8 workers × 1.5 GB = 12 GB > 9.8 GB free"));
        assertThat(gate.blocks(point("memory-hungry", "fixed-pool", 4))).isEmpty();
    }

    @Test
    void aCommandsMemoryIsItsOwnProcessesNotTheForkHeap() {
        // 400 MB of fork heap could hold no 2 GB task; commands are processes of their own, outside any heap
        MemoryGate commands = new MemoryGate(p -> 2 * GB, p -> p.task().equals("command"), 16 * GB, () -> 10 * GB,
                400 * MB, 0);
        for (String strategy : new String[] {"fixed-pool", "process-pool"}) {
            assertThat(commands.blocks(point("command", strategy, 4))).as(strategy).isEmpty();
            assertThat(commands.blocks(point("command", strategy, 8))).as(strategy).hasValueSatisfying(reason ->
                    assertThat(reason).startsWith("8 commands at once × 2.0 GB = 16 GB > 9.8 GB free"));
        }
    }

    @Test
    void tasksWithoutAWorkingSetAlwaysRun() {
        assertThat(gate.blocks(point("arithmetic", "fixed-pool", 1000))).isEmpty();
    }

    @Test
    void theForkHeapLimitsBeforeFreeMemoryDoes() {
        MemoryGate smallHeap = new MemoryGate(p -> 64 * MB, 16 * GB, () -> 12 * GB, 400 * MB, 0);
        assertThat(smallHeap.blocks(point("memory-hungry", "fixed-pool", 8))).hasValueSatisfying(reason ->
                assertThat(reason).contains("512 MB > 144 MB of fork heap").contains("--fork-heap"));
        assertThat(smallHeap.blocks(point("memory-hungry", "fixed-pool", 2))).isEmpty();
    }

    @Test
    void maxMemoryCapsWhatTheSweepMayTake() {
        MemoryGate capped = new MemoryGate(p -> GB, 64 * GB, () -> 60 * GB, 32 * GB, 4 * GB);
        assertThat(capped.blocks(point("memory-hungry", "fixed-pool", 6))).hasValueSatisfying(reason ->
                assertThat(reason).contains("allowed by --max-memory"));
    }

    @Test
    void processPoolWorkersNeedTheTaskInTheirOwnHeap() {
        MemoryGate plenty = new MemoryGate(p -> p.weight() * MB, 64 * GB, () -> 60 * GB, 32 * GB, 0);
        assertThat(plenty.blocks(new Point("memory-hungry", 256, "process-pool", 2, 48)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("heap of a worker JVM"));
        assertThat(plenty.blocks(new Point("memory-hungry", 16, "process-pool", 2, 48))).isEmpty();
    }
}

package dev.breakeven.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.tasks.TaskKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerCountsTest {

    @Test
    void aFortyCoreServerGetsAReadableLadderUpToTwiceItsCores() {
        WorkerCounts counts = new WorkerCounts(40, false, 0, List.of());
        assertThat(counts.forKind(TaskKind.CPU))
                .containsExactly(1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 40, 48, 64, 80);
    }

    @Test
    void ioBoundTasksGoToEightTimesTheCores() {
        WorkerCounts counts = new WorkerCounts(2, false, 0, List.of());
        assertThat(counts.forKind(TaskKind.IO)).containsExactly(1, 2, 3, 4, 6, 8, 12, 16);
        assertThat(counts.forKind(TaskKind.CPU)).containsExactly(1, 2, 3, 4);
        assertThat(new WorkerCounts(40, false, 0, List.of()).forKind(TaskKind.IO)).endsWith(256, 320).contains(40);
    }

    @Test
    void coarseLadderIsPowersOfTwoPlusCoresAndMaximum() {
        assertThat(new WorkerCounts(6, true, 0, List.of()).forKind(TaskKind.CPU))
                .containsExactly(1, 2, 4, 6, 8, 12);
    }

    @Test
    void maxWorkersAndExplicitCountsOverrideTheLadder() {
        assertThat(new WorkerCounts(40, false, 5, List.of()).forKind(TaskKind.IO)).containsExactly(1, 2, 3, 4, 5);
        assertThat(new WorkerCounts(40, false, 0, List.of(8, 1, 2, 2)).forKind(TaskKind.IO))
                .containsExactly(1, 2, 8);
    }
}

package dev.breakeven.tasks.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakeven.tasks.NamedWeights;
import org.junit.jupiter.api.Test;

class CommandPluginTest {

    @Test
    void namedWeightsSpanTheGivenWeights() {
        assertThat(CommandPlugin.namedWeights(10, 100, 1000)).isEqualTo(new NamedWeights(10, 46, 215, 1000));
        assertThat(CommandPlugin.namedWeights(1000, 10)).isEqualTo(new NamedWeights(10, 46, 215, 1000));
    }

    @Test
    void namedWeightsGrowEvenForCloseWeights() {
        assertThat(CommandPlugin.namedWeights(1, 2)).isEqualTo(new NamedWeights(1, 2, 3, 4));
        assertThat(CommandPlugin.namedWeights(5, 6, 7)).isEqualTo(new NamedWeights(5, 6, 7, 8));
    }

    @Test
    void aProcessPoolWorkersNumberComesFromItsMarker() {
        assertThat(WorkerSlots.processWorker("pool-3/1")).isZero();
        assertThat(WorkerSlots.processWorker("pool-3/12")).isEqualTo(11);
        assertThat(WorkerSlots.processWorker(null)).isEqualTo(-1);
    }

    @Test
    void workersAreTheLowestFreeNumbers() {
        WorkerSlots slots = new WorkerSlots();
        int a = slots.take();
        int b = slots.take();
        assertThat(a).isZero();
        assertThat(b).isEqualTo(1);
        slots.release(a);
        assertThat(slots.take()).isZero();
        assertThat(slots.take()).isEqualTo(2);
    }
}

package dev.breakeven.strategies.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule behind a worker's window of tasks sent ahead ({@link WorkerPool#nextWindow}). */
class AdaptiveWindowTest {

    private static final int MAX = WorkerPool.MAX_WINDOW;

    @Test
    void aWorkerThatRanDryWithAFullWindowGetsTwiceAsMuchUpToTheCap() {
        assertThat(WorkerPool.nextWindow(2, true, true, MAX)).isEqualTo(4);
        assertThat(WorkerPool.nextWindow(12, true, true, MAX)).isEqualTo(MAX);
        assertThat(WorkerPool.nextWindow(MAX, true, true, MAX)).isEqualTo(MAX);
    }

    @Test
    void aWorkerBusyWithLongTasksKeepsItsWindow() {
        // long tasks: the next one was always waiting in the pipe, so the worker never ran dry
        assertThat(WorkerPool.nextWindow(2, true, false, MAX)).isEqualTo(2);
    }

    @Test
    void runningDryWithoutAFullWindowSaysNothingAboutTaskLength() {
        // end of a batch: the dispatcher held tasks back on purpose (guided self-scheduling)
        assertThat(WorkerPool.nextWindow(2, false, true, MAX)).isEqualTo(2);
    }

    @Test
    void aPrefetchAboveTheCapIsKept() {
        assertThat(WorkerPool.nextWindow(32, true, true, 32)).isEqualTo(32);
        assertThat(WorkerPool.nextWindow(1, true, true, 1)).isEqualTo(1);
    }
}

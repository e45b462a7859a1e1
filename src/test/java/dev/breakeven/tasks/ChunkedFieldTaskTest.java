package dev.breakeven.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One batch of {@link TaskType#tasksPerPass} tasks covers the fixed field exactly once, at any weight. */
class ChunkedFieldTaskTest {

    private static ChunkedFieldTask byThrees;

    @BeforeAll
    static void create() {
        byThrees = new ChunkedFieldTask(new TaskSpec("chunked-field", 3, 1));
    }

    @Test
    void chunksOfOnePassTileTheField() {
        int chunks = TaskType.CHUNKED_FIELD.tasksPerPass(3).orElseThrow();
        int next = 0;
        for (int i = 0; i < chunks; i++) {
            int[] range = byThrees.cellRange(i);
            assertThat(range[0]).isEqualTo(next);
            assertThat(range[1] - range[0]).isBetween(1, 3);
            next = range[1];
        }
        assertThat(next).isEqualTo(ChunkedFieldTask.CELLS);
        assertThat(byThrees.cellRange(chunks - 1)).containsExactly(ChunkedFieldTask.CELLS - 1, ChunkedFieldTask.CELLS);
    }

    @Test
    void indicesBeyondTheChunksWrapAround() {
        int chunks = ChunkedFieldTask.chunks(3);
        assertThat(byThrees.run(chunks + 5)).isEqualTo(byThrees.run(5));
        assertThat(byThrees.cellRange(chunks)).containsExactly(0, 3);
    }

    @Test
    void aWeightAboveTheFieldIsOneChunkOfTheWholeField() {
        ChunkedFieldTask whole = new ChunkedFieldTask(new TaskSpec("chunked-field", 1L << 40, 1));
        assertThat(ChunkedFieldTask.chunks(1L << 40)).isEqualTo(1);
        assertThat(whole.cellRange(0)).containsExactly(0, ChunkedFieldTask.CELLS);
        assertThat(whole.cellRange(7)).containsExactly(0, ChunkedFieldTask.CELLS);
    }
}

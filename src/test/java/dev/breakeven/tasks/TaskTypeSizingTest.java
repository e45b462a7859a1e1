package dev.breakeven.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the sweep learns about a task's size: working set per task, and batches for fixed total work. */
class TaskTypeSizingTest {

    @Test
    void memoryHungryHoldsItsWeightInMebibytes() {
        assertThat(TaskType.MEMORY_HUNGRY.workingSetBytes(16)).isEqualTo(16L << 20);
        assertThat(TaskType.MEMORY_HUNGRY.workingSetBytes(256)).isEqualTo(256L * 1024 * 1024);
    }

    @ParameterizedTest
    @MethodSource("allButMemoryHungry")
    void ordinaryTasksHoldNoWorkingSetOfTheirOwn(TaskType type) {
        assertThat(type.workingSetBytes(type.weights().heavy())).isZero();
    }

    @Test
    void chunkedFieldBatchCoversTheFieldOnce() {
        assertThat(TaskType.CHUNKED_FIELD.tasksPerPass(1)).hasValue(ChunkedFieldTask.CELLS);
        assertThat(TaskType.CHUNKED_FIELD.batchFor(256, 48)).isEqualTo(ChunkedFieldTask.CELLS / 256);
        assertThat(TaskType.CHUNKED_FIELD.batchFor(3, 48)).isEqualTo(21_846); // 21,845 chunks of 3 and one of 1
        assertThat(TaskType.CHUNKED_FIELD.batchFor(ChunkedFieldTask.CELLS * 4L, 48)).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("allButChunkedField")
    void otherTasksKeepTheRequestedBatch(TaskType type) {
        assertThat(type.tasksPerPass(100)).isEmpty();
        assertThat(type.batchFor(100, 48)).isEqualTo(48);
    }

    static java.util.stream.Stream<TaskType> allButMemoryHungry() {
        return TaskType.catalogue().stream().filter(t -> t != TaskType.MEMORY_HUNGRY);
    }

    static java.util.stream.Stream<TaskType> allButChunkedField() {
        return TaskType.catalogue().stream().filter(t -> t != TaskType.CHUNKED_FIELD);
    }
}

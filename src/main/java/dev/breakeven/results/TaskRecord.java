package dev.breakeven.results;

import java.util.Map;

/**
 * What a task declares, as the sweep describes it for the report.
 *
 * @param kind CPU, memory, I/O or mixed
 * @param unit its weight unit, e.g. {@code iterations}
 * @param namedWeights trivial → heavy, in that unit
 * @param standsFor the real work it mirrors
 * @param workingSetBytesPerUnit memory one running task holds per unit of weight; 0 when negligible
 * @param batchIsChunkCount true when the weight is a chunk size and the batch the number of chunks covering a fixed
 *     total (chunked-field: {@code TaskType.tasksPerPass}); null in files written before the sweep declared it
 */
public record TaskRecord(String kind, String unit, Map<String, Long> namedWeights, String standsFor,
        double workingSetBytesPerUnit, Boolean batchIsChunkCount) {

    public TaskRecord {
        namedWeights = namedWeights == null ? Map.of() : Map.copyOf(namedWeights);
    }
}

package dev.breakeven.report.io;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the sweep wrote about the machine and the run into {@code machine.json}: used for chart subtitles
 * (label and cores), axis titles (each task's work unit), legends (named weights) and the list of points
 * that failed or were measured while the machine was busy. Every field may be missing.
 *
 * @param label the name people gave the machine, e.g. {@code laptop}; never null (falls back to the host or the run)
 * @param physicalCores physical cores, 0 when unknown
 * @param logicalCores logical cores (hardware threads), 0 when unknown
 * @param memoryBytes installed memory in bytes, 0 when unknown
 * @param batch tasks per JMH operation the sweep used, 0 when unknown
 * @param startLoadAverage the one-minute load average when the run started, NaN when unknown
 * @param planNotes what the sweep's plan left out and why (strategies this JVM cannot run, tasks a thin plan left
 *                  out), one sentence each
 */
public record MachineInfo(String label, String host, String os, String cpuModel, int physicalCores,
        int logicalCores, long memoryBytes, String profile, int batch, double startLoadAverage,
        Map<String, TaskInfo> tasks, List<PointStatus> points, List<String> planNotes) {

    public MachineInfo {
        tasks = Map.copyOf(tasks);
        points = List.copyOf(points);
        planNotes = List.copyOf(planNotes);
    }

    /** A machine nothing is known about but the name. */
    public static MachineInfo unknown(String label) {
        return new MachineInfo(label, null, null, null, 0, 0, 0, null, 0, Double.NaN, Map.of(), List.of(), List.of());
    }

    public Optional<TaskInfo> task(String name) {
        return Optional.ofNullable(tasks.get(name));
    }

    /** {@code "laptop, 8 logical cores"}, or just the label when the core count is unknown. */
    public String describe() {
        return logicalCores > 0 ? label + ", " + cores() : label;
    }

    /** "1 logical core", "40 logical cores". */
    public String cores() {
        return logicalCores + (logicalCores == 1 ? " logical core" : " logical cores");
    }

    /**
     * What the sweep says about one task: its kind (CPU, IO, memory...), its work unit (iterations, cells...),
     * the weights it names (trivial → heavy, in that unit, ascending) and what real work it stands for.
     */
    /**
     * A task as the sweep described it.
     *
     * @param workingSetBytesPerUnit memory one running task holds per unit of weight (memory-hungry: 1 MiB);
     *                               0 when the task holds no more than a few arrays, or when unknown
     * @param batchIsChunkCount true when the weight is a chunk size and the batch the number of chunks that cover
     *                          a fixed total once (chunked-field); null when machine.json does not say (written
     *                          before the sweep declared it)
     */
    public record TaskInfo(String kind, String unit, Map<String, Double> namedWeights, String standsFor,
                           double workingSetBytesPerUnit, Boolean batchIsChunkCount) {

        public TaskInfo {
            namedWeights = Map.copyOf(namedWeights);
        }

        /** A task whose machine.json entry does not say whether its batch is a chunk count. */
        public TaskInfo(String kind, String unit, Map<String, Double> namedWeights, String standsFor,
                        double workingSetBytesPerUnit) {
            this(kind, unit, namedWeights, standsFor, workingSetBytesPerUnit, null);
        }

        /** The name of {@code weight} (e.g. {@code heavy}), if the sweep named it. */
        public Optional<String> nameOf(double weight) {
            return namedWeights.entrySet().stream()
                    .filter(e -> Math.abs(e.getValue() - weight) <= 1e-9 * Math.max(1, Math.abs(weight)))
                    .map(Map.Entry::getKey).findFirst();
        }
    }

    /**
     * The sweep's record of one point, whatever became of it.
     *
     * @param weight task weight in the task's unit
     * @param batch tasks per operation, 0 when not given
     * @param status {@code done}, {@code failed}, {@code memory-limited} or {@code skipped} (others kept as written)
     * @param reason why it failed or was skipped; null when none was given
     * @param busy true when the load during the point was above the cores left free
     * @param loadAverage load average when its first fork started, NaN when unknown
     * @param forks forks whose iterations are in the results
     * @param setAside forks that ran while the machine was busy and were set aside, the point measured again
     * @param stoppingRule why it got no more forks (see the results schema's {@code PointRecord}); null when not
     *     recorded
     */
    public record PointStatus(String task, double weight, String strategy, int workers, int batch, String status,
            String reason, boolean busy, double loadAverage, int forks, int setAside, String stoppingRule) {

        /** Measured while the machine was busy: a busy fork kept, or one set aside and measured again. */
        public boolean flaggedBusy() {
            return busy || setAside > 0;
        }

        /** failed or memory-limited: a point that should have a speedup and has none. */
        public boolean isMissingResult() {
            return "failed".equals(status) || "memory-limited".equals(status);
        }
    }
}

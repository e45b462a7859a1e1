package dev.breakeven.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code machine.json}: the machine, how the run was asked for, and one record per point. Written by the
 * sweep after every fork, read by the report; both through {@link ResultsJson}.
 *
 * @param label the name people gave the machine, e.g. {@code laptop}
 * @param host host name
 * @param os operating system, as OSHI names it
 * @param cpuModel processor model
 * @param physicalCores physical cores
 * @param logicalCores logical cores the sweep could use (taskset and cgroups count): N of the worker ladder
 * @param machineLogicalCores logical cores of the whole machine
 * @param memoryBytes installed memory
 * @param jvm the JVM running the sweep and the one running the forks
 * @param commandLine {@code breakeven run ...} as given
 * @param arguments the arguments alone, so {@code --resume} can repeat them
 * @param profile quick, standard, full or smoke
 * @param batch the profile's tasks per operation
 * @param sampling how forks were spent: minimum and maximum per point, the time budget, the seed
 * @param caps limits the user set
 * @param payloadBytes data sent with every process-pool task
 * @param start the machine when the run started
 * @param resumed the machine at every resume
 * @param tasks what each measured task declares
 * @param skipped strategies left out, with the reason
 * @param points every planned point, in plan order, with its forks
 * @param sparkCluster the Spark cluster of {@code --spark-master}, absent when there is none
 */
public record MachineFile(String label, String host, String os, String cpuModel, int physicalCores,
        int logicalCores, int machineLogicalCores, long memoryBytes, Jvm jvm, String commandLine,
        List<String> arguments, String profile, int batch, Sampling sampling, Caps caps, long payloadBytes,
        Snapshot start, List<Snapshot> resumed, Map<String, TaskRecord> tasks, List<String> skipped,
        List<PointRecord> points, @JsonInclude(JsonInclude.Include.NON_NULL) SparkClusterRecord sparkCluster) {

    /** A run without a Spark cluster. */
    public MachineFile(String label, String host, String os, String cpuModel, int physicalCores,
            int logicalCores, int machineLogicalCores, long memoryBytes, Jvm jvm, String commandLine,
            List<String> arguments, String profile, int batch, Sampling sampling, Caps caps, long payloadBytes,
            Snapshot start, List<Snapshot> resumed, Map<String, TaskRecord> tasks, List<String> skipped,
            List<PointRecord> points) {
        this(label, host, os, cpuModel, physicalCores, logicalCores, machineLogicalCores, memoryBytes, jvm,
                commandLine, arguments, profile, batch, sampling, caps, payloadBytes, start, resumed, tasks, skipped,
                points, null);
    }

    public MachineFile {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        resumed = resumed == null ? List.of() : List.copyOf(resumed);
        tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        points = points == null ? List.of() : List.copyOf(points);
    }

    /**
     * The JVMs involved.
     *
     * @param vendor and {@code version}: the JVM running the sweep
     * @param forkJvm path of the forks' java binary
     * @param forkVersion its version
     */
    public record Jvm(String vendor, String version, String forkJvm, String forkVersion) {
    }

    /**
     * Limits the user set.
     *
     * @param leaveCores logical cores left to others
     * @param maxMemoryBytes memory cap, 0 for none
     * @param forkHeapBytes {@code -Xmx} of every fork, 0 for the JVM's default
     */
    public record Caps(int leaveCores, long maxMemoryBytes, long forkHeapBytes) {
    }

    /**
     * How forks were spent (the sampling plan).
     *
     * @param minForks forks every point gets in the first pass
     * @param maxForks the most forks the adaptive pass gives a point
     * @param budgetSeconds the time budget of the sweep
     * @param spentSeconds time measured so far, over all sessions of the run
     * @param seed the seed of the random fork order
     * @param stopped why the sweep stopped: {@code decided} (nothing left undecided), {@code budget}
     * @param refineGrid whether the sweep may add weights near a break-even (not when the user chose the weights)
     */
    public record Sampling(int minForks, int maxForks, double budgetSeconds, double spentSeconds, long seed,
            String stopped, boolean refineGrid) {
    }

    public MachineFile withPoints(List<PointRecord> newPoints) {
        return new MachineFile(label, host, os, cpuModel, physicalCores, logicalCores, machineLogicalCores,
                memoryBytes, jvm, commandLine, arguments, profile, batch, sampling, caps, payloadBytes, start,
                resumed, tasks, skipped, newPoints, sparkCluster);
    }

    public MachineFile withSampling(Sampling newSampling) {
        return new MachineFile(label, host, os, cpuModel, physicalCores, logicalCores, machineLogicalCores,
                memoryBytes, jvm, commandLine, arguments, profile, batch, newSampling, caps, payloadBytes, start,
                resumed, tasks, skipped, points, sparkCluster);
    }

    public MachineFile withResumed(Snapshot snapshot) {
        List<Snapshot> all = new ArrayList<>(resumed);
        all.add(snapshot);
        return new MachineFile(label, host, os, cpuModel, physicalCores, logicalCores, machineLogicalCores,
                memoryBytes, jvm, commandLine, arguments, profile, batch, sampling, caps, payloadBytes, start,
                all, tasks, skipped, points, sparkCluster);
    }

    public MachineFile withSparkCluster(SparkClusterRecord cluster) {
        return new MachineFile(label, host, os, cpuModel, physicalCores, logicalCores, machineLogicalCores,
                memoryBytes, jvm, commandLine, arguments, profile, batch, sampling, caps, payloadBytes, start,
                resumed, tasks, skipped, points, cluster);
    }
}

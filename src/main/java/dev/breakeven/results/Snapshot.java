package dev.breakeven.results;

import java.util.List;

/**
 * How busy the machine was at one moment: at the start of a run, at a resume.
 *
 * @param time ISO-8601 instant
 * @param loadAverage one-minute load average; −1 where the OS has none
 * @param freeMemoryBytes memory available to a new process
 * @param processes process count; 0 when not taken
 * @param othersCores cores other processes used on average while the pre-flight looked
 * @param busy whether {@code othersCores} reached the busy threshold
 * @param busyProcesses the busiest other processes, e.g. {@code "alice python (pid 12, 1.0 cores)"}
 */
public record Snapshot(String time, double loadAverage, long freeMemoryBytes, int processes, double othersCores,
        boolean busy, List<String> busyProcesses) {

    public Snapshot {
        busyProcesses = busyProcesses == null ? List.of() : List.copyOf(busyProcesses);
    }
}

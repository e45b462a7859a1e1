package dev.breakeven.report.analysis;

import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.report.io.Run;
import java.util.List;
import java.util.Optional;

/**
 * Everything computed for one run.
 *
 * @param run the run as read
 * @param tasks one analysis per task, in the order the sweep listed them (else by name)
 * @param unmatched failed, memory-limited or busy points from machine.json that name no task in the results
 */
public record RunAnalysis(Run run, List<TaskAnalysis> tasks, List<MachineInfo.PointStatus> unmatched) {

    public RunAnalysis {
        tasks = List.copyOf(tasks);
        unmatched = List.copyOf(unmatched);
    }

    public MachineInfo machine() {
        return run.machine();
    }

    public Optional<TaskAnalysis> task(String name) {
        return tasks.stream().filter(t -> t.task().equals(name)).findFirst();
    }

    public int busyCount() {
        return tasks.stream().mapToInt(t -> t.busy().size()).sum();
    }

    public int missingCount() {
        return tasks.stream().mapToInt(t -> t.missing().size()).sum();
    }
}

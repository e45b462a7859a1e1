package dev.breakeven.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One point of a sweep and whatever became of it.
 *
 * @param task catalogue name
 * @param weight work per task in the task's unit
 * @param strategy strategy name
 * @param workers worker count p
 * @param batch tasks per operation
 * @param status {@code done}, {@code failed}, {@code memory-limited}, or {@code planned} while it has no fork yet
 * @param reason why it failed or was skipped; null otherwise
 * @param checksum the batch checksum its forks computed; null when none ran
 * @param stoppingRule why it got no more forks: {@code decided} (its verdict against the loop was clear),
 *     {@code precise} (its interval was narrow enough), {@code max-forks}, {@code budget} (time ran out),
 *     {@code baseline} (a sequential point: it got forks with the points it is compared with),
 *     {@code first-pass} (the budget went to points nearer the break-even); null while measuring
 * @param added true when the sweep added it to refine the grid near a break-even
 * @param forks every fork run for it, in order
 * @param workerLogs what tasks printed, relative to the run directory; null when nothing
 */
public record PointRecord(String task, long weight, String strategy, int workers, int batch, String status,
        String reason, String checksum, String stoppingRule, boolean added, List<ForkRecord> forks,
        String workerLogs) {

    public PointRecord {
        forks = forks == null ? List.of() : List.copyOf(forks);
    }

    public static PointRecord planned(String task, long weight, String strategy, int workers, int batch,
            boolean added) {
        return new PointRecord(task, weight, strategy, workers, batch, "planned", null, null, null, added,
                List.of(), null);
    }

    /** The {@code @Param} values of the point, as JMH writes them into results.json. */
    public Map<String, String> params() {
        return Map.of("task", task, "weight", Long.toString(weight), "strategy", strategy,
                "workers", Integer.toString(workers), "batch", Integer.toString(batch));
    }

    /** Forks whose iterations are in results.json. */
    @JsonProperty("keptForks")
    public long keptForks() {
        return forks.stream().filter(ForkRecord::kept).count();
    }

    /** Whether a kept fork ran while others used the machine (written for readers; derived from the forks). */
    @JsonProperty("busy")
    public boolean busy() {
        return forks.stream().anyMatch(f -> f.kept() && f.busy());
    }

    public boolean missingResult() {
        return "failed".equals(status) || "memory-limited".equals(status);
    }

    public PointRecord withFork(ForkRecord fork) {
        List<ForkRecord> all = new java.util.ArrayList<>(forks);
        all.add(fork);
        return new PointRecord(task, weight, strategy, workers, batch, fork.kept() ? "done" : status, reason,
                checksum, stoppingRule, added, all, workerLogs);
    }

    public PointRecord withStatus(String newStatus, String newReason) {
        return new PointRecord(task, weight, strategy, workers, batch, newStatus, newReason, checksum,
                stoppingRule, added, forks, workerLogs);
    }

    public PointRecord withChecksum(String newChecksum, String logs) {
        return new PointRecord(task, weight, strategy, workers, batch, status, reason, newChecksum, stoppingRule,
                added, forks, logs == null ? workerLogs : logs);
    }

    public PointRecord withStoppingRule(String rule) {
        return new PointRecord(task, weight, strategy, workers, batch, status, reason, checksum, rule, added,
                forks, workerLogs);
    }
}

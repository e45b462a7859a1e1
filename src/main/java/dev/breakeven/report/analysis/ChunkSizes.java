package dev.breakeven.report.analysis;

import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The best chunk size per worker count for a task that cuts a fixed total of work into chunks (chunked-field):
 * its weight is the chunk size and its batch the number of chunks, so one operation is one pass over the whole,
 * and the fastest pass says which chunk size to use. Too small a chunk costs per-task overhead, too large a
 * chunk leaves workers idle (fewer chunks than workers, or an uneven last round).
 *
 * <p>"Best" is the chunk size with the lowest measured time per pass for the main strategy; noise is left to
 * the interval of {@code secondsPerPass}.
 *
 * @param strategy the strategy measured (the task's main strategy)
 * @param byWorkers the best chunk size for each measured worker count, by worker count ascending
 */
public record ChunkSizes(String strategy, List<Best> byWorkers) {

    /**
     * The fastest chunk size at one worker count.
     *
     * @param workers p
     * @param chunkSize the chunk size (the task's weight) of the fastest pass, in the task's unit
     * @param chunks the number of chunks at that size (the batch)
     * @param secondsPerPass time for one pass over the whole (one operation), s
     */
    public record Best(int workers, double chunkSize, int chunks, Estimate secondsPerPass) {
    }

    public ChunkSizes {
        byWorkers = List.copyOf(byWorkers);
    }

    /** The fastest pass over every worker count; empty when nothing was measured. */
    public Optional<Best> overall() {
        return byWorkers.stream().min(Comparator.comparingDouble(b -> b.secondsPerPass().value()));
    }

    /**
     * The chunk sizes of a chunked task with at least two measured chunk sizes; empty for other tasks, where
     * time per batch against weight says nothing about chunking.
     */
    public static Optional<ChunkSizes> of(TaskAnalysis t) {
        List<Curve> curves = t.curvesOf(t.mainStrategy());
        if (!isChunked(t) || curves.size() < 2) {
            return Optional.empty();
        }
        List<Best> out = new ArrayList<>();
        for (int p : t.workerCounts()) {
            Best best = null;
            for (Curve c : curves) {
                Optional<ScalingPoint> point = c.at(p);
                if (point.isPresent() && (best == null || point.get().seconds().value() < best.secondsPerPass().value())) {
                    best = new Best(p, c.weight(), c.batch(), point.get().seconds());
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return Optional.of(new ChunkSizes(t.mainStrategy(), out));
    }

    /**
     * Whether the task's weight is a chunk size and its batch the chunk count: as machine.json declares it, or,
     * for runs written before the sweep declared it, as the data shows it.
     */
    public static boolean isChunked(TaskAnalysis t) {
        Boolean declared = t.taskInfo().map(MachineInfo.TaskInfo::batchIsChunkCount).orElse(null);
        return declared != null ? declared : looksChunked(t.curves().stream().filter(t::charted).toList());
    }

    /**
     * Whether the batch varies with the weight so that weight × batch covers one fixed total: some total N has
     * {@code batch = ⌈N / weight⌉} at every weight, i.e. {@code (batch − 1) · weight < N ≤ batch · weight} (the
     * last chunk may be shorter; a weight of N or more is one chunk).
     */
    static boolean looksChunked(List<Curve> curves) {
        List<Curve> weighed = curves.stream().filter(c -> Double.isFinite(c.weight()) && c.weight() > 0).toList();
        if (weighed.stream().map(Curve::batch).distinct().count() < 2) {
            return false;
        }
        double above = 0;
        double atMost = Double.POSITIVE_INFINITY;
        for (Curve c : weighed) {
            above = Math.max(above, (c.batch() - 1) * c.weight());
            atMost = Math.min(atMost, c.batch() * c.weight());
        }
        return above < atMost;
    }
}

package dev.breakeven.sweep;

import dev.breakeven.tasks.TaskKind;
import java.util.List;
import java.util.TreeSet;

/**
 * Which worker counts a sweep measures: 1 up to the usable cores N for every task, further for tasks that
 * wait rather than compute (oversubscription): 2N for CPU- and memory-bound tasks, 8N for I/O-bound ones.
 * Counts follow a ladder (1, 2, 3, 4, 6, 8, 12, 16, 24, ...; or powers of two when coarse) plus N itself
 * and the maximum, so a 40-core server gets 14 readable points per line instead of 80.
 */
public record WorkerCounts(int cores, boolean coarse, int maxOverride, List<Integer> explicit) {

    public WorkerCounts {
        explicit = explicit == null ? List.of() : List.copyOf(explicit);
    }

    /** The largest worker count for a task of this kind (before {@code --max-workers}). */
    public int maxFor(TaskKind kind) {
        int factor = switch (kind) {
            case CPU, MEMORY, MIXED -> 2;
            case IO -> 8;
        };
        return cores * factor;
    }

    /** The ascending worker counts for a task of this kind. */
    public List<Integer> forKind(TaskKind kind) {
        if (!explicit.isEmpty()) {
            return List.copyOf(new TreeSet<>(explicit));
        }
        int max = maxOverride > 0 ? maxOverride : maxFor(kind);
        TreeSet<Integer> counts = new TreeSet<>();
        for (int p = 1; p <= max; p *= 2) {
            counts.add(p);
            if (!coarse && p >= 2 && p + p / 2 <= max) {
                counts.add(p + p / 2);
            }
        }
        if (cores <= max) {
            counts.add(cores);
        }
        counts.add(max);
        return List.copyOf(counts);
    }
}

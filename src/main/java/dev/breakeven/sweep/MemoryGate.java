package dev.breakeven.sweep;

import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The guide's memory wall (16 workers × 2 GB on a 16 GB server: nothing runs), checked before each point:
 * p workers each holding the task's working set, plus the fork JVM's own needs, must fit in the fork's
 * heap and in the memory the machine has available now (or the {@code --max-memory} cap, if lower).
 * Points that cannot fit are skipped as memory-limited with the numbers, unless {@code --force}.
 */
final class MemoryGate implements PointGate {

    /** What a fork needs besides the tasks' working sets: code, JIT, JMH, the task's shared inputs. */
    static final long JVM_OVERHEAD = 256L << 20;

    private final ToLongFunction<Point> workingSetPerTask;
    private final MachineFacts facts;
    private final long forkHeapBytes;
    private final long maxMemoryBytes;

    MemoryGate(ToLongFunction<Point> workingSetPerTask, MachineFacts facts, long forkHeapBytes, long maxMemoryBytes) {
        this.workingSetPerTask = workingSetPerTask;
        this.facts = facts;
        this.forkHeapBytes = forkHeapBytes;
        this.maxMemoryBytes = maxMemoryBytes;
    }

    /** The heap a fork gets: {@code --fork-heap}, or the JVM's default of a quarter of physical memory. */
    long heapBytes() {
        return forkHeapBytes > 0 ? forkHeapBytes : facts.totalMemory() / 4;
    }

    @Override
    public Optional<String> blocks(Point point) {
        long perTask = workingSetPerTask.applyAsLong(point);
        if (perTask <= 0) {
            return Optional.empty();
        }
        int inFlight = Math.min(point.workers(), point.batch());
        long need = inFlight * perTask;
        String demand = String.format("%d worker%s × %s = %s", inFlight, inFlight == 1 ? "" : "s",
                Sizes.format(perTask), Sizes.format(need));
        long heapRoom = heapBytes() - JVM_OVERHEAD;
        if (need > heapRoom) {
            return Optional.of(demand + " > " + Sizes.format(heapRoom) + " of fork heap left after the JVM's own "
                    + Sizes.format(JVM_OVERHEAD) + " (raise --fork-heap, or --force to try anyway)");
        }
        long available = facts.availableMemory();
        String what = "free";
        if (maxMemoryBytes > 0 && maxMemoryBytes < available) {
            available = maxMemoryBytes;
            what = "allowed by --max-memory";
        }
        if (need + JVM_OVERHEAD > available) {
            return Optional.of(demand + " > " + Sizes.format(available - JVM_OVERHEAD) + " " + what
                    + " (use fewer workers, or --force to try anyway)");
        }
        return Optional.empty();
    }
}

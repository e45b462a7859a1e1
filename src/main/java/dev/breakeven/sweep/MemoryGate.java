package dev.breakeven.sweep;

import dev.breakeven.strategies.process.ProcessPoolStrategy;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
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

    /** What a process-pool worker JVM needs besides one task's working set. */
    static final long WORKER_OVERHEAD = 64L << 20;

    private final ToLongFunction<Point> workingSetPerTask;
    private final Predicate<Point> outsideJvm;
    private final long totalMemory;
    private final LongSupplier availableMemory;
    private final long forkHeapBytes;
    private final long maxMemoryBytes;

    /**
     * @param workingSetPerTask bytes one running task of a point holds
     * @param totalMemory       the machine's memory, bytes
     * @param availableMemory   memory available now, read before each point
     * @param forkHeapBytes     {@code --fork-heap}, or 0 for the JVM's default
     * @param maxMemoryBytes    {@code --max-memory}, or 0 for none
     */
    MemoryGate(ToLongFunction<Point> workingSetPerTask, long totalMemory, LongSupplier availableMemory,
               long forkHeapBytes, long maxMemoryBytes) {
        this(workingSetPerTask, p -> false, totalMemory, availableMemory, forkHeapBytes, maxMemoryBytes);
    }

    /**
     * As above, where the tasks of the points {@code outsideJvm} accepts hold their memory in processes of
     * their own (a {@code --command}): it must fit in the machine's memory, not in a JVM's heap.
     */
    MemoryGate(ToLongFunction<Point> workingSetPerTask, Predicate<Point> outsideJvm, long totalMemory,
               LongSupplier availableMemory, long forkHeapBytes, long maxMemoryBytes) {
        this.workingSetPerTask = workingSetPerTask;
        this.outsideJvm = outsideJvm;
        this.totalMemory = totalMemory;
        this.availableMemory = availableMemory;
        this.forkHeapBytes = forkHeapBytes;
        this.maxMemoryBytes = maxMemoryBytes;
    }

    /** The heap a fork gets: {@code --fork-heap}, or the JVM's default of a quarter of physical memory. */
    long heapBytes() {
        return forkHeapBytes > 0 ? forkHeapBytes : totalMemory / 4;
    }

    @Override
    public Optional<String> blocks(Point point) {
        long perTask = workingSetPerTask.applyAsLong(point);
        if (perTask <= 0) {
            return Optional.empty();
        }
        int inFlight = Math.min(point.workers(), point.batch());
        if (outsideJvm.test(point)) {
            return blocksProcesses(inFlight, perTask);
        }
        if (point.strategy().startsWith("process-")) {
            return blocksWorkerJvms(point, perTask, inFlight);
        }
        long need = inFlight * perTask;
        String demand = String.format("%d worker%s × %s = %s", inFlight, inFlight == 1 ? "" : "s",
                Sizes.format(perTask), Sizes.format(need));
        long heapRoom = heapBytes() - JVM_OVERHEAD;
        if (need > heapRoom) {
            return Optional.of(demand + " > " + Sizes.format(heapRoom) + " of fork heap left after the JVM's own "
                    + Sizes.format(JVM_OVERHEAD) + " (raise --fork-heap, or --force to try anyway)");
        }
        return beyondMemory(need, demand);
    }

    /** Tasks that are processes of their own: p of them at once must fit beside the fork. */
    private Optional<String> blocksProcesses(int inFlight, long perTask) {
        long need = inFlight * perTask;
        return beyondMemory(need, String.format("%d command%s at once × %s = %s", inFlight, inFlight == 1 ? "" : "s",
                Sizes.format(perTask), Sizes.format(need)));
    }

    /** Why {@code need} bytes (and the fork's own) do not fit in free memory or {@code --max-memory}, if they don't. */
    private Optional<String> beyondMemory(long need, String demand) {
        long available = availableMemory.getAsLong();
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

    /** Process pools: each worker is its own JVM, whose heap must hold one task, and all must fit in memory. */
    private Optional<String> blocksWorkerJvms(Point point, long perTask, int workers) {
        long heap = ProcessPoolStrategy.DEFAULT_WORKER_HEAP_BYTES;
        if (perTask + WORKER_OVERHEAD > heap) {
            return Optional.of(String.format("one task's %s + %s for the JVM > %s heap of a worker JVM (set"
                            + " -Dbreakeven.process.worker-heap with -- -jvmArgsAppend, and --force)",
                    Sizes.format(perTask), Sizes.format(WORKER_OVERHEAD), Sizes.format(heap)));
        }
        long need = workers * heap + JVM_OVERHEAD;
        long available = maxMemoryBytes > 0 ? Math.min(maxMemoryBytes, availableMemory.getAsLong())
                : availableMemory.getAsLong();
        if (need > available) {
            return Optional.of(String.format("%d worker JVMs × %s heap = %s > %s available (use fewer workers, or"
                    + " --force to try anyway)", workers, Sizes.format(heap), Sizes.format(workers * heap),
                    Sizes.format(available - JVM_OVERHEAD)));
        }
        return Optional.empty();
    }
}

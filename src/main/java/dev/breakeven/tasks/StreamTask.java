package dev.breakeven.tasks;

import java.util.SplittableRandom;

/**
 * The STREAM triad {@code a[i] = b[i] + s * c[i]} (McCalpin's memory-bandwidth benchmark) over three arrays
 * of {@value #ELEMENTS} doubles (64 MB each, 192 MB in all, larger than the last-level cache of laptops and
 * most servers), shared by all tasks and filled at construction. It stands for any pass over big gridded
 * data that does little arithmetic per value: speedup stops when the memory bus is full, usually well
 * before the core count. One weight unit is one array element (24 bytes moved, plus the write-allocate).
 *
 * <p>Task {@code index} covers the {@code weight} elements starting at {@code index * weight}, wrapping
 * around the arrays, so a batch streams one contiguous region; once {@code batch * weight * 24} bytes
 * exceed the cache (from the medium weight on), every batch goes to memory. Smaller weights may be served
 * from cache, like small real jobs.
 *
 * <p>Determinism: {@code b}, {@code c} and {@code s} are never written after construction. Tasks do write
 * {@code a}, and overlapping tasks (on different threads) may write the same element, but always the same
 * value, and the checksum is summed from the values the task computed itself, never read back from
 * {@code a}, so it depends only on (seed, weight, index).
 */
final class StreamTask implements Task {

    static final int ELEMENTS = 1 << 23;

    private final TaskSpec spec;
    private final double[] a = new double[ELEMENTS];
    private final double[] b = new double[ELEMENTS];
    private final double[] c = new double[ELEMENTS];
    private final double scalar;

    StreamTask(TaskSpec spec) {
        this.spec = spec;
        SplittableRandom random = new SplittableRandom(spec.seed());
        for (int i = 0; i < ELEMENTS; i++) {
            b[i] = random.nextDouble();
            c[i] = random.nextDouble();
        }
        this.scalar = 3.0 + random.nextDouble();
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    @Override
    public long run(int index) {
        int start = (int) Math.floorMod((long) index * spec.weight(), (long) ELEMENTS);
        long remaining = spec.weight();
        long checksum = 0;
        while (remaining > 0) {
            int length = (int) Math.min(remaining, ELEMENTS - start);
            checksum += triad(start, start + length);
            remaining -= length;
            start = 0;
        }
        return Mix.fold(checksum, index);
    }

    /** The triad over {@code [from, to)}; returns the sum of the bits of the values it wrote. */
    private long triad(int from, int to) {
        double s = scalar;
        long sum = 0;
        for (int i = from; i < to; i++) {
            double v = b[i] + s * c[i];
            a[i] = v;
            sum += Double.doubleToRawLongBits(v);
        }
        return sum;
    }
}

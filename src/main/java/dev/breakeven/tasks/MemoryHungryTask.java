package dev.breakeven.tasks;

import java.util.SplittableRandom;

/**
 * The memory wall: every task allocates and holds a working set of {@code weight} MiB while it computes,
 * like a script that loads a whole variable into memory before analysing it. The task fills a
 * {@code double[]} of {@code weight} MiB with a red-noise (AR(1)) series from (seed, index) and computes
 * its lag-1 autocorrelation, the Pearson correlation of the series with itself shifted by one step (a
 * two-pass computation, so the whole array is read twice after it is written). One weight unit is one MiB
 * (131,072 doubles, about 0.8 ms of work).
 *
 * <p>Here the point is memory, not time: the named weights (1, 16, 64 and 256 MiB) are chosen by size and
 * do not follow the 1 µs / 30 µs / 300 µs / 10 ms rule of the other tasks. With p workers, p working sets
 * are alive at once: {@link TaskType#workingSetBytes(long)} reports one working set so the sweep can check
 * p times it against the JVM's maximum heap before running a point (too many workers then fail with
 * {@link OutOfMemoryError} or thrash the garbage collector instead of speeding up).
 */
final class MemoryHungryTask implements Task {

    static final long BYTES_PER_UNIT = 1L << 20;
    static final double PERSISTENCE = 0.9;

    private final TaskSpec spec;
    private final int length;

    MemoryHungryTask(TaskSpec spec) {
        this.spec = spec;
        this.length = Math.toIntExact(Math.multiplyExact(spec.weight(), BYTES_PER_UNIT) / Double.BYTES);
    }

    @Override
    public TaskSpec spec() {
        return spec;
    }

    @Override
    public long run(int index) {
        return Mix.fold(index, lagOneAutocorrelation(redNoise(spec.seed(), index, length)));
    }

    /** The working set: {@code length} values of AR(1) noise with persistence 0.9, from (seed, index). */
    static double[] redNoise(long seed, int index, int length) {
        double[] series = new double[length];
        SplittableRandom random = new SplittableRandom(Mix.seed(seed, index));
        double x = 0;
        for (int i = 0; i < length; i++) {
            x = PERSISTENCE * x + random.nextDouble(-1, 1);
            series[i] = x;
        }
        return series;
    }

    /** Pearson correlation of {@code x[0..n-2]} with {@code x[1..n-1]}, in two passes (means, then sums). */
    static double lagOneAutocorrelation(double[] x) {
        int n = x.length - 1;
        double sumHead = 0;
        double sumTail = 0;
        for (int i = 0; i < n; i++) {
            sumHead += x[i];
            sumTail += x[i + 1];
        }
        double meanHead = sumHead / n;
        double meanTail = sumTail / n;
        double cross = 0;
        double head = 0;
        double tail = 0;
        for (int i = 0; i < n; i++) {
            double a = x[i] - meanHead;
            double b = x[i + 1] - meanTail;
            cross += a * b;
            head += a * a;
            tail += b * b;
        }
        return cross / Math.sqrt(head * tail);
    }
}

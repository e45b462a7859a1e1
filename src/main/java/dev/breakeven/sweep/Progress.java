package dev.breakeven.sweep;

import java.time.Duration;

/**
 * Where the whole sweep stands: point k of n, time elapsed, and an ETA from the mean time of the points
 * measured so far in this session (points skipped without running do not count towards the mean).
 */
final class Progress {

    private final int total;
    private final long startNanos = System.nanoTime();
    private int done;
    private int measured;
    private long measuredNanos;

    Progress(int total, int alreadyDone) {
        this.total = total;
        this.done = alreadyDone;
    }

    void finished(long nanos, boolean ran) {
        done++;
        if (ran) {
            measured++;
            measuredNanos += nanos;
        }
    }

    /** E.g. {@code [ 12/130  0:42 elapsed, ETA 3:10]} for the point about to run. */
    String prefix() {
        int width = Integer.toString(total).length();
        String eta = measured == 0 ? "ETA --:--"
                : "ETA " + format(Duration.ofNanos(measuredNanos / measured * (total - done)));
        return String.format("[%" + width + "d/%d  %s elapsed, %s]", done + 1, total,
                format(Duration.ofNanos(System.nanoTime() - startNanos)), eta);
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}

package dev.breakeven.cli;

import dev.breakeven.sweep.Sizes;
import java.util.List;

/**
 * The largest worker count whose memory fits: workers × per-worker memory must stay within the smaller of
 * (total × (1 − leave-free share)) and what is available right now.
 *
 * @param usableBytes memory the workers may take
 * @param fit         workers that fit in it (0: not even one)
 * @param cores       cores the work may use
 */
record MemoryAdvice(long totalBytes, long availableBytes, double leaveFree, long perWorkerBytes, long usableBytes,
                    int fit, int cores) {

    static MemoryAdvice of(long total, long available, double leaveFree, long perWorker, int cores) {
        long usable = Math.min(available, (long) (total * (1 - leaveFree)));
        int fit = (int) Math.max(0, Math.min(Integer.MAX_VALUE, usable / perWorker));
        return new MemoryAdvice(total, available, leaveFree, perWorker, usable, fit, cores);
    }

    /** Workers to use for CPU-bound work: what fits in memory, at most one per core. */
    int recommended() {
        return Math.min(fit, cores);
    }

    List<String> describe() {
        String memory = String.format("This machine: %d usable cores, %s memory, %s available now; leaving %.0f%%"
                        + " to others allows %s.", cores, Sizes.format(totalBytes), Sizes.format(availableBytes),
                leaveFree * 100, Sizes.format(usableBytes));
        if (fit == 0) {
            return List.of(memory, String.format("Not even one worker of %s fits: process the data in smaller"
                    + " chunks, or use a machine with more memory.", Sizes.format(perWorkerBytes)));
        }
        String fits = String.format("Memory: at most %d worker%s of %s fit (%d × %s = %s).", fit,
                fit == 1 ? "" : "s", Sizes.format(perWorkerBytes), fit, Sizes.format(perWorkerBytes),
                Sizes.format(fit * perWorkerBytes));
        String advice = fit < cores
                ? String.format("Use at most %d workers: memory, not the %d cores, is the limit.", fit, cores)
                : String.format("Use at most %d workers for CPU-bound work (one per core); I/O-bound work may use"
                + " up to %d.", cores, fit);
        return List.of(memory, fits, advice);
    }
}

package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import dev.breakeven.stats.Forks;
import dev.breakeven.stats.Speedup;
import dev.breakeven.stats.Verdict;
import java.util.List;

/**
 * How many workers to use: the fewest workers that are not measurably slower than the fastest, and the worker
 * count past which adding workers makes it measurably slower.
 *
 * <p>"Not measurably slower" is the three-verdict test on forks: p is as good as the fastest f when the time
 * ratio T(p)/T(f) is not measurably above 1 (one-sided 95 %, Fieller). "Measurably slower" beyond f: some
 * larger worker count whose time ratio to f's is measurably above 1.
 *
 * @param workers the recommended worker count: the smallest p not measurably slower than the fastest
 * @param speedup the speedup at {@code workers}
 * @param fastestWorkers the p of the highest measured speedup
 * @param fastestSpeedup the highest measured speedup
 * @param slowerBeyond the worker count past which more workers are measurably slower; 0 when none was
 */
public record BestWorkers(int workers, Estimate speedup, int fastestWorkers, Estimate fastestSpeedup, int slowerBeyond) {

    /** A measured worker count: its speedup and its forks (time per operation). */
    public record Sample(int workers, Estimate speedup, Forks forks) {
    }

    public static BestWorkers find(List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        // the fastest by point estimate among speedups with a bounded interval (too few forks leave it open)
        java.util.Comparator<Sample> order = java.util.Comparator.comparing((Sample s) -> s.speedup().bounded())
                .thenComparingDouble(s -> s.speedup().value());
        Sample fastest = samples.stream().max(order).orElseThrow();
        Sample best = fastest;
        for (Sample s : samples) {
            if (s.workers() < best.workers() && !slower(s, fastest)) {
                best = s;
            }
        }
        int slowerBeyond = 0;
        for (Sample s : samples) {
            if (s.workers() > fastest.workers() && slower(s, fastest)) {
                slowerBeyond = fastest.workers();
            }
        }
        return new BestWorkers(best.workers(), best.speedup(), fastest.workers(), fastest.speedup(), slowerBeyond);
    }

    /** Whether {@code s} is measurably slower than {@code fastest}: T(fastest)/T(s) measurably below 1. */
    private static boolean slower(Sample s, Sample fastest) {
        if (s == fastest) {
            return false;
        }
        return Speedup.of(fastest.forks(), s.forks()).verdict() == Verdict.SLOWER;
    }
}

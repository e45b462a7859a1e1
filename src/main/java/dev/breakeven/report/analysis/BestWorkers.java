package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import java.util.List;

/**
 * How many workers to use: the fewest workers whose speedup is as good as the best within noise, and the
 * worker count past which adding workers makes it slower.
 *
 * <p>"Within noise" means the fastest speedup lies inside p's uncertainty interval: p could have measured
 * as fast. (Merely overlapping intervals would be too lenient with JMH's 99.9 % intervals from a few
 * iterations: one worker at 1.06 ± 0.3 would count as "as good as" two at 1.9 ± 0.9.) "Slower" means some
 * larger worker count's whole interval lies below the best one's: then {@code slowerBeyond} is the fastest
 * worker count.
 *
 * @param workers the recommended worker count: the smallest p with S(p) within noise of the maximum
 * @param speedup the speedup at {@code workers}
 * @param fastestWorkers the p of the highest measured speedup
 * @param fastestSpeedup the highest measured speedup
 * @param slowerBeyond the worker count past which more workers are measurably slower; 0 when no larger worker
 *     count was measurably slower
 */
public record BestWorkers(int workers, Estimate speedup, int fastestWorkers, Estimate fastestSpeedup, int slowerBeyond) {

    /** A measured worker count and its speedup. */
    public record Sample(int workers, Estimate speedup) {
    }

    public static BestWorkers find(List<Sample> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        Sample fastest = samples.get(0);
        for (Sample s : samples) {
            if (s.speedup().value() > fastest.speedup().value()) {
                fastest = s;
            }
        }
        Sample best = fastest;
        for (Sample s : samples) {
            if (s.workers() < best.workers() && s.speedup().upper() >= fastest.speedup().value()) {
                best = s;
            }
        }
        int slowerBeyond = 0;
        for (Sample s : samples) {
            if (s.workers() > fastest.workers() && s.speedup().upper() < fastest.speedup().lower()) {
                slowerBeyond = fastest.workers();
            }
        }
        return new BestWorkers(best.workers(), best.speedup(), fastest.workers(), fastest.speedup(), slowerBeyond);
    }
}

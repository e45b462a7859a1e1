package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;

/**
 * The per-point figures of parallel scaling derived from a speedup (measured with {@code stats.Speedup}): efficiency and the Karp–Flatt serial fraction.
 */
public final class Scaling {

    private Scaling() {
    }

    /** Efficiency {@code E(p) = S(p) / p}: 1 is perfect scaling. */
    public static Estimate efficiency(Estimate speedup, int workers) {
        return speedup.times(1.0 / workers);
    }

    /**
     * Karp–Flatt experimentally determined serial fraction {@code e = (1/S − 1/p) / (1 − 1/p)} for p > 1
     * (Karp &amp; Flatt, CACM 33(5), 1990); its interval is e at the ends of the speedup's interval. A fraction that grows
     * with p points at overhead that grows with the worker count rather than a fixed serial part.
     *
     * @throws IllegalArgumentException for p ≤ 1, where it is undefined
     */
    public static Estimate karpFlatt(Estimate speedup, int workers) {
        if (workers <= 1) {
            throw new IllegalArgumentException("Karp–Flatt needs more than one worker, got " + workers);
        }
        // e(S) falls as S rises, so the interval of S maps end to end (a larger S gives the lower e)
        return Estimate.interval(serialFraction(speedup.value(), workers), serialFraction(speedup.upper(), workers),
                serialFraction(speedup.lower(), workers), speedup.level(), speedup.replicates(),
                speedup.method().isEmpty() ? "" : "from the speedup's interval");
    }

    private static double serialFraction(double s, int workers) {
        double inverseP = 1.0 / workers;
        return (1 / s - inverseP) / (1 - inverseP);
    }
}

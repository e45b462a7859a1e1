package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;

/**
 * One measured worker count of a curve and what follows from it.
 *
 * @param workers p
 * @param seconds time per operation (one batch), s
 * @param speedup S(p) against the curve's baseline
 * @param efficiency E(p) = S(p)/p
 * @param karpFlatt the Karp–Flatt serial fraction; null at p = 1, where it is undefined
 * @param busy true when machine.json says the machine was busy while this point was measured
 * @param rawSeconds measured iterations, s per operation
 */
public record ScalingPoint(int workers, Estimate seconds, Estimate speedup, Estimate efficiency, Estimate karpFlatt,
        boolean busy, double[] rawSeconds) {

    public ScalingPoint {
        rawSeconds = rawSeconds.clone();
    }

    @Override
    public double[] rawSeconds() {
        return rawSeconds.clone();
    }
}

package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import dev.breakeven.stats.Forks;
import dev.breakeven.stats.Verdict;

/**
 * One measured worker count of a curve and what follows from it.
 *
 * @param workers p
 * @param seconds time per operation (one batch), s, with its 95 % interval over forks
 * @param speedup S(p) against the curve's baseline, with Fieller's 95 % interval
 * @param verdict faster, slower or not measurably different from the baseline (one-sided 95 %)
 * @param efficiency E(p) = S(p)/p
 * @param karpFlatt the Karp–Flatt serial fraction; null at p = 1, where it is undefined
 * @param busy true when machine.json says the machine was busy while this point was measured
 * @param forks its measured forks, s per operation
 */
public record ScalingPoint(int workers, Estimate seconds, Estimate speedup, Verdict verdict, Estimate efficiency,
        Estimate karpFlatt, boolean busy, Forks forks) {
}

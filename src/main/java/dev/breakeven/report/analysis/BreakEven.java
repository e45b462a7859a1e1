package dev.breakeven.report.analysis;

import dev.breakeven.stats.Crossing;
import dev.breakeven.stats.Estimate;
import dev.breakeven.stats.Verdict;
import java.util.List;

/**
 * The task weight from which p workers beat the sequential loop: where the speedup crosses 1, from the point
 * speedups interpolated in log(weight) between the last losing and the first winning weight, with a 95 %
 * interval from a fork-level bootstrap ({@link Crossing}). What it means for a reader is decided here, once
 * ({@link #payoff()}), and every sentence, table and chart uses that.
 *
 * @param crossing the crossing in the task's weight unit and in the loop's µs per task, with intervals
 * @param atLightest the verdict at the lightest measured weight
 * @param atHeaviest the verdict at the heaviest measured weight
 * @param lightestMicros and {@code heaviestMicros}: the loop's µs per task at the ends of the measured range
 */
public record BreakEven(Crossing crossing, Verdict atLightest, Verdict atHeaviest, double lightestMicros,
        double heaviestMicros) {

    /** What the break-even tells a reader. */
    public enum Payoff {
        /** Parallel pays from a weight inside the range, and the 95 % interval of that weight is bounded. */
        PAYS_FROM("pays from"),
        /** Measurably faster already at the lightest weight: the break-even lies below the range. */
        PAYS_EVERYWHERE("pays at every size measured"),
        /** Never measurably faster, up to the heaviest weight. */
        NEVER_PAYS("never pays"),
        /** The data do not pin the crossing down: its interval runs off the measured range. */
        NO_CROSSING_SHOWN("no crossing shown");

        private final String label;

        Payoff(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static BreakEven find(List<Crossing.Arm> arms, Verdict atLightest, Verdict atHeaviest) {
        double lightest = arms.stream().min(java.util.Comparator.comparingDouble(Crossing.Arm::weight)).orElseThrow()
                .baselineMicrosPerTask();
        double heaviest = arms.stream().max(java.util.Comparator.comparingDouble(Crossing.Arm::weight)).orElseThrow()
                .baselineMicrosPerTask();
        return new BreakEven(Crossing.find(arms), atLightest, atHeaviest, lightest, heaviest);
    }

    public Crossing.Kind kind() {
        return crossing.kind();
    }

    /** The break-even weight in the task's unit, with its 95 % interval (ends may be infinite). */
    public Estimate weight() {
        return crossing.weight();
    }

    /** The same, as the sequential loop's time per task, µs. */
    public Estimate microsPerTask() {
        return crossing.microsPerTask();
    }

    /**
     * The rule: PAYS_FROM for a crossing inside the range whose interval is bounded; PAYS_EVERYWHERE when the
     * lightest weight is already measurably faster; NEVER_PAYS when even the heaviest is not measurably faster;
     * otherwise NO_CROSSING_SHOWN ("as fast or faster" never stands for "could not tell").
     */
    public Payoff payoff() {
        if (atLightest == Verdict.FASTER && crossing.kind() == Crossing.Kind.BELOW_RANGE) {
            return Payoff.PAYS_EVERYWHERE;
        }
        if (atHeaviest != Verdict.FASTER && crossing.kind() != Crossing.Kind.BELOW_RANGE) {
            return crossing.kind() == Crossing.Kind.ABOVE_RANGE ? Payoff.NEVER_PAYS : Payoff.NO_CROSSING_SHOWN;
        }
        if (crossing.kind() == Crossing.Kind.AT && crossing.bounded()) {
            return Payoff.PAYS_FROM;
        }
        return Payoff.NO_CROSSING_SHOWN;
    }
}

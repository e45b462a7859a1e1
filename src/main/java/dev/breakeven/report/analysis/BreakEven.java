package dev.breakeven.report.analysis;

import dev.breakeven.stats.Estimate;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The task weight at which p workers start to beat the sequential loop: the lightest weight from which on
 * the speedup is above 1 beyond its uncertainty ({@code S − σ_S > 1}) at every heavier measured weight,
 * interpolated linearly in log(weight) on that lower bound {@code S − σ_S} between the last losing and the
 * first winning weight. Requiring every heavier weight to win keeps one lucky light point from pulling the
 * break-even down.
 *
 * @param kind {@link Kind#AT} inside the measured range; {@link Kind#ALWAYS} when it already pays at the
 *     lightest weight; {@link Kind#NEVER} when it does not pay even at the heaviest
 * @param weight the break-even weight in the task's unit; for ALWAYS the lightest and for NEVER the heaviest
 *     measured weight (a bound, not a value)
 * @param microsPerTask the sequential loop's time per task at {@code weight}, in µs (interpolated log–log) —
 *     the figure users can compare with their own work
 */
public record BreakEven(Kind kind, double weight, double microsPerTask) {

    public enum Kind {
        AT, ALWAYS, NEVER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Finds the break-even from speedups measured at several weights.
     *
     * @param weights task weights, any order, in the task's unit
     * @param speedups speedup at each weight
     * @param sequentialMicrosPerTask the sequential loop's time per task at each weight, µs
     */
    public static BreakEven find(double[] weights, Estimate[] speedups, double[] sequentialMicrosPerTask) {
        int n = weights.length;
        if (n == 0 || speedups.length != n || sequentialMicrosPerTask.length != n) {
            throw new IllegalArgumentException("need one speedup and one sequential time per weight, and at least one weight");
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> weights[i]));
        int first = n;
        while (first > 0 && speedups[order[first - 1]].isAbove(1)) {
            first--;
        }
        if (first == n) {
            int heaviest = order[n - 1];
            return new BreakEven(Kind.NEVER, weights[heaviest], sequentialMicrosPerTask[heaviest]);
        }
        if (first == 0) {
            int lightest = order[0];
            return new BreakEven(Kind.ALWAYS, weights[lightest], sequentialMicrosPerTask[lightest]);
        }
        int lo = order[first - 1];
        int hi = order[first];
        double below = speedups[lo].lower();
        double above = speedups[hi].lower();
        double fraction = above > below ? (1 - below) / (above - below) : 0;
        fraction = Math.max(0, Math.min(1, fraction));
        double weight = Math.exp(lerp(Math.log(weights[lo]), Math.log(weights[hi]), fraction));
        double micros = Math.exp(lerp(Math.log(sequentialMicrosPerTask[lo]), Math.log(sequentialMicrosPerTask[hi]), fraction));
        return new BreakEven(Kind.AT, weight, micros);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}

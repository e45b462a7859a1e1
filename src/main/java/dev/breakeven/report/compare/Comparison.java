package dev.breakeven.report.compare;

import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.stats.Estimate;
import dev.breakeven.stats.Forks;
import dev.breakeven.stats.Ratio;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.TaskAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * Two runs side by side, per task they share: best speedup, best worker count and break-even on each
 * machine, and whether the differences are significant.
 *
 * <p>Differences are ratios with fork-level 95 % intervals, like every other figure: the best speedups as
 * {@code S_B / S_A} (the four arms' relative variances in quadrature, Satterthwaite degrees of freedom, on the
 * log scale: {@code Ratio.ofRatios}), the sequential loop's time per task as {@code T_B / T_A} (Fieller). A
 * difference is significant when its interval excludes 1. Break-evens are compared by their own 95 %
 * intervals: they differ when the intervals do not overlap.
 *
 * @param a the first run (the one named first)
 * @param b the second run
 * @param labelA how machine A is called in tables and legends
 * @param labelB how machine B is called
 * @param tasks one row pair per task both runs measured
 * @param onlyInA tasks only run A measured
 * @param onlyInB tasks only run B measured
 */
public record Comparison(RunAnalysis a, RunAnalysis b, String labelA, String labelB, List<TaskComparison> tasks,
        List<String> onlyInA, List<String> onlyInB) {

    /** The two-sided level of every comparison. */
    public static final double LEVEL = 0.95;

    /**
     * One machine's figures for one task.
     *
     * @param baselineForks and {@code fastestForks}: the forks behind {@code bestSpeedup}, s per operation
     */
    public record Side(String strategy, double weight, Estimate bestSpeedup, int fastestWorkers, int bestWorkers,
            BreakEven breakEven, String breakEvenStrategy, int breakEvenWorkers, Forks baselineForks,
            Forks fastestForks) {
    }

    /**
     * A difference between the machines as a ratio B / A with its 95 % interval.
     *
     * @param ratio B over A; null when there was nothing to compare
     */
    public record Test(Estimate ratio) {

        /** Whether the interval excludes 1. */
        public boolean significant() {
            return tested() && (ratio.isAbove(1) || ratio.isBelow(1));
        }

        public boolean tested() {
            return ratio != null && Double.isFinite(ratio.value());
        }

        static Test none() {
            return new Test(null);
        }
    }

    /**
     * @param weightCompared the weight whose sequential times were compared (NaN when none in common)
     * @param sequentialA sequential time per task on A at that weight, µs
     * @param sequentialB the same on B
     */
    public record TaskComparison(String task, TaskAnalysis onA, TaskAnalysis onB, Side sideA, Side sideB,
            Test bestSpeedupTest, double weightCompared, Estimate sequentialA, Estimate sequentialB, Test sequentialTest) {
    }

    public static Comparison of(RunAnalysis a, RunAnalysis b) {
        String la = a.machine().label();
        String lb = b.machine().label();
        if (la.equals(lb)) {
            la = a.run().name();
            lb = b.run().name();
            if (la.equals(lb)) {
                la = la + " (A)";
                lb = lb + " (B)";
            }
        }
        List<TaskComparison> tasks = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        for (TaskAnalysis ta : a.tasks()) {
            Optional<TaskAnalysis> tb = b.task(ta.task());
            if (tb.isEmpty()) {
                onlyA.add(ta.task());
                continue;
            }
            tasks.add(compare(ta, tb.get()));
        }
        b.tasks().stream().filter(t -> a.task(t.task()).isEmpty()).forEach(t -> onlyB.add(t.task()));
        return new Comparison(a, b, la, lb, tasks, onlyA, onlyB);
    }

    static TaskComparison compare(TaskAnalysis ta, TaskAnalysis tb) {
        Side sa = side(ta);
        Side sb = side(tb);
        Test speed = sa == null || sb == null ? Test.none() : new Test(Ratio.ofRatios(sb.baselineForks(),
                sb.fastestForks(), sa.baselineForks(), sa.fastestForks(), LEVEL));
        double weight = commonWeight(ta, tb);
        Estimate seqA = null;
        Estimate seqB = null;
        Test seqTest = Test.none();
        if (!Double.isNaN(weight)) {
            Optional<Curve> ca = anyCurve(ta, weight);
            Optional<Curve> cb = anyCurve(tb, weight);
            if (ca.isPresent() && cb.isPresent()) {
                seqA = ca.get().baseline().seconds().times(1e6 / ca.get().batch());
                seqB = cb.get().baseline().seconds().times(1e6 / cb.get().batch());
                seqTest = new Test(Ratio.fieller(cb.get().baseline().forks(), ca.get().baseline().forks(), LEVEL)
                        .times((double) ca.get().batch() / cb.get().batch()));
            }
        }
        return new TaskComparison(ta.task(), ta, tb, sa, sb, speed, weight, seqA, seqB, seqTest);
    }

    /** The figures of one machine: its best curve's fastest point, and its earliest break-even. */
    static Side side(TaskAnalysis t) {
        Optional<Curve> best = t.bestCurve();
        if (best.isEmpty()) {
            return null;
        }
        Curve c = best.get();
        ScalingPoint p = c.at(c.best().fastestWorkers()).orElseThrow();
        Optional<StrategyBreakEven> e = t.headline();
        return new Side(c.strategy(), c.weight(), c.best().fastestSpeedup(), c.best().fastestWorkers(),
                c.best().workers(), e.map(StrategyBreakEven::breakEven).orElse(null),
                e.map(StrategyBreakEven::strategy).orElse(null), e.map(StrategyBreakEven::workers).orElse(0),
                c.baseline().forks(), p.forks());
    }

    private static double commonWeight(TaskAnalysis ta, TaskAnalysis tb) {
        if (tb.weights().stream().anyMatch(w -> TaskAnalysis.sameWeight(w, ta.focusWeight()))) {
            return ta.focusWeight();
        }
        return ta.weights().stream().filter(w -> tb.weights().stream().anyMatch(v -> TaskAnalysis.sameWeight(v, w)))
                .reduce((x, y) -> y).orElse(Double.NaN);
    }

    private static Optional<Curve> anyCurve(TaskAnalysis t, double weight) {
        return t.curve(weight, t.mainStrategy()).or(() -> t.curves().stream()
                .filter(c -> TaskAnalysis.sameWeight(c.weight(), weight)).findFirst());
    }

}

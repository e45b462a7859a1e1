package dev.breakeven.report.compare;

import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.stats.Estimate;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.TaskAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * Two runs side by side, per task they share: best speedup, best worker count and break-even on each
 * machine, and whether the differences are significant.
 *
 * <p>Significance is the Mann–Whitney U test (two-sided, normal approximation, as commons-math computes it)
 * on JMH's raw iterations: for the best speedup, on the per-iteration speedups {@code T_baseline / t_i} at
 * each machine's best point; for absolute speed, on the sequential loop's per-iteration time per task at a
 * weight both measured. It is rank-based, so it makes no assumption about the shape of the noise; with 3
 * iterations a side the smallest p-value it can give is about 0.05, so short runs rarely show significance.
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

    public static final double ALPHA = 0.05;

    /** One machine's figures for one task. */
    public record Side(String strategy, double weight, Estimate bestSpeedup, int fastestWorkers, int bestWorkers,
            BreakEven breakEven, String breakEvenStrategy, int breakEvenWorkers, double[] speedupSamples) {
    }

    /**
     * A Mann–Whitney U test result.
     *
     * @param pValue two-sided p-value; NaN when there were too few iterations to test
     * @param n1 iterations on machine A
     * @param n2 iterations on machine B
     */
    public record Test(double pValue, int n1, int n2) {

        public boolean significant() {
            return pValue < ALPHA;
        }

        public boolean tested() {
            return Double.isFinite(pValue);
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
        Test speed = sa == null || sb == null ? new Test(Double.NaN, 0, 0) : test(sa.speedupSamples(), sb.speedupSamples());
        double weight = commonWeight(ta, tb);
        Estimate seqA = null;
        Estimate seqB = null;
        Test seqTest = new Test(Double.NaN, 0, 0);
        if (!Double.isNaN(weight)) {
            Optional<Curve> ca = anyCurve(ta, weight);
            Optional<Curve> cb = anyCurve(tb, weight);
            if (ca.isPresent() && cb.isPresent()) {
                seqA = ca.get().baseline().seconds().times(1e6 / ca.get().batch());
                seqB = cb.get().baseline().seconds().times(1e6 / cb.get().batch());
                seqTest = test(scale(ca.get().baseline().rawSeconds(), 1e6 / ca.get().batch()),
                        scale(cb.get().baseline().rawSeconds(), 1e6 / cb.get().batch()));
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
        double base = c.baseline().seconds().value();
        double[] samples = java.util.Arrays.stream(p.rawSeconds()).map(t1 -> base / t1).toArray();
        Optional<StrategyBreakEven> e = t.earliestBreakEven();
        BreakEven be;
        String beStrategy = null;
        int beWorkers = 0;
        if (e.isPresent()) {
            be = e.get().breakEven();
            beStrategy = e.get().strategy();
            beWorkers = e.get().workers();
        } else if (t.paysAtLightest()) {
            StrategyBreakEven s = t.breakEvens().stream().filter(x -> x.breakEven().kind() == BreakEven.Kind.ALWAYS)
                    .findFirst().get();
            be = s.breakEven();
            beStrategy = s.strategy();
            beWorkers = s.workers();
        } else {
            be = t.breakEvens().stream().map(StrategyBreakEven::breakEven).findFirst().orElse(null);
        }
        return new Side(c.strategy(), c.weight(), c.best().fastestSpeedup(), c.best().fastestWorkers(),
                c.best().workers(), be, beStrategy, beWorkers, samples);
    }

    /** Mann–Whitney U on two samples; NaN p-value when either has fewer than 2 values. */
    public static Test test(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            return new Test(Double.NaN, x.length, y.length);
        }
        double p = new MannWhitneyUTest().mannWhitneyUTest(x, y);
        return new Test(p, x.length, y.length);
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

    private static double[] scale(double[] v, double k) {
        return java.util.Arrays.stream(v).map(x -> x * k).toArray();
    }
}

package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.RulesOfThumb;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.RulesOfThumb.Check;
import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.stats.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * 8. For slides, "what the docs say vs what your machine says": a row per rule of thumb that this run can check,
 * with the rule's task size as a time per task here (◆) and the measured break-even of the rule's strategy (●,
 * with its 95 % interval), on one log axis of µs per task. A row for the thread pool, which no rule is about,
 * shows what the same machine needs without processes or an engine. The Dask rules state overheads, not sizes;
 * they are in the summary's table.
 */
public final class RulesOfThumbChart {

    /** The chart's file name, without extension. */
    public static final String STEM = "rules-of-thumb";

    private static final Color RULE = new Color(0x444444);

    private RulesOfThumbChart() {
    }

    /** One row: a label, the rule's size here (NaN for none) and the measured break-even (null for none). */
    record Row(String label, double ruleMicros, Estimate measured, Color color) {
    }

    /** The chart of a run, when at least one rule with a size has a measured break-even. */
    public static Optional<NamedChart> of(RunAnalysis run) {
        return of(RulesOfThumb.check(run), RulesOfThumb.threadPool(run), run.machine());
    }

    static Optional<NamedChart> of(List<Check> checks, Optional<Estimate> threadPool, MachineInfo m) {
        List<Row> rows = rows(checks, threadPool);
        if (rows.stream().noneMatch(r -> r.measured() != null && r.ruleMicros() > 0)) {
            return Optional.empty();
        }
        return Optional.of(new NamedChart(STEM, "What the docs say vs what " + m.label() + " says: the"
                + " task size each rule of thumb asks for (◆), and the break-even measured here for the strategy it is"
                + " about (●, 95 % interval), in the loop's µs per task.", chart(rows, m)));
    }

    static List<Row> rows(List<Check> checks, Optional<Estimate> threadPool) {
        List<Row> rows = new ArrayList<>();
        threadPool.ifPresent(t -> rows.add(new Row("no rule: the thread pool · fixed-pool", Double.NaN, t,
                Palette.strategy("fixed-pool"))));
        for (Check c : checks) {
            if (c.measured() != null && c.rule().kind() != RulesOfThumb.Kind.OVERHEAD_MICROS) {
                rows.add(new Row(c.rule().name() + " · " + c.strategy(), c.ruleMicros(), c.measured(),
                        Palette.strategy(c.strategy())));
            }
        }
        return rows;
    }

    static XYChart chart(List<Row> rows, MachineInfo m) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Row r : rows) {
            for (double v : new double[] {r.ruleMicros(), r.measured().value(), r.measured().lower(),
                    r.measured().upper()}) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        Scale xs = Scale.LOG10;
        double left = Math.floor(xs.to(lo) - 0.2);
        double right = Math.ceil(xs.to(hi) + 0.2);
        int n = rows.size();
        TitledXYChart c = ChartKit.xy("What the docs say vs what " + m.label() + " says",
                m.describe() + " · ◆ the rule's task size · ● break-even measured here, bar: 95 % interval",
                "smallest task worth running in parallel: the loop's time per task (log scale)", "");
        c.getStyler().setYAxisTitleVisible(false);
        c.getStyler().setXAxisMin(left).setXAxisMax(right);
        c.getStyler().setYAxisMin(0.4).setYAxisMax(n + 0.6);
        Axes.ticks(c, new double[] {left, right}, new double[] {0.4, n + 0.6}, true, true);
        c.getStyler().setXAxisTickMarkSpacingHint(45);   // about a tick per decade
        c.getStyler().setxAxisTickLabelsFormattingFunction(xs.labels(us -> Format.micros(us), false));
        c.getStyler().setyAxisTickLabelsFormattingFunction(v -> {
            int i = (int) Math.rint(v);
            boolean whole = Math.abs(v - i) < 1e-6;
            return whole && i >= 1 && i <= n ? rows.get(i - 1).label()
                    : "\u2009".repeat(1 + (int) Math.round(v * 16 + 1000) % 997);
        });
        c.getStyler().setMarkerSize(11);
        ChartKit.markers(c, "the docs say", new double[] {left - 10}, new double[] {0}, RULE, SeriesMarkers.DIAMOND,
                true);
        ChartKit.markers(c, "this machine", new double[] {left - 10}, new double[] {0}, RULE, SeriesMarkers.CIRCLE,
                true);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            double y = i + 1;
            Estimate e = r.measured();
            double from = e.lower() > 0 ? Math.max(left, xs.to(e.lower())) : left;
            double to = Double.isFinite(e.upper()) ? Math.min(right, xs.to(e.upper())) : right;
            ChartKit.line(c, "interval " + i, new double[] {from, to}, new double[] {y, y}, r.color(),
                    SeriesMarkers.NONE, ChartKit.THICK).setShowInLegend(false);
            ChartKit.markers(c, "measured " + i, new double[] {xs.to(e.value())}, new double[] {y}, r.color(),
                    SeriesMarkers.CIRCLE, false);
            if (r.ruleMicros() > 0) {
                ChartKit.markers(c, "rule " + i, new double[] {xs.to(r.ruleMicros())}, new double[] {y}, RULE,
                        SeriesMarkers.DIAMOND, false);
            }
        }
        return c;
    }
}

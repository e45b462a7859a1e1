package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.summary.Phrases;
import dev.breakeven.stats.Verdict;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * 7. The title-slide chart: a row per task, a dot at its best speedup, and beside it in words how big a task
 * must be before parallel work pays. Rows are sorted by best speedup; dots left of the S = 1 line never beat
 * the loop. A dot plot rather than a scatter of speedup against break-even, because many tasks share the same
 * break-even bound ("pays at every measured size") and their dots and names would sit on top of each other.
 */
public final class OverviewChart {

    private static final Color PAYS = new Color(0x2166AC);
    private static final Color NEVER = new Color(0xB2182B);

    private OverviewChart() {
    }

    /** One task's row: its best speedup and the sentence beside the dot. */
    record Row(TaskAnalysis task, double speedup, String label, boolean pays) {
    }

    public static NamedChart of(RunAnalysis run) {
        return new NamedChart("overview", "Every task on " + run.machine().describe()
                + ": the best speedup measured, with how big a task must be (sequential time per task) before"
                + " parallel work pays.", chart(run));
    }

    static List<Row> rows(RunAnalysis run) {
        List<Row> rows = new ArrayList<>();
        for (TaskAnalysis t : run.tasks()) {
            Optional<Curve> best = t.bestCurve();
            if (best.isEmpty()) {
                continue;
            }
            Curve c = best.get();
            double s = c.best().fastestSpeedup().value();
            String pays = t.headline().map(h -> Phrases.payoff(h.breakEven())).orElse("one weight only");
            String label = Format.times(s) + " (" + c.strategy() + ", " + c.best().fastestWorkers() + ") · " + pays;
            rows.add(new Row(t, s, label, c.at(c.best().fastestWorkers()).map(pt -> pt.verdict() == Verdict.FASTER).orElse(false)));
        }
        rows.sort(Comparator.comparingDouble(Row::speedup));
        return rows;
    }

    static XYChart chart(RunAnalysis run) {
        List<Row> rows = rows(run);
        int n = Math.max(1, rows.size());
        double lo = Math.min(1, rows.stream().mapToDouble(Row::speedup).min().orElse(1));
        double hi = Math.max(2, rows.stream().mapToDouble(Row::speedup).max().orElse(2));
        Scale xs = Scale.LOG2;
        // each row's figures go into its axis label: XChart places data-space text annotations unreliably
        double left = xs.to(lo) - 0.3;
        double right = xs.to(hi) + 0.3;
        TitledXYChart c = ChartKit.xy("Where parallel pays off — " + run.machine().label(),
                run.machine().describe() + " · best speedup of each task, and the task size from which parallel beats a loop",
                "best speedup over the sequential loop (×, log scale)", "");
        c.getStyler().setLegendVisible(false);
        c.getStyler().setYAxisTitleVisible(false);
        c.getStyler().setXAxisMin(left).setXAxisMax(right);
        c.getStyler().setYAxisMin(0.4).setYAxisMax(n + 0.6);
        c.getStyler().setPlotGridLinesVisible(false);
        Axes.ticks(c, new double[] {left, right}, new double[] {0.4, n + 0.6}, true, true);
        c.getStyler().setXAxisTickMarkSpacingHint(60);
        c.getStyler().setxAxisTickLabelsFormattingFunction(v -> v > xs.to(hi) + 0.5 ? "\u2009".repeat(1 + (int) Math.round(v * 8 + 1000) % 997)
                : xs.labels(x -> Format.significant(x, 2), false).apply(v));
        c.getStyler().setyAxisTickLabelsFormattingFunction(v -> {
            int i = (int) Math.rint(v);
            boolean whole = Math.abs(v - i) < 1e-6;
            return whole && i >= 1 && i <= rows.size() ? rows.get(i - 1).task().task() + " · " + rows.get(i - 1).label()
                    : "\u2009".repeat(1 + (int) Math.round(v * 16 + 1000) % 997);
        });
        c.getStyler().setMarkerSize(11);
        ChartKit.guide(c, "S = 1", new double[] {xs.to(1), xs.to(1)}, new double[] {0.4, n + 0.6}, Palette.BREAK_EVEN,
                ChartKit.THIN, false);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double x = xs.to(r.speedup());
            double y = i + 1;
            ChartKit.guide(c, "row " + i, new double[] {left, x}, new double[] {y, y}, new Color(0xCCCCCC), ChartKit.DOTTED, false);
            ChartKit.markers(c, r.task().task(), new double[] {x}, new double[] {y}, r.pays() ? PAYS : NEVER,
                    SeriesMarkers.CIRCLE, false);
        }
        return c;
    }
}

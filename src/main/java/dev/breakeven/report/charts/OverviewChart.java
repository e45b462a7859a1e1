package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.TaskAnalysis;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * 7. The title-slide chart: one dot per task, placed at the per-task time from which parallel work pays
 * (x, sequential µs per task) and the best speedup measured (y). The legend spells out each task's figures.
 */
public final class OverviewChart {

    private static final Color[] TASK_COLORS = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C),
            new Color(0xD62728), new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
            new Color(0xBCBD22), new Color(0x17BECF)};

    private OverviewChart() {
    }

    /** One placed task: x = break-even µs per task, y = best speedup. */
    record Dot(TaskAnalysis task, double micros, double speedup, String legend, boolean bound) {
    }

    public static NamedChart of(RunAnalysis run) {
        return new NamedChart("overview", "Every task on " + run.machine().describe()
                + ": the best speedup measured (up) and the sequential time per task from which parallel work"
                + " pays (right means it needs bigger tasks to pay).", chart(run));
    }

    static List<Dot> dots(RunAnalysis run) {
        List<Dot> dots = new ArrayList<>();
        for (TaskAnalysis t : run.tasks()) {
            Optional<Curve> best = t.bestCurve();
            if (best.isEmpty()) {
                continue;
            }
            Curve c = best.get();
            double s = c.best().fastestSpeedup().value();
            String gain = Format.times(s) + " with " + c.strategy() + " × " + c.best().fastestWorkers();
            Optional<StrategyBreakEven> earliest = t.earliestBreakEven();
            double micros;
            String pays;
            if (t.paysAtLightest()) {
                micros = t.breakEvens().stream().filter(b -> b.breakEven().kind() == BreakEven.Kind.ALWAYS)
                        .mapToDouble(b -> b.breakEven().microsPerTask()).min().orElse(Double.NaN);
                pays = "pays at every size (≤ " + Format.micros(micros) + ")";
            } else if (earliest.isPresent()) {
                micros = earliest.get().breakEven().microsPerTask();
                pays = "pays from ≈ " + Format.micros(micros);
            } else if (t.neverPays()) {
                micros = t.breakEvens().stream().mapToDouble(b -> b.breakEven().microsPerTask()).max().orElse(Double.NaN);
                pays = "never pays up to " + Format.micros(micros);
            } else {
                continue;
            }
            if (Double.isFinite(micros) && micros > 0) {
                dots.add(new Dot(t, micros, s, t.task() + ": " + gain + ", " + pays, earliest.isEmpty()));
            }
        }
        return dots;
    }

    static XYChart chart(RunAnalysis run) {
        List<Dot> dots = dots(run);
        TaskCharts.Range xr = TaskCharts.Range.of(dots.stream().mapToDouble(Dot::micros));
        TaskCharts.Range yr = TaskCharts.Range.of(dots.stream().mapToDouble(Dot::speedup)).include(1);
        Scale xs = Scale.log10If(xr.min(), xr.max(), 10);
        Scale ys = Scale.log2If(yr.min(), yr.max(), 16);
        TitledXYChart c = ChartKit.xy("Where parallel pays off — " + run.machine().label(),
                run.machine().describe() + " · best speedup of each task, and the task size from which it beats a loop"
                        + (dots.stream().anyMatch(Dot::bound) ? " · ○ outside the measured range" : ""),
                "sequential time per task where parallel starts to pay (µs" + xs.suffix() + ")",
                "best speedup (×" + ys.suffix() + ")");
        double[] xp = pad(xs, xr, 0.12);
        double[] yp = pad(ys, yr, 0.12);
        c.getStyler().setXAxisMin(xp[0]).setXAxisMax(xp[1]);
        c.getStyler().setYAxisMin(yp[0]).setYAxisMax(yp[1]);
        TaskCharts.ticks(c, xp, yp, xs != Scale.LINEAR, ys != Scale.LINEAR);
        c.getStyler().setxAxisTickLabelsFormattingFunction(xs.labels(v -> Format.significant(v, 2), false));
        c.getStyler().setyAxisTickLabelsFormattingFunction(ys.labels(v -> Format.significant(v, 2), false));
        c.getStyler().setMarkerSize(12);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        ChartKit.guide(c, "S = 1: no faster than a loop", new double[] {xp[0], xp[1]}, new double[] {ys.to(1), ys.to(1)},
                Palette.BREAK_EVEN, ChartKit.THIN, false);
        int i = 0;
        for (Dot d : dots) {
            Color color = TASK_COLORS[i++ % TASK_COLORS.length];
            ChartKit.markers(c, d.legend(), new double[] {xs.to(d.micros())}, new double[] {ys.to(d.speedup())}, color,
                    d.bound() ? ChartKit.RING : SeriesMarkers.CIRCLE, true);
            double dy = (yp[1] - yp[0]) * 0.06;
            String label = d.task().task() + (d.bound() ? (d.task().neverPays() ? " (never pays)" : " (always pays)") : "");
            c.addAnnotation(new AnnotationText(label, xs.to(d.micros()), ys.to(d.speedup()) + dy, false));
        }
        return c;
    }

    private static double[] pad(Scale s, TaskCharts.Range r, double fraction) {
        double lo = s.to(r.min());
        double hi = s.to(r.max());
        double pad = hi > lo ? (hi - lo) * fraction : (s == Scale.LINEAR ? Math.max(0.5, Math.abs(lo) * 0.3) : 0.5);
        return new double[] {lo - pad, hi + pad};
    }
}

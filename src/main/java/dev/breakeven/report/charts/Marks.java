package dev.breakeven.report.charts;

import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.analysis.UslFit;
import dev.breakeven.report.io.MachineInfo;
import java.awt.Color;
import java.util.List;
import java.util.function.Predicate;
import org.knowm.xchart.XYChart;

/**
 * What the charts mark besides the measured curves: reference lines (S = 1, ideal scaling, the machine's cores),
 * the USL fit, and points that failed, ran out of memory or were measured while the machine was busy.
 */
final class Marks {

    private Marks() {
    }

    /** The horizontal S = 1 line across {@code workers}, named for what S = 1 means here. */
    static void sameAsBaseline(XYChart c, String name, Range x, Scale xs, Scale ys) {
        ChartKit.guide(c, name, xs.to(new double[] {x.min(), x.max()}), ys.to(new double[] {1, 1}),
                Palette.BREAK_EVEN, ChartKit.THIN, true);
    }

    /** The ideal S = p, as far as the plot reaches. */
    static void ideal(XYChart c, Range workers, Scale xs, Scale ys) {
        double[] p = Axes.dense(workers.min(), Math.min(workers.max(), ys.from(c.getStyler().getYAxisMax())), xs);
        ChartKit.guide(c, "ideal: S = p", xs.to(p), ys.to(p), Palette.IDEAL, ChartKit.DOTTED, true);
    }

    /** A vertical line at the machine's logical core count, when it lies on the chart. */
    static void cores(XYChart c, MachineInfo m, Scale xs, Scale ys, Range workers, Range speedups) {
        int cores = m.logicalCores();
        if (cores > 0 && cores >= workers.min() && cores <= workers.max()) {
            ChartKit.guide(c, m.cores(), new double[] {xs.to(cores), xs.to(cores)},
                    new double[] {ys.to(speedups.min()), ys.to(speedups.max())}, Palette.CORES, ChartKit.DASH_DOT, true);
        }
    }

    /** The USL fit's speedup X(N)·T(baseline) over {@code workers}, dashed, kept inside {@code speedups}. */
    static void uslFit(XYChart c, String name, UslFit fit, double baselineSeconds, Scale xs, Scale ys, Range workers,
            Range speedups, Color color) {
        double[] n = Axes.dense(workers.min(), workers.max(), xs);
        double[] s = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            s[i] = Math.max(speedups.min(), Math.min(speedups.max(), fit.throughputAt(n[i]) * baselineSeconds));
        }
        ChartKit.guide(c, name, xs.to(n), ys.to(s), color, ChartKit.DASHED, false);
    }

    /** Red crosses on the bottom edge at the worker counts of the points {@code which} picks that have no result. */
    static void missingWorkers(XYChart c, TaskAnalysis t, Scale xs, Predicate<MachineInfo.PointStatus> which) {
        List<MachineInfo.PointStatus> points = t.missing().stream().filter(which).toList();
        crosses(c, points, points.stream().mapToDouble(p -> xs.to(Math.max(1, p.workers()))).toArray());
    }

    /** Red crosses on the bottom edge at the weights of the main strategy's points that have no result. */
    static void missingWeights(XYChart c, TaskAnalysis t, Scale xs) {
        List<MachineInfo.PointStatus> points = t.missing().stream()
                .filter(p -> t.mainStrategy().equals(p.strategy()) && p.weight() > 0).toList();
        crosses(c, points, points.stream().mapToDouble(p -> xs.to(p.weight())).toArray());
    }

    private static void crosses(XYChart c, List<MachineInfo.PointStatus> points, double[] x) {
        if (!points.isEmpty()) {
            double[] y = points.stream().mapToDouble(p -> Axes.bottom(c)).toArray();
            String status = String.join(" / ", points.stream().map(MachineInfo.PointStatus::status).distinct().toList());
            ChartKit.markers(c, status + ": no result", x, y, Palette.FAILED, ChartKit.CROSS, true);
        }
    }

    /** Rings around speedup points measured while the machine was busy. */
    static void busy(XYChart c, Scale xs, Scale ys, List<ScalingPoint> points) {
        if (!points.isEmpty()) {
            double[] x = points.stream().mapToDouble(p -> xs.to(p.workers())).toArray();
            double[] y = points.stream().mapToDouble(p -> ys.to(p.speedup().value())).toArray();
            ChartKit.markers(c, "measured while busy", x, y, Palette.BUSY, ChartKit.RING, true);
        }
    }
}

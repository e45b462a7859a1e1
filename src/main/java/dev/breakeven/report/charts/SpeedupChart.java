package dev.breakeven.report.charts;

import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.stats.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.function.Predicate;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Speedup against workers for the main strategy, a line per task weight with its intervals, the ideal S = p,
 * S = 1, the machine's core count and the USL fit (dashed); points without a result are crossed on the bottom
 * edge and points measured while busy ringed.
 */
public final class SpeedupChart {

    private SpeedupChart() {
    }

    public static XYChart of(TaskAnalysis t, MachineInfo m) {
        // create
        String main = t.mainStrategy();
        List<Curve> curves = t.curvesOf(main);
        Predicate<MachineInfo.PointStatus> ofMain = p -> main.equals(p.strategy());
        Range workers = Axes.workersWithMissing(curves, t, ofMain);
        Range measured = Axes.speedups(curves);
        // room above the highest curve for the ideal line to show where it heads
        Range speedups = measured.include(1).include(Math.min(workers.max(), measured.max() * 1.3));
        Scale xs = Scale.log2If(workers.min(), workers.max(), 8);
        Scale ys = Scale.log2If(speedups.min(), speedups.max(), 16);
        boolean anyFit = curves.stream().anyMatch(c -> c.usl().fitted());
        TitledXYChart c = ChartKit.xy("Speedup vs workers — " + t.task(),
                Labels.subtitle(m, t, main + (anyFit ? " · dashed: USL fit" : ""), true),
                Labels.workersAxis(main, xs), Labels.speedupAxis(t.baselineKind(), ys));

        // customise
        Axes.set(c, xs, workers, ys, speedups, true);

        // series
        Marks.ideal(c, workers, xs, ys);
        Marks.sameAsBaseline(c, Labels.sameAsBaseline(t.baselineKind()), workers, xs, ys);
        for (Curve curve : curves) {
            Color color = Palette.weight(t, curve.weight());
            plot(c, Labels.weightSeries(t, curve), curve, xs, ys, color, SeriesMarkers.CIRCLE, ChartKit.SOLID);
            curve.usl().asOptional().ifPresent(fit -> Marks.uslFit(c, "USL " + t.weightLabel(curve.weight()), fit,
                    curve.baseline().seconds().value(), xs, ys, workers, speedups, color));
        }
        Marks.cores(c, m, xs, ys, workers, speedups);
        Marks.missingWorkers(c, t, xs, ofMain);
        Marks.busy(c, xs, ys, curves.stream().flatMap(cu -> cu.points().stream()).filter(ScalingPoint::busy).toList());
        Intervals.dodge(c);
        return c;
    }

    /** A curve's speedups against its worker counts, with their intervals. */
    static void plot(XYChart c, String name, Curve curve, Scale xs, Scale ys, Color color, Marker marker,
            BasicStroke stroke) {
        double[] p = xs.to(curve.points().stream().mapToDouble(ScalingPoint::workers).toArray());
        Estimate[] s = curve.points().stream().map(ScalingPoint::speedup).toArray(Estimate[]::new);
        ChartKit.estimates(c, name, p, s, 1, ys, color, marker, stroke);
    }
}

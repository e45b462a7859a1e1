package dev.breakeven.report.charts;

import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.MachineInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The strategies side by side at one weight (the task's focus weight): speedup against workers, a line per
 * strategy in its palette colour, with S = 1, the ideal S = p and the machine's cores.
 */
public final class StrategiesChart {

    private StrategiesChart() {
    }

    public static XYChart of(TaskAnalysis t, MachineInfo m) {
        // create
        double w = t.focusWeight();
        List<Curve> curves = t.strategies().stream().map(s -> t.curve(w, s)).flatMap(Optional::stream).toList();
        Predicate<MachineInfo.PointStatus> atWeight = p -> TaskAnalysis.sameWeight(p.weight(), w);
        Range workers = Axes.workersWithMissing(curves, t, atWeight);
        Range speedups = Axes.speedups(curves).include(1);
        Scale xs = Scale.log2If(workers.min(), workers.max(), 8);
        Scale ys = Scale.log2If(speedups.min(), speedups.max(), 16);
        TitledXYChart c = ChartKit.xy("Strategies at " + t.shortWeightLabel(w) + " weight — " + t.task(),
                Labels.subtitle(m, t, t.weightLabel(w), true), Labels.workersAxis(null, xs),
                Labels.speedupAxis(t.baselineKind(), ys));

        // customise
        Axes.set(c, xs, workers, ys, speedups, true);

        // series
        Marks.sameAsBaseline(c, Labels.sameAsBaseline(t.baselineKind()), workers, xs, ys);
        Marks.ideal(c, workers, xs, ys);
        for (Curve curve : curves) {
            SpeedupChart.plot(c, curve.strategy(), curve, xs, ys, Palette.strategy(curve.strategy()),
                    SeriesMarkers.CIRCLE, ChartKit.SOLID);
        }
        Marks.cores(c, m, xs, ys, workers, speedups);
        Marks.missingWorkers(c, t, xs, atWeight);
        Marks.busy(c, xs, ys, curves.stream().flatMap(cu -> cu.points().stream()).filter(ScalingPoint::busy).toList());
        Intervals.dodge(c);
        return c;
    }
}

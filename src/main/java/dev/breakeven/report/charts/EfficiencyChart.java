package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.stats.Estimate;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Parallel efficiency E = S/p against workers for the main strategy, a line per weight; E = 1 is perfect scaling. */
public final class EfficiencyChart {

    private EfficiencyChart() {
    }

    public static XYChart of(TaskAnalysis t, MachineInfo m) {
        // create
        String main = t.mainStrategy();
        List<Curve> curves = t.curvesOf(main);
        Range workers = Axes.workers(curves);
        Range efficiency = Range.of(curves.stream().flatMap(c -> c.points().stream())
                .mapToDouble(p -> Math.min(p.efficiency().upper(), p.efficiency().value() * Axes.REACH)))
                .include(0).include(1.05);
        Scale xs = Scale.log2If(workers.min(), workers.max(), 8);
        TitledXYChart c = ChartKit.xy("Parallel efficiency — " + t.task(), Labels.subtitle(m, t, main, true),
                Labels.workersAxis(main, xs), "efficiency E = S / p");

        // customise
        Axes.set(c, xs, workers, Scale.LINEAR, efficiency, true);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setyAxisTickLabelsFormattingFunction(v -> Format.significant(v, 2));

        // series
        ChartKit.guide(c, "E = 1: perfect scaling", xs.to(new double[] {workers.min(), workers.max()}),
                new double[] {1, 1}, Palette.IDEAL, ChartKit.DOTTED, true);
        for (Curve curve : curves) {
            double[] p = xs.to(curve.points().stream().mapToDouble(ScalingPoint::workers).toArray());
            Estimate[] e = curve.points().stream().map(ScalingPoint::efficiency).toArray(Estimate[]::new);
            ChartKit.estimates(c, Labels.weightSeries(t, curve), p, e, 1, Scale.LINEAR, Palette.weight(t, curve.weight()),
                    SeriesMarkers.CIRCLE, ChartKit.SOLID);
        }
        Intervals.dodge(c);
        return c;
    }
}

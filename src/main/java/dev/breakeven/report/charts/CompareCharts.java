package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.Baseline;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.stats.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Two machines' curves for one task overlaid: colour is the weight (the same as in each machine's own
 * report), solid lines and circles are machine A, dashed lines and squares machine B.
 */
public final class CompareCharts {

    private CompareCharts() {
    }

    /** The strategy both machines measured that the charts show: A's main strategy if B has it too. */
    public static Optional<String> commonStrategy(TaskAnalysis a, TaskAnalysis b) {
        if (b.strategies().contains(a.mainStrategy())) {
            return Optional.of(a.mainStrategy());
        }
        return a.strategies().stream().filter(b.strategies()::contains).findFirst();
    }

    /** The weights both machines measured for {@code strategy}. */
    static List<Double> commonWeights(TaskAnalysis a, TaskAnalysis b, String strategy) {
        List<Double> out = new ArrayList<>();
        for (Curve ca : a.curvesOf(strategy)) {
            if (b.curve(ca.weight(), strategy).isPresent()) {
                out.add(ca.weight());
            }
        }
        return out;
    }

    public static List<NamedChart> all(TaskAnalysis a, MachineInfo ma, String la, TaskAnalysis b, MachineInfo mb, String lb) {
        List<NamedChart> charts = new ArrayList<>();
        Optional<String> strategy = commonStrategy(a, b);
        if (strategy.isEmpty() || commonWeights(a, b, strategy.get()).isEmpty()) {
            return charts;
        }
        String slug = Format.slug(a.task());
        charts.add(new NamedChart("compare-speedup-" + slug, "Speedup of " + a.task() + " on " + la + " (solid) and " + lb
                + " (dashed), " + strategy.get() + ", one colour per weight.", speedup(a, ma, la, b, mb, lb, strategy.get())));
        charts.add(new NamedChart("compare-time-" + slug, "Time per task of " + a.task() + " on " + la + " (solid) and "
                + lb + " (dashed), " + strategy.get() + "; ◆ is the sequential loop.", time(a, ma, la, b, mb, lb, strategy.get())));
        return charts;
    }

    static String subtitle(MachineInfo ma, String la, MachineInfo mb, String lb, String strategy) {
        return "solid: " + describe(ma, la) + " · dashed: " + describe(mb, lb) + " · " + strategy;
    }

    private static String describe(MachineInfo m, String label) {
        return m.logicalCores() > 0 ? label + " (" + m.cores() + ")" : label;
    }

    /** Both machines' curves of {@code strategy} at each weight they share, A's then B's per weight. */
    private static List<Curve> pairedCurves(TaskAnalysis a, TaskAnalysis b, String strategy, List<Double> weights) {
        List<Curve> curves = new ArrayList<>();
        for (double w : weights) {
            curves.add(a.curve(w, strategy).get());
            curves.add(b.curve(w, strategy).get());
        }
        return curves;
    }

    /** What both machines' speedups are relative to: the weaker of the two baselines. */
    static Baseline.Kind baseline(TaskAnalysis a, TaskAnalysis b) {
        return a.baselineKind().compareTo(b.baselineKind()) >= 0 ? a.baselineKind() : b.baselineKind();
    }

    static XYChart speedup(TaskAnalysis a, MachineInfo ma, String la, TaskAnalysis b, MachineInfo mb, String lb,
            String strategy) {
        // create
        List<Double> weights = commonWeights(a, b, strategy);
        List<Curve> curves = pairedCurves(a, b, strategy, weights);
        Range workers = Axes.workers(curves);
        Range speedups = Axes.speedups(curves).include(1);
        Scale xs = Scale.log2If(workers.min(), workers.max(), 8);
        Scale ys = Scale.log2If(speedups.min(), speedups.max(), 16);
        Baseline.Kind baseline = baseline(a, b);
        TitledXYChart c = ChartKit.xy("Speedup on two machines — " + a.task(), subtitle(ma, la, mb, lb, strategy),
                Labels.workersAxis(strategy, xs), Labels.speedupAxis(baseline, ys));

        // customise
        Axes.set(c, xs, workers, ys, speedups, true);

        // series
        Marks.sameAsBaseline(c, Labels.sameAsBaseline(baseline), workers, xs, ys);
        for (double w : weights) {
            Color color = Palette.weight(a, w);
            for (int side = 0; side < 2; side++) {
                Curve cu = (side == 0 ? a : b).curve(w, strategy).get();
                SpeedupChart.plot(c, (side == 0 ? la : lb) + " · " + a.shortWeightLabel(w), cu, xs, ys, color,
                        side == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.SQUARE, side == 0 ? ChartKit.SOLID : ChartKit.DASHED);
            }
        }
        Intervals.dodge(c);
        return c;
    }

    static XYChart time(TaskAnalysis a, MachineInfo ma, String la, TaskAnalysis b, MachineInfo mb, String lb,
            String strategy) {
        // create
        List<Double> weights = commonWeights(a, b, strategy);
        List<Curve> curves = pairedCurves(a, b, strategy, weights);
        Range workers = Axes.workers(curves);
        Range seconds = Range.of(curves.stream().flatMapToDouble(cu -> cu.points().stream()
                .mapToDouble(p -> p.seconds().value() / cu.batch())));
        for (Curve cu : curves) {
            seconds = seconds.include(cu.baseline().seconds().value() / cu.batch());
        }
        TimeScale unit = TimeScale.forSeconds(seconds.max());
        Range times = seconds.times(unit.perSecond);
        Scale xs = Scale.log2If(workers.min(), workers.max(), 8);
        Scale ys = Scale.log10If(times.min(), times.max(), 10);
        TitledXYChart c = ChartKit.xy("Time per task on two machines — " + a.task(),
                subtitle(ma, la, mb, lb, strategy) + " · ◆ sequential loop",
                Labels.workersAxis(strategy, xs), "time per task (" + unit.label + ys.suffix() + ")");

        // customise
        Axes.set(c, xs, workers, ys, times, true);
        c.getStyler().setyAxisTickLabelsFormattingFunction(ys.labels(Format::number, false));

        // series
        for (double w : weights) {
            Color color = Palette.weight(a, w);
            for (int side = 0; side < 2; side++) {
                Curve cu = (side == 0 ? a : b).curve(w, strategy).get();
                double k = unit.perSecond / cu.batch();
                double[] p = xs.to(cu.points().stream().mapToDouble(ScalingPoint::workers).toArray());
                Estimate[] t = cu.points().stream().map(ScalingPoint::seconds).toArray(Estimate[]::new);
                String name = (side == 0 ? la : lb) + " · " + a.shortWeightLabel(w);
                ChartKit.estimates(c, name, p, t, k, ys, color, side == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.SQUARE,
                        side == 0 ? ChartKit.SOLID : ChartKit.DASHED);
                if (cu.baseline().kind() == Baseline.Kind.SEQUENTIAL) {
                    ChartKit.markers(c, "sequential " + name, new double[] {xs.to(workers.min())},
                            new double[] {ys.to(cu.baseline().seconds().value() * k)}, color, SeriesMarkers.DIAMOND, false);
                }
            }
        }
        Intervals.dodge(c);
        return c;
    }
}

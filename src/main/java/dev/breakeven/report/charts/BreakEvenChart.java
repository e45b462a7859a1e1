package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.report.summary.Phrases;
import dev.breakeven.stats.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Overhead against benefit: speedup against task weight (log), a line per worker count with its intervals, the
 * S = 1 line, a ◆ at each worker count's break-even weight, and a dashed line where parallel work starts to pay.
 */
public final class BreakEvenChart {

    private BreakEvenChart() {
    }

    public static XYChart of(TaskAnalysis t, MachineInfo m) {
        // create
        String main = t.mainStrategy();
        List<Curve> curves = t.curvesOf(main);
        Range weights = Range.of(curves.stream().mapToDouble(Curve::weight));
        Range speedups = Axes.speedups(curves).include(1);
        Scale xs = Scale.log10If(weights.min(), weights.max(), 10);
        Scale ys = Scale.log2If(speedups.min(), speedups.max(), 16);
        TitledXYChart c = ChartKit.xy("Overhead vs benefit — " + t.task(),
                Labels.subtitle(m, t, main + " · ◆ break-even where S crosses 1, bar: its 95 % interval", true),
                "task weight (" + t.unit() + xs.suffix() + ")", Labels.speedupAxis(t.baselineKind(), ys));

        // customise
        Axes.set(c, xs, weights, ys, speedups, false);
        c.getStyler().setxAxisTickLabelsFormattingFunction(xs.labels(Format::number, false));

        // series
        ChartKit.guide(c, "S = 1: break-even", xs.to(new double[] {weights.min(), weights.max()}),
                ys.to(new double[] {1, 1}), Palette.BREAK_EVEN, ChartKit.THICK, true);
        lines(c, t.workerCounts(), curves, ScalingPoint::speedup, 1, xs, ys);
        List<StrategyBreakEven> paying = t.breakEvensOf(main).stream()
                .filter(b -> b.breakEven().payoff() == BreakEven.Payoff.PAYS_FROM).toList();
        for (StrategyBreakEven b : paying) {
            double lo = Math.max(weights.min(), b.breakEven().weight().lower());
            double hi = Math.min(weights.max(), b.breakEven().weight().upper());
            ChartKit.line(c, "break-even " + b.workers() + " (95 %)", xs.to(new double[] {lo, hi}),
                    ys.to(new double[] {1, 1}), Palette.workers(b.workers()), SeriesMarkers.NONE, ChartKit.THICK);
            ChartKit.markers(c, "break-even " + b.workers(), new double[] {xs.to(b.breakEven().weight().value())},
                    new double[] {ys.to(1)}, Palette.workers(b.workers()), ChartKit.PICKED, false);
        }
        paying.stream().min(Comparator.comparingDouble(b -> b.breakEven().weight().value())).ifPresent(b -> {
            double x = xs.to(b.breakEven().weight().value());
            ChartKit.guide(c, "pays from " + Phrases.micros(b.breakEven().microsPerTask()) + "/task",
                    new double[] {x, x}, new double[] {c.getStyler().getYAxisMin(), c.getStyler().getYAxisMax()},
                    Palette.BREAK_EVEN, ChartKit.DASHED, true);
        });
        Marks.missingWeights(c, t, xs);
        Intervals.dodge(c);
        return c;
    }

    /**
     * A line per worker count against weight, through {@code what} of each curve's point at that count
     * ({@code × factor}), with its intervals, in the worker count's palette colour.
     */
    static void lines(XYChart c, List<Integer> workerCounts, List<Curve> curves, Function<ScalingPoint, Estimate> what,
            double factor, Scale xs, Scale ys) {
        for (int p : workerCounts) {
            List<Double> w = new ArrayList<>();
            List<Estimate> y = new ArrayList<>();
            for (Curve curve : curves) {
                curve.at(p).ifPresent(pt -> {
                    w.add(curve.weight());
                    y.add(what.apply(pt));
                });
            }
            if (!w.isEmpty()) {
                ChartKit.estimates(c, Labels.workers(p), xs.to(w.stream().mapToDouble(Double::doubleValue).toArray()),
                        y.toArray(Estimate[]::new), factor, ys, Palette.workers(p), SeriesMarkers.CIRCLE, ChartKit.SOLID);
            }
        }
    }
}

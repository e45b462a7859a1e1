package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.Baseline;
import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.StrategyBreakEven;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.analysis.UslFit;
import dev.breakeven.report.io.MachineInfo;
import dev.breakeven.report.summary.Phrases;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The per-task charts. Each method is a pure function from the analysis to a chart; nothing here writes files.
 */
public final class TaskCharts {

    private TaskCharts() {
    }

    /** Every chart for one task, in the order the index page shows them. */
    public static List<NamedChart> all(TaskAnalysis t, MachineInfo m) {
        List<NamedChart> charts = new ArrayList<>();
        String slug = Format.slug(t.task());
        String main = t.mainStrategy();
        if (t.curvesOf(main).isEmpty()) {
            return charts;
        }
        charts.add(new NamedChart("speedup-" + slug, "Speedup of " + t.task() + " against the number of workers, one line per"
                + " task weight (" + main + "), with the ideal S = p, the machine's cores and the USL fit (dashed).",
                speedupVsWorkers(t, m)));
        if (t.weights().size() >= 2) {
            charts.add(new NamedChart("break-even-" + slug, "Overhead against benefit for " + t.task()
                    + ": speedup against task weight, one line per worker count (" + main
                    + "). Below S = 1 the parallel version is slower than the loop; ◆ marks the break-even weight.",
                    overheadVsBenefit(t, m)));
            charts.add(new NamedChart("heatmap-" + slug, "Speedup of " + t.task()
                    + " by weight and workers (" + main + "): red is slower than the loop, blue faster.", heatMap(t, m)));
        }
        if (t.strategies().size() >= 2) {
            charts.add(new NamedChart("strategies-" + slug, "Strategies side by side for " + t.task() + " at "
                    + t.weightLabel(t.focusWeight()) + ".", strategies(t, m)));
        }
        charts.add(new NamedChart("efficiency-" + slug, "Parallel efficiency E = S/p of " + t.task()
                + " (" + main + "): 1 is perfect scaling.", efficiency(t, m)));
        if (isChunked(t) && t.weights().size() >= 2) {
            charts.add(new NamedChart("chunk-size-" + slug, "Chunk size against time per batch for " + t.task()
                    + ": too small costs overhead, too large leaves workers idle. ◆ marks the best chunk size.",
                    chunkSize(t, m)));
        }
        return charts;
    }

    /** True for the chunked-field task (its weight is the chunk size), or any task named like it. */
    public static boolean isChunked(TaskAnalysis t) {
        return t.task().toLowerCase(Locale.ROOT).contains("chunk");
    }

    /** 1. Speedup vs workers: a line per weight, ideal S = p, the core count, the USL fit dashed. */
    public static XYChart speedupVsWorkers(TaskAnalysis t, MachineInfo m) {
        List<Curve> curves = t.curvesOf(t.mainStrategy());
        Range workers = withMissing(Range.of(curves.stream().flatMap(c -> c.points().stream()).mapToDouble(ScalingPoint::workers)),
                t, p -> t.mainStrategy().equals(p.strategy()));
        Range speedups = speedupRange(curves).include(1).include(Math.min(workers.max, speedupRange(curves).max * 1.3));
        Scale xs = Scale.log2If(workers.min, workers.max, 8);
        Scale ys = Scale.log2If(speedups.min, speedups.max, 16);
        boolean anyFit = curves.stream().anyMatch(c -> c.usl().fitted());
        TitledXYChart c = ChartKit.xy("Speedup vs workers — " + t.task(),
                subtitle(m, t, t.mainStrategy() + (anyFit ? " · dashed: USL fit" : "")),
                ("workers (" + strategyWords(t) + xs.suffix() + ")").replace("(, ", "(").replace(" ()", ""), "speedup over " + baselineName(t) + " (×" + ys.suffix() + ")");
        axes(c, xs, workers, ys, speedups, true);
        double[] ideal = dense(workers.min, Math.min(workers.max, ys.from(c.getStyler().getYAxisMax())), xs);
        ChartKit.guide(c, "ideal: S = p", xs.to(ideal), ys.to(ideal), Palette.IDEAL, ChartKit.DOTTED, true);
        ChartKit.guide(c, "S = 1: as fast as " + (t.baselineKind() == Baseline.Kind.SEQUENTIAL ? "the loop" : "1 worker"), xs.to(new double[] {workers.min, workers.max}),
                ys.to(new double[] {1, 1}), Palette.BREAK_EVEN, ChartKit.THIN, true);
        for (Curve curve : curves) {
            Color color = weightColor(t, curve.weight());
            plotSpeedup(c, seriesName(t, curve), curve, xs, ys, color);
            curve.usl().asOptional().ifPresent(fit -> plotFit(c, "USL " + t.weightLabel(curve.weight()), fit, curve, xs, ys,
                    workers, speedups, color));
        }
        cores(c, m, xs, ys, workers, speedups);
        missing(c, t, m, xs, ys, speedups, p -> t.mainStrategy().equals(p.strategy()));
        busy(c, xs, ys, curves.stream().flatMap(cu -> cu.points().stream()).filter(ScalingPoint::busy).toList());
        return c;
    }

    /** 2. Overhead vs benefit: speedup against weight, a line per worker count, S = 1 and the break-even marked. */
    public static XYChart overheadVsBenefit(TaskAnalysis t, MachineInfo m) {
        String main = t.mainStrategy();
        List<Curve> curves = t.curvesOf(main);
        Range weights = Range.of(curves.stream().mapToDouble(Curve::weight));
        Range speedups = speedupRange(curves).include(1);
        Scale xs = Scale.log10If(weights.min, weights.max, 10);
        Scale ys = Scale.log2If(speedups.min, speedups.max, 16);
        TitledXYChart c = ChartKit.xy("Overhead vs benefit — " + t.task(),
                subtitle(m, t, main + " · ◆ break-even where S crosses 1, bar: its 95 % interval"),
                "task weight (" + t.unit() + xs.suffix() + ")", "speedup over " + baselineName(t) + " (×" + ys.suffix() + ")");
        axes(c, xs, weights, ys, speedups, false);
        c.getStyler().setxAxisTickLabelsFormattingFunction(xs.labels(Format::number, false));
        ChartKit.guide(c, "S = 1: break-even", xs.to(new double[] {weights.min, weights.max}), ys.to(new double[] {1, 1}),
                Palette.BREAK_EVEN, ChartKit.THICK, true);
        for (int p : t.workerCounts()) {
            List<double[]> rows = new ArrayList<>();
            for (Curve curve : curves) {
                curve.at(p).ifPresent(pt -> rows.add(new double[] {curve.weight(), pt.speedup().value(), pt.speedup().error()}));
            }
            if (rows.isEmpty()) {
                continue;
            }
            double[] w = rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] s = rows.stream().mapToDouble(r -> r[1]).toArray();
            double[] e = rows.stream().mapToDouble(r -> r[2]).toArray();
            ChartKit.line(c, p + (p == 1 ? " worker" : " workers"), xs.to(w), ys.to(s), ys.errors(s, e),
                    Palette.workers(p), SeriesMarkers.CIRCLE, ChartKit.SOLID);
        }
        List<StrategyBreakEven> paying = t.breakEvensOf(main).stream()
                .filter(b -> b.breakEven().payoff() == BreakEven.Payoff.PAYS_FROM).toList();
        for (StrategyBreakEven b : paying) {
            double lo = Math.max(weights.min, b.breakEven().weight().lower());
            double hi = Math.min(weights.max, b.breakEven().weight().upper());
            ChartKit.line(c, "break-even " + b.workers() + " (95 %)", xs.to(new double[] {lo, hi}),
                    ys.to(new double[] {1, 1}), null, Palette.workers(b.workers()), SeriesMarkers.NONE, ChartKit.THICK);
            ChartKit.markers(c, "break-even " + b.workers(), new double[] {xs.to(b.breakEven().weight().value())},
                    new double[] {ys.to(1)}, Palette.workers(b.workers()), SeriesMarkers.DIAMOND, false);
        }
        paying.stream().min(Comparator.comparingDouble(b -> b.breakEven().weight().value())).ifPresent(b -> {
            double x = xs.to(b.breakEven().weight().value());
            ChartKit.guide(c, "pays from " + Phrases.micros(b.breakEven().microsPerTask()) + "/task",
                    new double[] {x, x}, new double[] {c.getStyler().getYAxisMin(), c.getStyler().getYAxisMax()},
                    Palette.BREAK_EVEN, ChartKit.DASHED, true);
        });
        missingOverWeights(c, t, xs, ys, speedups);
        return c;
    }

    /** 3. Heat map of speedup, weight × workers, on a diverging scale centred at S = 1. */
    public static TitledHeatMapChart heatMap(TaskAnalysis t, MachineInfo m) {
        return HeatMaps.speedup(t, m, subtitle(m, t, t.mainStrategy() + " · red: slower than the loop · blue: faster")
                .replace(" · bars: 99.9 % CI", ""));
    }

    /** 4. Strategies side by side at the focus weight. */
    public static XYChart strategies(TaskAnalysis t, MachineInfo m) {
        double w = t.focusWeight();
        List<Curve> curves = t.strategies().stream().map(s -> t.curve(w, s)).flatMap(Optional::stream).toList();
        Range workers = withMissing(Range.of(curves.stream().flatMap(c -> c.points().stream()).mapToDouble(ScalingPoint::workers)),
                t, p -> TaskAnalysis.sameWeight(p.weight(), w));
        Range speedups = speedupRange(curves).include(1);
        Scale xs = Scale.log2If(workers.min, workers.max, 8);
        Scale ys = Scale.log2If(speedups.min, speedups.max, 16);
        TitledXYChart c = ChartKit.xy("Strategies at " + t.shortWeightLabel(w) + " weight — " + t.task(),
                subtitle(m, t, t.weightLabel(w)), "workers" + (xs == Scale.LINEAR ? "" : " (log scale)"),
                "speedup over " + baselineName(t) + " (×" + ys.suffix() + ")");
        axes(c, xs, workers, ys, speedups, true);
        ChartKit.guide(c, "S = 1: as fast as " + (t.baselineKind() == Baseline.Kind.SEQUENTIAL ? "the loop" : "1 worker"), xs.to(new double[] {workers.min, workers.max}),
                ys.to(new double[] {1, 1}), Palette.BREAK_EVEN, ChartKit.THIN, true);
        double[] ideal = dense(workers.min, Math.min(workers.max, ys.from(c.getStyler().getYAxisMax())), xs);
        ChartKit.guide(c, "ideal: S = p", xs.to(ideal), ys.to(ideal), Palette.IDEAL, ChartKit.DOTTED, true);
        for (Curve curve : curves) {
            plotSpeedup(c, curve.strategy(), curve, xs, ys, Palette.strategy(curve.strategy()));
        }
        cores(c, m, xs, ys, workers, speedups);
        missing(c, t, m, xs, ys, speedups, p -> TaskAnalysis.sameWeight(p.weight(), w));
        busy(c, xs, ys, curves.stream().flatMap(cu -> cu.points().stream()).filter(ScalingPoint::busy).toList());
        return c;
    }

    /** 5. Efficiency E = S/p against workers, a line per weight. */
    public static XYChart efficiency(TaskAnalysis t, MachineInfo m) {
        List<Curve> curves = t.curvesOf(t.mainStrategy());
        Range workers = Range.of(curves.stream().flatMap(c -> c.points().stream()).mapToDouble(ScalingPoint::workers));
        Range eff = Range.of(curves.stream().flatMap(c -> c.points().stream())
                .mapToDouble(p -> p.efficiency().value() + p.efficiency().error())).include(0).include(1.05);
        Scale xs = Scale.log2If(workers.min, workers.max, 8);
        TitledXYChart c = ChartKit.xy("Parallel efficiency — " + t.task(), subtitle(m, t, t.mainStrategy()),
                ("workers (" + strategyWords(t) + xs.suffix() + ")").replace("(, ", "(").replace(" ()", ""), "efficiency E = S / p");
        axes(c, xs, workers, Scale.LINEAR, eff, true);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setyAxisTickLabelsFormattingFunction(v -> Format.significant(v, 2));
        ChartKit.guide(c, "E = 1: perfect scaling", xs.to(new double[] {workers.min, workers.max}), new double[] {1, 1},
                Palette.IDEAL, ChartKit.DOTTED, true);
        for (Curve curve : curves) {
            double[] p = curve.points().stream().mapToDouble(ScalingPoint::workers).toArray();
            double[] e = curve.points().stream().mapToDouble(pt -> pt.efficiency().value()).toArray();
            double[] err = curve.points().stream().mapToDouble(pt -> pt.efficiency().error()).toArray();
            ChartKit.line(c, seriesName(t, curve), xs.to(p), e, err, weightColor(t, curve.weight()),
                    SeriesMarkers.CIRCLE, ChartKit.SOLID);
        }
        return c;
    }

    /** 6. Chunk size (the weight of chunked-field) against time per batch, a line per worker count. */
    public static XYChart chunkSize(TaskAnalysis t, MachineInfo m) {
        String main = t.mainStrategy();
        List<Curve> curves = t.curvesOf(main);
        Range chunks = Range.of(curves.stream().mapToDouble(Curve::weight));
        Range times = Range.of(curves.stream().flatMap(c -> c.points().stream()).mapToDouble(p -> p.seconds().value()));
        for (Curve cu : curves) {
            if (cu.baseline().kind() == Baseline.Kind.SEQUENTIAL) {
                times = times.include(cu.baseline().seconds().value());
            }
        }
        TimeUnit unit = TimeUnit.forSeconds(times.max);
        Range scaled = new Range(times.min * unit.factor, times.max * unit.factor);
        Scale xs = Scale.log10If(chunks.min, chunks.max, 10);
        Scale ys = Scale.log10If(scaled.min, scaled.max, 10);
        TitledXYChart c = ChartKit.xy("Chunk size vs time — " + t.task(), subtitle(m, t, main + " · ◆ best chunk size per worker count"),
                "chunk size (" + t.unit() + xs.suffix() + ")", (batchVaries(t) ? "time per pass over all chunks ("
                        : "time per batch of " + t.batch() + " (") + unit.label + ys.suffix() + ")");
        axes(c, xs, chunks, ys, scaled, false);
        c.getStyler().setxAxisTickLabelsFormattingFunction(xs.labels(Format::number, false));
        c.getStyler().setyAxisTickLabelsFormattingFunction(ys.labels(Format::number, false));
        List<double[]> seq = new ArrayList<>();
        for (Curve cu : curves) {
            if (cu.baseline().kind() == Baseline.Kind.SEQUENTIAL) {
                seq.add(new double[] {cu.weight(), cu.baseline().seconds().value() * unit.factor});
            }
        }
        if (seq.size() >= 2) {
            ChartKit.line(c, "sequential loop", xs.to(seq.stream().mapToDouble(r -> r[0]).toArray()),
                    ys.to(seq.stream().mapToDouble(r -> r[1]).toArray()), null, Palette.strategy("sequential"),
                    SeriesMarkers.NONE, ChartKit.DASHED);
        }
        double[] best = null;
        for (int p : t.workerCounts()) {
            List<double[]> rows = new ArrayList<>();
            for (Curve cu : curves) {
                cu.at(p).ifPresent(pt -> rows.add(new double[] {cu.weight(), pt.seconds().value() * unit.factor,
                        pt.seconds().error() * unit.factor}));
            }
            if (rows.isEmpty()) {
                continue;
            }
            double[] w = rows.stream().mapToDouble(r -> r[0]).toArray();
            double[] y = rows.stream().mapToDouble(r -> r[1]).toArray();
            double[] e = rows.stream().mapToDouble(r -> r[2]).toArray();
            ChartKit.line(c, p + (p == 1 ? " worker" : " workers"), xs.to(w), ys.to(y), ys.errors(y, e),
                    Palette.workers(p), SeriesMarkers.CIRCLE, ChartKit.SOLID);
            double[] min = rows.stream().min(Comparator.comparingDouble(r -> r[1])).get();
            ChartKit.markers(c, "best " + p, new double[] {xs.to(min[0])}, new double[] {ys.to(min[1])},
                    Palette.workers(p), SeriesMarkers.DIAMOND, false).setMarker(SeriesMarkers.DIAMOND);
            if (best == null || min[1] < best[1]) {
                best = new double[] {min[0], min[1], p};
            }
        }
        if (best != null) {
            int p = (int) best[2];
            String text = "best: chunk " + Format.number(best[0]) + " at " + p + (p == 1 ? " worker, " : " workers, ")
                    + Format.seconds(best[1] / unit.factor) + (batchVaries(t) ? " per pass" : " per batch");
            double yTop = ys.to(scaled.max);
            double yBottom = ys.to(scaled.min);
            c.addAnnotation(new AnnotationText(text, (xs.to(chunks.min) + xs.to(chunks.max)) / 2,
                    yTop - 0.04 * (yTop - yBottom), false));
        }
        return c;
    }

    // ---------------------------------------------------------------- helpers

    /** Whether the task runs each weight at its own batch size (chunked-field: the batch is the chunk count). */
    static boolean batchVaries(TaskAnalysis t) {
        return t.curves().stream().map(Curve::batch).distinct().count() > 1;
    }

    static String subtitle(MachineInfo m, TaskAnalysis t, String what) {
        StringBuilder s = new StringBuilder(m.describe());
        s.append(" · ").append(what);
        if (batchVaries(t)) {
            s.append(" · one batch = one pass over the field");
        } else if (t.batch() > 1) {
            s.append(" · batch of ").append(t.batch());
        }
        s.append(" · bars: 99.9 % CI");
        return s.toString();
    }

    /** The main strategy for axis titles; nothing for benchmarks without a strategy param. */
    static String strategyWords(TaskAnalysis t) {
        return "default".equals(t.mainStrategy()) ? "" : t.mainStrategy();
    }

    /** A per-weight series' legend entry: the weight, or the task when the benchmark has no weight. */
    static String seriesName(TaskAnalysis t, Curve c) {
        return Double.isNaN(c.weight()) ? t.task() : t.weightLabel(c.weight());
    }

    static String baselineName(TaskAnalysis t) {
        return t.baselineKind() == Baseline.Kind.SEQUENTIAL ? "sequential loop" : "1 worker";
    }

    /** A weight's colour: named weights fixed, others by log position between the named (or measured) ones. */
    static Color weightColor(TaskAnalysis t, double weight) {
        List<Double> anchors = t.taskInfo().map(i -> i.namedWeights().values().stream().sorted().toList())
                .filter(l -> l.size() >= 2).orElse(null);
        if (anchors == null) {
            List<Double> ws = t.weights();
            if (ws.size() < 2) {
                return Palette.weight(1);
            }
            double lo = Math.log(ws.get(0));
            double hi = Math.log(ws.get(ws.size() - 1));
            return Palette.weight((Math.log(weight) - lo) / (hi - lo));
        }
        double lw = Math.log(weight);
        int k = anchors.size();
        if (lw <= Math.log(anchors.get(0))) {
            return Palette.weight(0);
        }
        for (int i = 1; i < k; i++) {
            double a = Math.log(anchors.get(i - 1));
            double b = Math.log(anchors.get(i));
            if (lw <= b) {
                return Palette.weight((i - 1 + (lw - a) / (b - a)) / (k - 1));
            }
        }
        return Palette.weight(1);
    }

    static void plotSpeedup(XYChart c, String name, Curve curve, Scale xs, Scale ys, Color color) {
        double[] p = curve.points().stream().mapToDouble(ScalingPoint::workers).toArray();
        double[] s = curve.points().stream().mapToDouble(pt -> pt.speedup().value()).toArray();
        double[] e = curve.points().stream().mapToDouble(pt -> pt.speedup().error()).toArray();
        ChartKit.line(c, name, xs.to(p), ys.to(s), ys.errors(s, e), color, SeriesMarkers.CIRCLE, ChartKit.SOLID);
    }

    static void plotFit(XYChart c, String name, UslFit fit, Curve curve, Scale xs, Scale ys, Range workers, Range speedups,
            Color color) {
        double[] n = dense(workers.min, workers.max, xs);
        double base = curve.baseline().seconds().value();
        double[] s = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            s[i] = Math.max(speedups.min, Math.min(speedups.max, fit.throughputAt(n[i]) * base));
        }
        ChartKit.guide(c, name, xs.to(n), ys.to(s), color, ChartKit.DASHED, false);
    }

    /** A vertical line at the machine's logical core count, when it lies on the chart. */
    static void cores(XYChart c, MachineInfo m, Scale xs, Scale ys, Range workers, Range speedups) {
        int cores = m.logicalCores();
        if (cores > 0 && cores >= workers.min && cores <= workers.max) {
            ChartKit.guide(c, m.cores(), new double[] {xs.to(cores), xs.to(cores)},
                    new double[] {ys.to(speedups.min), ys.to(speedups.max)}, Palette.CORES, ChartKit.DASH_DOT, true);
        }
    }

    /** Widens a worker range to the worker counts that failed, so their crosses are on the chart. */
    static Range withMissing(Range r, TaskAnalysis t, java.util.function.Predicate<MachineInfo.PointStatus> which) {
        Range out = r;
        for (MachineInfo.PointStatus p : t.missing()) {
            if (which.test(p) && p.workers() >= 1) {
                out = out.include(p.workers());
            }
        }
        return out;
    }

    /** Red crosses on the bottom edge at the worker counts that failed or ran out of memory. */
    static void missing(XYChart c, TaskAnalysis t, MachineInfo m, Scale xs, Scale ys, Range speedups,
            java.util.function.Predicate<MachineInfo.PointStatus> which) {
        List<MachineInfo.PointStatus> points = t.missing().stream().filter(which).toList();
        if (!points.isEmpty()) {
            double[] x = points.stream().mapToDouble(p -> xs.to(Math.max(1, p.workers()))).toArray();
            double[] y = points.stream().mapToDouble(p -> bottom(c)).toArray();
            ChartKit.markers(c, statusWords(points) + ": no result", x, y, Palette.FAILED,
                    ChartKit.CROSS, true);
        }
    }

    /** Just above the bottom edge of the plot, where markers for points without a value go. */
    static double bottom(XYChart c) {
        double lo = c.getStyler().getYAxisMin();
        double hi = c.getStyler().getYAxisMax();
        return lo + (hi - lo) * 0.03;
    }

    private static void missingOverWeights(XYChart c, TaskAnalysis t, Scale xs, Scale ys, Range speedups) {
        List<MachineInfo.PointStatus> points = t.missing().stream()
                .filter(p -> t.mainStrategy().equals(p.strategy()) && p.weight() > 0).toList();
        if (!points.isEmpty()) {
            double[] x = points.stream().mapToDouble(p -> xs.to(p.weight())).toArray();
            double[] y = points.stream().mapToDouble(p -> bottom(c)).toArray();
            ChartKit.markers(c, statusWords(points) + ": no result", x, y, Palette.FAILED,
                    ChartKit.CROSS, true);
        }
    }

    static String statusWords(List<MachineInfo.PointStatus> points) {
        return String.join(" / ", points.stream().map(MachineInfo.PointStatus::status).distinct().toList());
    }

    static void busy(XYChart c, Scale xs, Scale ys, List<ScalingPoint> points) {
        if (!points.isEmpty()) {
            double[] x = points.stream().mapToDouble(p -> xs.to(p.workers())).toArray();
            double[] y = points.stream().mapToDouble(p -> ys.to(p.speedup().value())).toArray();
            ChartKit.markers(c, "measured while busy", x, y, Palette.BUSY, ChartKit.RING, true);
        }
    }

    /** Sets both axes' limits and tick labels. */
    static void axes(XYChart c, Scale xs, Range x, Scale ys, Range y, boolean wholeX) {
        double[] xr = padded(xs, x);
        double[] yr = padded(ys, y);
        c.getStyler().setXAxisMin(xr[0]).setXAxisMax(xr[1]);
        c.getStyler().setYAxisMin(yr[0]).setYAxisMax(yr[1]);
        ticks(c, xr, yr, xs != Scale.LINEAR || wholeX, ys != Scale.LINEAR);
        c.getStyler().setxAxisTickLabelsFormattingFunction(xs.labels(Format::number, wholeX));
        c.getStyler().setyAxisTickLabelsFormattingFunction(ys.labels(v -> Format.significant(v, 2), false));
    }

    /**
     * Asks XChart for ticks one unit apart on axes whose labels must fall on whole numbers (worker counts,
     * powers of two or ten): XChart derives its tick step from a pixel spacing hint, so the hint is the plot's
     * approximate size over the axis span. Never closer than a readable minimum.
     */
    static void ticks(XYChart c, double[] xr, double[] yr, boolean wholeX, boolean wholeY) {
        if (wholeX) {
            double span = Math.max(1e-9, xr[1] - xr[0]);
            c.getStyler().setXAxisTickMarkSpacingHint((int) Math.max(55, Math.min(400, 540 / span * 1.15)));
        }
        if (wholeY) {
            double span = Math.max(1e-9, yr[1] - yr[0]);
            c.getStyler().setYAxisTickMarkSpacingHint((int) Math.max(30, Math.min(250, 290 / span * 1.15)));
        }
    }

    private static double[] padded(Scale s, Range r) {
        double lo = s.to(r.min);
        double hi = s.to(r.max);
        double pad = hi > lo ? (hi - lo) * 0.05 : 0.5;
        return new double[] {lo - pad, hi + pad};
    }

    static Range speedupRange(List<Curve> curves) {
        Range r = Range.of(curves.stream().flatMap(c -> c.points().stream()).mapToDouble(p -> p.speedup().value()));
        for (Curve c : curves) {
            for (ScalingPoint p : c.points()) {
                r = r.include(p.speedup().upper());
                if (p.speedup().lower() > 0) {
                    r = r.include(p.speedup().lower());
                }
            }
        }
        return r;
    }

    /** Points from lo to hi for smooth guide curves, evenly spaced on the axis's scale. */
    static double[] dense(double lo, double hi, Scale s) {
        int n = 60;
        double a = s.to(lo);
        double b = s.to(hi);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.from(a + (b - a) * i / (n - 1));
        }
        return out;
    }

    /** A closed interval of data values. */
    record Range(double min, double max) {

        static Range of(java.util.stream.DoubleStream values) {
            double[] v = values.filter(Double::isFinite).toArray();
            if (v.length == 0) {
                return new Range(1, 1);
            }
            return new Range(java.util.Arrays.stream(v).min().getAsDouble(), java.util.Arrays.stream(v).max().getAsDouble());
        }

        Range include(double v) {
            return Double.isFinite(v) ? new Range(Math.min(min, v), Math.max(max, v)) : this;
        }

        double span() {
            return max - min;
        }
    }

    /** A time unit chosen so the largest value reads as a number between 1 and 1000. */
    enum TimeUnit {
        NS("ns", 1e9), US("µs", 1e6), MS("ms", 1e3), S("s", 1);

        final String label;
        final double factor;

        TimeUnit(String label, double factor) {
            this.label = label;
            this.factor = factor;
        }

        static TimeUnit forSeconds(double max) {
            if (max < 1e-6) {
                return NS;
            }
            if (max < 1e-3) {
                return US;
            }
            return max < 1 ? MS : S;
        }
    }

    static <T> double max(List<T> list, ToDoubleFunction<T> f) {
        return list.stream().mapToDouble(f).max().orElse(Double.NaN);
    }
}

package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.Baseline;
import dev.breakeven.report.analysis.ChunkSizes;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.ScalingPoint;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.MachineInfo;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Chunk size against time per pass for a chunked task (its weight is the chunk size, its batch the number of
 * chunks): a line per worker count with its intervals, the sequential loop dashed, and a ◆ at the best chunk size
 * of each worker count as {@link ChunkSizes} found it. The U shape is the point: too small a chunk costs
 * overhead, too large leaves workers idle.
 */
public final class ChunkSizeChart {

    private ChunkSizeChart() {
    }

    public static XYChart of(TaskAnalysis t, MachineInfo m, ChunkSizes best) {
        // create
        String main = t.mainStrategy();
        List<Curve> curves = t.curvesOf(main);
        Range chunks = Range.of(curves.stream().mapToDouble(Curve::weight));
        Range seconds = Range.of(curves.stream().flatMap(c -> c.points().stream()).mapToDouble(p -> p.seconds().value()));
        for (Curve cu : sequential(curves)) {
            seconds = seconds.include(cu.baseline().seconds().value());
        }
        TimeScale unit = TimeScale.forSeconds(seconds.max());
        Range times = seconds.times(unit.perSecond);
        Scale xs = Scale.log10If(chunks.min(), chunks.max(), 10);
        Scale ys = Scale.log10If(times.min(), times.max(), 10);
        String per = Labels.batchVaries(t) ? "time per pass over all chunks" : "time per batch of " + t.batch();
        TitledXYChart c = ChartKit.xy("Chunk size vs time — " + t.task(),
                Labels.subtitle(m, t, main + " · ◆ best chunk size per worker count", true),
                "chunk size (" + t.unit() + xs.suffix() + ")", per + " (" + unit.label + ys.suffix() + ")");

        // customise
        Axes.set(c, xs, chunks, ys, times, false);
        c.getStyler().setxAxisTickLabelsFormattingFunction(xs.labels(Format::number, false));
        c.getStyler().setyAxisTickLabelsFormattingFunction(ys.labels(Format::number, false));

        // series
        List<Curve> loop = sequential(curves);
        if (loop.size() >= 2) {
            ChartKit.line(c, "sequential loop", xs.to(loop.stream().mapToDouble(Curve::weight).toArray()),
                    ys.to(loop.stream().mapToDouble(cu -> cu.baseline().seconds().value() * unit.perSecond).toArray()),
                    Palette.strategy("sequential"), SeriesMarkers.NONE, ChartKit.DASHED);
        }
        BreakEvenChart.lines(c, t.workerCounts(), curves, ScalingPoint::seconds, unit.perSecond, xs, ys);
        for (ChunkSizes.Best b : best.byWorkers()) {
            ChartKit.markers(c, "best " + b.workers(), new double[] {xs.to(b.chunkSize())},
                    new double[] {ys.to(b.secondsPerPass().value() * unit.perSecond)}, Palette.workers(b.workers()),
                    ChartKit.PICKED, false);
        }
        // the run's best in the legend, where it cannot cover a curve: drawn again over its own ◆
        best.overall().ifPresent(b -> ChartKit.markers(c, caption(b, Labels.batchVaries(t)),
                new double[] {xs.to(b.chunkSize())}, new double[] {ys.to(b.secondsPerPass().value() * unit.perSecond)},
                Palette.workers(b.workers()), ChartKit.PICKED, true));
        Intervals.dodge(c);
        return c;
    }

    /** {@code "best: chunk 1,024 · 4 workers · 250 µs/pass"}: the legend entry of the run's best chunk size. */
    static String caption(ChunkSizes.Best b, boolean perPass) {
        return "best: chunk " + Format.number(b.chunkSize()) + " · " + Labels.workers(b.workers()) + " · "
                + Format.seconds(b.secondsPerPass().value()) + (perPass ? "/pass" : "/batch");
    }

    private static List<Curve> sequential(List<Curve> curves) {
        return curves.stream().filter(cu -> cu.baseline().kind() == Baseline.Kind.SEQUENTIAL).toList();
    }
}

package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.ChunkSizes;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.MachineInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every chart of one task, with its file name and caption, in the order the report page shows them. */
public final class TaskCharts {

    private TaskCharts() {
    }

    /** The task's charts, written as {@code <kind>-<task>} (e.g. {@code speedup-arithmetic}); none without curves. */
    public static List<NamedChart> all(TaskAnalysis t, MachineInfo m) {
        if (t.curvesOf(t.mainStrategy()).isEmpty()) {
            return List.of();
        }
        String slug = Format.slug(t.task());
        return byKind(t, m).stream()
                .map(c -> new NamedChart(c.fileStem() + "-" + slug, c.caption(), c.chart(), t.task())).toList();
    }

    /** The charts named by their kind only ({@code speedup}). */
    private static List<NamedChart> byKind(TaskAnalysis t, MachineInfo m) {
        String main = t.mainStrategy();
        List<NamedChart> charts = new ArrayList<>();
        charts.add(new NamedChart("speedup", "Speedup of " + t.task() + " against the number of workers, one line"
                + " per task weight (" + main + "), with the ideal S = p, the machine's cores and the USL fit (dashed).",
                SpeedupChart.of(t, m)));
        if (t.weights().size() >= 2) {
            charts.add(new NamedChart("break-even", "Overhead against benefit for " + t.task()
                    + ": speedup against task weight, one line per worker count (" + main + "). Below S = 1 the"
                    + " parallel version is slower than " + Labels.baseline(t.baselineKind())
                    + "; ◆ marks the break-even weight.", BreakEvenChart.of(t, m)));
            charts.add(new NamedChart("heatmap", "Speedup of " + t.task() + " by weight and workers (" + main
                    + "): red is slower than " + Labels.baseline(t.baselineKind()) + ", blue faster.",
                    HeatMapChart.of(t, m)));
        }
        if (t.strategies().size() >= 2) {
            charts.add(new NamedChart("strategies", "Strategies side by side for " + t.task() + " at "
                    + t.weightLabel(t.focusWeight()) + ".", StrategiesChart.of(t, m)));
        }
        charts.add(new NamedChart("efficiency", "Parallel efficiency E = S/p of " + t.task() + " (" + main
                + "): 1 is perfect scaling.", EfficiencyChart.of(t, m)));
        Optional<ChunkSizes> chunks = ChunkSizes.of(t);
        chunks.ifPresent(best -> charts.add(new NamedChart("chunk-size", "Chunk size against time per pass for "
                + t.task() + ": too small costs overhead, too large leaves workers idle. ◆ marks the best chunk size"
                + " per worker count.", ChunkSizeChart.of(t, m, best))));
        return charts;
    }
}

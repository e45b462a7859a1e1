package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.Baseline;
import dev.breakeven.report.analysis.Curve;
import dev.breakeven.report.analysis.TaskAnalysis;
import dev.breakeven.report.io.MachineInfo;
import java.util.ArrayList;
import java.util.List;

/** Subtitles, axis titles and legend names shared by the charts, each built from its parts. */
final class Labels {

    private Labels() {
    }

    /**
     * {@code "laptop, 2 logical cores · fixed-pool · batch of 48 · bars: 95 % CI"}: the machine, what the chart
     * shows, the batch, and what the bars are when the chart has them.
     */
    static String subtitle(MachineInfo m, TaskAnalysis t, String what, boolean bars) {
        List<String> parts = new ArrayList<>(List.of(m.describe(), what));
        if (batchVaries(t)) {
            parts.add("one batch = one pass over the field");
        } else if (t.batch() > 1) {
            parts.add("batch of " + t.batch());
        }
        if (bars) {
            parts.add("bars: " + intervals(t.curves()));
        }
        return String.join(" · ", parts);
    }

    /** Whether the task runs each weight at its own batch (chunked-field: the batch is the chunk count). */
    static boolean batchVaries(TaskAnalysis t) {
        return t.curves().stream().filter(t::charted).map(Curve::batch).distinct().count() > 1;
    }

    /**
     * What the speedups' intervals are: {@code "95 % CI"} when every interval that has a confidence level has the
     * same one; {@code "confidence intervals"} when they differ, {@code "± error"} when none has a level (a
     * standard error, or a run analysed without fork-level statistics).
     */
    static String intervals(List<Curve> curves) {
        List<Double> levels = curves.stream().flatMap(c -> c.points().stream()).map(p -> p.speedup().level())
                .filter(Double::isFinite).distinct().toList();
        if (levels.size() == 1) {
            return Format.significant(levels.get(0) * 100, 3) + " % CI";
        }
        return levels.isEmpty() ? "± error" : "confidence intervals";
    }

    /** {@code "workers (fixed-pool, log scale)"}, leaving out what is not there. */
    static String workersAxis(String strategy, Scale xs) {
        List<String> parts = new ArrayList<>();
        if (strategy != null && !"default".equals(strategy)) {
            parts.add(strategy);
        }
        if (xs != Scale.LINEAR) {
            parts.add("log scale");
        }
        return parts.isEmpty() ? "workers" : "workers (" + String.join(", ", parts) + ")";
    }

    /** {@code "speedup over sequential loop (×, log scale)"}. */
    static String speedupAxis(Baseline.Kind baseline, Scale ys) {
        return "speedup over " + baselineName(baseline) + " (×" + ys.suffix() + ")";
    }

    /** What speedups are relative to, in a few words. */
    static String baselineName(Baseline.Kind kind) {
        return switch (kind) {
            case SEQUENTIAL -> "sequential loop";
            case ONE_WORKER -> "1 worker";
            case FEWEST_WORKERS -> "fewest workers";
        };
    }

    /** What speedups are relative to, for a phrase: {@code "the loop"}, {@code "1 worker"}. */
    static String baseline(Baseline.Kind kind) {
        return switch (kind) {
            case SEQUENTIAL -> "the loop";
            case ONE_WORKER -> "1 worker";
            case FEWEST_WORKERS -> "the fewest workers";
        };
    }

    /** The legend entry of the S = 1 line: {@code "S = 1: as fast as the loop"}, or as fast as the baseline. */
    static String sameAsBaseline(Baseline.Kind kind) {
        return "S = 1: as fast as " + baseline(kind);
    }

    /** A per-weight series' legend entry: the weight, or the task when the benchmark has no weight. */
    static String weightSeries(TaskAnalysis t, Curve c) {
        return Double.isNaN(c.weight()) ? t.task() : t.weightLabel(c.weight());
    }

    /** {@code "1 worker"}, {@code "4 workers"}. */
    static String workers(int p) {
        return p + (p == 1 ? " worker" : " workers");
    }
}

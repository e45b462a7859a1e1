package dev.breakeven.report.charts;

import dev.breakeven.report.analysis.TaskAnalysis;
import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * Fixed colours keyed by name, so a strategy, a named weight or a worker count has the same colour on every
 * chart of every report, and two machines' charts can be put side by side on a slide.
 */
public final class Palette {

    /** Strategies: Tableau-10 hues, one each; unknown strategies take the leftovers by a stable hash. */
    private static final Map<String, Color> STRATEGIES = Map.of(
            "sequential", new Color(0x444444),
            "fixed-pool", new Color(0x1F77B4),
            "fixed-pool-cold", new Color(0x17BECF),
            "fork-join", new Color(0xFF7F0E),
            "parallel-stream", new Color(0x2CA02C),
            "virtual-threads", new Color(0x9467BD),
            "process-pool", new Color(0xD62728),
            "process-pool-cold", new Color(0xE377C2),
            "default", new Color(0x1F77B4));
    private static final List<Color> SPARE = List.of(new Color(0x8C564B), new Color(0xBCBD22), new Color(0x7F7F7F),
            new Color(0x393B79), new Color(0x637939), new Color(0x843C39));

    /** Named weights, light to heavy: amber, green, blue, purple. Weights in between are interpolated. */
    private static final Color[] WEIGHTS = {new Color(0xE69F00), new Color(0x2CA25F), new Color(0x2C7FB8),
            new Color(0x6A3D9A)};

    /** Worker counts by log2: 1, 2, 4, ... 128. Counts in between are interpolated. */
    private static final Color[] WORKERS = {new Color(0x7F7F7F), new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0x009E73), new Color(0xD55E00), new Color(0x0072B2), new Color(0xCC79A7), new Color(0x000000)};

    public static final Color IDEAL = new Color(0x999999);
    public static final Color BREAK_EVEN = new Color(0x222222);
    public static final Color CORES = new Color(0xB22222);
    public static final Color FAILED = new Color(0xD62728);
    public static final Color BUSY = new Color(0x000000);

    private Palette() {
    }

    public static Color strategy(String name) {
        Color c = STRATEGIES.get(name);
        return c != null ? c : SPARE.get(Math.floorMod(name.hashCode(), SPARE.size()));
    }

    /**
     * A weight's colour from its position between light (0) and heavy (1): the sweep's named weights sit at
     * 0, ⅓, ⅔ and 1, so "heavy" is the same purple on every chart.
     */
    public static Color weight(double position) {
        return ramp(WEIGHTS, position);
    }

    /**
     * A weight's colour on {@code t}'s charts: the task's named weights fixed (light to heavy), others by their log
     * position between the named weights, or between the measured ones when the task names none.
     */
    public static Color weight(TaskAnalysis t, double weight) {
        List<Double> anchors = t.taskInfo().map(i -> i.namedWeights().values().stream().sorted().toList())
                .filter(l -> l.size() >= 2).orElse(null);
        if (anchors == null) {
            List<Double> ws = t.weights();
            if (ws.size() < 2) {
                return weight(1);
            }
            double lo = Math.log(ws.get(0));
            double hi = Math.log(ws.get(ws.size() - 1));
            return weight((Math.log(weight) - lo) / (hi - lo));
        }
        double lw = Math.log(weight);
        int k = anchors.size();
        if (lw <= Math.log(anchors.get(0))) {
            return weight(0);
        }
        for (int i = 1; i < k; i++) {
            double a = Math.log(anchors.get(i - 1));
            double b = Math.log(anchors.get(i));
            if (lw <= b) {
                return weight((i - 1 + (lw - a) / (b - a)) / (k - 1));
            }
        }
        return weight(1);
    }

    /** A worker count's colour: fixed for powers of two, interpolated in log2 between them. */
    public static Color workers(int workers) {
        double position = Math.log(Math.max(1, workers)) / Math.log(2) / (WORKERS.length - 1);
        return ramp(WORKERS, position);
    }

    /** A colour between {@code anchors}, evenly spaced over [0, 1]. */
    static Color ramp(Color[] anchors, double position) {
        double p = Double.isFinite(position) ? Math.max(0, Math.min(1, position)) : 0;
        double scaled = p * (anchors.length - 1);
        int i = (int) Math.min(anchors.length - 2, Math.floor(scaled));
        double t = scaled - i;
        Color a = anchors[i];
        Color b = anchors[i + 1];
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /**
     * Diverging colour for a speedup: red below 1 (slower than the loop), white at 1, blue above; full red at
     * {@code log2(S) = −lowLimit}, full blue at {@code log2(S) = highLimit}.
     */
    public static Color speedup(double log2Speedup, double lowLimit, double highLimit) {
        Color[] diverging = {new Color(0xB2182B), new Color(0xEF8A62), new Color(0xFDDBC7), new Color(0xF7F7F7),
                new Color(0xD1E5F0), new Color(0x67A9CF), new Color(0x2166AC)};
        double side = log2Speedup < 0 ? lowLimit : highLimit;
        return ramp(diverging, 0.5 + 0.5 * log2Speedup / side);
    }
}

package dev.breakeven.report.io;

import java.util.Locale;
import java.util.Map;

/**
 * JMH's score units ({@code us/op}, {@code ops/ms}, ...) turned into seconds per operation, so that time-mode
 * and throughput-mode results of the same curve land on the same numbers.
 */
public final class Units {

    /** Seconds per JMH time-unit label (JMH writes {@code ns, us, ms, s, min, hr, day}). */
    private static final Map<String, Double> SECONDS = Map.ofEntries(
            Map.entry("ns", 1e-9), Map.entry("us", 1e-6), Map.entry("µs", 1e-6), Map.entry("μs", 1e-6),
            Map.entry("ms", 1e-3), Map.entry("s", 1.0), Map.entry("sec", 1.0), Map.entry("min", 60.0),
            Map.entry("m", 60.0), Map.entry("hr", 3600.0), Map.entry("h", 3600.0), Map.entry("day", 86400.0),
            Map.entry("d", 86400.0));

    private Units() {
    }

    /**
     * A score unit understood: {@code time/op} (seconds per unit given by {@code seconds}) or {@code ops/time}
     * ({@code throughput = true}).
     */
    public record ScoreUnit(String label, boolean throughput, double seconds) {

        /** The score in seconds per operation: {@code score × seconds} for time, {@code seconds / score} for throughput. */
        public double secondsPerOp(double score) {
            return throughput ? seconds / score : score * seconds;
        }

        /** The uncertainty of {@link #secondsPerOp}, first order: for throughput σ_T = σ_X·seconds / X². */
        public double secondsPerOpError(double score, double error) {
            return throughput ? error * seconds / (score * score) : error * seconds;
        }
    }

    /** Parses {@code us/op}, {@code ops/s} and the like; {@code null} when the unit is not a time or rate. */
    public static ScoreUnit parse(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.trim().toLowerCase(Locale.ROOT);
        int slash = u.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String left = u.substring(0, slash).trim();
        String right = u.substring(slash + 1).trim();
        if (right.equals("op") && SECONDS.containsKey(left)) {
            return new ScoreUnit(unit, false, SECONDS.get(left));
        }
        if (left.equals("ops") && SECONDS.containsKey(right)) {
            return new ScoreUnit(unit, true, SECONDS.get(right));
        }
        return null;
    }
}

package dev.breakeven.report.summary;

import dev.breakeven.report.Format;
import dev.breakeven.report.analysis.BreakEven;
import dev.breakeven.report.analysis.DispatchOverhead;
import dev.breakeven.stats.Estimate;

/**
 * How intervals, verdicts and break-evens read, in one place, so every sentence, table and caption says the
 * same thing: a value with its 95 % interval, "not measurably different" when the data cannot tell, and
 * never a negative time.
 */
public final class Phrases {

    private Phrases() {
    }

    /** {@code "1.9× (95 %: 1.8–2.0×)"}, or just the value when it has no interval. */
    public static String speedup(Estimate s) {
        if (s.upper() <= s.lower()) {
            return Format.times(s.value());
        }
        return Format.times(s.value()) + " (95 %: " + range(bound(s.lower(), Format::times),
                bound(s.upper(), Format::times)) + ")";
    }

    /** A time in µs with its interval: {@code "8 µs (95 %: 5–12 µs)"}; open ends read "below" / "above". */
    public static String micros(Estimate us) {
        if (!us.bounded()) {
            if (Double.isFinite(us.upper())) {
                return "≈ " + Format.micros(us.value()) + " (95 %: below " + Format.micros(us.upper()) + ")";
            }
            if (Double.isFinite(us.lower())) {
                return "≈ " + Format.micros(us.value()) + " (95 %: above " + Format.micros(us.lower()) + ")";
            }
            return "≈ " + Format.micros(us.value()) + " (95 %: anywhere in the measured range)";
        }
        return "≈ " + Format.micros(us.value()) + " (95 %: " + range(Format.micros(us.lower()),
                Format.micros(us.upper())) + ")";
    }

    /** For tables: the break-even in µs per task as its payoff reads it. */
    public static String breakEven(BreakEven b) {
        return switch (b.payoff()) {
            case PAYS_FROM -> micros(b.microsPerTask());
            case PAYS_EVERYWHERE -> "below " + Format.micros(b.lightestMicros()) + " (faster at every size measured)";
            case NEVER_PAYS -> "never up to " + Format.micros(b.heaviestMicros());
            case NO_CROSSING_SHOWN -> "no crossing shown";
        };
    }

    /** For tight places (the overview's row labels): {@code "pays from ≈ 8 µs/task"}, {@code "never pays up to 19 ms/task"}. */
    public static String payoff(BreakEven b) {
        return switch (b.payoff()) {
            case PAYS_FROM -> "pays from ≈ " + Format.micros(b.microsPerTask().value()) + "/task";
            case PAYS_EVERYWHERE -> "pays at every size (from " + Format.micros(b.lightestMicros()) + "/task)";
            case NEVER_PAYS -> "never pays up to " + Format.micros(b.heaviestMicros()) + "/task";
            case NO_CROSSING_SHOWN -> "no crossing shown";
        };
    }

    /**
     * The dispatch overhead: {@code "1.4 µs (95 %: 1.1–1.7 µs)"} when measurably above zero, else
     * {@code "below 2.3 µs (not measurable here)"}.
     */
    public static String overhead(DispatchOverhead d) {
        Estimate ns = d.nanosPerTask();
        if (d.measurable()) {
            return Format.seconds(ns.value() * 1e-9) + " (95 %: " + range(Format.seconds(ns.lower() * 1e-9),
                    Format.seconds(ns.upper() * 1e-9)) + ")";
        }
        return d.atMostNanos() > 0 ? "below " + Format.seconds(d.atMostNanos() * 1e-9) + " (not measurable here)"
                : "not measurable here";
    }

    /** {@code "18–20 µs"} when both ends share a unit, else {@code "900 ns–1.2 µs"}; {@code "1.9–2.1×"}. */
    static String range(String lower, String upper) {
        String unit = upper.replaceAll("^[-0-9.,]+", "");
        if (!unit.isEmpty() && lower.endsWith(unit) && lower.length() > unit.length()) {
            return lower.substring(0, lower.length() - unit.length()) + "–" + upper;
        }
        return lower + "–" + upper;
    }

    private static String bound(double v, java.util.function.DoubleFunction<String> format) {
        return Double.isFinite(v) ? format.apply(v) : (v > 0 ? "∞" : "0");
    }
}

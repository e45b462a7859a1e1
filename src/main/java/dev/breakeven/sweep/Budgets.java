package dev.breakeven.sweep;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes time budgets as people type them ({@code 45m}, {@code 1h30m}, {@code 90s}) and as clocks show them. */
public final class Budgets {

    private static final Pattern BUDGET = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private Budgets() {
    }

    /** The duration, or empty for text that is not a budget (or a zero one). */
    public static java.util.Optional<Duration> parse(String text) {
        Matcher m = BUDGET.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (text.isBlank() || !m.matches()) {
            return java.util.Optional.empty();
        }
        Duration d = Duration.ofHours(part(m.group(1))).plusMinutes(part(m.group(2))).plusSeconds(part(m.group(3)));
        return d.isZero() ? java.util.Optional.empty() : java.util.Optional.of(d);
    }

    private static long part(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    /** A duration as a clock reads it: {@code 3:30}, {@code 1:05:00}. */
    public static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** {@code 1h30m}, {@code 25m}, {@code 3m30s}: what {@link #parse} reads back. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
        }
        if (s / 60 % 60 > 0) {
            b.append(s / 60 % 60).append('m');
        }
        if (s % 60 > 0 || b.length() == 0) {
            b.append(s % 60).append('s');
        }
        return b.toString();
    }
}

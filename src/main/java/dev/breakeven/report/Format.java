package dev.breakeven.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number formats shared by charts and summaries: thousands separators, a few significant digits, time units. */
public final class Format {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private Format() {
    }

    /** {@code 4000000 → "4,000,000"}, {@code 0.25 → "0.25"}: whole numbers grouped, others to 3 significant digits. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "n/a" : (v > 0 ? "∞" : "−∞");
        }
        if (Math.abs(v) >= 1000 || (v == Math.rint(v) && Math.abs(v) < 1e15)) {
            return new DecimalFormat("#,##0", SYMBOLS).format(Math.round(v));
        }
        return significant(v, 3);
    }

    /** {@code v} to {@code digits} significant digits, without exponent for ordinary magnitudes. */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return number(v);
        }
        if (v == 0) {
            return "0";
        }
        double magnitude = Math.floor(Math.log10(Math.abs(v)));
        if (magnitude < -4 || magnitude > 9) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
        }
        if (magnitude >= digits) {
            double unit = Math.pow(10, magnitude - digits + 1);
            v = Math.round(v / unit) * unit;
        }
        int decimals = (int) Math.max(0, digits - 1 - magnitude);
        String s = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), SYMBOLS).format(v);
        return s;
    }

    /** A speedup: {@code "3.2×"}. */
    public static String times(double v) {
        return significant(v, v >= 10 ? 3 : 2) + "×";
    }

    /** {@code value ± error} with the error to 2 significant digits, or just the value when the error is 0/unknown. */
    public static String plusMinus(double value, double error, int digits) {
        if (!(error > 0) || !Double.isFinite(error)) {
            return significant(value, digits);
        }
        return significant(value, digits) + " ± " + significant(error, 2);
    }

    /** A duration given in seconds, in the unit that reads best: {@code "850 ns"}, {@code "20 µs"}, {@code "1.5 ms"}. */
    public static String seconds(double s) {
        double a = Math.abs(s);
        if (!Double.isFinite(s)) {
            return number(s);
        }
        if (a < 1e-6) {
            return significant(s * 1e9, 2) + " ns";
        }
        if (a < 1e-3) {
            return significant(s * 1e6, 2) + " µs";
        }
        if (a < 1) {
            return significant(s * 1e3, 2) + " ms";
        }
        return significant(s, 3) + " s";
    }

    /** A duration in µs, formatted as {@link #seconds}. */
    /** Bytes in binary units as the JVM counts them: {@code 512 MiB}, {@code 23.5 GiB}. */
    public static String bytes(double b) {
        double gib = b / (1L << 30);
        return gib >= 1 ? significant(gib, 3) + " GiB" : significant(b / (1L << 20), 3) + " MiB";
    }

    public static String micros(double us) {
        return seconds(us * 1e-6);
    }

    /** A file-name-safe form of a name: lower case, letters, digits and dashes. */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "x" : s;
    }

    /** A directory-name-safe form that keeps case and dots: anything but letters, digits, '.', '_' and '-' becomes '-'. */
    public static String slugKeepCase(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("(^[-.]+|-+$)", "");
        return s.isEmpty() ? "run" : s;
    }

    /** Short form for tight labels: {@code 12649111 → "12.6M"}, {@code 4000 → "4k"}, {@code 400 → "400"}. */
    public static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return significant(v / 1e9, 3) + "G";
        }
        if (a >= 1e6) {
            return significant(v / 1e6, 3) + "M";
        }
        if (a >= 1e4) {
            return significant(v / 1e3, 3) + "k";
        }
        return number(v);
    }
}

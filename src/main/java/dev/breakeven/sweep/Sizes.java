package dev.breakeven.sweep;

import java.util.Locale;

/** Memory sizes for people: 512 MB, 1.5 GB, 12 GB (binary units, as the JVM's -Xmx counts them). */
public final class Sizes {

    private Sizes() {
    }

    public static String format(long bytes) {
        double gb = bytes / (double) (1L << 30);
        if (Math.abs(gb) >= 1) {
            return String.format(Locale.ROOT, gb >= 10 ? "%.0f GB" : "%.1f GB", gb);
        }
        return String.format(Locale.ROOT, "%d MB", Math.round(bytes / (double) (1L << 20)));
    }

    /** Bytes in {@code text} such as 512m, 2g, 1.5g or 800k; {@code option} names the input in the error. */
    public static long parse(String option, String text) throws SweepInputException {
        if (text == null) {
            return 0;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        long unit = t.isEmpty() ? 1 : switch (t.charAt(t.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1;
        };
        String number = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            double value = Double.parseDouble(number);
            if (value > 0) {
                return (long) (value * unit);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SweepInputException(option + " " + text + " is not a memory size; write e.g. 512m or 2g");
    }
}

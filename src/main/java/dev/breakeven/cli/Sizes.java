package dev.breakeven.cli;

import dev.breakeven.sweep.SweepInputException;
import java.util.Locale;

/** Memory sizes as people and the JVM write them: 512m, 2g, 1.5g, 800k, or plain bytes. */
final class Sizes {

    private Sizes() {
    }

    /** Bytes in {@code text}, or 0 when it is null; {@code option} names the input in the error. */
    static long parse(String option, String text) throws SweepInputException {
        if (text == null) {
            return 0;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                case 't' -> unit = 1L << 40;
                default -> unit = 1;
            }
        }
        String number = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            double value = Double.parseDouble(number);
            if (value > 0) {
                return (long) (value * unit);
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new SweepInputException(option + " " + text + " is not a memory size; write e.g. 512m or 2g");
    }
}

package dev.breakeven.report.charts;

import dev.breakeven.report.Format;
import java.util.function.Function;

/**
 * How values map onto an axis: as they are, or as log2 / log10 of themselves. The charts transform the data
 * themselves and label the ticks with the original values, instead of using XChart's log axis, so worker
 * counts get ticks at 1, 2, 4, 8... and weights at whole decades.
 */
enum Scale {
    LINEAR, LOG2, LOG10;

    /** LOG2 when the values span more than a factor of {@code factor}, else LINEAR. */
    static Scale log2If(double min, double max, double factor) {
        return min > 0 && max / min > factor ? LOG2 : LINEAR;
    }

    /** LOG10 when the values span more than a factor of {@code factor}, else LINEAR. */
    static Scale log10If(double min, double max, double factor) {
        return min > 0 && max / min > factor ? LOG10 : LINEAR;
    }

    double to(double v) {
        return switch (this) {
            case LINEAR -> v;
            case LOG2 -> Math.log(v) / Math.log(2);
            case LOG10 -> Math.log10(v);
        };
    }

    double[] to(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = to(v[i]);
        }
        return out;
    }

    double from(double v) {
        return switch (this) {
            case LINEAR -> v;
            case LOG2 -> Math.pow(2, v);
            case LOG10 -> Math.pow(10, v);
        };
    }

    /**
     * Tick labels in original values. Every tick gets a distinct, non-empty label: XChart drops all tick labels
     * when two are equal. The charts set the tick spacing so ticks fall on whole numbers (whole powers of the
     * base on log scales); should XChart choose finer ticks, they are labelled with their true value.
     */
    Function<Double, String> labels(Function<Double, String> format, boolean wholeOnly) {
        return v -> {
            boolean whole = Math.abs(v - Math.rint(v)) < 1e-6;
            if (this == LINEAR) {
                return whole && wholeOnly ? format.apply(Math.rint(v)) : (wholeOnly ? Format.significant(v, 2) : format.apply(v));
            }
            double value = from(whole ? Math.rint(v) : v);
            return whole ? format.apply(value) : Format.significant(value, 2);
        };
    }

    String suffix() {
        return this == LINEAR ? "" : ", log scale";
    }
}

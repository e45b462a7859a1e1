package dev.breakeven.report.charts;

import java.util.Arrays;
import java.util.stream.DoubleStream;

/** A closed interval of data values, in data units (before any {@link Scale}); grows to include values. */
record Range(double min, double max) {

    /** The finite values' range; {@code [1, 1]} when there are none. */
    static Range of(DoubleStream values) {
        double[] v = values.filter(Double::isFinite).toArray();
        if (v.length == 0) {
            return new Range(1, 1);
        }
        return new Range(Arrays.stream(v).min().getAsDouble(), Arrays.stream(v).max().getAsDouble());
    }

    /** This range widened to {@code v}; unchanged for NaN and ±∞. */
    Range include(double v) {
        return Double.isFinite(v) ? new Range(Math.min(min, v), Math.max(max, v)) : this;
    }

    /** This range multiplied by {@code k > 0}, e.g. seconds to the unit of a {@link TimeScale}. */
    Range times(double k) {
        return new Range(min * k, max * k);
    }
}

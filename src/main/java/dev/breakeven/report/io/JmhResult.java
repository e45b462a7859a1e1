package dev.breakeven.report.io;

import java.util.Map;

/**
 * One element of a JMH {@code -rf json} file, as written: the benchmark, its mode ({@code avgt}, {@code thrpt},
 * {@code sample}, {@code ss}), the thread count, the {@code @Param} values (strings), and the primary metric.
 *
 * @param index position in the file, from 1, for error messages
 * @param score the primary score in {@code unit}; NaN or ±∞ when JMH wrote {@code "NaN"}, {@code "+INF"}...
 * @param scoreError half-width of JMH's 99.9 % confidence interval, in {@code unit}; NaN when JMH had too few
 *     iterations to give one
 * @param unit JMH's score unit, e.g. {@code us/op} or {@code ops/s}
 * @param rawData every measured iteration, one array per fork, in {@code unit} (expanded from
 *     {@code rawDataHistogram} for sample mode)
 */
public record JmhResult(int index, String benchmark, String mode, int threads, Map<String, String> params,
        double score, double scoreError, String unit, double[][] rawData) {

    public JmhResult {
        params = Map.copyOf(params);
        rawData = copy(rawData);
    }

    @Override
    public double[][] rawData() {
        return copy(rawData);
    }

    static double[][] copy(double[][] forks) {
        return java.util.Arrays.stream(forks).map(double[]::clone).toArray(double[][]::new);
    }
}

package dev.breakeven.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Merges the JMH result of one more fork into a point's JMH result, in JMH's own JSON format, as JMH writes a
 * run of several forks: {@code rawData} gains the fork's iterations as one more array (so every fork's
 * iterations stay apart: the report's statistics run on fork means), {@code forks} counts them, and
 * {@code score}, {@code scoreError} (JMH's 99.9 % half-width over all iterations), {@code scoreConfidence}
 * and {@code scorePercentiles} are recomputed over all iterations as JMH computes them. Secondary metrics
 * (from {@code -prof}) merge the same way. Other JMH tools read the merged file as a multi-fork run.
 */
final class ForkMerge {

    private static final double[] PERCENTILES = {0, 50, 90, 95, 99, 99.9, 99.99, 99.999, 99.9999, 100};

    private ForkMerge() {
    }

    /** {@code earlier} with {@code fork}'s iterations added; {@code earlier} may be null for the first fork. */
    static ObjectNode merge(ObjectNode earlier, ObjectNode fork) {
        if (earlier == null) {
            return fork.deepCopy();
        }
        ObjectNode merged = earlier.deepCopy();
        merged.put("forks", earlier.path("forks").asInt(1) + fork.path("forks").asInt(1));
        mergeMetric((ObjectNode) merged.get("primaryMetric"), fork.get("primaryMetric"));
        JsonNode secondary = fork.get("secondaryMetrics");
        if (secondary != null && secondary.isObject()) {
            ObjectNode target = merged.with("secondaryMetrics");
            Iterator<Map.Entry<String, JsonNode>> fields = secondary.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (target.has(f.getKey())) {
                    mergeMetric((ObjectNode) target.get(f.getKey()), f.getValue());
                } else {
                    target.set(f.getKey(), f.getValue().deepCopy());
                }
            }
        }
        return merged;
    }

    private static void mergeMetric(ObjectNode metric, JsonNode fork) {
        ArrayNode raw = metric.withArray("rawData");
        fork.path("rawData").forEach(f -> raw.add(f.deepCopy()));
        List<Double> values = new ArrayList<>();
        raw.forEach(f -> f.forEach(v -> {
            if (v.isNumber()) {
                values.add(v.doubleValue());
            }
        }));
        if (values.isEmpty()) {
            return;
        }
        DescriptiveStatistics stats = new DescriptiveStatistics();
        values.forEach(stats::addValue);
        double score = stats.getMean();
        double error = values.size() > 1
                ? new TDistribution(values.size() - 1).inverseCumulativeProbability(1 - 0.001 / 2)
                        * stats.getStandardDeviation() / Math.sqrt(values.size())
                : Double.NaN;
        metric.put("score", score);
        if (Double.isNaN(error)) {
            metric.put("scoreError", "NaN");
        } else {
            metric.put("scoreError", error);
        }
        ArrayNode confidence = metric.putArray("scoreConfidence");
        confidence.add(Double.isNaN(error) ? score : score - error);
        confidence.add(Double.isNaN(error) ? score : score + error);
        ObjectNode percentiles = metric.putObject("scorePercentiles");
        for (double p : PERCENTILES) {
            percentiles.put(String.valueOf(p), p == 0 ? stats.getMin() : stats.getPercentile(p));
        }
    }

    /** Each fork's iterations from a JMH result's {@code primaryMetric.rawData}. */
    static double[][] forks(JsonNode result) {
        List<double[]> forks = new ArrayList<>();
        result.path("primaryMetric").path("rawData").forEach(f -> {
            double[] values = new double[f.size()];
            for (int i = 0; i < f.size(); i++) {
                values[i] = f.get(i).asDouble();
            }
            if (values.length > 0) {
                forks.add(values);
            }
        });
        return forks.toArray(double[][]::new);
    }
}

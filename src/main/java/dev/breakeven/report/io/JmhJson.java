package dev.breakeven.report.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.breakeven.report.ReportInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads JMH's own JSON result format ({@code -rf json}). Only the fields the report needs are read; any
 * other field is ignored, so newer JMH versions and other benchmarks' files read as well.
 */
public final class JmhJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private static final String FIX_RERUN = "rerun the benchmark with -rf json -rff FILE, or give the run directory that holds results.json";

    private JmhJson() {
    }

    /** Reads every result in {@code file}; the exception's message names the file, the problem and the fix. */
    public static List<JmhResult> read(Path file) throws ReportInputException {
        JsonNode root = parse(file, "a JMH result file");
        if (!root.isArray()) {
            throw ReportInputException.of(file, "not a JMH result file (expected a JSON array of benchmark results, found "
                    + describe(root) + ")", FIX_RERUN);
        }
        if (root.isEmpty()) {
            throw ReportInputException.of(file, "holds no benchmark results (an empty array)",
                    "check that the benchmark pattern matched something, then rerun it");
        }
        List<JmhResult> results = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root) {
            index++;
            results.add(result(file, index, node));
        }
        return results;
    }

    /** Parses a JSON file, turning a missing, empty, truncated or corrupt file into a one-line input error. */
    static JsonNode parse(Path file, String what) throws ReportInputException {
        if (!Files.exists(file)) {
            throw ReportInputException.of(file, "no such file or directory",
                    "give a run directory (holding results.json) or a JMH JSON file written with -rf json");
        }
        if (Files.isDirectory(file)) {
            throw ReportInputException.of(file, "is a directory, not " + what, "give the file itself");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ReportInputException.of(file, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the file's permissions");
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw ReportInputException.of(file, "is empty", "the run that wrote it was probably interrupted: rerun it");
        }
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw ReportInputException.of(file, "is empty", "the run that wrote it was probably interrupted: rerun it");
            }
            return root;
        } catch (JsonEOFException e) {
            throw ReportInputException.of(file, "is truncated: the JSON stops in the middle (" + location(e) + ")",
                    "the run that wrote it was probably cut short: rerun it or restore the file");
        } catch (JsonParseException e) {
            throw ReportInputException.of(file, "is not valid JSON (" + firstLine(e.getOriginalMessage()) + ", " + location(e)
                    + ")", "restore the file or rerun the benchmark with -rf json");
        } catch (JsonProcessingException e) {
            throw ReportInputException.of(file, "is not valid JSON (" + firstLine(e.getOriginalMessage()) + ")",
                    "restore the file or rerun the benchmark with -rf json");
        } catch (IOException e) {
            throw ReportInputException.of(file, "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the file");
        }
    }

    private static JmhResult result(Path file, int index, JsonNode node) throws ReportInputException {
        String where = "result #" + index;
        if (!node.isObject()) {
            throw ReportInputException.of(file, where + " is " + describe(node) + ", not a benchmark result", FIX_RERUN);
        }
        String benchmark = text(node.get("benchmark"));
        JsonNode metric = node.get("primaryMetric");
        if (benchmark == null || metric == null || !metric.isObject()) {
            throw ReportInputException.of(file, where + " has no \"benchmark\" or \"primaryMetric\": not JMH's JSON format",
                    FIX_RERUN);
        }
        String unit = text(metric.get("scoreUnit"));
        if (unit == null) {
            throw ReportInputException.of(file, where + " (" + benchmark + ") has no primaryMetric.scoreUnit", FIX_RERUN);
        }
        if (Units.parse(unit) == null) {
            throw ReportInputException.of(file, where + " (" + benchmark + ") has score unit \"" + unit
                    + "\", which is neither a time per operation nor operations per time",
                    "report benchmarks measured in time modes (avgt, sample, ss) or throughput (thrpt)");
        }
        if (metric.get("score") == null) {
            throw ReportInputException.of(file, where + " (" + benchmark + ") has no primaryMetric.score", FIX_RERUN);
        }
        Map<String, String> params = new TreeMap<>();
        JsonNode p = node.get("params");
        if (p != null && p.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = p.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                params.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString());
            }
        }
        String mode = text(node.get("mode"));
        JsonNode threadsNode = node.get("threads");
        int threads = threadsNode == null ? 1 : (int) Math.max(1, number(threadsNode));
        return new JmhResult(index, benchmark, mode == null ? "avgt" : mode, threads, params,
                number(metric.get("score")), number(metric.get("scoreError")), unit, raw(metric));
    }

    /**
     * Every iteration, one array per fork (the fork is the unit of replication): {@code rawData}, or
     * {@code rawDataHistogram} expanded (at most 10,000 values per fork). Forks without a finite value are dropped.
     */
    private static double[][] raw(JsonNode metric) {
        List<double[]> forks = new ArrayList<>();
        JsonNode raw = metric.get("rawData");
        JsonNode histogram = metric.get("rawDataHistogram");
        if (raw != null && raw.isArray()) {
            for (JsonNode fork : raw) {
                List<Double> values = new ArrayList<>();
                fork.forEach(v -> values.add(number(v)));
                forks.add(finite(values));
            }
        } else if (histogram != null && histogram.isArray()) {
            for (JsonNode fork : histogram) {
                List<Double> values = new ArrayList<>();
                for (JsonNode iteration : fork) {
                    for (JsonNode pair : iteration) {
                        if (pair.isArray() && pair.size() >= 2) {
                            double v = number(pair.get(0));
                            long count = Math.min((long) number(pair.get(1)), 10_000 - values.size());
                            for (long i = 0; i < count; i++) {
                                values.add(v);
                            }
                        }
                    }
                }
                forks.add(finite(values));
            }
        }
        return forks.stream().filter(f -> f.length > 0).toArray(double[][]::new);
    }

    private static double[] finite(List<Double> values) {
        return values.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A JSON number, or JMH's strings for the special values: {@code "NaN"}, {@code "+INF"}, {@code "-INF"},
     * {@code "Infinity"}. Anything else is NaN.
     */
    public static double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        String s = node.asText().trim();
        switch (s.toUpperCase(java.util.Locale.ROOT)) {
            case "NAN":
                return Double.NaN;
            case "+INF": case "INF": case "INFINITY": case "+INFINITY":
                return Double.POSITIVE_INFINITY;
            case "-INF": case "-INFINITY":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    return Double.NaN;
                }
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "unknown position"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}

package dev.breakeven.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Writes JMH {@code -rf json} text for tests: known curves, any mode and unit, and a large synthetic sweep. */
public final class SyntheticJmh {

    private final List<String> results = new ArrayList<>();

    /** Adds one result. {@code score} and {@code error} are written as given (a String is written verbatim, quoted). */
    public SyntheticJmh add(String benchmark, String mode, int threads, Map<String, String> params, Object score,
            Object error, String unit, double... raw) {
        StringBuilder p = new StringBuilder();
        params.forEach((k, v) -> p.append(p.length() == 0 ? "" : ",").append('"').append(k).append("\":\"").append(v).append('"'));
        StringBuilder r = new StringBuilder();
        for (double v : raw) {
            r.append(r.length() == 0 ? "" : ",").append(num(v));
        }
        results.add("{\"jmhVersion\":\"1.37\",\"benchmark\":\"" + benchmark + "\",\"mode\":\"" + mode + "\",\"threads\":"
                + threads + ",\"forks\":1,\"params\":{" + p + "},\"primaryMetric\":{\"score\":" + value(score)
                + ",\"scoreError\":" + value(error) + ",\"scoreUnit\":\"" + unit + "\",\"rawData\":[[" + r + "]]},"
                + "\"secondaryMetrics\":{}}");
        return this;
    }

    /** Adds a BatchBenchmark point in avgt us/op. */
    public SyntheticJmh batch(String task, double weight, String strategy, int workers, int batch, double micros,
            double error, double... raw) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("batch", Integer.toString(batch));
        params.put("strategy", strategy);
        params.put("task", task);
        params.put("weight", num(weight));
        params.put("workers", Integer.toString(workers));
        return add("dev.breakeven.bench.BatchBenchmark.runBatch", "avgt", 1, params, micros, error, "us/op",
                raw.length == 0 ? new double[] {micros * 0.98, micros, micros * 1.02} : raw);
    }

    /** Adds a BatchBenchmark point in avgt us/op with one array of iterations per fork. */
    public SyntheticJmh batchForks(String task, double weight, String strategy, int workers, int batch,
            double[]... forks) {
        StringBuilder r = new StringBuilder();
        double sum = 0;
        int n = 0;
        for (double[] fork : forks) {
            StringBuilder f = new StringBuilder();
            for (double v : fork) {
                f.append(f.length() == 0 ? "" : ",").append(num(v));
                sum += v;
                n++;
            }
            r.append(r.length() == 0 ? "" : ",").append('[').append(f).append(']');
        }
        results.add("{\"jmhVersion\":\"1.37\",\"benchmark\":\"dev.breakeven.bench.BatchBenchmark.runBatch\","
                + "\"mode\":\"avgt\",\"threads\":1,\"forks\":" + forks.length + ",\"params\":{\"batch\":\"" + batch
                + "\",\"strategy\":\"" + strategy + "\",\"task\":\"" + task + "\",\"weight\":\"" + num(weight)
                + "\",\"workers\":\"" + workers + "\"},\"primaryMetric\":{\"score\":" + num(sum / n)
                + ",\"scoreError\":\"NaN\",\"scoreUnit\":\"us/op\",\"rawData\":[" + r + "]},\"secondaryMetrics\":{}}");
        return this;
    }

    /** Chunk sizes of {@link #chunked}: a field of 65,536 units cut into chunks, batch = chunk count. */
    public static final double[] CHUNK_SIZES = {1, 16, 128, 1024, 8192, 65536};
    /** Sequential and fixed-pool µs per pass at each of {@link #CHUNK_SIZES}; fixed-pool at 1, 2 and 4 workers. */
    public static final double[][] CHUNK_MICROS = {
        {1500, 760, 745, 740, 740, 740},  // sequential
        {9000, 1200, 800, 760, 752, 750}, // 1 worker: fastest as one chunk
        {6000, 800, 420, 400, 450, 750},  // 2 workers: fastest at 1,024
        {5000, 600, 300, 250, 380, 750}}; // 4 workers: fastest at 1,024, the run's best

    /**
     * A chunked task ({@code chunked-field}): one pass over a fixed 65,536 units per operation, so the batch at
     * each chunk size is the number of chunks; the times are {@link #CHUNK_MICROS}, a U in chunk size.
     */
    public static SyntheticJmh chunked(String task) {
        SyntheticJmh j = new SyntheticJmh();
        int[] workers = {1, 2, 4};
        for (int i = 0; i < CHUNK_SIZES.length; i++) {
            int chunks = (int) Math.ceil(65536 / CHUNK_SIZES[i]);
            j.batch(task, CHUNK_SIZES[i], "sequential", 1, chunks, CHUNK_MICROS[0][i], CHUNK_MICROS[0][i] * 0.02);
            for (int k = 0; k < workers.length; k++) {
                double us = CHUNK_MICROS[k + 1][i];
                j.batch(task, CHUNK_SIZES[i], "fixed-pool", workers[k], chunks, us, us * 0.02);
            }
        }
        return j;
    }

    public String json() {
        return "[\n" + String.join(",\n", results) + "\n]\n";
    }

    public int size() {
        return results.size();
    }

    private static String value(Object v) {
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        return num(((Number) v).doubleValue());
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.15g", v);
    }

    /**
     * A sweep of the size a standard run has: {@code tasks} tasks × 10 weights × 8 strategies × 7 worker counts
     * (1..40) plus the sequential loop, with an Amdahl-like curve, dispatch overhead and noise.
     */
    public static SyntheticJmh largeSweep(int tasks, long seed) {
        Random random = new Random(seed);
        SyntheticJmh j = new SyntheticJmh();
        String[] taskNames = {"arithmetic", "ensemble", "correlation", "chunked-field", "stream", "disk", "remote-query",
            "render", "memory-hungry"};
        String[] strategies = {"fixed-pool", "fixed-pool-cold", "fork-join", "parallel-stream", "virtual-threads",
            "process-pool", "process-pool-cold"};
        int[] workers = {1, 2, 4, 8, 16, 32, 40};
        int batch = 48;
        for (int t = 0; t < tasks; t++) {
            String task = taskNames[t % taskNames.length] + (t < taskNames.length ? "" : "-" + t);
            double serial = 0.02 + 0.1 * random.nextDouble();
            for (int w = 0; w < 10; w++) {
                double weight = Math.round(400 * Math.pow(10, w * 0.5));
                double perTaskMicros = weight / 400.0;
                double seq = perTaskMicros * batch;
                j.batch(task, weight, "sequential", 1, batch, seq, seq * 0.03);
                for (int s = 0; s < strategies.length; s++) {
                    double overheadMicros = (0.5 + s) * batch;
                    for (int p : workers) {
                        double ideal = seq * (serial + (1 - serial) / p);
                        double time = ideal + overheadMicros * (1 + 0.05 * p) + 0.01 * seq * p / 40;
                        double noise = 1 + 0.02 * random.nextGaussian();
                        double score = time * noise;
                        j.batch(task, weight, strategies[s], p, batch, score, score * 0.04,
                                score * 0.97, score, score * 1.03, score * 1.01, score * 0.99);
                    }
                }
            }
        }
        return j;
    }
}

package dev.breakeven.report.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code python/dask_overhead.py} measured on the run's machine, if its output was saved beside the
 * run's results as {@value #FILE}: each Dask scheduler's overhead per trivial task at its fewest workers,
 * µs. The sweep does not run Python; the file is optional and the report says how to make it.
 */
public final class DaskOverheads {

    /** The file name beside results.json: {@code python3 python/dask_overhead.py > RUN_DIR/dask-overhead.jsonl}. */
    public static final String FILE = "dask-overhead.jsonl";

    private DaskOverheads() {
    }

    /**
     * Per scheduler ({@code dask-threads}, {@code dask-distributed}): µs per task of a warm scheduler running
     * batches of 48 trivial tasks with the fewest workers measured. Empty when there is no such file, and lines
     * that are not such records (comments, skip messages) are ignored.
     */
    public static Map<String, Double> beside(Path results) {
        Path file = results.toAbsolutePath().resolveSibling(FILE);
        Map<String, Double> micros = new TreeMap<>();
        Map<String, Integer> workers = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return micros;
        }
        ObjectMapper json = new ObjectMapper();
        java.util.List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return micros;
        }
        for (String line : lines) {
            JsonNode r;
            try {
                r = line.strip().startsWith("{") ? json.readTree(line) : null;
            } catch (IOException notARecord) {
                r = null;
            }
            if (r == null) {
                continue;
            }
            String strategy = r.path("strategy").asText();
            double us = r.path("per_task_us_batch48").asDouble(Double.NaN);
            int p = r.path("workers").asInt(Integer.MAX_VALUE);
            if (strategy.startsWith("dask-") && us > 0 && p < workers.getOrDefault(strategy, Integer.MAX_VALUE)) {
                micros.put(strategy, us);
                workers.put(strategy, p);
            }
        }
        return micros;
    }
}

package dev.breakeven.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Runs the points of a plan that a run directory has not finished yet, one JMH fork each, and records
 * every point (measured, failed, or skipped as memory-limited) the moment it ends. A failed point never
 * stops the sweep. Each point's checksum is compared with the sequential baseline's for the same task,
 * weight and batch: a strategy that computes something else fails instead of looking fast.
 */
public final class Sweep {

    /** Cores that other processes may use on average during a point before it is marked busy. */
    static final double BUSY_CORES = 0.5;

    private final RunDirectory run;
    private final List<Point> plan;
    private final PointRunner runner;
    private final PointGate gate;
    private final MachineFacts facts;
    private final PrintStream out;

    Sweep(RunDirectory run, List<Point> plan, PointRunner runner, PointGate gate, MachineFacts facts,
          PrintStream out) {
        this.run = run;
        this.plan = List.copyOf(plan);
        this.runner = runner;
        this.gate = gate;
        this.facts = facts;
        this.out = out;
    }

    /** Measures what is left; returns the number of points that failed or were skipped in this session. */
    public int run() throws IOException, SweepInputException {
        Set<Point> finished = run.finished();
        List<Point> todo = plan.stream().filter(p -> !finished.contains(p)).toList();
        Progress progress = new Progress(plan.size(), plan.size() - todo.size());
        Map<String, String> baselines = baselineChecksums();
        int problems = 0;
        for (Point point : todo) {
            out.print(progress.prefix() + " " + point + " ... ");
            out.flush();
            long start = System.nanoTime();
            ObjectNode record = pointRecord(point);
            Optional<String> blocked = gate.blocks(point);
            if (blocked.isPresent()) {
                record.put("status", "memory-limited").put("reason", blocked.get());
                run.record(record, Json.MAPPER.createArrayNode());
                out.println("skipped: " + blocked.get());
                progress.finished(System.nanoTime() - start, false);
                problems++;
                continue;
            }
            Map<Integer, Long> othersBefore = facts.othersCpuMillis();
            int index = run.machine().withArray("points").size() + 1;
            Path log = run.logs().resolve(String.format("point-%04d.log", index));
            Path workerLogs = run.logs().resolve(String.format("point-%04d", index));
            PointRunner.Outcome outcome = runner.run(point, log, run.logs().resolve(".checksum"), workerLogs);
            if (Files.isDirectory(workerLogs)) {
                record.put("workerLogs", run.dir().relativize(workerLogs).toString());
            }
            long nanos = System.nanoTime() - start;
            double others = MachineFacts.othersCores(othersBefore, facts.othersCpuMillis(), nanos / 1_000_000);
            record.put("seconds", nanos / 1e9).put("othersCores", others).put("busy", others >= BUSY_CORES)
                    .put("log", run.dir().relativize(log).toString());
            String failure = outcome.failure();
            if (failure == null) {
                record.put("checksum", outcome.checksum());
                failure = checksumMismatch(point, outcome.checksum(), baselines);
            }
            ArrayNode data = failure == null ? JmhJson.of(outcome.results()) : Json.MAPPER.createArrayNode();
            record.put("status", failure == null ? "done" : "failed").put("reason", failure);
            run.record(record, data);
            progress.finished(nanos, true);
            if (failure == null) {
                out.println(scoreLine(outcome) + (others >= BUSY_CORES
                        ? String.format("  (busy: others used %.1f cores)", others) : ""));
            } else {
                out.println("FAILED: " + failure);
                problems++;
            }
        }
        return problems;
    }

    private ObjectNode pointRecord(Point point) {
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("task", point.task()).put("weight", point.weight()).put("strategy", point.strategy())
                .put("workers", point.workers()).put("batch", point.batch())
                .put("startedAt", Instant.now().toString())
                .put("loadAverage", facts.loadAverage()).put("freeMemoryBytes", facts.availableMemory());
        return record;
    }

    private Map<String, String> baselineChecksums() {
        Map<String, String> checksums = new HashMap<>();
        run.machine().withArray("points").forEach(p -> {
            if ("sequential".equals(p.path("strategy").asText()) && p.hasNonNull("checksum")) {
                checksums.put(baselineKey(p.path("task").asText(), p.path("weight").asLong(),
                        p.path("batch").asInt()), p.get("checksum").asText());
            }
        });
        return checksums;
    }

    private static String baselineKey(String task, long weight, int batch) {
        return task + "/" + weight + "/" + batch;
    }

    private String checksumMismatch(Point point, String checksum, Map<String, String> baselines) {
        String key = baselineKey(point.task(), point.weight(), point.batch());
        if ("sequential".equals(point.strategy())) {
            if (checksum != null) {
                baselines.put(key, checksum);
            }
            return null;
        }
        String expected = baselines.get(key);
        if (expected == null || checksum == null || expected.equals(checksum)) {
            return null;
        }
        return "checksum " + checksum + " differs from the sequential loop's " + expected
                + ": the strategy lost or repeated tasks";
    }

    private static String scoreLine(PointRunner.Outcome outcome) {
        RunResult r = outcome.results().iterator().next();
        Result<?> score = r.getPrimaryResult();
        double error = score.getScoreError();
        return readable(score.getScore()) + (Double.isNaN(error) ? "" : " ± " + readable(error)) + " "
                + score.getScoreUnit();
    }

    /** 3 significant digits without exponents: 0.0123, 42.4, 1,234, 5,123,456. */
    static String readable(double value) {
        if (Math.abs(value) >= 100) {
            return String.format("%,.0f", value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }
}

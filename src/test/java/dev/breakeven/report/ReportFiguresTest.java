package dev.breakeven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of a committed run stay what they were: speedups with their intervals and verdicts, break-evens
 * and dispatch overheads, held in {@code report/runs/laptop-figures.json} (written from this run's
 * summary.json when the fork-level statistics landed). A refactor of the analysis or the charts that changes a
 * figure fails here; a deliberate change of method rewrites the file and says why in its commit.
 */
class ReportFiguresTest {

    @TempDir
    Path dir;

    @Test
    void aReportOfTheSameRunGivesTheSameFigures() throws Exception {
        Cli cli = Cli.run(new ReportCommand(), ReportEndToEndTest.resource("runs/laptop").toString(), "-o",
                dir.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(ReportEndToEndTest.resource("runs/laptop-figures.json").toFile());
        JsonNode summary = json.readTree(dir.resolve("laptop").resolve("summary.json").toFile());

        for (JsonNode task : expected.get("tasks")) {
            JsonNode actual = find(summary.get("tasks"), Map.of("task", task.get("task")));
            for (JsonNode p : task.get("points")) {
                JsonNode curve = find(actual.get("curves"), Map.of("strategy", p.get("strategy"), "weight",
                        p.get("weight"), "batch", p.get("batch")));
                same(find(curve.get("points"), Map.of("workers", p.get("workers"))), p);
            }
            for (JsonNode b : task.get("breakEvens")) {
                same(find(actual.at("/breakEven/byStrategyAndWorkers"), Map.of("strategy", b.get("strategy"),
                        "workers", b.get("workers"))), b);
            }
            for (JsonNode d : task.get("dispatchOverhead")) {
                same(find(actual.get("dispatchOverhead"), Map.of("strategy", d.get("strategy"))), d);
            }
        }
    }

    private static JsonNode find(JsonNode array, Map<String, JsonNode> keys) {
        for (JsonNode n : array) {
            if (keys.entrySet().stream().allMatch(k -> n.get(k.getKey()) != null
                    && n.get(k.getKey()).asText().equals(k.getValue().asText()))) {
                return n;
            }
        }
        throw new AssertionError("no element with " + keys + " in " + array);
    }

    /** Every field of {@code expected} is in {@code actual}: numbers to 1e-9 relative, the rest exactly. */
    private static void same(JsonNode actual, JsonNode expected) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (java.util.Set.of("strategy", "weight", "batch").contains(f.getKey()) && !actual.has(f.getKey())) {
                continue; // a curve's keys, used to find the point
            }
            JsonNode a = actual.get(f.getKey());
            String where = f.getKey() + " of " + actual;
            if (f.getValue().isNumber()) {
                double e = f.getValue().asDouble();
                assertThat(a.asDouble()).as(where).isCloseTo(e, org.assertj.core.data.Offset.offset(Math.abs(e) * 1e-9 + 1e-12));
            } else if (f.getValue().isNull()) {
                assertThat(a == null || a.isNull()).as(where).isTrue();
            } else {
                assertThat(a.asText()).as(where).isEqualTo(f.getValue().asText());
            }
        }
    }
}

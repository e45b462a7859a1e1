package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone else's JMH benchmark, reported through the packaged jar: {@code src/test/resources/foreign/pool.json},
 * a real run of {@code dev.breakeven.foreign.PoolBenchmark} (methods {@code pool} and {@code sequential},
 * params {@code work} and {@code workers}), whose axes breakeven has to recognise on its own.
 */
class ForeignReportIT {

    static final String AXES = "Axes: workers = param \"workers\"; weight = param \"work\"; "
            + "strategy = method name (pool, sequential); baseline = \"sequential\".";

    @TempDir
    static Path dir;

    static Breakeven.Result result;
    static Path report;

    static Path pool() {
        try {
            return Path.of(ForeignReportIT.class.getResource("/foreign/pool.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void reportThePoolBenchmark() throws Exception {
        result = Breakeven.run(dir, "report", pool().toString());
        report = dir.resolve("plot/pool");
    }

    @Test
    void exitsWithZeroAndSaysWhichParamIsWhichAxis() throws IOException {
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(report.resolve("summary.md"))).contains("\n" + AXES + "\n");
        assertThat(Files.readString(report.resolve("index.html"))).contains(AXES.replace("\"", "&quot;"));
        JsonNode axes = RunFiles.JSON.readTree(report.resolve("summary.json").toFile()).get("axes");
        assertThat(axes.at("/workers/source").asText()).isEqualTo("param");
        assertThat(axes.at("/workers/param").asText()).isEqualTo("workers");
        assertThat(axes.at("/weight/param").asText()).isEqualTo("work");
        assertThat(axes.at("/strategy/source").asText()).isEqualTo("method");
        assertThat(axes.get("baseline").asText()).isEqualTo("sequential");
        assertThat(axes.get("line").asText()).isEqualTo(AXES);
    }

    @Test
    void poolAndSequentialAreOneTaskWithSpeedupsAgainstSequential() throws IOException {
        JsonNode root = RunFiles.JSON.readTree(report.resolve("summary.json").toFile());
        assertThat(root.get("tasks")).hasSize(1);
        JsonNode task = root.at("/tasks/0");
        assertThat(task.get("task").asText()).isEqualTo("PoolBenchmark");
        assertThat(task.get("baseline").asText()).isEqualTo("sequential");
        assertThat(task.get("strategies").toString()).isEqualTo("[\"pool\"]");
        assertThat(task.get("weights")).hasSize(6);
        for (JsonNode curve : task.get("curves")) {
            assertThat(curve.at("/baseline/kind").asText()).isEqualTo("sequential");
            assertThat(curve.at("/baseline/workers").asInt()).isEqualTo(1);
            assertThat(curve.get("points")).hasSize(3);
        }
    }

    @Test
    void poolHasABreakEvenWeightWithTwoWorkers() throws IOException {
        JsonNode breakEven = RunFiles.JSON.readTree(report.resolve("summary.json").toFile()).at("/tasks/0/breakEven");
        assertThat(breakEven.get("strategy").asText()).isEqualTo("pool");
        assertThat(breakEven.get("workers").asInt()).isEqualTo(2);
        // measured at 10, 100, ..., 1,000,000 rounds: 1.07× at 10,000 and 1.63× at 100,000 with 2 workers
        assertThat(breakEven.get("weight").asDouble()).isBetween(1_000.0, 100_000.0);
        assertThat(breakEven.get("microsPerTask").asDouble()).isBetween(1.0, 200.0);
        assertThat(Files.readString(report.resolve("summary.md"))).contains("| pool |");
    }

    @Test
    void speedupsReachAboutTheCoresAtTheHeaviestWeight() throws IOException {
        JsonNode task = RunFiles.JSON.readTree(report.resolve("summary.json").toFile()).at("/tasks/0");
        JsonNode heaviest = task.get("curves").get(task.get("curves").size() - 1);
        assertThat(heaviest.get("weight").asDouble()).isEqualTo(1_000_000.0);
        // one worker is the loop plus dispatch; two workers on this 2-core machine are about twice as fast
        assertThat(heaviest.at("/points/0/speedup").asDouble()).isBetween(0.9, 1.1);
        assertThat(heaviest.at("/points/1/speedup").asDouble()).isBetween(1.7, 2.1);
    }

    @Test
    void drawsTheChartsOfTheTask() {
        for (String chart : List.of("overview", "speedup-poolbenchmark", "break-even-poolbenchmark",
                "heatmap-poolbenchmark", "efficiency-poolbenchmark")) {
            assertThat(report.resolve(chart + ".png")).as(chart).isNotEmptyFile();
            assertThat(report.resolve(chart + ".svg")).as(chart).isNotEmptyFile();
        }
    }

    @Test
    void aFileWithoutAWorkerAxisIsOneLineAndLeavesAnEarlierReportAsItWas() throws Exception {
        Map<String, String> before = contents(report);
        Path unusable = sequentialOnly(dir.resolve("rerun/pool.json"));

        Breakeven.Result r = Breakeven.run(dir, "report", unusable.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("\tat ")
                .startsWith("breakeven report: " + unusable + ": has no worker dimension")
                .contains("workers, threads, parallelism or p").contains("--workers-param NAME")
                .contains("-p workers=1,2,4").contains("-t 1,2,4");
        try (Stream<Path> runs = Files.list(dir.resolve("plot"))) {
            assertThat(runs.map(p -> p.getFileName().toString())).containsExactly("pool");
        }
        assertThat(contents(report)).isEqualTo(before);
    }

    @Test
    void aFileWithoutAWorkerAxisCreatesNoOutputFolder() throws Exception {
        Path unusable = sequentialOnly(dir.resolve("alone/seq.json"));
        Path out = dir.resolve("alone/plot");

        Breakeven.Result r = Breakeven.run(dir, "report", unusable.toString(), "-o", out.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    /** The committed run's {@code sequential} results only: no worker param, every one on 1 thread. */
    static Path sequentialOnly(Path target) throws IOException {
        ArrayNode all = (ArrayNode) RunFiles.JSON.readTree(pool().toFile());
        ArrayNode kept = RunFiles.JSON.createArrayNode();
        all.forEach(r -> {
            if (r.get("benchmark").asText().endsWith(".sequential")) {
                kept.add(r);
            }
        });
        assertThat(kept).isNotEmpty();
        Files.createDirectories(target.getParent());
        RunFiles.JSON.writeValue(target.toFile(), kept);
        return target;
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) {
                files.put(f.getFileName().toString(), Files.size(f) + " " + Files.getLastModifiedTime(f)
                        + " " + java.util.Arrays.hashCode(Files.readAllBytes(f)));
            }
        }
        return files;
    }
}

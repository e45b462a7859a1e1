package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same points on a real Spark standalone cluster: a master and a 2-core worker on 127.0.0.1, and
 * breakeven run through {@code run-benchmarks.sh --spark-master}, as on a real cluster.
 */
class StandaloneClusterIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path clusterDir;

    private static LoopbackCluster cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LoopbackCluster.start(clusterDir, 2, "1g");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Path onlyRun(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.findFirst().orElseThrow();
        }
    }

    @Test
    void aSweepOnTheClusterMeasuresEveryPointAndRecordsTheExecutors() throws Exception {
        SparkScript.Result r = SparkScript.run(dir, "--profile", "smoke", "--tasks", "arithmetic", "--weights",
                "trivial", "--strategies", "sequential,spark", "--spark-master", cluster.url(),
                "--results", dir.resolve("results").toString(), "--no-report");
        assertThat(r.exitCode()).as(r.out() + r.err() + cluster.logs()).isZero();
        Path run = onlyRun(dir.resolve("results"));
        JsonNode machine = JSON.readTree(run.resolve("machine.json").toFile());

        JsonNode spark = machine.path("sparkCluster");
        assertThat(spark.path("master").asText()).isEqualTo(cluster.url());
        assertThat(spark.path("totalCores").asInt()).isEqualTo(2);
        assertThat(spark.path("hosts")).extracting(JsonNode::asText).containsExactly("127.0.0.1");
        assertThat(spark.path("executors")).singleElement()
                .satisfies(e -> assertThat(e.path("cores").asInt()).isEqualTo(2));
        assertThat(spark.path("executorMemoryBytes").asLong()).isEqualTo(1L << 30);

        List<String> points = new ArrayList<>();
        machine.path("points").forEach(p -> points.add(p.path("strategy").asText() + "/" + p.path("workers").asInt()
                + "/" + p.path("status").asText()));
        assertThat(points).as("the ladder goes up to the cluster's cores; checksums equal the loop's")
                .containsExactly("sequential/1/done", "spark/1/done", "spark/2/done");
        JsonNode results = JSON.readTree(run.resolve("results.json").toFile());
        assertThat(results).hasSize(3);
        // results.json lists points in the order their forks ran, which the sweep randomises within a weight
        List<JsonNode> sparkResults = new ArrayList<>();
        results.forEach(x -> {
            if (x.path("params").path("strategy").asText().equals("spark")) {
                sparkResults.add(x);
            }
        });
        assertThat(sparkResults).hasSize(2)
                .allSatisfy(x -> assertThat(x.path("primaryMetric").path("score").asDouble()).isPositive());
    }

    @Test
    void aTaskFailingOnAnExecutorIsReportedWithItsHostAndTheExecutorsStackTrace() throws Exception {
        SparkScript.Result r = SparkScript.run(dir, "--profile", "smoke", "--tasks", "arithmetic", "--weights",
                "trivial", "--strategies", "spark", "--workers", "2", "--spark-master", cluster.url(),
                "--inject-failure", "arithmetic:3", "--no-check", "--results", dir.resolve("results").toString(),
                "--no-report");
        assertThat(r.exitCode()).as(r.out() + r.err() + cluster.logs()).isZero();
        Path run = onlyRun(dir.resolve("results"));
        JsonNode point = JSON.readTree(run.resolve("machine.json").toFile()).path("points").get(0);
        assertThat(point.path("status").asText()).isEqualTo("failed");
        assertThat(point.path("reason").asText())
                .contains("task arithmetic, weight 400, index 3 failed under spark with 2 workers")
                .contains("of executor 0 on host 127.0.0.1")
                .contains("injected failure at index 3");
        assertThat(Files.readString(run.resolve(point.path("forks").get(0).path("log").asText())))
                .as("the executor's stack trace, task frames first")
                .containsPattern("TaskFailedException: task arithmetic[^\\n]*\\n\\s+at dev\\.breakeven\\.tasks\\.");
    }

    @Test
    void executorsThatCannotLoadBreakevensJarEndTheSweepBeforeItStarts() throws Exception {
        Path results = Files.createDirectories(dir.resolve("results"));
        SparkScript.Result r = SparkScript.run(dir, "--profile", "smoke", "--tasks", "arithmetic",
                "--strategies", "sequential,spark", "--spark-master", cluster.url(),
                "--spark-conf", "spark.jars=" + dir.resolve("nowhere.jar"), "--results", results.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("breakeven: ")
                .contains("cannot load breakeven's classes");
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files).as("nothing written").isEmpty();
        }
    }
}

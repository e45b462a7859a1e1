package dev.breakeven.report.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.analysis.Analyzer;
import dev.breakeven.report.analysis.RunAnalysis;
import dev.breakeven.report.io.RunLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryJsonTest {

    @TempDir
    Path dir;

    @Test
    void holdsTheBestChunkSizePerWorkerCountOfAChunkedTaskAndNullForOthers() throws Exception {
        SyntheticJmh j = SyntheticJmh.chunked("chunked-field")
                .batch("arithmetic", 400, "sequential", 1, 48, 40, 1).batch("arithmetic", 400, "fixed-pool", 2, 48, 30, 1)
                .batch("arithmetic", 4000, "sequential", 1, 48, 400, 1).batch("arithmetic", 4000, "fixed-pool", 2, 48, 210, 1);
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("results.json"), j.json());
        RunAnalysis analysis = Analyzer.analyze(RunLoader.load(run));

        JsonNode root = new ObjectMapper().readTree(JsonTree.write(SummaryJson.of(analysis, List.of())));

        JsonNode chunked = null;
        JsonNode other = null;
        for (JsonNode t : root.get("tasks")) {
            if (t.get("task").asText().equals("chunked-field")) {
                chunked = t;
            } else {
                other = t;
            }
        }
        JsonNode sizes = chunked.get("chunkSizes");
        assertThat(sizes.get("strategy").asText()).isEqualTo("fixed-pool");
        assertThat(sizes.at("/best/workers").asInt()).isEqualTo(4);
        assertThat(sizes.at("/best/chunkSize").asDouble()).isEqualTo(1024);
        assertThat(sizes.at("/best/chunks").asInt()).isEqualTo(64);
        assertThat(sizes.at("/best/secondsPerPass").asDouble()).isCloseTo(250e-6, within(1e-15));
        assertThat(sizes.at("/best/secondsPerPassLower").asDouble()).isLessThan(250e-6);
        assertThat(sizes.at("/best/secondsPerPassUpper").asDouble()).isGreaterThan(250e-6);
        assertThat(sizes.get("byWorkers")).hasSize(3);
        assertThat(sizes.at("/byWorkers/0/chunkSize").asDouble()).isEqualTo(65536);
        assertThat(sizes.at("/byWorkers/1/chunkSize").asDouble()).isEqualTo(1024);
        assertThat(other.get("chunkSizes").isNull()).isTrue();
    }
}

package dev.breakeven.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.breakeven.report.SyntheticJmh;
import dev.breakeven.report.io.RunLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkSizesTest {

    @TempDir
    Path dir;

    private TaskAnalysis analyse(SyntheticJmh jmh, String machineJson) throws Exception {
        Path run = Files.createDirectories(dir.resolve("run-" + System.nanoTime()));
        Files.writeString(run.resolve("results.json"), jmh.json());
        if (machineJson != null) {
            Files.writeString(run.resolve("machine.json"), machineJson);
        }
        return Analyzer.analyze(RunLoader.load(run)).tasks().get(0);
    }

    private static String declaring(String task, boolean chunked) {
        return "{\"label\":\"laptop\",\"logicalCores\":2,\"tasks\":{\"" + task + "\":{\"unit\":\"cells per chunk\","
                + "\"batchIsChunkCount\":" + chunked + "}}}";
    }

    @Test
    void findsTheFastestChunkSizeAtEachWorkerCount() throws Exception {
        TaskAnalysis t = analyse(SyntheticJmh.chunked("chunked-field"), declaring("chunked-field", true));

        ChunkSizes chunks = ChunkSizes.of(t).orElseThrow();

        assertThat(chunks.strategy()).isEqualTo("fixed-pool");
        assertThat(chunks.byWorkers()).extracting(ChunkSizes.Best::workers).containsExactly(1, 2, 4);
        assertThat(chunks.byWorkers()).extracting(ChunkSizes.Best::chunkSize).containsExactly(65536.0, 1024.0, 1024.0);
        assertThat(chunks.byWorkers()).extracting(ChunkSizes.Best::chunks).containsExactly(1, 64, 64);
        ChunkSizes.Best best = chunks.overall().orElseThrow();
        assertThat(best.workers()).isEqualTo(4);
        assertThat(best.chunkSize()).isEqualTo(1024);
        assertThat(best.secondsPerPass().value()).isCloseTo(250e-6, within(1e-12));
        assertThat(best.secondsPerPass()).isEqualTo(t.curve(1024, "fixed-pool").orElseThrow().at(4).orElseThrow().seconds());
    }

    @Test
    void aTaskThatDeclaresItsBatchIsNotAChunkCountGetsNoChunkSizesWhateverItsData() throws Exception {
        TaskAnalysis t = analyse(SyntheticJmh.chunked("chunked-field"), declaring("chunked-field", false));

        assertThat(ChunkSizes.isChunked(t)).isFalse();
        assertThat(ChunkSizes.of(t)).isEmpty();
    }

    @Test
    void theDeclarationCountsNotTheTaskName() throws Exception {
        TaskAnalysis t = analyse(SyntheticJmh.chunked("tiles"), declaring("tiles", true));

        assertThat(ChunkSizes.of(t)).isPresent();
    }

    @Test
    void aRunWrittenBeforeTheDeclarationIsRecognisedByItsBatchCoveringAFixedTotal() throws Exception {
        // no machine.json: batch = ⌈65,536 / chunk size⌉ at every weight
        TaskAnalysis t = analyse(SyntheticJmh.chunked("tiles"), null);

        assertThat(ChunkSizes.isChunked(t)).isTrue();
        assertThat(ChunkSizes.of(t).orElseThrow().overall().orElseThrow().chunkSize()).isEqualTo(1024);
    }

    @Test
    void aTaskWithOneBatchAtEveryWeightIsNotChunked() throws Exception {
        SyntheticJmh j = new SyntheticJmh();
        for (double w : new double[] {10, 100, 1000}) {
            j.batch("chunky-name", w, "sequential", 1, 48, w, w * 0.01);
            j.batch("chunky-name", w, "fixed-pool", 2, 48, w / 1.5, w * 0.01);
        }

        TaskAnalysis t = analyse(j, null);

        assertThat(ChunkSizes.isChunked(t)).isFalse();
        assertThat(ChunkSizes.of(t)).isEmpty();
    }

    @Test
    void aBatchThatVariesWithoutCoveringOneTotalIsNotAChunkCount() throws Exception {
        // weight × batch: 10 × 48 = 480 but 1,000 × 240 = 240,000
        SyntheticJmh j = new SyntheticJmh()
                .batch("t", 10, "sequential", 1, 48, 100, 1).batch("t", 10, "fixed-pool", 2, 48, 80, 1)
                .batch("t", 1000, "sequential", 1, 240, 900, 9).batch("t", 1000, "fixed-pool", 2, 240, 500, 5);

        assertThat(ChunkSizes.isChunked(analyse(j, null))).isFalse();
    }
}

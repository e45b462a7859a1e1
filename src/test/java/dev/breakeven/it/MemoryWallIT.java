package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory wall: points that cannot fit are skipped with the numbers; forced ones fail with the cause. */
class MemoryWallIT {

    @TempDir
    Path dir;

    @Test
    void pointsThatCannotFitInTheForkHeapAreSkippedAsMemoryLimited() throws Exception {
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--results", "results",
                "--tasks", "memory-hungry", "--strategies", "sequential,fixed-pool", "--weights", "64",
                "--workers", "1,8", "--fork-heap", "400m", "--no-check");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("skipped: 8 workers × 64 MB = 512 MB > 144 MB of fork heap left");
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        JsonNode points = RunFiles.machine(run).path("points");
        assertThat(points).hasSize(3);
        assertThat(points.get(2).path("status").asText()).isEqualTo("memory-limited");
        assertThat(points.get(2).path("reason").asText()).contains("raise --fork-heap");
        assertThat(RunFiles.measuredParams(run)).hasSize(2).allMatch(p -> p.get("workers").equals("1"));
        assertThat(RunFiles.machine(run).path("caps").path("forkHeapBytes").asLong()).isEqualTo(400L << 20);
    }

    @Test
    void aForcedPointThatRunsOutOfMemoryFailsWithTheCauseAndTheSweepGoesOn() throws Exception {
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--results", "results",
                "--tasks", "memory-hungry,arithmetic", "--strategies", "fixed-pool", "--weights", "64",
                "--workers", "8", "--fork-heap", "256m", "--no-check", "--force");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        JsonNode points = RunFiles.machine(run).path("points");
        assertThat(points).hasSize(2);
        assertThat(points.get(0).path("status").asText()).isEqualTo("failed");
        assertThat(points.get(0).path("reason").asText()).contains("OutOfMemoryError");
        assertThat(points.get(1).path("status").asText()).isEqualTo("done");
        assertThat(RunFiles.measuredParams(run)).singleElement().satisfies(p ->
                assertThat(p.get("task")).isEqualTo("arithmetic"));
    }
}

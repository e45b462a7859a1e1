package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task that throws fails its points with a traceable message; the sweep goes on and keeps the rest. */
class FailingTaskIT {

    @TempDir
    Path dir;

    @Test
    void failingPointsAreRecordedAndTheOthersMeasured() throws Exception {
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--results", "results",
                "--tasks", "arithmetic", "--strategies", "sequential,fixed-pool", "--weights", "trivial",
                "--workers", "2", "--batch", "4", "--inject-failure", "arithmetic:5", "--no-check");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        // index 5 exists only in batches of 6 or more: this sweep has batch 4 and no failure at all
        assertThat(RunFiles.machine(run).path("points").findValuesAsText("status")).containsOnly("done");

        Path dir2 = dir.resolve("second");
        Breakeven.Result failing = Breakeven.run(dir, "run", "--profile", "smoke", "--results", dir2.toString(),
                "--tasks", "arithmetic,ensemble", "--strategies", "sequential,fixed-pool", "--weights", "trivial,light",
                "--workers", "2", "--inject-failure", "arithmetic:3", "--no-check");
        assertThat(failing.exitCode()).as(failing.err()).isZero();
        assertThat(failing.out()).contains("FAILED: dev.breakeven.tasks.TaskFailedException: task arithmetic")
                .contains("index 3 failed under fixed-pool with 2 workers on thread fixed-pool-worker-");
        Path run2 = RunFiles.onlyRun(dir2);
        JsonNode points = RunFiles.machine(run2).path("points");
        assertThat(points).hasSize(8);
        assertThat(points.findParents("task")).filteredOn(p -> p.path("task").asText().equals("arithmetic"))
                .hasSize(4).allSatisfy(p -> {
                    assertThat(p.path("status").asText()).isEqualTo("failed");
                    assertThat(p.path("reason").asText()).contains("injected failure at index 3");
                });
        assertThat(RunFiles.measuredParams(run2)).hasSize(4).allMatch(p -> p.get("task").equals("ensemble"));
    }

    @Test
    void theCheckStopsABrokenTaskBeforeAnyTimeIsSpent() throws Exception {
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--results", "results",
                "--tasks", "ensemble,arithmetic", "--inject-failure", "arithmetic:0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("breakeven: check failed: task arithmetic")
                .contains("index 0, run alone on one thread").contains("injected failure at index 0")
                .contains("--no-check");
        assertThat(dir.resolve("results")).doesNotExist();
    }
}

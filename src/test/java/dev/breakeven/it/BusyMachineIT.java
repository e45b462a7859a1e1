package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A colleague's CPU hog during a sweep: the sweep says so before it starts and marks every busy point. */
class BusyMachineIT {

    @TempDir
    Path dir;

    @Test
    void aCpuHogIsReportedBeforeTheSweepAndItsPointsAreMarkedBusy() throws Exception {
        Process hog = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            Thread.sleep(500);
            Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--results", "results",
                    "--tasks", "arithmetic", "--strategies", "sequential,fixed-pool", "--weights", "heavy",
                    "--workers", "1", "--no-check");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("WARNING: this machine is busy: other processes use")
                    .contains("'s sh ").contains("--wait-idle").contains("(busy: others used");
            Path run = RunFiles.onlyRun(dir.resolve("results"));
            JsonNode machine = RunFiles.machine(run);
            assertThat(machine.path("start").path("busy").asBoolean()).isTrue();
            assertThat(machine.path("start").path("busyProcesses").toString()).contains(" sh ");
            assertThat(machine.path("points")).hasSize(2).allSatisfy(p -> {
                assertThat(p.path("status").asText()).isEqualTo("done");
                assertThat(p.path("busy").asBoolean()).isTrue();
                assertThat(p.path("forks")).allSatisfy(f -> assertThat(f.path("othersCores").asDouble()).isGreaterThan(0.5));
                assertThat(p.path("forks").findValuesAsText("kept")).as("a busy fork is set aside once and run again")
                        .contains("false");
            });
            assertThat(RunFiles.results(run)).hasSize(2);
        } finally {
            hog.destroyForcibly();
            hog.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void waitIdleWaitsForTheHogToFinishAndThenMeasuresQuietly() throws Exception {
        Process hog = new ProcessBuilder("timeout", "6", "sh", "-c", "while :; do :; done").start();
        try {
            Thread.sleep(500);
            Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--results", "results",
                    "--tasks", "arithmetic", "--strategies", "sequential", "--weights", "trivial", "--no-check",
                    "--wait-idle", "1");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("Waiting for the machine to calm down").doesNotContain("WARNING");
            assertThat(RunFiles.machine(RunFiles.onlyRun(dir.resolve("results"))).path("start").path("busy")
                    .asBoolean()).isFalse();
        } finally {
            hog.destroyForcibly();
            hog.waitFor(10, TimeUnit.SECONDS);
        }
    }
}

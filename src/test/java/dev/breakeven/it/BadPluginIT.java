package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakeven.testplugins.PluginJars;
import dev.breakeven.testplugins.TestPlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plug-in that throws, hangs, computes something else under a pool, or cannot be loaded gets the one-line,
 * traceable errors of the catalogue's tasks, and what was measured stays measured. Each sweep is one weight,
 * the loop and a pool of two: seconds each.
 */
class BadPluginIT {

    @TempDir
    Path dir;

    private Breakeven.Result sweep(Path jar, String task, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--profile", "smoke", "--results", "results",
                "--task-jar", jar.toString(), "--tasks", task, "--strategies", "sequential,fixed-pool",
                "--weights", "1000", "--workers", "2", "--batch", "8"));
        args.addAll(List.of(more));
        return Breakeven.run(dir, args.toArray(String[]::new));
    }

    private static JsonNode point(Path run, String strategy) throws Exception {
        for (JsonNode p : RunFiles.machine(run).path("points")) {
            if (p.path("strategy").asText().equals(strategy)) {
                return p;
            }
        }
        throw new AssertionError("no " + strategy + " point in " + run);
    }

    @Test
    void aTaskThatThrowsFailsItsPointAndTheLoopIsKept() throws Exception {
        Path jar = PluginJars.of(dir.resolve("fails.jar"), TestPlugin.FailsInPool.class);
        Breakeven.Result r = sweep(jar, "fails-in-pool");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("FAILED: dev.breakeven.tasks.TaskFailedException: task fails-in-pool,"
                + " weight 1000, index ")
                .contains("failed under fixed-pool with 2 workers on thread fixed-pool-worker-");
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        assertThat(point(run, "fixed-pool").path("status").asText()).isEqualTo("failed");
        assertThat(point(run, "fixed-pool").path("reason").asText()).contains("not thread-safe");
        assertThat(point(run, "sequential").path("status").asText()).isEqualTo("done");
        assertThat(RunFiles.measuredParams(run)).singleElement().satisfies(p ->
                assertThat(p).containsEntry("task", "fails-in-pool").containsEntry("strategy", "sequential"));

        // the plug-in is gone when the run is resumed: one line, and the run's files are untouched
        byte[] results = Files.readAllBytes(run.resolve("results.json"));
        Files.delete(jar);
        Breakeven.Result resumed = Breakeven.run(dir, "run", "--resume", run.toString());
        assertThat(resumed.exitCode()).isEqualTo(2);
        assertThat(resumed.err().strip()).doesNotContain("\n").startsWith("breakeven: --task-jar ")
                .contains("fails.jar: no such file");
        assertThat(Files.readAllBytes(run.resolve("results.json"))).isEqualTo(results);
    }

    @Test
    void aTaskThatHangsIsStoppedAfterTheTimeoutAndTheSweepGoesOn() throws Exception {
        Path jar = PluginJars.of(dir.resolve("hangs.jar"), TestPlugin.HangsInPool.class);
        Breakeven.Result r = sweep(jar, "hangs-in-pool", "--task-timeout", "3s");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("FAILED: task hangs-in-pool, weight 1000, index 2 on thread fixed-pool-worker-")
                .contains("ran past --task-timeout 3s and was stopped").contains("Done: 2 points");
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        assertThat(point(run, "fixed-pool").path("status").asText()).isEqualTo("failed");
        assertThat(point(run, "sequential").path("status").asText()).isEqualTo("done");
        assertThat(RunFiles.measuredParams(run)).singleElement().satisfies(p ->
                assertThat(p).containsEntry("strategy", "sequential"));
    }

    @Test
    void aTaskThatHangsInAProcessPoolWorkerIsStoppedThereAndNoWorkerIsLeft() throws Exception {
        Path jar = PluginJars.of(dir.resolve("hangs-in-worker.jar"), TestPlugin.HangsInPool.class);
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--results", "results", "--task-jar",
                jar.toString(), "--tasks", "hangs-in-pool", "--strategies", "sequential,process-pool", "--weights",
                "1000", "--workers", "2", "--batch", "8", "--task-timeout", "3s");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // the worker JVM's own watchdog names the task, its index and the limit; the fork reads it
        assertThat(r.out()).contains("FAILED: task hangs-in-pool, weight 1000, index 2 on thread ")
                .contains("ran past --task-timeout 3s and was stopped").contains("Done: 2 points");
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        assertThat(point(run, "process-pool").path("status").asText()).isEqualTo("failed");
        assertThat(point(run, "process-pool").path("reason").asText()).contains("ran past --task-timeout 3s");
        assertThat(point(run, "sequential").path("status").asText()).isEqualTo("done");
        assertThat(RunFiles.measuredParams(run)).singleElement().satisfies(p ->
                assertThat(p).containsEntry("strategy", "sequential"));
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains("hangs-in-worker.jar")).map(p -> p.info().commandLine().orElse(""))).isEmpty();
    }

    @Test
    void aTaskThatHangsAtOnceStopsTheCheckWithOneLine() throws Exception {
        Path jar = PluginJars.of(dir.resolve("hangs.jar"), TestPlugin.Hangs.class);
        Breakeven.Result r = sweep(jar, "hangs", "--task-timeout", "1s");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("breakeven: check failed: task hangs, weight 1000,"
                + " index 0 (run alone on one thread), ran past --task-timeout 1s").contains("--no-check");
        assertThat(dir.resolve("results")).doesNotExist();
    }

    @Test
    void aChecksumThatDependsOnTheThreadFailsThePoolsPoint() throws Exception {
        Path jar = PluginJars.of(dir.resolve("by-thread.jar"), TestPlugin.ByThread.class);
        Breakeven.Result r = sweep(jar, "by-thread");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        assertThat(point(run, "fixed-pool").path("status").asText()).isEqualTo("failed");
        assertThat(point(run, "fixed-pool").path("reason").asText()).contains("differs from the sequential loop's");
        assertThat(point(run, "sequential").path("status").asText()).isEqualTo("done");
    }

    @Test
    void unusableJarsAreOneLineErrorsBeforeAnythingRuns() throws Exception {
        Breakeven.Result missing = Breakeven.run(dir, "tasks", "--task-jar", "nowhere.jar");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).doesNotContain("\n")
                .startsWith("breakeven: --task-jar ").contains("nowhere.jar: no such file");

        Path wrong = PluginJars.write(dir.resolve("wrong.jar"), List.of(TestPlugin.NotAPlugin.class.getName()));
        Breakeven.Result r = sweep(wrong, "honest");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("breakeven: --task-jar ")
                .contains("a plug-in task cannot be loaded");
        assertThat(dir.resolve("results")).doesNotExist();
    }
}

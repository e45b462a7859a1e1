package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of a sweep, then --resume: every planned point exactly once, none lost. */
class KillAndResumeIT {

    @TempDir
    Path dir;

    @Test
    void killedSweepResumesWithEveryPointExactlyOnce() throws Exception {
        Process sweep = Breakeven.command(dir, List.of("run", "--profile", "smoke", "--label", "kill",
                        "--results", "results", "--tasks", "arithmetic",
                        "--strategies", "sequential,fixed-pool,fork-join,parallel-stream",
                        "--weights", "trivial,light,medium", "--workers", "1,2"))
                .redirectOutput(dir.resolve("first.out").toFile()).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (measured() < 5) {
                assertThat(sweep.isAlive()).as("sweep still running").isTrue();
                assertThat(System.nanoTime()).as("5 points within 2 minutes").isLessThan(deadline);
                Thread.sleep(50);
            }
        } finally {
            sweep.destroyForcibly(); // SIGKILL: no shutdown hooks, no chance to tidy up
            sweep.waitFor(30, TimeUnit.SECONDS);
        }
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        int before = RunFiles.measuredParams(run).size();
        assertThat(before).isBetween(5, 20);

        Breakeven.Result resumed = Breakeven.run(dir, "run", "--resume", run.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Resuming").contains("of 21 points measured so far");

        assertThat(RunFiles.plannedParams(run)).hasSize(21);
        assertThat(RunFiles.measuredParams(run)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(RunFiles.plannedParams(run));
        assertThat(RunFiles.machine(run).path("resumed")).hasSize(1);
    }

    private int measured() {
        try {
            Path results = dir.resolve("results");
            if (!Files.isDirectory(results)) {
                return 0;
            }
            Path run = RunFiles.onlyRun(results);
            return Files.exists(run.resolve("results.json")) ? RunFiles.measuredParams(run).size() : 0;
        } catch (Exception e) {
            throw new AssertionError("results.json unreadable while the sweep runs: " + e, e);
        }
    }
}

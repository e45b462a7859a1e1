package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shipped Python comparison runs where python3 is installed and is skipped cleanly where it is not. */
class PythonComparisonIT {

    private static String run(List<String> command, String path) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (path != null) {
            pb.environment().put("PATH", path);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void measuresPythonsPoolWhenPython3IsPresent() throws Exception {
        assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "no python3 here");
        String out = run(List.of("python3", "python/pool_overhead.py", "--workers", "1", "--methods", "fork",
                "--starts", "2", "--seconds", "0.2"), null);
        assertThat(out).contains("\"strategy\": \"python-pool\"").contains("\"start_method\": \"fork\"")
                .containsPattern("\"per_task_us_batch48\": [0-9.]+").containsPattern("\"startup_ms\": [0-9.]+");
    }

    @Test
    void withoutPython3OrJavaTheComparisonSaysSoAndSucceeds() throws Exception {
        String out = run(List.of("/bin/bash", "python/compare_overhead.sh", "1"), "/nonexistent");
        assertThat(out).contains("python3 not found: skipping the Python measurement")
                .contains("python3 not found: skipping the Dask measurement")
                .contains("java not found: skipping the Java measurement");
    }

    /** The first python that imports dask and distributed: PATH's python3, else Debian's /usr/bin/python3. */
    private static Optional<String> pythonWithDask() throws Exception {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                if (new ProcessBuilder(python, "-c", "import dask, distributed").start().waitFor() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException notThere) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    @Test
    void measuresDasksSchedulersWhereDaskIsInstalled() throws Exception {
        Optional<String> python = pythonWithDask();
        assumeTrue(python.isPresent(), "no python here imports dask and distributed");
        String out = run(List.of(python.get(), "python/dask_overhead.py", "--workers", "1", "--starts", "1",
                "--seconds", "0.2", "--many", "100"), null);
        assertThat(out).contains("\"strategy\": \"dask-threads\"").contains("\"strategy\": \"dask-distributed\"")
                .containsPattern("\"per_task_us_batch48\": [0-9.]+").containsPattern("\"startup_ms\": [0-9.]+")
                .containsPattern("\"per_task_us_batch100\": [0-9.]+");
    }

    @Test
    void withoutDaskTheDaskScriptSaysSoAndSucceeds() throws Exception {
        assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "no python3 here");
        // -S leaves out site-packages (where pip and apt put dask), -E PYTHONPATH, -s the user's own
        String out = run(List.of("python3", "-S", "-E", "-s", "python/dask_overhead.py", "--workers", "1"), null);
        assertThat(out).contains("dask is not installed for ").contains("skipping the Dask measurement")
                .doesNotContain("\"strategy\"");
    }
}

package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/reference.sh}'s arguments: a missing or reversed weight range stops with its usage or a one-line
 * error, exit code 2, before anything is built or measured. (A real reference takes minutes; the README's
 * "Measured on this machine" gives the runs.)
 */
class ReferenceScriptIT {

    @TempDir
    Path dir;

    private record Result(int exitCode, String out) {
    }

    private Result run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", Path.of("bench/reference.sh").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void withoutArgumentsPrintsItsUsage() throws Exception {
        Result r = run("arithmetic");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("Usage: bench/reference.sh TASK FROM TO [BATCH] [BUDGET]")
                .contains("warms up for 800 ms").doesNotContain("set -euo");
    }

    @Test
    void aReversedRangeIsOneLineNamingBothWeights() throws Exception {
        Result r = run("arithmetic", "6400", "100", "240");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out().strip()).isEqualTo(
                "reference.sh: FROM and TO must be whole numbers with FROM < TO (got 6400, 100)");
    }
}

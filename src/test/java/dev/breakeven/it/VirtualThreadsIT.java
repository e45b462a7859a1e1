package dev.breakeven.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Virtual threads need Java 21+: on 17 the sweep lists them as unavailable and goes on; with {@code --jvm}
 * pointing at a newer JDK (if this machine has one) the forks run them.
 */
class VirtualThreadsIT {

    @TempDir
    Path dir;

    @Test
    void olderJvmSkipsVirtualThreadsWithTheReason() throws Exception {
        assumeTrue(Runtime.version().feature() < 21, "this JVM has virtual threads");
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--results", "results", "--tasks",
                "arithmetic", "--strategies", "sequential,virtual-threads", "--weights", "trivial", "--no-check");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("virtual-threads skipped: virtual threads need Java 21 or newer")
                .contains("Done: 1 points");
    }

    @Test
    void newerForkJvmRunsVirtualThreads() throws Exception {
        Optional<Path> jdk = newerJdk();
        assumeTrue(jdk.isPresent(), "no JDK 21+ under /usr/lib/jvm");
        Breakeven.Result r = Breakeven.run(dir, "run", "--profile", "smoke", "--results", "results", "--tasks",
                "arithmetic", "--strategies", "sequential,virtual-threads", "--weights", "trivial",
                "--workers", "1,2", "--jvm", jdk.get().toString(), "--no-check");
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path run = RunFiles.onlyRun(dir.resolve("results"));
        assertThat(RunFiles.measuredParams(run)).extracting(p -> p.get("strategy"))
                .containsExactlyInAnyOrder("sequential", "virtual-threads", "virtual-threads");
        assertThat(RunFiles.machine(run).path("points").findValuesAsText("checksum")).hasSize(3)
                .containsOnly(RunFiles.machine(run).path("points").get(0).path("checksum").asText());
    }

    private static Optional<Path> newerJdk() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .filter(d -> featureOf(d) >= 21).map(d -> d.resolve("bin/java")).findFirst();
        }
    }

    private static int featureOf(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}

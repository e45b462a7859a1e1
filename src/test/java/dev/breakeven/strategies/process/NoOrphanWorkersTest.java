package dev.breakeven.strategies.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * However the parent JVM ends, its worker JVMs end too: each test starts a parent ({@link PoolParent})
 * with a pool of two workers, ends the parent in one way, and reads the process table.
 */
class NoOrphanWorkersTest {

    /**
     * How long to wait for the workers to go before calling them orphans. They go within a watchdog period
     * (0.5 s) or at once; the bound is only there so a broken pool fails instead of hanging the build.
     */
    private static final Duration GONE_WITHIN = Duration.ofSeconds(30);
    /** Likewise for a parent JVM to start its pool and say so: a hang guard, nothing is timed. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private final List<Process> parents = new ArrayList<>();
    private final List<String> pools = new ArrayList<>();
    private final List<Parent> started = new ArrayList<>();

    @AfterEach
    void killWhateverIsLeft() {
        parents.forEach(Process::destroyForcibly);
        for (String pool : pools) {
            Workers.kill(Workers.ofPool(pool));
        }
        for (Parent p : started) {
            p.workerPids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    void workersExitWhenTheParentIsKilledWithSigkill() throws Exception {
        Parent parent = startParent("idle");
        parent.process.destroyForcibly();
        assertWorkersGone(parent);
    }

    @Test
    void busyWorkersExitWhenTheParentIsKilledWithSigkill() throws Exception {
        // Each worker has a task that runs for minutes, so it does not read stdin again: the watchdog must act.
        Parent parent = startParent("busy");
        assertThat(parent.nextLine()).isEqualTo("BUSY");
        for (long pid : parent.workerPids) {
            assertThat(ProcessHandle.of(pid)).as("worker %d before the kill", pid).isPresent();
        }
        parent.process.destroyForcibly();
        assertWorkersGone(parent);
    }

    @Test
    void workersExitWhenTheParentGetsSigterm() throws Exception {
        Parent parent = startParent("idle");
        parent.process.destroy(); // SIGTERM: the parent's shutdown hook kills the workers
        assertThat(parent.process.waitFor(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).as("parent exits on SIGTERM").isTrue();
        assertWorkersGone(parent);
    }

    @Test
    void workersExitWhenTheParentGetsSigint() throws Exception {
        Parent parent = startParent("idle");
        assumeFalse(ignoresSigint(parent.process.pid()),
                "this test's JVM was started with SIGINT ignored (e.g. a background job), so its children ignore it too");
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(parent.process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
        assertThat(parent.process.waitFor(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).as("parent exits on SIGINT").isTrue();
        assertWorkersGone(parent);
    }

    private void assertWorkersGone(Parent parent) throws InterruptedException {
        List<ProcessHandle> left = Workers.awaitGone(parent.poolId, parent.workerPids, GONE_WITHIN);
        assertThat(left).as("workers of pool %s still running %s after their parent ended:%n%s",
                parent.poolId, GONE_WITHIN, Workers.describe(left)).isEmpty();
    }

    private record Parent(Process process, String poolId, List<Long> workerPids, BufferedReader out) {

        /** The parent's next line of output (fails rather than hangs if none comes). */
        String nextLine() {
            return readLine(out, "parent JVM's next line");
        }
    }

    private static String readLine(BufferedReader out, String what) {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return line.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(what + ": nothing within " + HANG_GUARD, e);
        }
    }

    private Parent startParent(String mode) throws IOException, InterruptedException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), PoolParent.class.getName(), mode, "2");
        Process process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        parents.add(process);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = readLine(out, "parent JVM reporting its pool");
        assertThat(line).as("parent's first line").startsWith("READY ");
        String[] words = line.split(" ");
        pools.add(words[1]);
        List<Long> pids = Arrays.stream(words, 2, words.length).map(Long::valueOf).toList();
        assertThat(pids).hasSize(2);
        assertThat(Workers.ofPool(words[1])).as("workers running before the parent ends").hasSize(2);
        Parent parent = new Parent(process, words[1], pids, out);
        started.add(parent);
        return parent;
    }

    /** Whether SIGINT is in the SigIgn mask of {@code pid} (Linux); false where that cannot be read. */
    private static boolean ignoresSigint(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("SigIgn:")) {
                    long mask = Long.parseUnsignedLong(l.substring(7).trim(), 16);
                    return (mask & (1L << (2 - 1))) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }
}

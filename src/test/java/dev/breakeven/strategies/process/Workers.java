package dev.breakeven.strategies.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Finds worker JVMs in the process table by the marker on their command line, and kills leftovers. */
final class Workers {

    private Workers() {
    }

    /** Live processes whose command line carries {@code -Dbreakeven.worker=POOL_ID/...}. */
    static List<ProcessHandle> ofPool(String poolId) {
        String marker = "-D" + WorkerProcess.MARKER_PROPERTY + "=" + poolId + "/";
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .filter(Workers::isRunning)
                .collect(Collectors.toList());
    }

    /** Live worker JVMs started by this JVM (any pool). */
    static List<ProcessHandle> ofThisJvm() {
        String marker = "-D" + WorkerProcess.MARKER_PROPERTY + "=";
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .collect(Collectors.toList());
    }

    /**
     * Polls until no process with the marker of {@code poolId} and none of {@code pids} is running; returns
     * those still running after {@code limit}.
     */
    static List<ProcessHandle> awaitGone(String poolId, List<Long> pids, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        List<ProcessHandle> running = running(poolId, pids);
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            running = running(poolId, pids);
        }
        return running;
    }

    private static List<ProcessHandle> running(String poolId, List<Long> pids) {
        List<ProcessHandle> running = new ArrayList<>(ofPool(poolId));
        for (long pid : pids) {
            ProcessHandle.of(pid).filter(Workers::isRunning).filter(p -> !running.contains(p)).ifPresent(running::add);
        }
        return running;
    }

    /**
     * Alive and not a zombie: an orphan that has exited stays in the table as a zombie until init reaps it,
     * and {@link ProcessHandle#isAlive()} still says true for it (Linux: state Z in /proc/PID/stat).
     */
    static boolean isRunning(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
            String afterName = stat.substring(stat.lastIndexOf(')') + 1).trim();
            return !(afterName.startsWith("Z") || afterName.startsWith("X"));
        } catch (IOException | RuntimeException e) {
            return p.isAlive(); // no /proc (not Linux) or it just vanished
        }
    }

    static void kill(List<ProcessHandle> processes) {
        for (ProcessHandle p : processes) {
            p.destroyForcibly();
        }
        for (ProcessHandle p : processes) {
            try {
                p.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // best effort: the assertion that failed already says what was left
            }
        }
    }

    static String describe(List<ProcessHandle> processes) {
        return processes.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
                .collect(Collectors.joining("\n"));
    }
}

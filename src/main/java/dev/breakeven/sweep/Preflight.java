package dev.breakeven.sweep;

import dev.breakeven.results.Snapshot;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The guide's moral — the server is not yours alone: before a sweep, look at load, processes, other
 * people's CPU-heavy processes and free memory, and say plainly when the machine is busy and what that
 * does to the numbers. With {@code --wait-idle} wait for it to calm down first.
 */
final class Preflight {

    private static final long SAMPLE_MILLIS = 1000;
    private static final long POLL_MILLIS = 10_000;

    private final MachineFacts facts;
    private final PrintStream out;

    Preflight(MachineFacts facts, PrintStream out) {
        this.facts = facts;
        this.out = out;
    }

    /** Looks at the machine (waiting up to {@code waitIdleMinutes} for it to calm) and says what it saw. */
    Snapshot check(int coresUsed, int waitIdleMinutes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(waitIdleMinutes).toNanos();
        List<MachineFacts.Busy> busy = facts.busyProcesses(0.1, SAMPLE_MILLIS);
        double others = busy.stream().mapToDouble(MachineFacts.Busy::cores).sum();
        out.printf("Machine: %d logical cores%s (sweep uses up to %d), load average %.2f, %d processes,"
                        + " %s of %s memory available.%n", facts.machineLogicalCores(),
                facts.logicalCores() < facts.machineLogicalCores() ? ", " + facts.logicalCores()
                        + " available to this process" : "", coresUsed, facts.loadAverage(),
                facts.processCount(), Sizes.format(facts.availableMemory()), Sizes.format(facts.totalMemory()));
        while (others >= Sweep.BUSY_CORES && waitIdleMinutes > 0 && System.nanoTime() < deadline) {
            out.printf("Waiting for the machine to calm down (others use %.1f cores: %s)...%n", others, names(busy));
            Thread.sleep(POLL_MILLIS);
            busy = facts.busyProcesses(0.1, SAMPLE_MILLIS);
            others = busy.stream().mapToDouble(MachineFacts.Busy::cores).sum();
        }
        if (others >= Sweep.BUSY_CORES) {
            out.printf("WARNING: this machine is busy: other processes use %.1f cores (%s). Points measured now"
                            + " run slower and noisier, and speedups flatten early because workers compete with"
                            + " them; busy points are marked in the results and charts. Wait with --wait-idle"
                            + " MINUTES, or leave cores to others with --leave-cores N.%n", others, names(busy));
        }
        return new Snapshot(java.time.Instant.now().toString(), facts.loadAverage(), facts.availableMemory(),
                facts.processCount(), others, others >= Sweep.BUSY_CORES, busy.stream().limit(10)
                .map(b -> b.user() + " " + b.name() + " (pid " + b.pid() + ", " + String.format("%.1f", b.cores())
                        + " cores)").toList());
    }

    private static String names(List<MachineFacts.Busy> busy) {
        return busy.stream().limit(5).map(b -> String.format("%s's %s %.1f", b.user(), b.name(), b.cores()))
                .collect(Collectors.joining(", "));
    }
}

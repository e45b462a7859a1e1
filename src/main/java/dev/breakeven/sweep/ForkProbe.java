package dev.breakeven.sweep;

import dev.breakeven.results.StrategyNames;
import dev.breakeven.tasks.TaskType;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * What a fork costs on this machine beyond its iterations: JVM start, the heap touch, JMH's set-up and tear-down.
 * Two forks of a point that does next to nothing (arithmetic at weight 1, batches of 1, the sequential loop), run
 * exactly as the sweep runs its forks, each timed from launch to result, minus their iterations; the cheaper of
 * the two counts (the first may also pay for reading the jar from disk, and it writes the forks' class-data archive,
 * {@link ForkArchive}; when writing it fails the fork, the archive is off and the fork runs again).
 *
 * <p>A real fork costs about {@value #BEYOND_PROBE_SECONDS} s more than the probe's: the sweep's own work around
 * each fork (recording it, comparing its checksum: 0.02–0.04 s) and a real task's set-up. On the 2-core build
 * machine the probe read 0.29–0.34 s and quick's light forks cost 0.38–0.43 s beyond their iterations; on a lent
 * 16-core server 0.38–0.44 s and 0.50–0.57 s.
 *
 * <p>Why measure it: the plan's constant ({@value ForkCost#FORK_SECONDS} s) was measured on the 2-core build
 * machine, and on a lent 16-core server quick's first pass took 4:21 where its plan said 3:35 (forks cost about
 * 0.2 s more there), which left its adaptive pass 9 s instead of 55. Planning for a machine you do not have
 * ({@code --dry-run --cores}) keeps the constant.
 */
final class ForkProbe {

    /** The probe's point: the lightest work a fork can do. */
    static final Point POINT = new Point(TaskType.ARITHMETIC.id(), 1, StrategyNames.SEQUENTIAL, 1, 1);
    /** Measured costs outside this range are not believed: the plan keeps its constant and says so. */
    static final double LOWEST_SECONDS = 0.05;
    static final double HIGHEST_SECONDS = 10;
    /** What a real fork costs beyond the probe's, seconds. */
    static final double BEYOND_PROBE_SECONDS = 0.1;

    private ForkProbe() {
    }

    /**
     * Seconds a sweep's fork costs beyond its iterations: the probe's, measured with {@code runner}, plus {@value
     * #BEYOND_PROBE_SECONDS} s; prints one line.
     *
     * @param user the user's JMH options, whose iteration counts and times the forks obey
     */
    static double measure(PointRunner runner, Profile profile, Options user, PrintStream out) {
        out.print("Timing a fork's own cost (JVM start, heap touch, JMH set-up) ...");
        out.flush();
        int warmups = user.getWarmupIterations().orElse(profile.warmupIterationsFor(0, false));
        int measured = user.getMeasurementIterations().orElse(profile.measurementIterationsFor(0));
        double iterations = warmups * seconds(user.getWarmupTime().orElse(null), profile.warmupMillis())
                + measured * seconds(user.getMeasurementTime().orElse(null), profile.measurementMillis());
        double best = Double.POSITIVE_INFINITY;
        Path dir = null;
        try {
            dir = Files.createTempDirectory("breakeven-fork-probe");
            for (int i = 0; i < 2; i++) {
                boolean writing = runner.archive().writesNext();
                long start = System.nanoTime();
                PointRunner.Outcome outcome = runner.run(POINT, warmups, measured, iterations + ForkCost.FORK_SECONDS,
                        dir.resolve("probe.log"), dir.resolve(".checksum"), dir.resolve("workers"));
                double wall = (System.nanoTime() - start) / 1e9;
                if (!outcome.succeeded() && writing) {
                    runner.archive().off(); // the sweep's forks start without the archive, as they would have
                    i--;
                    continue;
                }
                if (!outcome.succeeded()) {
                    out.println(" the probe fork failed; planning with " + ForkCost.FORK_SECONDS + " s.");
                    return ForkCost.FORK_SECONDS;
                }
                best = Math.min(best, wall - iterations);
            }
        } catch (IOException | SweepInputException e) {
            // another JMH run holding its lock stops the sweep itself with its own message
            out.println(" not measured (" + e.getMessage() + "); planning with " + ForkCost.FORK_SECONDS + " s.");
            return ForkCost.FORK_SECONDS;
        } finally {
            delete(dir);
        }
        if (!(best >= LOWEST_SECONDS && best <= HIGHEST_SECONDS)) {
            out.printf(" %.2f s, not believed; planning with %s s.%n", best, ForkCost.FORK_SECONDS);
            return ForkCost.FORK_SECONDS;
        }
        out.printf(" %.2f s (a sweep's fork: %.2f s).%n", best, best + BEYOND_PROBE_SECONDS);
        return best + BEYOND_PROBE_SECONDS;
    }

    private static double seconds(TimeValue time, int defaultMillis) {
        return time == null ? defaultMillis / 1e3 : time.convertTo(TimeUnit.MICROSECONDS) / 1e6;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

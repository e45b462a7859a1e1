package dev.breakeven.sweep;

import dev.breakeven.bench.BatchBenchmark;
import dev.breakeven.bench.WorkerOutput;
import dev.breakeven.tasks.TaskTimeout;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one fork of one point as its own JMH run, with the profile's iterations unless the user's JMH
 * options (e.g. {@code -wi 5 -prof gc -jvmArgsAppend -Xmx2g}) say otherwise. The sweep calls it once per
 * fork, so it can interleave the forks of different points. JMH's output goes to the
 * point's log file (and to the console with {@code --verbose}).
 *
 * <p>A hung task must not hang the sweep: plug-in tasks are watched inside the fork and its workers
 * ({@link TaskTimeout}, which ends the JVM and leaves its reason in a file beside the checksum's), and any
 * fork still running long after its planned time ({@link #forkLimit}) is killed with its workers
 * ({@link ForkDeadline}).
 */
final class PointRunner {

    /** What became of one point: JMH's results, or why there are none. */
    record Outcome(Collection<RunResult> results, String failure, String checksum) {
        boolean succeeded() {
            return failure == null;
        }
    }

    private final Options userOptions;
    private final Profile profile;
    private final List<String> forkJvmArgs;
    private final boolean verbose;
    private final String jvm;
    private final Duration taskTimeout;
    private final ForkArchive archive;

    /** {@code jvm}: the java binary of the forks, or null for the one running the sweep. */
    PointRunner(Options userOptions, Profile profile, String jvm, List<String> forkJvmArgs, boolean verbose,
            Duration taskTimeout) {
        this(userOptions, profile, jvm, forkJvmArgs, verbose, taskTimeout, ForkArchive.none());
    }

    /** As above, the forks starting from {@code archive}'s classes once one of them has written it. */
    PointRunner(Options userOptions, Profile profile, String jvm, List<String> forkJvmArgs, boolean verbose,
            Duration taskTimeout, ForkArchive archive) {
        this.archive = archive;
        this.userOptions = userOptions;
        this.taskTimeout = taskTimeout;
        this.jvm = jvm;
        this.profile = profile;
        this.forkJvmArgs = List.copyOf(forkJvmArgs);
        this.verbose = verbose;
    }

    /** The class-data archive the forks start from. */
    ForkArchive archive() {
        return archive;
    }

    /**
     * Measures one point.
     *
     * @throws SweepInputException if JMH refuses to start because another JMH run holds its machine-wide
     *                             lock: measuring beside another benchmark would skew both
     */
    Outcome run(Point point, int warmupIterations, int measurementIterations, double plannedSeconds, Path log,
            Path checksumFile, Path workerLogs) throws IOException, SweepInputException {
        Files.deleteIfExists(checksumFile);
        Path timeoutFile = checksumFile.resolveSibling(".timeout");
        Files.deleteIfExists(timeoutFile);
        List<String> jvmArgs = new ArrayList<>(userOptions.getJvmArgsAppend().orElse(List.of()));
        jvmArgs.addAll(forkJvmArgs);
        jvmArgs.addAll(archive.nextFork());
        jvmArgs.add("-D" + TaskTimeout.PROPERTY + "=" + taskTimeout.toMillis());
        jvmArgs.add("-D" + TaskTimeout.REPORT_PROPERTY + "=" + timeoutFile.toAbsolutePath());
        jvmArgs.add("-D" + BatchBenchmark.CHECKSUM_FILE_PROPERTY + "=" + checksumFile.toAbsolutePath());
        jvmArgs.add("-D" + WorkerOutput.PROPERTY + "=" + workerLogs.toAbsolutePath());
        ChainedOptionsBuilder options = new OptionsBuilder().parent(userOptions)
                .include("^" + Pattern.quote(BatchBenchmark.class.getName() + ".runBatch") + "$")
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true);
        if (jvm != null) {
            options.jvm(jvm);
        }
        options.forks(1);
        if (!userOptions.getWarmupIterations().hasValue()) {
            options.warmupIterations(warmupIterations);
        }
        if (!userOptions.getWarmupTime().hasValue()) {
            options.warmupTime(TimeValue.milliseconds(profile.warmupMillis()));
        }
        if (!userOptions.getMeasurementIterations().hasValue()) {
            options.measurementIterations(measurementIterations);
        }
        if (!userOptions.getMeasurementTime().hasValue()) {
            options.measurementTime(TimeValue.milliseconds(profile.measurementMillis()));
        }
        for (Map.Entry<String, String> p : point.params().entrySet()) {
            options.param(p.getKey(), p.getValue());
        }
        try (OutputStream file = new FileOutputStream(log.toFile());
             PrintStream out = new PrintStream(verbose ? new Tee(file, System.out) : file, true,
                     StandardCharsets.UTF_8)) {
            OutputFormat format = OutputFormatFactory.createFormatInstance(out,
                    userOptions.verbosity().orElse(VerboseMode.NORMAL));
            Collection<RunResult> results;
            Duration limit = forkLimit(plannedSeconds);
            try {
                Runner runner = new Runner(options.build(), format);
                results = ForkDeadline.runOrKill(runner::run, limit);
            } catch (RunnerException e) {
                out.flush();
                if (String.valueOf(e.getMessage()).contains("JMH lock")) {
                    throw new SweepInputException("another JMH benchmark is running on this machine (it holds"
                            + " JMH's lock file); wait until it ends, then continue with --resume "
                            + log.getParent().getParent());
                }
                return new Outcome(List.of(), failure(log, timeoutFile, e), null);
            } catch (TimeoutException e) {
                out.flush();
                return new Outcome(List.of(), "point " + point + ": its fork ran past " + TaskTimeout.format(
                        limit.toMillis()) + " (10 x its planned time + 2 x --task-timeout + 1m) and was killed;"
                        + " a task or strategy hangs, or needs more time: raise --task-timeout", null);
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("JMH's run of point " + point + " failed", e);
            }
            if (results.isEmpty()) {
                return new Outcome(List.of(), failure(log, timeoutFile, null), null);
            }
            String checksum = Files.exists(checksumFile) ? Files.readString(checksumFile).trim() : null;
            return new Outcome(results, null, checksum);
        }
    }

    /** The longest a fork may run before the sweep kills it: far beyond its plan, and beyond any one task's limit. */
    Duration forkLimit(double plannedSeconds) {
        return Duration.ofMillis((long) (10_000 * plannedSeconds)).plus(taskTimeout.multipliedBy(2))
                .plusMinutes(1);
    }

    /** Why a fork failed: a hung task's reason when the fork or a worker left one, else what JMH's log says. */
    private static String failure(Path log, Path timeoutFile, Exception e) throws IOException {
        if (Files.isRegularFile(timeoutFile)) {
            String reason = Files.readString(timeoutFile, StandardCharsets.UTF_8).strip();
            if (!reason.isEmpty()) {
                return reason;
            }
        }
        return FailureReason.fromLog(log, e);
    }

    /** Writes to two streams; closing it closes only the first (the console stays open). */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            first.close();
        }
    }
}

package dev.breakeven.sweep;

import dev.breakeven.results.ResultsJson;
import dev.breakeven.results.SparkClusterRecord;
import dev.breakeven.strategies.StrategyType;
import dev.breakeven.strategies.spark.SparkEngine;
import dev.breakeven.strategies.spark.SparkSettings;
import dev.breakeven.strategies.spark.SparkStrategies;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a sweep needs to know about Spark: the JVM options and settings its forks get when a spark strategy
 * runs, and, with {@code --spark-master}, the cluster itself. Before any point is measured the cluster is
 * asked (in a JVM of its own, started with the options Spark needs) for its executors: hosts, cores and
 * memory per executor. Their total cores are the top of the worker ladder, the record goes to
 * {@code machine.json}, and an unreachable master, a port that is not a master's, a cluster without free
 * workers, or executors that cannot load breakeven's jar end the sweep with one line before it starts.
 */
public final class SparkCluster {

    /** No cluster: spark strategies (if any) run in {@code local[p]} in each fork. */
    static final SparkCluster NONE = new SparkCluster(null);

    private static final int CONNECT_MILLIS = 3_000;
    private static final int PROBE_SECONDS = 150;

    private final SparkClusterRecord record;

    private SparkCluster(SparkClusterRecord record) {
        this.record = record;
    }

    /**
     * The cluster of {@code --spark-master} when a spark strategy is to run on it, else {@link #NONE}.
     *
     * @throws SweepInputException if the cluster cannot run breakeven's jobs, with the reason and the fix
     */
    public static SparkCluster ask(List<StrategyType> strategies, ForkJvm jvm, PrintStream out)
            throws SweepInputException {
        SparkSettings settings = SparkSettings.fromSystemProperties();
        boolean spark = strategies.stream().anyMatch(SparkCluster::isSpark);
        if (!settings.onCluster()) {
            return NONE;
        }
        if (!spark) {
            throw new SweepInputException("--spark-master " + settings.master() + " is given but no spark"
                    + " strategy is in --strategies; add one, e.g. --strategies sequential,spark");
        }
        Optional<SparkEngine> engine = SparkEngine.find();
        if (engine.isEmpty()) {
            throw new SweepInputException("--spark-master needs the spark strategies, which are " + SparkStrategies.NOT_BUILT);
        }
        reachable(settings.master());
        out.printf("Asking the Spark master %s for its executors...%n", settings.master());
        SparkClusterRecord found = probe(engine.get(), settings, jvm);
        out.printf("Spark cluster: %d executor cores on %s.%n", found.totalCores(), String.join(", ", found.hosts()));
        return new SparkCluster(found);
    }

    /** Total executor cores of the cluster, else this machine's usable cores. */
    public int cores(int localCores) {
        return record == null ? localCores : record.totalCores();
    }

    /**
     * The largest worker count: the user's {@code --max-workers}, else on a cluster its total executor cores
     * (an application cannot get more cores than the cluster has), else the ladder's own default (0).
     */
    public int maxWorkers(int requested) {
        return requested > 0 || record == null ? requested : record.totalCores();
    }

    /** Adds the cluster record to the run's machine.json ({@code sparkCluster}), if there is a cluster. */
    public void describe(RunDirectory run) throws IOException {
        if (record != null) {
            run.update(run.machine().withSparkCluster(record));
        }
    }

    /** The JVM options a fork needs when a spark strategy is among {@code strategies}; empty otherwise. */
    public static List<String> forkJvmArgs(List<StrategyType> strategies) {
        Optional<SparkEngine> engine = SparkEngine.find();
        if (engine.isEmpty() || strategies.stream().noneMatch(SparkCluster::isSpark)) {
            return List.of();
        }
        List<String> args = new ArrayList<>(engine.get().jvmOptions());
        args.addAll(SparkSettings.fromSystemProperties().jvmProperties());
        return args;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }

    private static boolean isSpark(StrategyType s) {
        return s == StrategyType.SPARK || s == StrategyType.SPARK_COLD;
    }

    /** A TCP connection to one of the master's addresses, so a wrong host or port fails in seconds. */
    private static void reachable(String master) throws SweepInputException {
        String problem = "";
        for (String address : master.substring("spark://".length()).split(",")) {
            int colon = address.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.substring(0, colon),
                        Integer.parseInt(address.substring(colon + 1))), CONNECT_MILLIS);
                return;
            } catch (IOException e) {
                problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        throw new SweepInputException("cannot reach the Spark master at " + master + " (" + problem + "): start"
                + " it (sbin/start-master.sh on the cluster) or correct --spark-master");
    }

    /** Runs the engine's cluster probe in a JVM of its own and reads the record it prints. */
    private static SparkClusterRecord probe(SparkEngine engine, SparkSettings settings, ForkJvm jvm)
            throws SweepInputException {
        List<String> command = new ArrayList<>();
        command.add(jvm.path() != null ? jvm.path()
                : Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(engine.jvmOptions());
        command.addAll(settings.jvmProperties());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(engine.clusterProbeClass());
        String output;
        int exit;
        Path file = null;
        try {
            file = Files.createTempFile("breakeven-spark-probe", ".txt");
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(file.toFile()).start();
            if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new SweepInputException("the Spark master at " + settings.master() + " did not answer in "
                        + PROBE_SECONDS + " s; check that it is the master's port (7077 unless configured, not"
                        + " the web UI's 8080)");
            }
            output = Files.readString(file, StandardCharsets.UTF_8).strip();
            exit = p.exitValue();
        } catch (IOException e) {
            throw new SweepInputException("could not start a JVM to ask the Spark master at " + settings.master()
                    + " for its executors: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SweepInputException("interrupted while asking the Spark master at " + settings.master());
        } finally {
            deleteQuietly(file);
        }
        String last = output.substring(output.lastIndexOf('\n') + 1);
        if (exit != 0 || !last.startsWith("{")) {
            throw new SweepInputException(last.startsWith("error: ") ? last.substring("error: ".length())
                    : "asking the Spark master at " + settings.master() + " for its executors failed (exit "
                    + exit + "): " + last);
        }
        try {
            return ResultsJson.MAPPER.readValue(last, SparkClusterRecord.class);
        } catch (IOException e) {
            throw new SweepInputException("the Spark cluster probe printed something that is not JSON: " + last);
        }
    }
}
